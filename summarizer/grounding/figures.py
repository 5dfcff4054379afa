"""A figure's number, read from its span with the one number reader: a span that writes no
number is dropped, a value given (and every number the figure's text writes) must be a
number the span writes, and a missing value is read from the span. A figure the model
reworded is found by its number: a sentence that writes it with the words it counts."""

from __future__ import annotations

import bisect
import re

from summarizer.grounding.align import ArticleIndex, _needle_key
from summarizer.models import Figure, FigureDraft
from summarizer.models.common import Span
from summarizer.text.normalize import canonical, normalize
from summarizer.text.numbers import NumberMention, find_numbers
from summarizer.text.vocabulary import words
from summarizer.text.word_counts import find_word_counts


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def _written(figure: FigureDraft, lang: str) -> list[NumberMention]:
    """The numbers a figure's text writes (read once per figure: each check needs them)."""
    return find_numbers(canonical(figure.text), lang)


def _agrees(figure: FigureDraft, found: list[NumberMention], written: list[NumberMention]) -> bool:
    """A figure agrees with the numbers of its span when there is one, every number its
    text writes (``written``) is one of them, and so are its value and high value."""
    if not found:
        return False
    readings = [m.value for m in found] + [m.base for m in found]
    wanted = [v for v in (figure.value, figure.value_high) if v is not None]
    return all(any(_close(v, n) for n in readings) for v in [m.value for m in written] + wanted)


def figure_number_matches(figure: FigureDraft, span_text: str, lang: str = "en") -> bool:
    """The span holds a number, and every number of the figure (its value, high value and
    the numbers its text writes) is one the span writes: in numbers, or in words of none or
    one ("No one", "Aucun blessé", "un muerto": ``word_counts``)."""
    span_text = canonical(span_text)
    found = find_numbers(span_text, lang) + find_word_counts(span_text, lang)
    return _agrees(figure, found, _written(figure, lang))


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


def _counted_words(figure: FigureDraft, lang: str) -> list[str]:
    key = _needle_key(figure.text)
    numbers = find_numbers(key, lang)
    words = _WORDS.findall(
        "".join(" " if any(m.start <= i < m.end for m in numbers) else ch for i, ch in enumerate(key))
    )
    return [w for w in words if w not in _FILLER]


def _located_by_number(index: ArticleIndex, figure: FigureDraft, written: list[NumberMention]) -> Span | None:
    """A figure the model reworded ("272 people killed" for "killed at least 272 people"):
    a sentence that writes its number and every word it counts with; the span runs from
    the number to the nearest of those words. ``written``: the numbers its text writes."""
    target = written[0].value if written else figure.value
    if target is None:
        return None
    words = _counted_words(figure, index.lang)
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
            if _agrees(figure, index.numbers_at(span), written):
                return span
    return None


def ground_figure(index: ArticleIndex, figure: FigureDraft) -> tuple[Figure | None, str]:
    """The figure with its span and its value (read from the span when the model gave
    none), or None and why not."""
    written = _written(figure, index.lang)
    match = index.align_text(figure.text)
    found = index.numbers_at(match.span) if match is not None else []
    agrees = match is not None and _agrees(figure, found, written)
    span, status = (match.span, match.status) if match is not None and agrees else (None, None)
    if span is None:
        located = _located_by_number(index, figure, written)
        if located is None:
            if match is None:
                return None, "figure not found in the article"
            if not found:
                return None, "figure holds no number written in the article"
            return None, "figure's number is not the number written in the article"
        span, status, found = located, "fuzzy", index.numbers_at(located)
    value = figure.value
    if value is None:
        value = written[0].value if written else found[0].value
    assert status is not None
    return Figure(**{**figure.__dict__, "value": value}, span=span, match=status), ""
