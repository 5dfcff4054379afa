"""Names built on a place are a body's, not a person's: "Land Tirol" (a region as the last
word: the state government), "Innsbrucker Stadtbus", "Hamburger Hochbahn", "Kölner
Verkehrsbetriebe" (a German city's adjective first: the city's company). A surname that is
a region, or a given name that is a city's adjective, is rare enough to give up."""

from __future__ import annotations

from summarizer.models import ActorKind
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import is_city
from summarizer.text.lexicons.places import PLACE_LEVEL_WORDS, REGION_LEVELS, SETTLEMENT_NOUNS
from summarizer.text.place_levels import region_level

# "Innsbrucker" is Innsbruck's adjective; a stem shorter than this ("Hof" in "Hofer",
# "Bau" in "Bauer") is a surname's syllable as often as a town.
CITY_STEM_CHARACTERS = 4


def city_adjective(word: str, given_names: frozenset[str]) -> bool:
    """``word`` is a city's German adjective ("Innsbrucker", "Kölner"), not a given name."""
    stem = word.removesuffix("er")
    return (
        word.endswith("er")
        and len(stem) >= CITY_STEM_CHARACTERS
        and word not in given_names
        and stem[:1].isupper()
        and is_city(stem)
    )


# German names a state's government by its level word and the region ("Das Land Tirol hat
# den Katastrophenfall ausgerufen", "der Freistaat Sachsen", "der Kanton Bern").
STATE_LEVEL_WORDS = frozenset({"Land", "Bundesland", "Freistaat", "Kanton"})


def names_a_state(tokens: list[str]) -> bool:
    """A state's level word and a region the tables know: a government, evidence enough."""
    names = [t for t in tokens if t[:1].isupper()]
    return len(names) == 2 and names[0] in STATE_LEVEL_WORDS and region_level(names[1]) == "region"


def place_body_kind(tokens: list[str], given_names: frozenset[str]) -> ActorKind:
    """A region's name is its government's ("Land Tirol"), a city's adjective its company's."""
    names = [t for t in tokens if t[:1].isupper()]
    return "organization" if city_adjective(names[0], given_names) else "government"


def named_for_a_place(tokens: list[str], given_names: frozenset[str]) -> bool:
    """The capitalised words of a would-be person's name open with a city's adjective or
    a place's level word ("Landkreis Harlingen", "des Landkreises Harlingen", "Kanton
    Morsel"), or end with a region the tables know by name."""
    names = [t for t in tokens if t[:1].isupper()]
    if len(names) < 2:
        return False
    return (
        city_adjective(names[0], given_names)
        or _level_word(names[0])
        or a_town_as_a_body(tokens, given_names)
        or (region_level(names[-1]) == "region" and names[-1] not in given_names)
    )


# What joins a town's word to its name ("Ville de Bathurst", "Comune di Bari", "City of Leeds").
_JOINERS = frozenset({"de", "di", "da", "do", "del", "du", "of", "d'", "d’"})


def a_town_as_a_body(tokens: list[str], given_names: frozenset[str]) -> bool:
    """The name opens with a town's or a municipality's word ("Ville de Bathurst", "Concello
    de Laxeiro", "Comune di Bari", "Gemeinde Aubenwil"): the town as a body. A given name
    spelt so ("Ville Niinistö") is a person's unless a joiner follows it."""
    first = tokens[0] if tokens else ""
    if fold_accents(first.casefold()) not in PLACE_LEVEL_WORDS | SETTLEMENT_NOUNS:
        return False
    joined = len(tokens) > 1 and tokens[1].casefold() in _JOINERS
    return joined or first not in given_names


def _level_word(word: str) -> bool:
    """A level of place, in any case of the German genitive ("Landkreises", "Kantons")."""
    folded = fold_accents(word.casefold())
    return any(
        form in REGION_LEVELS for form in (folded, folded.removesuffix("es"), folded.removesuffix("s"))
    )
