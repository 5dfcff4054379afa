"""A city's adjective in a body's name: "les pompiers bruxellois", "Brusselse brandweer",
"Berliner Feuerwehr", "la polizia milanese" name the city's body as "Brussels fire
service" does. Read only for a city the day names (by its own name or another
language's), as the adjective its names take with a demonym ending: "Bruxelles" gives
"bruxellois", "Brussel" "Brusselse", "Milano" "milanese"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from summarizer.text.accents import fold_accents

# The endings an adjective of a city's name takes, in the languages read: French
# (bruxellois, lyonnais, parisien), Dutch (Brusselse), German (Berliner), Italian
# (milanese), Spanish and Portuguese (bilbaíno, londrense).
_ENDINGS = frozenset(
    {
        "ois",
        "oise",
        "oises",
        "ais",
        "aise",
        "aises",
        "nais",
        "naise",
        "naises",
        "ien",
        "ienne",
        "iens",
        "iennes",
        "se",
        "s",
        "er",
        "ese",
        "esi",
        "ino",
        "ina",
        "inos",
        "inas",
        "ense",
        "enses",
    }
)
# A name's final vowel or plural is dropped before the ending ("Bruxelles", "Milano").
_DROPPED = ("es", "e", "o", "a", "s", "")
# A shorter stem is some other word's beginning too ("Roma": "romano", "romance").
_SHORTEST_STEM = 4


def _adjective_stems(name: str) -> set[str]:
    folded = fold_accents(name)
    return {
        folded[: len(folded) - len(end)]
        for end in _DROPPED
        if folded.endswith(end) and len(folded) - len(end) >= _SHORTEST_STEM and folded.isalpha()
    }


def city_adjectives(words: Iterable[str], city_names: Mapping[str, str]) -> dict[str, str]:
    """Each of ``words`` that is an adjective of one of the day's cities (``city_names``:
    a name of it as ``exonyms.name_form`` writes it -> the city's own name) -> that city.
    A word that is a name itself, or an adjective of two cities, is none."""
    stems: dict[str, set[str]] = {}
    for name, city in city_names.items():
        for stem in _adjective_stems(name):
            stems.setdefault(stem, set()).add(city)
    found: dict[str, str] = {}
    for word in {fold_accents(w) for w in words} - set(city_names):
        cities = {
            city
            for cut in range(_SHORTEST_STEM, len(word))
            if word[cut:] in _ENDINGS
            for city in stems.get(word[:cut], ())
        }
        if len(cities) == 1:
            found[word] = cities.pop()
    return found
