"""The last check before a briefing is kept: what grounding of items does not cover.

Runs on every engine's briefing, before it is cached or shown:

* items taken from passages that read as instructions to a model are dropped (a name,
  quote or incident planted by "ignore previous instructions ..." is in the article, so
  grounding alone would keep it), and the passages are recorded in the briefing;
* free text the model wrote (the summary, each incident's description) is checked: every
  number must be written in the article and every name must be a word the article uses,
  outside those passages. A name is a run of capitalised words, a capitalised word inside a
  sentence, or a sentence's first word when it is written as a name (an acronym, a capital
  inside it) or is not a common word (``_COMMON_OPENERS``, common endings); a word written in
  lower case is a name too when it spells a known actor (the shipped people and
  organisations, and every actor the briefing listed, those dropped included: "biden
  resigned" must not slip past the check by its case). Both sides are
  read in the one Unicode normalisation (``text.normalize.canonical``). A summary sentence
  that fails is dropped; an incident description that fails is replaced by its evidence
  sentence;
* a quote's speaker must be named near the quote (its paragraph, the two before it, or
  just after it), or the quote carries a ``speaker_unverified`` warning.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TypeVar

from summarizer.grounding.draft import Grounded, clear_dangling_references
from summarizer.grounding.planted import Passages, instruction_passages, reads_as_instruction
from summarizer.grounding.support import SupportingText
from summarizer.models import Actor, Briefing, BriefingWarning, Incident, Quote
from summarizer.models.common import Span
from summarizer.text.normalize import canonical
from summarizer.text.segment import paragraphs, split_sentences

# How far after a quote its speaker may be named ("..., the governor said. Holcomb ...").
_AFTER_QUOTE_CHARS = 250
_PARAGRAPHS_BEFORE = 2


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
    # Every actor the engine listed, those dropped with a planted passage included.
    actor_names = [n for a in briefing.actors for n in (a.name, *a.aliases)]
    trusted = SupportingText(
        text,
        passages,
        check_instructions=reads_as_instruction(free_text),
        actor_names=actor_names,
        lang=briefing.language,
    )
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
        window = canonical(text[lo:hi])
        if any(_names_in(window, canonical(name)) for name in _name_forms(actor)):
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
