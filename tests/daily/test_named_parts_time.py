"""A report's place of thousands of words (a hostile or broken briefing) is read in time:
its block keys are its parts of a few words and its whole name, not every run of words
(``incidents._named_parts``, cubic in the name's length before)."""

from __future__ import annotations

import time

from summarizer.daily.incidents import _named_parts


def test_a_place_of_thousands_of_words_gives_its_block_keys_in_time() -> None:
    start = time.thread_time()
    parts = _named_parts("a. 10:15 - " * 1000)
    assert time.thread_time() - start < 1.0
    assert "a. 10:15 -" in parts


def test_a_place_s_short_parts_and_whole_name_are_its_keys() -> None:
    assert _named_parts("arlo dam") == {"arlo", "dam", "arlo dam"}
