"""The normalised text and its offsets agree with a plain one-character-at-a-time reference."""

from __future__ import annotations

import random

import pytest

from summarizer.text.normalize import NormalizedText, fold_char, normalize
from tests.conftest import SEEDS


def reference(original: str) -> tuple[str, list[int]]:
    """Fold each character, collapse whitespace runs to one space, trim: the definition."""
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = True
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
    return "".join(chars), offsets


EDGE_CASES = [
    "",
    "   ",
    "  Hello\u00a0 “World” — it’s … fine\n\n ",
    "İstanbul … ÇAĞ",  # a letter whose lower case is two characters
    "a …  …b",
    " … ",
    "\ue000x…",  # the placeholder character in the input itself
    "a \t\t  b   c\n\n\nd … \n e",
    "`quoted´ «x» „y“ ‘z’",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(20261122)
    pieces = ["a", "B", " ", "  ", "\n", "\t", "…", "\u00a0", "é", "“", "—", "İ"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(
    "text", EDGE_CASES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
)
def test_edge_cases_and_seeds_match_the_reference(text: str) -> None:
    norm = NormalizedText(text)
    assert (norm.text, norm.offsets) == reference(text)
    assert normalize(text) == norm.text


def test_random_texts_match_the_reference() -> None:
    for text in _random_texts(2000):
        norm = NormalizedText(text)
        assert (norm.text, norm.offsets) == reference(text), repr(text)
        assert normalize(text) == norm.text
