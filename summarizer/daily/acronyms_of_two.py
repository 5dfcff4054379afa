"""An acronym that is a shorter form of one body's name and spells another's: "la PM" of
an Italian day that names the "PM di Bordighera" and the "Polizia Municipale" of
Ventimiglia (and a Cannes "police municipale") may be either town's force, so the
shorter forms leave it to the abbreviations, which join it only to the day's one body it
spells (``organisation_joins``). A town's police, a party's or a union's branch ("CGT
Cheminots", "la CGT") are named so in every language."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from summarizer.linkage import UnionFind
from summarizer.text.abbreviations import abbreviates


class _Named(Protocol):
    @property
    def is_person(self) -> bool: ...
    @property
    def names(self) -> list[str]: ...
    @property
    def abbreviation(self) -> str | None: ...


def spells_another_body(
    flat: Sequence[_Named],
    groups: UnionFind,
    index: int,
    roots: Collection[int],
    spellings: Sequence[int],
    places: frozenset[str],
) -> bool:
    """True when the item at ``index`` is an acronym ("PM") that spells the full name of
    a body of the day other than those it is a shorter form of (``roots``, group roots):
    "Polizia Municipale" beside "PM di Bordighera". ``spellings``: one index per spelling."""
    short = flat[index].abbreviation
    if not short or not roots:
        return False
    return any(
        groups.find(other) not in roots
        and any(len(name.split()) > 1 and abbreviates(short, name, places) for name in flat[other].names)
        for other in spellings
        if other != index and not flat[other].is_person
    )
