"""Two amounts of one measure that measure two facets of it: a length of visibility and one
of distance, a count of children in hospital and one of children ill, a ransom asked and
one paid (the table is ``lexicons.facets``). A briefing says what an amount counts in its
``counted`` words; when two of one group name two different facets, they are two measures,
never a conflict. An amount whose words name no facet stays with the others: most say
nothing of one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.facets import DAMAGE, LENGTH_FACETS, MONEY_FACETS, STATE_FACETS, WORTH

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord

# The fewest letters of a facet word a German compound may end with ("Sicht|weite" is
# visibility, "Wasser|tiefe" depth) and of the modifier before it.
_HEAD_LETTERS = 5
_MODIFIER_LETTERS = 3
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _facet_of_word(word: str, table_name: str) -> str | None:
    table = {"length": LENGTH_FACETS, "money": MONEY_FACETS}.get(table_name, STATE_FACETS)
    if facet := table.get(word):
        return facet
    heads = [
        h
        for h in table
        if len(h) >= _HEAD_LETTERS and len(word) - len(h) >= _MODIFIER_LETTERS and word.endswith(h)
    ]
    return table[max(heads, key=len)] if heads else None


def _table(unit: str) -> str | None:
    """Which facets a unit's amounts may have: a length's dimensions, a count's states, a
    sum's stages (a currency's code: "EUR", "CHF")."""
    if unit == "count":
        return "state"
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return "money"
    return "length" if unit in {"mm", "cm", "m", "km", "mi", "miles", "nmi", "nautical miles"} else None


def facets_of(counted: str | None, unit: str) -> frozenset[str]:
    """The facets an amount's ``counted`` words name ("visibility at the harbour entrance"
    is visibility, "Entfernung zur Hafeneinfahrt" distance; "ill pupils never vaccinated"
    names two)."""
    table = _table(unit)
    if table is None or not counted:
        return frozenset()
    found = frozenset(
        f for w in _WORD.findall(fold_accents(counted).lower()) if (f := _facet_of_word(w, table))
    )
    if table != "money":
        return found
    # "The value of the damage" is the damage; "damages demanded" and "valor do resgate
    # pedido" (Portuguese says "valor" of any sum) are told by their stage, as a ransom is.
    if found - {WORTH, DAMAGE}:
        return found - {WORTH, DAMAGE}
    return found - {WORTH} if DAMAGE in found else found


def facet_of(counted: str | None, unit: str) -> str | None:
    """The one facet an amount's ``counted`` words name (``facets_of``), or None when they
    name none or two. A damage is none: it is a facet only beside a worth (``split_facets``)."""
    found = facets_of(counted, unit) - {DAMAGE}
    return next(iter(found)) if len(found) == 1 else None


Members = list[tuple["ArticleRecord", "FigureRecord"]]


def split_facets(by_measure: Mapping[str, Members]) -> dict[str, Members]:
    """Each group whose amounts name two facets or more split by facet: the amounts of the
    first facet it holds, and those naming none, keep its key; each other facet, or set of
    facets an amount names at once ("ill pupils never vaccinated": it may count either),
    gets a key of its own (``key#facet``). A sum's damage is a facet only beside the worth of
    goods (a burglary's loot and its broken door); beside a sum paid it is that sum (what a
    fraud's victims paid is its damage)."""
    split: dict[str, Members] = {}
    for key, members in by_measure.items():
        named_sets = [facets_of(f.counted, f.unit) for _, f in members]
        if not any(WORTH in found for found in named_sets):
            named_sets = [found - {DAMAGE} for found in named_sets]
        facets = ["+".join(sorted(found)) for found in named_sets]
        named = list(dict.fromkeys(f for f in facets if f))
        if len(named) < 2:
            split[key] = members
            continue
        for member, facet in zip(members, facets, strict=True):
            own = key if facet in ("", named[0]) else f"{key}#{facet}"
            split.setdefault(own, []).append(member)
    return split
