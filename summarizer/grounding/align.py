"""Align model output to the article text; drop what cannot be found.

Every quote, figure, actor and incident is looked up in the article:

* quotes must match exactly after normalisation (see ``text.normalize``), on word
  boundaries and inside one quotation of the article (a narrative sentence is not a quote);
  an ellipsis in a quote splits it into fragments that must each match exactly, in order,
  close together, all inside that one quotation;
* figures, actor names and incident evidence may also match fuzzily (rapidfuzz's
  partial-ratio alignment above a threshold, widened to whole words);
* a figure's number is read from its span with the one number reader: a span that writes
  no number is dropped, a value given (and every number the figure's text writes) must be
  a number the span writes, and a missing value is read from the span. A figure the model
  reworded is found by its number: a sentence that writes it with the words it counts;
* whatever fails is collected, so the caller can re-ask once, and is otherwise dropped with
  a warning; references to dropped actors or figures are cleared, with a warning too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.models import (
    Actor,
    ActorDraft,
    BriefingDraft,
    BriefingWarning,
    Figure,
    FigureDraft,
    Incident,
    Quote,
)
from summarizer.models.common import MatchStatus, Span
from summarizer.text.normalize import ELLIPSIS, QUOTE_CHARS, NormalizedText, canonical, normalize
from summarizer.text.numbers import NumberMention, find_numbers
from summarizer.text.quotations import quoted_regions
from summarizer.text.segment import Sentence, split_sentences
from summarizer.text.vocabulary import words

FUZZY_MIN_SCORE = 90.0
# A quote fragment after an ellipsis must start within this many characters of the last.
MAX_ELLIPSIS_GAP = 300


@lru_cache(maxsize=8192)
def _needle_key(needle: str) -> str:
    """A searched-for phrase, normalised. Names and phrases recur across the articles of a
    batch (and several times within one), so each is normalised once."""
    return normalize(needle)


@dataclass(frozen=True)
class Match:
    span: Span
    status: MatchStatus


class ArticleIndex:
    """The article text, normalised once, with the lookups grounding needs.

    Every lookup is on word boundaries: a name, a figure or a quote fragment is never found
    inside a longer word ("ISIS" in "crisis", "I" in "rain")."""

    def __init__(self, text: str) -> None:
        self.norm = NormalizedText(text)
        self._quotations: list[tuple[int, int]] | None = None
        self._numbers: list[NumberMention] | None = None
        self._sentences: list[Sentence] | None = None

    def _span(self, start: int, end: int) -> Span:
        lo, hi = self.norm.original_span(start, end)
        return Span(start=lo, end=hi)

    def _occurrences(self, key: str, start: int = 0) -> Iterator[int]:
        """Normalised start of each occurrence of ``key`` on word boundaries, from ``start``."""
        text = self.norm.text
        at = text.find(key, start)
        while at >= 0:
            if _on_word_boundaries(text, at, at + len(key)):
                yield at
            at = text.find(key, at + 1)

    def find_exact(self, needle: str, start: int = 0) -> tuple[int, int] | None:
        """Normalised ``[start, end)`` of the first exact occurrence at or after ``start``."""
        key = _needle_key(needle)
        if not key:
            return None
        at = next(self._occurrences(key, start), -1)
        return None if at < 0 else (at, at + len(key))

    def find_all_exact(self, needle: str) -> list[Span]:
        key = _needle_key(needle)
        if not key:
            return []
        spans: list[Span] = []
        end = 0
        for at in self._occurrences(key):
            if at >= end:  # occurrences do not overlap
                spans.append(self._span(at, at + len(key)))
                end = at + len(key)
        return spans

    @property
    def numbers(self) -> list[NumberMention]:
        """Every number of the article, read once from the whole text (a span never cuts
        "126" down to "26"), with original offsets."""
        if self._numbers is None:
            self._numbers = [
                m._replace(start=lo, end=hi)
                for m in find_numbers(self.norm.text)
                for lo, hi in [self.norm.original_span(m.start, m.end)]
            ]
        return self._numbers

    def numbers_at(self, span: Span) -> list[NumberMention]:
        """The article's numbers that overlap ``span``."""
        return [m for m in self.numbers if m.start < span.end and span.start < m.end]

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.norm.original)
        return self._sentences

    @property
    def quotations(self) -> list[tuple[int, int]]:
        """Original ``[start, end)`` of the text inside each pair of the article's quote marks."""
        if self._quotations is None:
            self._quotations = sorted(quoted_regions(self.norm.original))
        return self._quotations

    def _in_one_quotation(self, start: int, end: int) -> bool:
        """Whether normalised ``[start, end)`` lies inside one quotation of the article (its
        own quote marks may be included)."""
        lo, hi = self.norm.original_span(start, end)
        at = bisect.bisect_right(self.quotations, (lo + 1, len(self.norm.original))) - 1
        return at >= 0 and hi <= self.quotations[at][1] + 1

    def align_quote(self, quote: str) -> Match | None:
        """Exact match after normalisation, inside one quotation of the article; ellipses
        split the quote into ordered fragments, all in that one quotation."""
        fragments = [
            _needle_key(f).strip(" " + QUOTE_CHARS) for f in ELLIPSIS.split(strip_quote_marks(quote))
        ]
        fragments = [f for f in fragments if f]
        if fragments:
            for first in self._occurrences(fragments[0]):
                end = first + len(fragments[0])
                for fragment in fragments[1:]:
                    nxt = next(self._occurrences(fragment, end), None)
                    if nxt is None or nxt - end > MAX_ELLIPSIS_GAP:
                        break
                    end = nxt + len(fragment)
                else:
                    if self._in_one_quotation(first, end):
                        return Match(self._span(first, end), "exact")
        # A trailing comma or full stop is punctuation of the sentence, not of the quote.
        trimmed = quote.rstrip(" ,.;:")
        if trimmed != quote:
            return self.align_quote(trimmed)
        return None

    def align_text(self, needle: str, min_score: float = FUZZY_MIN_SCORE) -> Match | None:
        """Exact match if there is one, else the best fuzzy alignment above ``min_score``,
        widened to whole words and scored again (so a short name cannot be found in a
        longer word)."""
        exact = self.find_exact(needle)
        if exact is not None:
            return Match(self._span(*exact), "exact")
        key = _needle_key(needle)
        text = self.norm.text
        if len(key) < 4 or not text:
            return None  # too short for a fuzzy match to mean anything
        alignment = fuzz.partial_ratio_alignment(key, text, score_cutoff=min_score)
        if alignment is None or alignment.dest_end <= alignment.dest_start:
            return None
        lo, hi = _whole_words(text, alignment.dest_start, alignment.dest_end)
        if hi <= lo or (
            text[lo:hi] != text[alignment.dest_start : alignment.dest_end]
            and fuzz.ratio(key, text[lo:hi]) < min_score
        ):
            return None
        return Match(self._span(lo, hi), "fuzzy")


def strip_quote_marks(text: str) -> str:
    return text.strip().strip("\"'“”‘’«»„‚‹›").strip()


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    """No word runs on past either end of ``text[start:end]`` (a needle that starts or ends
    with a mark needs no boundary there)."""
    before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    after = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    return not (before or after)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words, without spaces at its ends."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


@dataclass
class Grounded:
    """The outcome of grounding one draft."""

    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    warnings: list[BriefingWarning] = field(default_factory=list)
    # Human-readable descriptions of the items that could not be found (for the re-ask).
    ungrounded: list[str] = field(default_factory=list)

    @property
    def item_count(self) -> int:
        return len(self.actors) + len(self.quotes) + len(self.figures) + len(self.incidents)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def _agrees(figure: FigureDraft, found: list[NumberMention]) -> bool:
    """A figure agrees with the numbers of its span when there is one, every number its
    text writes is one of them, and so are its value and high value."""
    if not found:
        return False
    readings = [m.value for m in found] + [m.base for m in found]
    written = [m.value for m in find_numbers(canonical(figure.text))]
    wanted = [v for v in (figure.value, figure.value_high) if v is not None]
    return all(any(_close(v, n) for n in readings) for v in written + wanted)


def figure_number_matches(figure: FigureDraft, span_text: str) -> bool:
    """The span holds a number, and every number of the figure (its value, high value and
    the numbers its text writes) is one the span writes."""
    return _agrees(figure, find_numbers(canonical(span_text)))


# Words a model adds to or drops from a figure without changing what it counts.
_FILLER = words(
    """the a an and or of in on at to for from by with was were is are be been has have had
    least most more than less fewer about around nearly almost some over under up roughly
    approximately estimated reported total"""
)
_WORDS = re.compile(r"[^\W\d_]+")


def _same_word(a: str, b: str) -> bool:
    """``a`` and ``b`` are one word, perhaps inflected ("killed", "killing")."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a == b or (common >= 4 and common >= min(len(a), len(b)) - 2)


def _counted_words(figure: FigureDraft) -> list[str]:
    key = _needle_key(figure.text)
    numbers = find_numbers(key)
    words = _WORDS.findall(
        "".join(" " if any(m.start <= i < m.end for m in numbers) else ch for i, ch in enumerate(key))
    )
    return [w for w in words if w not in _FILLER]


def _located_by_number(index: ArticleIndex, figure: FigureDraft) -> Span | None:
    """A figure the model reworded ("272 people killed" for "killed at least 272 people"):
    a sentence that writes its number and every word it counts with; the span runs from
    the number to the nearest of those words."""
    written = find_numbers(canonical(figure.text))
    target = written[0].value if written else figure.value
    if target is None:
        return None
    words = _counted_words(figure)
    if not words:
        return None
    starts = [s.start for s in index.sentences]
    for mention in index.numbers:
        if not (_close(target, mention.value) or _close(target, mention.base)):
            continue
        at = bisect.bisect_right(starts, mention.start) - 1
        if at < 0:
            continue
        sentence = index.sentences[at]
        found = [
            (m.start() + sentence.start, m.end() + sentence.start, normalize(m.group()))
            for m in _WORDS.finditer(sentence.text)
        ]
        lo, hi = mention.start, mention.end
        for word in words:
            near = [(abs(a - mention.start), a, b) for a, b, w in found if _same_word(word, w)]
            if not near:
                break
            _, a, b = min(near)
            lo, hi = min(lo, a), max(hi, b)
        else:
            span = Span(start=lo, end=hi)
            if _agrees(figure, index.numbers_at(span)):
                return span
    return None


def ground_figure(index: ArticleIndex, figure: FigureDraft) -> tuple[Figure | None, str]:
    """The figure with its span and its value (read from the span when the model gave
    none), or None and why not."""
    match = index.align_text(figure.text)
    found = index.numbers_at(match.span) if match is not None else []
    span, status = (
        (match.span, match.status) if match is not None and _agrees(figure, found) else (None, None)
    )
    if span is None:
        located = _located_by_number(index, figure)
        if located is None:
            if match is None:
                return None, "figure not found in the article"
            if not found:
                return None, "figure holds no number written in the article"
            return None, "figure's number is not the number written in the article"
        span, status, found = located, "fuzzy", index.numbers_at(located)
    value = figure.value
    if value is None:
        written = find_numbers(canonical(figure.text))
        value = written[0].value if written else found[0].value
    assert status is not None
    return Figure(**{**figure.model_dump(), "value": value}, span=span, match=status), ""


def ground_draft(draft: BriefingDraft, text: str) -> Grounded:
    index = ArticleIndex(text)
    out = Grounded()
    dropped_actors: list[ActorDraft] = []

    def drop(code: str, message: str, item: str) -> None:
        out.warnings.append(BriefingWarning(code=code, message=message, item=item))
        out.ungrounded.append(f"- {message}: {item}")

    for actor in draft.actors:
        names = [
            actor.name,
            *actor.aliases,
            *([actor.canonical_name] if actor.canonical_name else []),
        ]
        mentions = sorted(
            {(s.start, s.end): s for n in names for s in index.find_all_exact(n)}.values(),
            key=lambda s: s.start,
        )
        status: MatchStatus = "exact"
        if not mentions:
            fuzzy = next((m for n in names if (m := index.align_text(n)) is not None), None)
            if fuzzy is None:
                drop("ungrounded_actor", "actor not named in the article", actor.name)
                dropped_actors.append(actor)
                continue
            mentions, status = [fuzzy.span], "fuzzy"
        out.actors.append(Actor(**actor.model_dump(), mentions=mentions, match=status))

    for figure in draft.figures:
        grounded, problem = ground_figure(index, figure)
        if grounded is None:
            code = (
                "ungrounded_figure"
                if problem == "figure not found in the article"
                else "figure_value_mismatch"
            )
            drop(code, problem, figure.text)
            continue
        out.figures.append(grounded)

    for number, quote in enumerate(draft.quotes, start=1):
        quote_match = index.align_quote(quote.text)
        if quote_match is None:
            drop("ungrounded_quote", "quotation not found verbatim in the article", quote.text)
            continue
        out.quotes.append(
            Quote(
                **quote.model_dump(),
                id=f"q{number}",
                span=quote_match.span,
                match=quote_match.status,
            )
        )

    for incident in draft.incidents:
        evidence = index.align_text(incident.evidence, min_score=85.0)
        if evidence is None:
            drop(
                "ungrounded_incident",
                "incident evidence not found in the article",
                incident.evidence,
            )
            continue
        out.incidents.append(
            Incident(**incident.model_dump(), evidence_span=evidence.span, match=evidence.status)
        )

    replaced = merge_duplicates(out)
    replaced |= reanchored(dropped_actors, out.actors)
    clear_dangling_references(out, replaced, {a.id: a.name for a in dropped_actors})
    return out


def merge_duplicates(out: Grounded) -> dict[str, str]:
    """Identical items kept once: quotes with one span (and not two speakers), figures with
    one span and value, actors with one name, incidents of one type with one evidence span
    (a model that loops returns one lede nine times). The first copy stays, filled in from the others where it
    is blank; the answer maps each dropped copy's id to the id that now stands for it."""
    replaced: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    for actor in out.actors:
        kept = actors.setdefault(normalize(actor.name), actor)
        if kept is not actor:
            replaced.setdefault(actor.id, kept.id)
            kept.aliases += [a for a in actor.aliases if a not in kept.aliases]
    out.actors = list(actors.values())
    quotes: list[Quote] = []
    by_span: dict[tuple[int, int], Quote] = {}
    for quote in out.quotes:
        first = by_span.setdefault((quote.span.start, quote.span.end), quote)
        if first is quote:
            quotes.append(quote)
        elif None in (first.speaker, quote.speaker) or first.speaker == quote.speaker:
            first.speaker = first.speaker or quote.speaker
        else:  # one short phrase quoted twice, by two speakers ("all"): both stay
            quotes.append(quote)
    out.quotes = quotes
    figures: dict[tuple[int, int, float | None, float | None], Figure] = {}
    for figure in out.figures:
        same = figures.setdefault(
            (figure.span.start, figure.span.end, figure.value, figure.value_high), figure
        )
        if same is not figure:
            replaced.setdefault(figure.id, same.id)
            same.claimed_by = same.claimed_by or figure.claimed_by
    out.figures = list(figures.values())
    incidents: dict[tuple[int, int, str], Incident] = {}
    for incident in out.incidents:
        one = incidents.setdefault(
            (incident.evidence_span.start, incident.evidence_span.end, incident.type), incident
        )
        if one is not incident:
            for name in ("perpetrators", "targets", "casualty_figures"):
                refs: list[str] = getattr(one, name)
                refs += [r for r in getattr(incident, name) if r not in refs]
    out.incidents = list(incidents.values())
    return replaced


def _name_forms(actor: ActorDraft) -> set[str]:
    """An actor's names, normalised, with the last word of each (a surname)."""
    names = {normalize(n) for n in [actor.name, *actor.aliases, actor.canonical_name or ""] if n}
    return names | {n.split()[-1] for n in names if len(n.split()) > 1 and len(n.split()[-1]) >= 3}


def reanchored(dropped: list[ActorDraft], kept: list[Actor]) -> dict[str, str]:
    """For each dropped actor, the one kept actor with the same name or surname, if there
    is exactly one: references to the dropped actor then go to it."""
    forms = [(actor, _name_forms(actor)) for actor in kept]
    anchors: dict[str, str] = {}
    for actor in dropped:
        mine = _name_forms(actor)
        same = [other.id for other, theirs in forms if mine & theirs]
        if len(same) == 1:
            anchors.setdefault(actor.id, same[0])
    return anchors


def clear_dangling_references(
    out: Grounded, replaced: dict[str, str] | None = None, names: dict[str, str] | None = None
) -> None:
    """References to merged or re-anchored items follow ``replaced``; references to dropped
    actors or figures are removed, each with a warning that names what was dropped
    (``names``: actor id to name, when known)."""
    replaced = replaced or {}
    names = names or {}
    actor_ids = {a.id for a in out.actors}
    figure_ids = {f.id for f in out.figures}

    def warn(message: str) -> None:
        out.warnings.append(BriefingWarning(code="dangling_reference", message=message))

    def actor(ref: str | None) -> str | None:
        if ref is None or ref in actor_ids:
            return ref
        return replaced.get(ref)

    def named(ref: str) -> str:
        return f"{ref} ({names[ref]!r})" if ref in names else ref

    for quote in out.quotes:
        if quote.speaker is not None and actor(quote.speaker) is None:
            warn(f"quote {quote.id}: speaker {named(quote.speaker)} was dropped; speaker left unresolved")
        quote.speaker = actor(quote.speaker)
    for figure in out.figures:
        if figure.claimed_by is not None and actor(figure.claimed_by) is None:
            warn(f"figure {figure.id}: claimant {named(figure.claimed_by)} was dropped")
        figure.claimed_by = actor(figure.claimed_by)
    for incident in out.incidents:
        if incident.claimed_by is not None and actor(incident.claimed_by) is None:
            warn(f"incident {incident.id}: claimant {named(incident.claimed_by)} was dropped")
        incident.claimed_by = actor(incident.claimed_by)
        for role in ("perpetrators", "targets"):
            refs: list[str] = getattr(incident, role)
            kept = list(dict.fromkeys(a for r in refs if (a := actor(r)) is not None))
            lost = sorted(named(r) for r in refs if actor(r) is None)
            if lost:
                warn(f"incident {incident.id}: dropped {role} {lost}")
            if kept != refs:
                setattr(incident, role, kept)
        figure_refs = [replaced.get(f, f) if f not in figure_ids else f for f in incident.casualty_figures]
        kept_figures = list(dict.fromkeys(f for f in figure_refs if f in figure_ids))
        if len(kept_figures) != len(set(figure_refs)):
            warn(f"incident {incident.id}: dropped casualty figures that were not grounded")
        if kept_figures != incident.casualty_figures:
            incident.casualty_figures = kept_figures


def sentence_count(text: str) -> int:
    return len(split_sentences(text))
