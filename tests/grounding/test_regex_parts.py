"""The parsed form both regex readers (``guarded``, ``required``) start from."""

from __future__ import annotations

from summarizer.grounding.regex_parts import OPCODES, parsed_items


def test_a_pattern_is_read_into_its_top_level_items() -> None:
    items = parsed_items(r"ab(?:cx|dy)")
    assert items is not None
    assert [op for op, _ in items] == [OPCODES.LITERAL, OPCODES.LITERAL, OPCODES.BRANCH]


def test_a_case_insensitive_or_broken_pattern_is_not_read() -> None:
    # Its literal characters stand for more than themselves, so no prefix or word is sure.
    assert parsed_items(r"(?i)ignore") is None
    assert parsed_items(r"(unclosed") is None
