"""Find model output in the article text: exact and fuzzy alignment on the one normalised
view of the article (``text.normalize``), with character spans into the original.

* quotes must match exactly after normalisation, on word boundaries and inside one
  quotation of the article (a narrative sentence is not a quote); an ellipsis in a quote
  splits it into fragments that must each match exactly, in order, close together, all
  inside that one quotation;
* figures, actor names and incident evidence may also match fuzzily (rapidfuzz's
  partial-ratio alignment above a threshold, widened to whole words).

``grounding.figures`` checks a figure's number against its span; ``grounding.draft`` grounds
a whole draft and says what was dropped.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from summarizer.models.common import MatchStatus, Span
from summarizer.text.normalize import ELLIPSIS, QUOTE_CHARS, normalize, normalized_text
from summarizer.text.numbers import NumberMention, find_numbers
from summarizer.text.per_thread import KeptPerThread
from summarizer.text.quotations import quoted_regions
from summarizer.text.segment import Sentence, split_sentences

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

    def __init__(self, text: str, lang: str = "en") -> None:
        # The article's language: how its numbers, sentences and quotations are written.
        self.lang = lang
        self.norm = normalized_text(text)
        self._quotations: list[tuple[int, int]] | None = None
        self._numbers: list[NumberMention] | None = None
        # The numbers' starts and the furthest end reached at each: what ``numbers_at``
        # bisects (False when the numbers are not in order of start).
        self._number_bounds: tuple[list[int], list[int]] | Literal[False] | None = None
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
                for m in find_numbers(self.norm.text, self.lang)
                for lo, hi in [self.norm.original_span(m.start, m.end)]
            ]
        return self._numbers

    def numbers_at(self, span: Span) -> list[NumberMention]:
        """The article's numbers that overlap ``span``: of those that start before it
        ends, the ones that end after it starts (two bisections, then a few to test: every
        figure asks, and an article writes dozens of numbers)."""
        numbers = self.numbers
        if self._number_bounds is None:
            starts = [m.start for m in numbers]
            reach = list(itertools.accumulate((m.end for m in numbers), max))
            # The readers report numbers in order of start; were they not, read them all.
            self._number_bounds = (starts, reach) if starts == sorted(starts) else False
        if self._number_bounds is False:  # pragma: no cover - see above
            return [m for m in numbers if m.start < span.end and span.start < m.end]
        starts, reach = self._number_bounds
        # No number before ``first`` (nor any before it) ends after the span starts.
        first = bisect.bisect_right(reach, span.start)
        return [m for m in numbers[first : bisect.bisect_left(starts, span.end)] if span.start < m.end]

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.norm.original, self.lang)
        return self._sentences

    @property
    def quotations(self) -> list[tuple[int, int]]:
        """Original ``[start, end)`` of the text inside each pair of the article's quote marks."""
        if self._quotations is None:
            self._quotations = sorted(quoted_regions(self.norm.original, self.lang))
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
        quote_text = strip_quote_marks(quote)
        # Every ellipsis is "..." or "…": without one there is nothing to split (the
        # pattern opens with white space, so it is tried at every position).
        pieces = ELLIPSIS.split(quote_text) if "…" in quote_text or "..." in quote_text else [quote_text]
        fragments = [_needle_key(f).strip(" " + QUOTE_CHARS) for f in pieces]
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


def _indexed(key: tuple[str, str]) -> ArticleIndex:
    return ArticleIndex(*key)


# Grounding indexes an article, and vetting reads its numbers moments later, in the same
# thread (a re-ask grounds the same article again).
_indexes: KeptPerThread[tuple[str, str], ArticleIndex] = KeptPerThread(_indexed, 2)


def article_index(text: str, lang: str = "en") -> ArticleIndex:
    """``ArticleIndex(text, lang)``, kept for the last two articles this thread indexed
    (an index is never changed once built, only filled in as it is asked)."""
    return _indexes((text, lang))


def indexed_already(text: str, lang: str = "en") -> ArticleIndex | None:
    """The index ``article_index`` keeps for ``text`` in this thread, if any."""
    return _indexes.peek((text, lang))


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


def sentence_count(text: str) -> int:
    return len(split_sentences(text))
