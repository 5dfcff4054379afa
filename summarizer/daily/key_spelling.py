"""The spelling of a place key's words (``place_keys.place_key``): what two spellings of one
name vary in is left out, so that "Hannover" and "Hanover", "Laengenfeld" and "Längenfeld",
"Sant Pere" and "San Pedro", "aérodrome d'Ebnet" and "Flugplatz Ebnet" key one name."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.saints import saint_names, saints_as_one

_DOUBLED = re.compile(r"(\w)\1")
# German writes an umlaut as a following "e" where it has none ("Laengenfeld", "Muenchen");
# the key folds both to the bare vowel, as an English report drops the dots. After "q" the
# "u" is no vowel of its own ("Basque", "Parque", "Quelle"): no umlaut there.
_UMLAUT_SPELLED = re.compile(r"(?<!q)([aou])e")
# "St.", "Saint", "Sankt", "San", "Sant", "São": one saint, whichever language names the place.
_SAINT = frozenset(
    {"st", "st.", "ste", "saint", "sainte", "sankt", "san", "sant", "santa", "santo", "sao", "sint"}
)


def spelling_folded(word: str) -> str:
    """A word of a place's key without what spellings of one name vary in: doubled
    letters ("Hannover"), an umlaut spelled "ae", "oe", "ue", a saint's title."""
    if word in _SAINT:
        return "st"
    return _DOUBLED.sub(r"\1", _UMLAUT_SPELLED.sub(r"\1", word))


_SAINT_NAMES = saint_names(spelling_folded)
_NAME_WORDS = re.compile(r"[\s\-]+")


def named_for_a_saint(name: str) -> bool:
    """A name that opens with a saint's title before a name ("Sant Sebastià", "Santa
    Maria", "Saint-Pierre"): a site named so is named for the saint, whichever city the
    data also calls so (GeoNames has "Sant Sebastià" for Donostia)."""
    words = _NAME_WORDS.split(fold_accents(name.casefold()).strip())
    return len(words) >= 2 and words[0] in _SAINT


# An elided article or "of" before a name's word ("aérodrome d'Ebnet", "Sant Martí de
# l'Erm", "stazione dell'Orsa"): another language writes the name without it.
_ELIDED = frozenset({"d", "l", "dell", "dall", "nell", "sull"})


def key_words_folded(words: list[str], *, saints: bool = True) -> str:
    """A place's key from its words, each ``spelling_folded``, elided articles left out, and
    with ``saints`` a saint's name after its title in one language ("Sant Pere", "San Pedro",
    "Saint-Pierre": "st peter"; a city's own name keeps its saint as it names it)."""
    kept = [w for index, w in enumerate(words) if w not in _ELIDED or index == len(words) - 1]
    folded = [spelling_folded(w) for w in kept]
    return " ".join(saints_as_one(folded, "st", _SAINT_NAMES) if saints else folded)
