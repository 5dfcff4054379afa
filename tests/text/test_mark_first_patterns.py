"""Patterns written mark first (the character matched, then what is around it checked by a
lookbehind) find what their lookbehind-first definitions find: ``re`` can skip ahead to a
pattern's first character, never to a lookbehind, so the mark-first forms are the fast ones."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.grounding import planted
from summarizer.text import quotations

# The definitions, as first written.
SINGLE_MARK = re.compile(r"(?P<open>(?<![\w'’‘])['‘](?=\S))|(?P<close>(?<=\S)['’](?!\w))|\n")
SINGLE_QUOTED = re.compile(r"(?<![\w’])‘(?=\S)[^‘’\n]*?[^\s‘](?:’(?![\w]))")
ROT13_WORDS = re.compile(rf"(?<!\w)(?:{'|'.join(planted.ROT13_COMMON)})(?!\w)")

_marks = st.lists(
    st.sampled_from([*"ab1_ '’‘\n\t.é", "’‘", "‘a’", "a‘", "’ ", "‘word’ ", "don’t"]), max_size=15
).map("".join)


def _readings(pattern: re.Pattern[str], text: str) -> list[tuple[int, str, bool, bool]]:
    """Where each mark is, what it is, and whether it was read as opening or closing."""
    return [
        (m.start(), text[m.start()], m.group("open") is not None, m.group("close") is not None)
        for m in pattern.finditer(text)
    ]


@settings(max_examples=1500, deadline=None)
@given(_marks)
def test_single_marks_are_read_as_the_definition_reads_them(text: str) -> None:
    assert _readings(quotations._SINGLE_MARK, text) == _readings(SINGLE_MARK, text)


@settings(max_examples=1500, deadline=None)
@given(_marks, st.integers(0, 30), st.integers(0, 30))
def test_single_quoted_spans_are_the_definitions_from_any_position(text: str, start: int, end: int) -> None:
    """Searched from inside a text, as each paragraph is, the mark before the start still counts."""
    found = [m.span() for m in quotations.SINGLE_QUOTED.finditer(text, start, end)]
    assert found == [m.span() for m in SINGLE_QUOTED.finditer(text, start, end)]


def test_rot13_common_words_are_counted_as_the_definition_counts_them() -> None:
    rng = random.Random(13)
    pieces = [*planted.ROT13_COMMON, "a", "x", "_", "1", " ", "-", "é", "lbhe", "gurl"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert planted._ROT13_WORDS.findall(text) == ROT13_WORDS.findall(text), text
