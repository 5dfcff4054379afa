"""How the planted-instruction scan runs its cue tables (``planted``) fast, with the
matches of the plain patterns: each pattern is tried only where a match can start.

``re`` skips ahead only on a pattern that opens with a literal or a character class; the
cue patterns open with a lookaround (a word boundary), so ``re`` tries them at every
position. The scans here find where a match can start first (a fast substring search, a
pattern that opens with a character class) and try the pattern there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from summarizer.grounding.guarded import GuardedPattern, guarded_alternation, prefixes, start_guard
from summarizer.grounding.required import required_words


def bounded(alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """Bounded on both sides where the cue starts or ends with a word character ("override"
    is never found inside "overrides"); a cue that starts or ends with a mark ("<|im_start|>")
    needs no boundary there."""
    return re.compile(rf"(?:(?!\w)|(?<!\w))(?:{alternatives})(?:(?<!\w)|(?!\w))", flags)


def word_cues(alternatives: str) -> re.Pattern[str]:
    """Cues that start with a word: tried at word starts only, twice as fast as ``bounded``."""
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:(?<!\w)|(?!\w))")


# Past this many candidates, more than one every this many characters: the plain scan.
_DENSE_AFTER = 256
_DENSE_SPACING = 16


class LineCueScan(NamedTuple):
    """The line cues' one alternation, tried only where a match can start: where one of
    ``marks`` is (the first characters of the unanchored cues, ``<`` and ``[``, found with
    ``str.find``), and at the line starts an anchored cue's prefix follows (a role label
    after ``^``). The role labels' prefixes hold a space and "s" and "a", so the guard of
    the whole table let the pattern be tried at almost every position (0.2 ms per
    1,000-word article). ``finditer`` gives ``pattern.finditer``'s matches: each is the
    leftmost match at or after the end of the one before, and a match starts only at a
    candidate."""

    pattern: re.Pattern[str]
    marks: tuple[str, ...]
    line_start: re.Pattern[str]  # a line break, then an anchored cue's prefix

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # The next candidate from each mark and from the line starts (-1: none left), each
        # looked for again only once passed: a mark that never occurs is not searched for to
        # the end of the text at every candidate (quadratic on a text full of "<").
        upcoming = [0] * (len(self.marks) + 1)
        candidate, tried = 0, 0  # the text's start is a line start
        while candidate >= 0:
            tried += 1
            if tried > _DENSE_AFTER and tried * _DENSE_SPACING > candidate:
                # Candidates this dense (a text full of "<"): the pattern's own scan from here
                # is faster than a call per candidate, and finds the same (no match starts
                # between the last match's end and this candidate).
                yield from self.pattern.finditer(text, candidate)
                return
            found = self.pattern.match(text, candidate)
            if found is not None:
                yield found
            pos = found.end() if found is not None and found.end() > candidate else candidate + 1
            candidate = self._next_candidate(text, pos, upcoming)

    def _next_candidate(self, text: str, pos: int, upcoming: list[int]) -> int:
        """The first candidate at or after ``pos``; -1 when there is none."""
        for index, mark in enumerate(self.marks):
            if 0 <= upcoming[index] < pos:
                upcoming[index] = text.find(mark, pos)
        if 0 <= upcoming[-1] < pos:
            # From a line break just before ``pos`` on: ``pos`` itself may be a line start.
            hit = self.line_start.search(text, pos - 1)
            upcoming[-1] = -1 if hit is None else hit.start() + 1
        return min((at for at in upcoming if at >= 0), default=-1)


def first_characters(patterns: list[str]) -> tuple[str, ...] | None:
    """The characters every match of ``patterns`` starts with; None unless each pattern's
    prefixes can be read and each starts with one literal character."""
    firsts: set[str] = set()
    for pattern in patterns:
        lead = prefixes(pattern)
        if lead is None:
            return None
        for prefix in lead:
            source = prefix[0]
            literal = re.sub(r"\\(.)", r"\1", source)
            if len(literal) != 1 or not re.fullmatch(source, literal):
                return None  # a class or an escape such as \s: not one character
            firsts.add(literal)
    return tuple(sorted(firsts))


class _WordCuePatterns:
    """One table's cues (all, or all but some), each pattern compiled on first use: the
    table's alternation takes about 80 ms to compile, and a process that briefs one
    article should not pay for patterns it never runs."""

    def __init__(self, kept: list[str]) -> None:
        self.alternatives = guarded_alternation(kept)
        self.guard = start_guard(kept)
        self._whole: GuardedPattern | None = None
        self._after_non_word: re.Pattern[str] | None = None

    @property
    def whole(self) -> GuardedPattern:
        """``word_cues``: each match at a word start, behind ``(?<!\\w)``."""
        if self._whole is None:
            self._whole = GuardedPattern(word_cues(self.alternatives), self.guard)
        return self._whole

    @property
    def after_non_word(self) -> re.Pattern[str]:
        """The same cues after a non-word character, each cue a group: ``re`` cannot skip
        ahead on a pattern that opens with a lookbehind, and tries this one only after the
        characters it opens with (the Latin-script scan in 60% of the time)."""
        if self._after_non_word is None:
            self._after_non_word = re.compile(rf"\W((?:{self.alternatives})(?:(?<!\w)|(?!\w)))")
        return self._after_non_word

    def may_start_at_0(self, text: str) -> bool:
        return self.guard is None or self.guard.match(text) is not None


class WordCueScan:
    """A table of word cues (``word_cues``), scanned without the cues that are tried at
    every word (their first characters cannot be read) when the text lacks every one of the
    words such a cue must match (``required``). ``spans`` are the whole table's matches."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = patterns
        # Looked for with ``in`` (a fast substring search each): as one regex alternation the
        # words' first letters stopped ``re`` at every "a" and "l" (0.06 ms per article).
        self._optional = [
            (index, sorted(words))
            for index, pattern in enumerate(patterns)
            if prefixes(pattern) is None and (words := required_words(pattern))
        ]
        self._without: dict[frozenset[int], _WordCuePatterns] = {}

    def _patterns(self, left_out: frozenset[int]) -> _WordCuePatterns:
        if left_out not in self._without:  # one per set of absent cues: two for today's tables
            self._without[left_out] = _WordCuePatterns(
                [p for i, p in enumerate(self.patterns) if i not in left_out]
            )
        return self._without[left_out]

    @property
    def whole(self) -> GuardedPattern:
        """The whole table's pattern, as the scan would run it without these shortcuts."""
        return self._patterns(frozenset()).whole

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of each match of the whole table in ``text``, in order."""
        left_out = frozenset(i for i, words in self._optional if not any(w in text for w in words))
        patterns = self._patterns(left_out)
        # At the start, where no character precedes: the whole pattern, where a cue can start.
        first = patterns.whole.pattern.match(text) if patterns.may_start_at_0(text) else None
        found = [first.span()] if first is not None else []
        found += [m.span(1) for m in patterns.after_non_word.finditer(text, first.end() if first else 0)]
        # Each match after the first needs a non-word character of its own before it: one
        # that ends in such a character may be followed at once by a match that the whole
        # pattern finds and this scan does not. Then the whole pattern's scan, as it is.
        if any(_NON_WORD.match(text, end - 1) for _, end in found):
            return [m.span() for m in patterns.whole.finditer(text)]
        return found


_NON_WORD = re.compile(r"\W")
