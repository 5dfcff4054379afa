"""The last check before a briefing is kept: what grounding of items does not cover.

Runs on every engine's briefing, before it is cached or shown:

* items taken from passages that read as instructions to a model are dropped (a name,
  quote or incident planted by "ignore previous instructions ..." is in the article, so
  grounding alone would keep it), and the passages are recorded in the briefing;
* free text the model wrote (the summary, each incident's description) is checked: every
  number must be written in the article and every capitalised run of words must be made of
  words the article uses, outside those passages. A summary sentence that fails is dropped;
  an incident description that fails is replaced by its evidence sentence;
* a quote's speaker must be named near the quote (its paragraph, the two before it, or
  just after it), or the quote carries a ``speaker_unverified`` warning.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from summarizer.grounding.align import Grounded, clear_dangling_references
from summarizer.grounding.planted import Passages, instruction_passages, reads_as_instruction
from summarizer.models import Actor, Briefing, BriefingWarning, Incident, Quote
from summarizer.models.common import Span
from summarizer.text.numbers import find_numbers, numbers_in
from summarizer.text.segment import paragraphs, split_sentences

# Two or more capitalised words in a row: names of people, places, bodies.
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Words this long or longer may differ in their ending ("Ukraine" / "Ukrainian").
_STEM_CHARS = 5
# How far after a quote its speaker may be named ("..., the governor said. Holcomb ...").
_AFTER_QUOTE_CHARS = 250
_PARAGRAPHS_BEFORE = 2


class SupportingText:
    """Text that free text must be supported by (an article outside its instruction
    passages, or the merged items of a day), indexed for the checks."""

    def __init__(
        self, text: str, passages: Passages | None = None, *, check_instructions: bool = True
    ) -> None:
        """``check_instructions=False`` when the free text to check is known to hold no
        instruction-like text (one search over all of it is cheaper than one per sentence)."""
        self.text = passages.blank(text) if passages else text
        self.check_instructions = check_instructions
        self.words = set(_WORD.findall(self.text.lower()))
        self.stems = {w[:_STEM_CHARS] for w in self.words if len(w) >= _STEM_CHARS}
        self.numbers = numbers_in(self.text)

    def has_word(self, word: str) -> bool:
        word = _POSSESSIVE.sub("", word.lower()).rstrip(".")
        if not word or word in self.words:
            return True
        return len(word) > _STEM_CHARS and word[:_STEM_CHARS] in self.stems

    def problems(self, sentence: str) -> list[str]:
        """Why ``sentence`` is not supported: it reads as an instruction, or has names or
        numbers the text lacks."""
        found = []
        if self.check_instructions and reads_as_instruction(sentence):
            found.append("reads as an instruction to a model")
        for value, written in _numbers(sentence):
            if value not in self.numbers:
                found.append(f"the number {written!r} is not in the source")
        for run in _NAME_RUN.findall(sentence):
            missing = [w for w in _WORD.findall(run) if not self.has_word(w)]
            if missing:
                found.append(f"the name {run!r} is not in the source")
        return found


def unsupported_claims(free_text: str, support: str) -> list[str]:
    """Every problem of every sentence of ``free_text`` against ``support``."""
    checker = SupportingText(support)
    return [p for s in split_sentences(free_text) for p in checker.problems(s.text)]


def _numbers(text: str) -> Iterable[tuple[float, str]]:
    for number in find_numbers(text):
        if number.written.lower() == "one":
            continue  # mostly a pronoun ("one of the victims"), not a figure
        yield number.value, number.written


def vet_briefing(briefing: Briefing, text: str, planted: list[tuple[int, int]] | None = None) -> Briefing:
    """The briefing with what the article does not support removed or flagged. ``planted``
    is the article's planted-instruction passages when known already (``Article.planted``)."""
    passages = Passages(instruction_passages(text) if planted is None else planted)
    out = Grounded(
        actors=list(briefing.actors),
        quotes=list(briefing.quotes),
        figures=list(briefing.figures),
        incidents=list(briefing.incidents),
        warnings=list(briefing.warnings),
    )
    if passages:
        _drop_planted_items(out, passages)
    free_text = "\n".join([briefing.summary, *(i.description for i in out.incidents)])
    trusted = SupportingText(text, passages, check_instructions=reads_as_instruction(free_text))
    incidents = [_vetted_description(i, text, trusted, out.warnings) for i in out.incidents]
    summary = _vetted_summary(briefing.summary, incidents, text, trusted, out.warnings)
    _check_speakers(out.quotes, out.actors, text, out.warnings)
    return briefing.model_copy(
        update={
            "summary": summary,
            "actors": out.actors,
            "quotes": out.quotes,
            "figures": out.figures,
            "incidents": incidents,
            "warnings": out.warnings,
            "instruction_passages": [Span(start=s, end=e) for s, e in passages.spans],
        }
    )


def _drop_planted_items(out: Grounded, passages: Passages) -> None:
    dropped: list[str] = []
    actors: list[Actor] = []
    for actor in out.actors:
        mentions = [m for m in actor.mentions if not passages.overlaps(m.start, m.end)]
        if actor.mentions and not mentions:
            dropped.append(f"actor {actor.name!r}")
            continue
        actors.append(
            actor.model_copy(update={"mentions": mentions}) if mentions != actor.mentions else actor
        )
    out.actors = actors
    out.quotes = _outside(out.quotes, lambda q: q.span, lambda q: f"quote {q.text!r}", passages, dropped)
    out.figures = _outside(out.figures, lambda f: f.span, lambda f: f"figure {f.text!r}", passages, dropped)
    out.incidents = _outside(
        out.incidents, lambda i: i.evidence_span, lambda i: f"incident {i.description!r}", passages, dropped
    )
    where = ", ".join(f"{s}-{e}" for s, e in passages.spans)
    out.warnings.append(
        BriefingWarning(
            code="instruction_in_article",
            message=f"the article contains text that reads as instructions to a model (characters "
            f"{where}); nothing is taken from it"
            + (f"; dropped {len(dropped)} item(s) found there" if dropped else ""),
            item="; ".join(dropped) or None,
        )
    )
    clear_dangling_references(out)


Item = TypeVar("Item")


def _outside(
    items: list[Item],
    span: Callable[[Item], Span],
    describe: Callable[[Item], str],
    passages: Passages,
    dropped: list[str],
) -> list[Item]:
    """The items whose span is outside every passage; the others are described in ``dropped``."""
    kept: list[Item] = []
    for item in items:
        where = span(item)
        if passages.overlaps(where.start, where.end):
            dropped.append(describe(item))
        else:
            kept.append(item)
    return kept


def _vetted_description(
    incident: Incident, text: str, trusted: SupportingText, warnings: list[BriefingWarning]
) -> Incident:
    problems = trusted.problems(incident.description)
    if not problems:
        return incident
    evidence = text[incident.evidence_span.start : incident.evidence_span.end].strip()
    warnings.append(
        BriefingWarning(
            code="text_ungrounded",
            message=f"incident {incident.id}: {'; '.join(problems)}; its evidence is shown instead",
            item=incident.description,
        )
    )
    return incident.model_copy(update={"description": evidence})


def _vetted_summary(
    summary: str,
    incidents: list[Incident],
    text: str,
    trusted: SupportingText,
    warnings: list[BriefingWarning],
) -> str:
    kept: list[str] = []
    for sentence in split_sentences(summary):
        problems = trusted.problems(sentence.text)
        if problems:
            warnings.append(
                BriefingWarning(
                    code="text_ungrounded",
                    message=f"summary sentence dropped: {'; '.join(problems)}",
                    item=sentence.text,
                )
            )
        else:
            kept.append(sentence.text)
    if kept or not summary.strip():
        return " ".join(kept)
    rebuilt = _summary_from_article(incidents, text, trusted)
    warnings.append(
        BriefingWarning(
            code="text_ungrounded",
            message="no sentence of the summary was supported by the article; "
            "it was rebuilt from the article's own sentences",
        )
    )
    return rebuilt


def _summary_from_article(incidents: list[Incident], text: str, trusted: SupportingText) -> str:
    """Up to two sentences of the article itself: incident evidence first, else its lead."""
    picked = [text[i.evidence_span.start : i.evidence_span.end].strip() for i in incidents[:2]]
    if not picked:
        picked = [s.text for s in split_sentences(trusted.text)[:2]]
    return " ".join(p for p in picked if p)


def _check_speakers(
    quotes: list[Quote], actors: list[Actor], text: str, warnings: list[BriefingWarning]
) -> None:
    by_id = {a.id: a for a in actors}
    paras = paragraphs(text)
    starts = [p[0] for p in paras]
    for quote in quotes:
        actor = by_id.get(quote.speaker) if quote.speaker else None
        if actor is None or not paras:
            continue
        at = max(0, bisect.bisect_right(starts, quote.span.start) - 1)
        lo = paras[max(0, at - _PARAGRAPHS_BEFORE)][0]
        hi = min(len(text), max(paras[at][1], quote.span.end + _AFTER_QUOTE_CHARS))
        if any(lo <= m.start and m.end <= hi for m in actor.mentions):
            continue
        window = text[lo:hi]
        if any(_names_in(window, name) for name in _name_forms(actor)):
            continue
        warnings.append(
            BriefingWarning(
                code="speaker_unverified",
                message=f"quote {quote.id}: its speaker {actor.name!r} is not named near the quote",
                item=quote.text,
            )
        )


def _name_forms(actor: Actor) -> set[str]:
    names = {actor.name, *actor.aliases, *([actor.canonical_name] if actor.canonical_name else [])}
    if actor.kind == "person":
        names |= {n.split()[-1] for n in list(names) if len(n.split()) > 1}
    return {n for n in names if len(n) >= 2}


def _names_in(window: str, name: str) -> bool:
    at = window.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not window[at - 1].isalnum()) and (end == len(window) or not window[end].isalnum()):
            return True
        at = window.find(name, at + 1)
    return False
