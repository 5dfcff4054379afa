"""Whose body a short name is, as its role or name says: "VvE van het appartementencomplex
Molenzicht" and "VvE van vakantiepark De Dellen" are two owners' associations, "comité
d'entreprise de l'usine Arval" and "comité d'entreprise de l'usine Brézé" two works
councils. An acronym of a kind of body (a Dutch "VvE", a French "CE", a German "WEG")
names every body of that kind alike, so two of them said to be of two owners are two
bodies, however alike their letters; one said of no owner may be either."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.organisations import FILLER

# The words that link a body's short name to its owner, in the languages read ("VvE van",
# "CE de l'usine", "Betriebsrat der", "RSU della", "comissão de trabalhadores da").
# Each a whole word ("des" is no "de" before an "s" that would be an owner's word shared by
# every "CSE des ..."), or elided.
_OWNER_LINKS = (
    r"(?:van|of|de|du|des|della|dello|delle|dei|degli|del|di|von|vom|der|do|da|dos|das|dels)(?!\w)|d['’]"
)


def short_name(name: str) -> bool:
    """An abbreviation in mixed case, first and last letters capitals ("VvE", "CdR",
    "PvdA"): no surname's way ("McCoy")."""
    return 2 <= len(name) <= 6 and name.isalpha() and name[0].isupper() and name[-1].isupper()


def owner_words(name: str, texts: Sequence[str | None]) -> frozenset[str]:
    """The words (folded) of the owner ``texts`` (a role, its names) say the body ``name``
    is of: those after "<name> van/of/de ..." ("VvE van vakantiepark De Dellen":
    "vakantiepark", "dellen"), its capitalised ones alone when it has any (they say which
    owner; "vakantiepark" says only what kind)."""
    link = re.compile(rf"(?<!\w){re.escape(name)}\s+(?:{_OWNER_LINKS})\s*(.+)", re.IGNORECASE)
    for text in texts:
        found = link.search(text or "")
        if found is None:
            continue
        words = [
            w for w in re.findall(r"[^\W\d_]+", found.group(1)) if fold_accents(w.casefold()) not in FILLER
        ]
        capitalised = [w for w in words if w[:1].isupper()]
        owned = frozenset(fold_accents(w.casefold()) for w in (capitalised or words))
        if owned:
            return owned
    return frozenset()


def other_owners(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two owners said, sharing no word: two bodies."""
    return bool(first) and bool(second) and first.isdisjoint(second)
