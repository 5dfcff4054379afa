"""The side of a town a report's location names ("in the east of the city", "in der
Weststadt", "dans le nord de Lyon", "en la zona sur"): two events of one town, one in its
west and one in its east, are two, whatever else they share (two power cuts of one city in
the Weststadt and in the Östliches Ringgebiet)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.accents import fold_accents

# German names a side by its noun after "im" or "vom" ("im Westen der Stadt"); not "in
# Norden", a town of East Frisia.
_THE_SIDE = r"(?:(?<=im )|(?<=vom ))"
_DISTRICT = r"(?:stadt|viertel|teil|vorstadt|ring|bezirk|ende?|seite|ufer|hafen|kiez)"
# The four sides, in each language the product reads, accents folded. German also names a
# side in a district's compound ("Weststadt", "Nordviertel", "Südufer"), by its adjective
# ("im Östlichen Ringgebiet") and by its noun ("im Westen"); not a region's name
# ("Westfalen", "Ostsee"), whose second part is no district's. French "est" and Spanish
# "este" and "sur" are other words too ("il est", "este barrio", "sur le trottoir"): only
# after an article (an apostrophe of either kind: "l'est", "l’est") or beside another side.
_SIDES: dict[str, dict[str, str]] = {
    "en": {
        "n": r"north(?:ern)?", "s": r"south(?:ern)?", "e": r"east(?:ern)?", "w": r"west(?:ern)?",
    },
    "de": {
        "n": rf"nord(?:{_DISTRICT})?|nordlich\w*|{_THE_SIDE}norden",
        "s": rf"sud(?:{_DISTRICT})?|sudlich\w*|{_THE_SIDE}suden",
        "e": rf"ost(?:{_DISTRICT})?|ostlich\w*|{_THE_SIDE}osten",
        "w": rf"west(?:{_DISTRICT})?|westlich\w*|{_THE_SIDE}westen",
    },
    "fr": {
        "n": r"nord", "s": r"sud", "e": r"(?<=l')est|(?<=l’)est", "w": r"ouest",
    },
    "es": {
        "n": r"norte", "s": r"(?<=el )sur|(?<=al )sur|(?<=del )sur|(?<=zona )sur",
        "e": r"(?<=el )este|(?<=al )este|(?<=del )este|(?<=zona )este", "w": r"oeste",
    },
}  # fmt: skip
_OPPOSITE = {"n": "s", "s": "n", "e": "w", "w": "e"}


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str] | None:
    sides = _SIDES.get(language)
    if sides is None:
        return None
    return re.compile("|".join(rf"(?P<{side}>(?<![\w-])(?:{cue})(?![\w]))" for side, cue in sides.items()))


def sides_in(location: str | None, language: str) -> frozenset[str]:
    """The sides of its town a location names ("n", "s", "e", "w"), if any."""
    pattern = _pattern(language)
    if not location or pattern is None:
        return _NONE
    text = fold_accents(location.casefold()[:200])  # a location is a phrase
    found = "".join(sorted({side.lastgroup for side in pattern.finditer(text) if side.lastgroup}))
    return _sides(found) if found else _NONE


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def _sides(letters: str) -> frozenset[str]:
    """One shared set for each of the few ways of naming sides: a busy day holds one per report."""
    return frozenset(letters)


def sides_apart(sides_a: frozenset[str], sides_b: frozenset[str]) -> bool:
    """One names a side of the town and the other its opposite, and none in common ("the
    west" and "the east"; not "the north-east" and "the north-west", which may meet)."""
    if not (sides_a and sides_b) or not sides_a.isdisjoint(sides_b):
        return False
    return any(_OPPOSITE[side] in sides_b for side in sides_a)
