"""A normalised view of article text that maps every position back to the original.

Quotes and dashes come in many typographic forms ("curly", „low", «guillemets», en and em
dashes); models and wire services swap them freely. Matching is done on a view where each
of these folds to its ASCII form, whitespace runs fold to one space and letters are
lower-cased, while ``offsets`` remembers where each normalised character came from, so a
match can always be reported as a span of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

_FOLD: dict[int, str] = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)

# "…" is the one fold that is longer than its source. The fast path folds it to a private-use
# placeholder first (one character for one), and expands the placeholders at the end.
_PLACEHOLDER = "\ue000"
_FOLD_ONE_TO_ONE = {**_FOLD, ord("\u2026"): _PLACEHOLDER}

# str.translate with a dict looks every character up in Python: for a 4,000-character
# article that is most of the normalising time. Few of these characters occur in any
# given text, so replacing just those that do is many times faster.
_FOLD_PAIRS = [(chr(code), out) for code, out in _FOLD.items()]
_FOLD_ONE_TO_ONE_PAIRS = [(chr(code), out) for code, out in _FOLD_ONE_TO_ONE.items()]


def _fold(text: str, pairs: list[tuple[str, str]]) -> str:
    for char, replacement in pairs:
        if char in text:
            text = text.replace(char, replacement)
    return text


QUOTE_CHARS = "\"'"
_WHITESPACE_RUN = re.compile(r"\s+")
ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)\s*")


def fold_char(ch: str) -> str:
    folded = ch.translate(_FOLD)
    if folded.isspace():
        return " "
    lowered = folded.lower()
    # Some characters lower-case to two (e.g. 'İ'); keep the one-to-one mapping instead.
    return lowered if len(lowered) == len(folded) else folded


# What changes length inside stripped text: whitespace runs other than one plain space
# (they fold to one space), and the "…" placeholder (it becomes "..."). Such a run always
# holds a non-space whitespace character or two spaces in a row: those seeds are rare, so
# finding them and widening each to its run beats matching a run pattern at every space.
_BREAK_SEED = re.compile(r"[^\S ]|  |" + _PLACEHOLDER)
_WHITESPACE = re.compile(r"\s*")


def _breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each run in ``text[start:end]`` that folds to another length."""
    cursor = start
    for seed in _BREAK_SEED.finditer(text, start, end):
        if seed.start() < cursor:
            continue  # inside the run just reported
        if seed.group() == _PLACEHOLDER:
            yield seed.start(), seed.end()
            cursor = seed.end()
            continue
        run_start = seed.start()
        while run_start > cursor and text[run_start - 1] == " ":
            run_start -= 1
        run_end = _WHITESPACE.match(text, seed.start(), end).end()  # type: ignore[union-attr]
        yield run_start, run_end
        cursor = run_end


class NormalizedText:
    """``text`` folded for matching, mapping every position back to the original.

    The mapping is kept as pieces rather than one offset per character: each piece starts
    at ``starts[k]`` in ``text`` and at ``origins[k]`` in the original, and advances one
    original character per character (``steps[k] == 1``) or stands for a single original
    position (``steps[k] == 0``: a collapsed whitespace run, or the "..." of a "…").
    """

    __slots__ = ("_origins", "_starts", "_steps", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._steps: list[int] = []
        lowered = _fold(original, _FOLD_ONE_TO_ONE_PAIRS).lower()
        if len(lowered) == len(original) and _PLACEHOLDER not in original:
            self._fold_runs(lowered)
        else:
            self._fold_each_character(original)

    def _piece(self, position: int, origin: int, step: int) -> None:
        self._starts.append(position)
        self._origins.append(origin)
        self._steps.append(step)

    def _fold_runs(self, lowered: str) -> None:
        """Whole-string folding (one character for one), then only the places where the
        length changes get a piece: whitespace runs other than a single space, and "…"."""
        start = len(lowered) - len(lowered.lstrip())
        end = len(lowered.rstrip())
        parts: list[str] = []
        length = 0
        cursor = start
        for run_start, run_end in _breaks(lowered, start, end):
            if run_start > cursor:
                self._piece(length, cursor, 1)
                parts.append(lowered[cursor:run_start])
                length += run_start - cursor
            self._piece(length, run_start, 0)
            folded = "..." if lowered[run_start] == _PLACEHOLDER else " "
            parts.append(folded)
            length += len(folded)
            cursor = run_end
        if cursor < end:
            self._piece(length, cursor, 1)
            parts.append(lowered[cursor:end])
        self.text = "".join(parts)

    def _fold_each_character(self, original: str) -> None:
        """The general case (characters whose lower case is longer): one at a time."""
        chars: list[str] = []
        previous_space = True  # drops leading whitespace
        for index, ch in enumerate(original):
            folded = fold_char(ch)
            if folded == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            self._piece(len(chars), index, 0)
            chars.extend(folded)
        if chars and chars[-1] == " ":
            chars.pop()
            for pieces in (self._starts, self._origins, self._steps):
                pieces.pop()
        self.text = "".join(chars)

    def offset(self, position: int) -> int:
        """The original index of ``text[position]``."""
        k = bisect_right(self._starts, position) - 1
        return self._origins[k] + (position - self._starts[k]) * self._steps[k]

    @property
    def offsets(self) -> list[int]:
        """Every position's original index (for tests and debugging; ``offset`` is cheaper)."""
        return [self.offset(i) for i in range(len(self.text))]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` back to the original text."""
        return self.offset(start), self.offset(end - 1) + 1


def normalize(text: str) -> str:
    """``NormalizedText(text).text`` without the offsets: the cheap form for comparisons."""
    folded = _fold(text, _FOLD_PAIRS)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # rare characters that lower-case to two
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return _WHITESPACE_RUN.sub(" ", lowered).strip(" ")


def lower_keeping_offsets(sentence: str) -> str:
    """The sentence lower-cased, position for position. Python's ``re`` runs these rule
    alternations several times faster on lower-cased text than with ``IGNORECASE``; the
    rare letters whose lower case is longer (such as "İ") are replaced to keep positions."""
    lowered = sentence.lower()
    if len(lowered) == len(sentence):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in sentence)
