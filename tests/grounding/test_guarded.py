"""The guarded alternation finds exactly what the plain alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.grounding.guarded import GuardedPattern, guarded_alternation, prefixes, start_guard, trie

# Pieces of the kinds the cue tables use: literals, classes, optional and repeated parts,
# groups of alternatives, lookarounds, and pieces that may start anywhere (\w, .).
_PIECES = [
    "a", "b", "c", "ab", " ", r"\s", r"\s+", "[ab]", "[a-c]", "a?", "b*", "c+", "(?:ab|c)",
    "(?:a|)", r"(?<=a)", r"(?!c)", r"(?<!\w)", r"\w", r"\w+-", ".", r"\d", "-", "(?:b c)?",
    "[^a]", "(?:a|b)?c", "a{2}", "(?:ca)*",
]  # fmt: skip
_alternative = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)
_text = st.text(alphabet="abc -\t1", max_size=40)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_alternative, min_size=1, max_size=6), _text)
def test_the_guarded_alternation_finds_the_same_spans_as_the_plain_one(alternatives, text):
    plain = "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")"
    guarded = guarded_alternation(alternatives)
    for before, after in [("", ""), (r"(?<!\w)", r"(?:(?<!\w)|(?!\w))")]:
        assert _spans(before + guarded + after, text) == _spans(before + plain + after, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_alternative, min_size=1, max_size=6), st.text(alphabet="abc -\t1\n", max_size=40))
def test_a_scan_started_at_the_guard_finds_what_the_whole_scan_finds(alternatives, text):
    """Lookbehinds and ``^`` see the text before the guard's first match; where the guard
    finds nothing, the pattern finds nothing."""
    guard = start_guard(alternatives)
    alternation = guarded_alternation(alternatives)
    for before, after, flags in [
        ("", "", 0),
        (r"(?<!\w)", r"(?:(?<!\w)|(?!\w))", 0),
        (r"(?:(?!\w)|(?<!\w))", r"(?:(?<!\w)|(?!\w))", re.MULTILINE),
        ("^", "", re.MULTILINE),
    ]:
        pattern = re.compile(before + alternation + after, flags)
        scanned = [m.span() for m in GuardedPattern(pattern, guard).finditer(text)]
        assert scanned == [m.span() for m in pattern.finditer(text)]


def test_the_guard_is_none_when_an_alternative_may_start_anywhere():
    assert start_guard(["ab", r"\w+-ki"]) is None
    guard = start_guard(["ignore", r"dis(?:regard)?"])
    assert guard is not None and guard.search("we dismiss it").start() == 3
    assert guard.search("nothing to see") is None


def test_prefixes_are_read_from_the_parsed_pattern():
    assert prefixes("(?:ignore|drop)\\s+x", 3) == {("i", "g", "n"), ("d", "r", "o")}
    # A shorter match is its own prefix; a class is one position.
    assert prefixes("ab?", 3) == {("a",), ("a", "b")}
    assert prefixes(r"a\sb", 3) == {("a", r"\s", "b")}
    # Lookarounds take no position.
    assert prefixes(r"(?<=\.)(?:please\s+)?go", 2) == {("p", "l"), ("g", "o")}


def test_an_alternative_that_may_start_anywhere_has_no_prefixes():
    for pattern in [r"\w+-ki", r".x", "[^a]b", "(?i:ab)", "(?i)ab", "a?", ""]:
        assert prefixes(pattern) is None, pattern


def test_the_trie_matches_exactly_its_prefixes():
    found = re.compile(trie([("a", "b"), ("a",), ("b", r"\s")]) + "$")
    matched = [s for s in ["a", "ab", "b ", "b\t", "ac", "b", "ba"] if found.match(s)]
    assert matched == ["a", "ab", "b ", "b\t"]
