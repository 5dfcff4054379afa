"""Two reports of an event the types do not name ("other": an explosion, a break-in, an
arson) at one building of a named spot: "villa, Palombaggia, Porto-Vecchio" in a French live
blog ("Une forte explosion a été entendue à Palombaggia") and an English weekly ("a holiday
villa at Palombaggia beach"), "house under construction, Cala Rossa, Lecci" told as "une
maison en construction est visée" and "les dégâts sur le chantier de Cala Rossa". What they
share is what was struck, a word of their place, so ``busy_types.busy_link`` finds no word
of the event besides it; a careful reader joins them on the building itself, as a small
town's station joins its cable thefts (``busy_types._at_one_site``). Not in a city, which
holds many villas and building sites. The one-place prior's signs of two still hold (both
name people and none in common: two owners' villas, ``busy_types.busy_apart``; one article
telling two villas blown up; "a second villa"; other hours)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from summarizer.daily.named_sites import fold
from summarizer.daily.reports import ReportEvidence
from summarizer.text.lexicons.buildings import BUILDING_ENDINGS, BUILDING_WORDS, VENUE_MODIFIERS


@cache
def _building_words() -> frozenset[str]:
    """``BUILDING_WORDS`` as a place's key spells them ("villa": "vila")."""
    return frozenset(fold(word) for word in BUILDING_WORDS)


@cache
def _compound_parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``BUILDING_ENDINGS`` and ``VENUE_MODIFIERS`` as a place's key spells them ("halle":
    "hale", "keller": "keler"): unfolded, no key's "turnhale" or "weinkeler" ends in them."""
    return tuple(fold(end) for end in BUILDING_ENDINGS), tuple(fold(start) for start in VENUE_MODIFIERS)


def names_a_building(key: str) -> bool:
    """A place's key names a building or works among its words ("vila", "house under
    construction", "ferienhaus seblick", "lagerhale"), not a public venue's compound
    ("krankenhaus", "turnhale": ``VENUE_MODIFIERS``)."""
    endings, venues = _compound_parts()
    return any(
        word in _building_words()
        or (any(word != end and word.endswith(end) for end in endings) and not word.startswith(venues))
        for word in key.split()
    )


def at_one_building(a: ReportEvidence, b: ReportEvidence, in_a_city: Callable[[str], bool]) -> bool:
    """Both reports placed at one building (``names_a_building``) of one named spot: their
    place's key is one and the places it is written in meet ("palombagia", "porto vechio").
    ``in_a_city`` tells a city's name (``busy_types.in_a_city``): a city's buildings see
    many events a day."""
    if a.place is None or a.place != b.place or not names_a_building(a.place):
        return False
    holders = a.held_by & b.held_by
    return bool(holders) and not any(in_a_city(town) for town in holders | {a.place})
