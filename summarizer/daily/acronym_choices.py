"""Which body of the day a short name or an acronym is, when its letters alone cannot say
(``organisation_joins.join_abbreviations``): a short name that says only a kind of body
("Kapo", the cantonal police; "Polizei") is no body's letters, and an acronym two bodies
spell ("ATB": the Agència de Turisme de les Illes Balears and the Asociación de Taxistas
de Baleares) is the one its own article's role for it describes ("taxi drivers'
association")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from summarizer.daily.organisations import BODY_WORDS, LEVELS, organisation_key
from summarizer.linkage import UnionFind, name_key


class Described(Protocol):
    """What choosing among bodies reads of an actor: its keys and its article's role."""

    @property
    def keys(self) -> set[str]: ...
    @property
    def role(self) -> str | None: ...


def kind_only(keys: set[str]) -> bool:
    """True when every key of a body names only what kind of body it is, at what level
    ("police", "cantonal police"): beside two cantons' police "Kapo" is either, and only
    its article's places say which (``kinds_by_place``)."""
    return bool(keys) and all(set(key.split()) <= BODY_WORDS | LEVELS for key in keys)


def described_by_role(flat: Sequence[Described], groups: UnionFind, roots: set[int], index: int) -> set[int]:
    """Of the bodies (``roots``) the acronym ``flat[index]`` may be, the one whose names
    share a concept with the role its article gives it; all of them when it has no role,
    or the role describes none of them or several."""
    role = flat[index].role
    if len(roots) < 2 or not role:
        return roots
    said = set(organisation_key(name_key(role)).split())
    described = {
        groups.find(i)
        for i, item in enumerate(flat)
        if groups.find(i) in roots and any(said & set(key.split()) for key in item.keys)
    }
    return described if len(described) == 1 else roots
