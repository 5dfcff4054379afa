"""The planted-instruction scan's shortcuts find what the plain patterns find: the line
cues tried only at candidates, the tag-character check, the ROT13 word count."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.grounding import cue_scans, encoded, planted
from summarizer.grounding.cues import LINE_CUES

# Pieces that make line cues, near misses and their surroundings likely.
_PIECES = [
    "<|im_start|>", "<|im_end|>", "<<sys>>", "< / sys >>", "[inst]", "[/inst]", "</article>",
    "<instructions>", "< system >", "system:", "system :", "assistant:", "sistema:", "система:",
    "systeme\n:", "<", "[", "|", ">", "]", ":", "\n", "\n\n", " ", "\t", "sys", "ass", "a", "s",
    "word", "x:", "\u0441",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _plain_line_scan() -> re.Pattern[str]:
    scan = planted._scanners().lines
    assert isinstance(scan, cue_scans.LineCueScan)  # the shortcut is the one in use
    return scan.pattern


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_line_cues_tried_at_candidates_find_what_the_pattern_finds(text: str) -> None:
    scan = planted._scanners().lines
    expected = [m.span() for m in _plain_line_scan().finditer(text)]
    assert [m.span() for m in scan.finditer(text)] == expected


def test_line_cue_examples_are_found_at_every_line_and_after_marks() -> None:
    scan = planted._scanners().lines
    for cue in LINE_CUES:
        example = cue.example.lower()
        for text in (example, f"x\n{example}", f"a<b [c\n\n  {example}\n{example}", f"{example}{example}"):
            expected = [m.span() for m in _plain_line_scan().finditer(text)]
            assert expected and [m.span() for m in scan.finditer(text)] == expected


@given(st.text(alphabet=st.sampled_from(["a", "é", "\u4e2d", "\U0001f600", "\U000e0041", "\ud800", " "])))
def test_beyond_the_bmp_is_any_character_past_u_ffff(text: str) -> None:
    assert encoded._beyond_the_bmp(text) == any(ord(c) > 0xFFFF for c in text)


_ROT13_PIECES = ["gur", "naq", "el", "xgur", "gurx", " ", ".", "word"]


@given(st.lists(st.sampled_from(_ROT13_PIECES), max_size=12).map("".join))
def test_rot13_words_counted_up_to_the_threshold(view: str) -> None:
    counted = len(planted._ROT13_WORDS.findall(view, 0, planted._ROT13_SAMPLE)) >= planted._ROT13_MIN_WORDS
    assert planted._holds_rot13_words(view) == counted


_RUN_PIECES = ["abcdefgh", "ABCD1234", "+/_-", "=", " ", "\n", "é", "ü", "xy", "%41"]


@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=10).map("".join))
def test_runs_are_looked_for_where_a_16_character_run_is(text: str) -> None:
    words = text.split()
    assert encoded._may_hold_runs(text) == any(re.search("[A-Za-z0-9+/_-]{16}", w) for w in words)


def test_dense_candidates_hand_over_to_the_plain_scan_with_the_same_matches() -> None:
    scan = planted._scanners().lines
    for text in ("<a [b\nsystem: " * 400, "<" * 5000 + "<|im_start|>\nassistant:", "\n[inst]" * 600):
        assert [m.span() for m in scan.finditer(text)] == [
            m.span() for m in _plain_line_scan().finditer(text)
        ]
