"""A normalised view of article text that maps every position back to the original.

Quotes and dashes come in many typographic forms ("curly", „low", «guillemets», en and em
dashes); models and wire services swap them freely. Matching is done on a view where each
of these folds to its ASCII form, whitespace runs fold to one space and letters are
lower-cased, while ``offsets`` remembers where each normalised character came from, so a
match can always be reported as a span of the original text.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans(
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


class NormalizedText:
    """``text`` folded for matching, with ``offsets[i]`` = original index of ``text[i]``."""

    __slots__ = ("offsets", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        folded = original.translate(_FOLD)
        lowered = folded.lower()
        if len(lowered) == len(original):
            # Fast path: every character maps to exactly one, so only whitespace runs
            # change the length, and whole-string operations replace the per-char loop.
            self._collapse_whitespace(lowered)
            return
        chars: list[str] = []
        offsets: list[int] = []
        previous_space = True  # drops leading whitespace
        for index, ch in enumerate(original):
            folded = fold_char(ch)
            if folded == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            for out in folded:
                chars.append(out)
                offsets.append(index)
        if chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        self.text = "".join(chars)
        self.offsets = offsets

    def _collapse_whitespace(self, lowered: str) -> None:
        pieces: list[str] = []
        offsets: list[int] = []
        cursor = 0
        for run in _WHITESPACE_RUN.finditer(lowered):
            if run.start() > cursor:
                pieces.append(lowered[cursor : run.start()])
                offsets.extend(range(cursor, run.start()))
            if offsets and run.end() < len(lowered):
                pieces.append(" ")
                offsets.append(run.start())
            cursor = run.end()
        if cursor < len(lowered):
            pieces.append(lowered[cursor:])
            offsets.extend(range(cursor, len(lowered)))
        self.text = "".join(pieces)
        self.offsets = offsets

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` back to the original text."""
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> str:
    return NormalizedText(text).text
