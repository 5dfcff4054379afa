"""A body named by its kind alone ("a Câmara", "the council", "l'Ajuntament", "la mairie",
"die Feuerwehr") in an article about one town is that town's body: a Sintra paper's "Câmara"
is Sintra's council, never the "Câmara de Cascais" another article names. So a kind alone
is no shorter form of a fuller name that says another place than its article's
(``organisation_joins.join_shorter_forms``); the fuller name of its own article's place,
"Câmara Municipal de Sintra", it still joins. Once another town's body of its kind is
ruled out, only such a name of its own place is: on a border day a Monaco paper's
"police" is no more the "French police" of a Menton report than Menton's commissariat."""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.daily.city_names import known_city, named_place
from summarizer.daily.organisations import BODY_WORDS
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS
from summarizer.text.lexicons.organisations import CONCEPTS

# A set, not ``dict.values()`` views: a key word is looked up for each fuller name a kind
# alone meets, and a view is searched word by word through some two thousand concepts.
_KIND_WORDS = BODY_WORDS | frozenset(CONCEPTS.values()) | frozenset(DOMAIN_CONCEPTS.values())


def _kind_word(word: str) -> bool:
    return word in _KIND_WORDS


def names_kind_alone(words: Iterable[str], places: frozenset[str]) -> bool:
    """True for a key's words that say a kind of body and no place ("chamber", "fire-service")."""
    words = list(words)
    return bool(words) and all(_kind_word(w) and w not in places for w in words)


def placed_elsewhere(
    words: Iterable[str],
    longer: Iterable[str],
    places: frozenset[str],
    here: frozenset[str] | None,
    told: frozenset[str],
) -> bool:
    """True when a kind alone (``words``) of an article whose incidents are at ``here`` (its
    place words; None or empty when unknown) meets a fuller name (``longer``) that is the
    same kind and a town where the day's incidents are (``told``), none of ``here``: another
    town's body of that kind ("Câmara de Cascais" for a Sintra paper's "Câmara"). Not a
    region's ("Politie Noord-Nederland" for a Dokkum paper's "politie": its town lies in
    it), nor a fuller name saying more than its kind and place ("Polizia Stradale di
    Brescia" for "Polizia"): left to the other rules."""
    words = frozenset(words)
    if not here or len(words) != 1 or not names_kind_alone(words, places):
        return False
    theirs = frozenset(longer) - words
    return bool(theirs) and theirs.isdisjoint(here) and all(_town(w, told) for w in theirs)


def placed_here(words: Iterable[str], longer: Iterable[str], here: frozenset[str] | None) -> bool:
    """True when a fuller name (``longer``) of a kind alone (``words``) says a place of the
    kind's article (``here``): "Câmara de Sintra" for a Sintra paper's "Câmara"."""
    return here is not None and not (frozenset(longer) - frozenset(words)).isdisjoint(here)


def _town(word: str, told: frozenset[str]) -> bool:
    """A town the day's incidents are at, as GeoNames alone knows it: no region nor any
    place the exonym and region tables hold ("Navarre" of a "Gobierno foral")."""
    return word in told and known_city(word) and not named_place(word, cities=False)
