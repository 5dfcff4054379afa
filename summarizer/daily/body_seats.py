"""Places the day's bodies name as their seat: "Landgericht Hamburg", "Feuerwehr Hannover",
"Polizia Stradale di Brescia", "commissariat de police de Lyon". A newsroom names a force
by its seat once and by its kind after ("la Polizia Stradale", "the traffic police"): the
seat is one of the day's places, so that the kind alone is that seat's body's shorter form
(``organisations.shorter_form``) though no incident of the day is placed there."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from summarizer.daily.canton_codes import cantonal_name
from summarizer.daily.city_names import named_place
from summarizer.daily.organisations import BODY_WORDS, name_kinds, organisation_key
from summarizer.linkage import name_key
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.body_domains import DOMAIN_CONCEPTS, EXPANSIONS
from summarizer.text.lexicons.organisations import COMPOUND_HEADS, CONCEPTS, UNQUALIFIED_HEADS


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


def body_word(word: str) -> bool:
    """A word that says what kind of body a name is ("Feuerwehr", "Landgericht", "court",
    "Kapo": the cantonal police, no town's government)."""
    folded = fold_accents(word.casefold())
    return (
        CONCEPTS.get(folded, folded) in BODY_WORDS
        or not BODY_WORDS.isdisjoint(EXPANSIONS.get(folded, ()))
        or folded in name_kinds()
        or folded.endswith(COMPOUND_HEADS)
    )


def _says_what(word: str) -> bool:
    """A word that says what a body is or does ("Polizia", "Stradale", "Emergencias")."""
    folded = fold_accents(word.casefold())
    return body_word(word) or folded in CONCEPTS or folded in DOMAIN_CONCEPTS


def _force_seat(words: list[str]) -> bool:
    """A force's name ending with a place the tables know ("Polizia Stradale di Brescia",
    "brigade de gendarmerie de Colmar", "Bomberos de Huesca"): the place is its
    seat. Only a force newsrooms name without saying whose (``UNQUALIFIED_HEADS``: a
    police, a fire brigade, a prosecutor), which copy names by its kind once its seat is
    said; not a field a body is named after ("police of the Environment"), though a town
    somewhere may bear its name."""
    if _says_what(words[-1]) or not named_place(fold_accents(words[-1].casefold())):
        return False
    return not UNQUALIFIED_HEADS.isdisjoint(organisation_key(name_key(" ".join(words[:-1]))).split())


def named_seats(actors: Iterable[_Named]) -> set[str]:
    """Places the day's bodies name as their seat, after their kind ("Landgericht
    Hamburg", "Feuerwehr Hannover") or, a force's, as a known place ending its name
    ("Polizia Stradale di Brescia"): on a day whose incidents name no place, "Hamburger
    Landgericht" is still Hamburg's. Only a last capitalised word after a body's word, or
    a government's one capitalised word of no body's kind ("Lampedusa")."""
    seats = set()
    for actor in actors:
        words = cantonal_name(actor.name).split()  # "Kapo VS": Valais is its seat
        if actor.kind == "government" and len(words) == 1 and words[0][:1].isupper():
            if not body_word(words[0]):
                seats.add(words[0])  # a town's or region's government named by its place ("Lampedusa")
            continue
        if actor.kind == "person" or len(words) < 2 or not words[-1][:1].isupper():
            continue
        if len(words) == 2 and body_word(words[0]) and not body_word(words[1]):
            seats.add(words[1])
        elif _force_seat(words):
            seats.add(words[-1])
    return seats
