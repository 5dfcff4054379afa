"""A region named as the upper or lower part of a larger one, in two languages: German's
"Oberelsass" is the French "Haut-Rhin", "Niederbayern" the French "Basse-Bavière". No data
the product ships holds such names in every language (iso-codes knows "Haut-Rhin" and that
Alsace holds it, no "Oberelsass"), but each name says which way it lies in which whole:
"Ober|elsass" by its prefix and its whole's name ("Elsass" is Alsace, ``EXONYMS``),
"Haut-Rhin" by its first word and the region the data says holds it. Two such names of one
way and one whole may be one part, unless the data knows both as two parts ("Hautes-
Pyrénées" and "Haute-Garonne", both upper, both of Occitanie, are two departments)."""

from __future__ import annotations

import re
from functools import cache

from summarizer.daily.place_keys import place_key
from summarizer.text.exonyms import name_form
from summarizer.text.lexicons.places import EXONYMS
from summarizer.text.subdivisions import all_subdivision_names, subdivision_holders

_DOUBLED = re.compile(r"(\w)\1")


def _fold(name: str) -> str:
    """A name as a place key writes it: accents folded, doubled letters single."""
    return _DOUBLED.sub(r"\1", name_form(name).casefold())


# The words a part's name opens with to say which way it lies in its whole, in the
# languages the merge reads ("Haute-Savoie", "Upper Austria", "Alto Adige", "Baix
# Empordà", "Neder-Betuwe"), folded as a place key writes them.
_WAYS = {
    "upper": "haut haute hautes upper ober obere oberer alto alta altos altas alt boven opper",
    "lower": "bas basse basses lower unter untere nieder niedere bajo baja bajos bajas baixo baixa"
    " baix basso bassa beneden neder",
}
_WAY_OF = {_fold(word): way for way, words in _WAYS.items() for word in words.split()}
# German writes the way and the whole as one word ("Oberbayern", "Niederösterreich").
_GERMAN_PREFIX = re.compile(r"^(?P<way>ober|unter|nieder)(?P<whole>[a-z]{4,})$")


@cache
def _wholes_by_spelling() -> dict[str, str]:
    """Each folded spelling of a region of ``EXONYMS`` -> the key of the region."""
    return {_fold(spelling): place_key(spelling) for spelling in EXONYMS}


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Each country part's name, folded as a key -> the keys of the parts holding it."""
    return {
        _fold(name): frozenset(place_key(holder) for holder in subdivision_holders(name))
        for name in all_subdivision_names()
    }


def _way_and_wholes(key: str) -> tuple[str, frozenset[str]] | None:
    """The way a part named ``key`` lies in its whole and the keys of the wholes it may be
    of, or None for a name that names no way ("alsace") or no whole the data knows."""
    words = key.split()
    if len(words) >= 2 and words[0] in _WAY_OF:
        way, rest = _WAY_OF[words[0]], " ".join(words[1:])
    elif len(words) == 1 and (match := _GERMAN_PREFIX.match(key)):
        way, rest = _WAY_OF[match["way"]], match["whole"]
    else:
        return None
    wholes = set(_subdivisions().get(key, frozenset()))
    if rest in _wholes_by_spelling():
        wholes.add(_wholes_by_spelling()[rest])
    return (way, frozenset(wholes)) if wholes else None


def halves_of_one_region(key_a: str, key_b: str) -> bool:
    """Two place keys that may name one part of a region: each names the way it lies in a
    whole (``_WAYS``), the same way, of one whole, and the data does not know both as parts
    ("oberelsas" and "haut rhin"; never "unterelsas" and "haut rhin", nor "hautes pyrenes"
    and "haute garone")."""
    if key_a == key_b:
        return False
    a, b = _way_and_wholes(key_a), _way_and_wholes(key_b)
    if a is None or b is None or a[0] != b[0] or not a[1] & b[1]:
        return False
    return not (key_a in _subdivisions() and key_b in _subdivisions())
