"""The country part a story's places lie in, as a body's name says it: a story in Segovia
is in Castilla y León (ISO 3166-2, ``text.subdivisions``), so "the regional government" of
that story is the "Junta de Castilla y León", not the day's other regional government,
the Xunta de Galicia of a story in A Coruña. Only the parts that hold the places named:
the data says which province lies in which region, not which town does."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from summarizer.daily.organisations import BODY_WORDS, organisation_key
from summarizer.linkage import name_key
from summarizer.text.subdivisions import subdivision_countries, subdivision_holders


@lru_cache(maxsize=4096)
def _holder_keys(word: str) -> frozenset[frozenset[str]]:
    """The key words of each part holding a part named ``word`` ("segovia" -> {castile, leon})."""
    keys = (
        frozenset(organisation_key(name_key(holder)).split()) - BODY_WORDS
        for holder in subdivision_holders(word)
    )
    return frozenset(key for key in keys if key)


def held_by(here: Iterable[str], key: frozenset[str]) -> bool:
    """True when an organisation key names a country part holding one of the place words
    ``here`` (an article's, ``kinds_by_place.item_places``). A word counts only when it can
    lie in the country every other place word says: in "Lugo, Emilia-Romagna" the Italian
    region says the town is not Spain's province of Lugo, so Galicia holds nothing here."""
    here = tuple(here)
    countries = [found for word in here if (found := subdivision_countries(word))]
    return any(
        words <= key
        for word in here
        if all(subdivision_countries(word) & other for other in countries)
        for words in _holder_keys(word)
    )
