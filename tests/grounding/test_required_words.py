"""Words a cue cannot match without, and the Latin-script scan that leaves out a cue whose
words a text lacks: the same matches as the whole table."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.grounding import cue_scans, planted
from summarizer.grounding.cues import DE
from summarizer.grounding.required import required_words


def test_words_are_read_from_an_item_every_match_passes_through() -> None:
    assert required_words(r"\w+\s+(?:liest|lesen)\s+\w+") == {"liest", "lesen"}
    assert required_words(r"(?:\w+-)?ki\s+(?:ab|cd)(?:ef|gh)") == {"abef", "abgh", "cdef", "cdgh"}
    # The most selective item wins: its shortest word is the longest.
    assert required_words(r"\w+ (?:a|bc) \w+ (?:ignore|disregard)") == {" ignore", " disregard"}


def test_no_words_where_none_is_required() -> None:
    assert required_words(r"\w+\s+(?:liest)?\s+\w+") is None  # optional
    assert required_words(r"\w+|(?:liest|lesen)") is None  # one side of a choice
    assert required_words(r"\w+\s+(?:liest|\w+en)") is None  # a choice with a class
    assert required_words(r"(?i)\w+ liest") is None  # case-insensitive: spellings unread
    assert required_words(r"\w+\s*") is None


_PATTERNS = [
    r"\w+\s+(?:liest|lesen)\s+\w+",
    r"(?:\w+-)?ki,?\s+(?:die|das)\s+(?:liest|les(?:en|t))",
    r"a(?:bc|de)+f",
]
_PIECES = [
    "text-ki",
    "ki",
    ",",
    " ",
    "die",
    "das",
    "liest",
    "lesen",
    "lest",
    "les",
    "a",
    "bc",
    "de",
    "f",
    "-",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_text_without_the_words_holds_no_match(text: str) -> None:
    for pattern in _PATTERNS:
        words = required_words(pattern)
        if words is not None and re.search(pattern, text):
            assert any(word in text for word in words)


def test_the_latin_scan_leaves_out_the_german_reader_cue_only_where_it_cannot_match() -> None:
    scan = planted._scanners().latin
    reader = next(cue for cue in DE if cue.name == "model_reading_this")
    assert [planted._patterns([reader], latin=True)[0]] == [scan.patterns[i] for i, _ in scan._optional]


_LATIN_PIECES = [
    "text-ki", "die ki", "ki", "k.i.", "chatbot", ", ", " ", "die", "der", "diesen text", "das", "liest",
    "zusammenfasst", "killed", "asking", "ignore", "all previous instructions", "ignoriere", "alle",
    "vorherigen anweisungen", "ki-assistent", "sprachmodell", ".", "\n", "k.i.", "instructions:", ":",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LATIN_PIECES), max_size=30).map("".join))
def test_the_latin_scan_finds_what_the_whole_table_finds(text: str) -> None:
    scan = planted._scanners().latin
    assert scan.spans(text) == [m.span() for m in scan.whole.finditer(text)]


@given(st.lists(st.sampled_from(["ab:", "cd", "ab", " ", ":", "x", "-", "cd-"]), max_size=12).map("".join))
def test_a_match_right_after_one_ending_in_a_mark_is_found(text: str) -> None:
    """Cues that end in a non-word character, one right after the other ("ab:cd"): the scan
    after non-word characters cannot find the second, and the whole pattern's scan is used."""
    scan = cue_scans.WordCueScan(["ab:", "cd-?"])
    assert scan.spans(text) == [m.span() for m in scan.whole.finditer(text)]


def test_the_whole_pattern_is_used_after_a_cue_ending_in_a_mark() -> None:
    assert cue_scans.WordCueScan(["ab:", "cd"]).spans("ab:cd ab:") == [(0, 3), (3, 5), (6, 9)]
