"""Mentions found by several patterns, kept once: of mentions that overlap, the first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=Located)


def without_overlaps(mentions: Iterable[L]) -> list[L]:
    """The mentions, which the caller gives sorted by start (the longest first where two
    start together, if the longer is to win), without any that begins inside one kept
    before it: "two hundred" is kept and its "two" is not. Nothing is sorted here."""
    kept: list[L] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
