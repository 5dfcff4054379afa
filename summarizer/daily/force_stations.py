"""A force named by its station or unit and the place it serves ("commissariat de
Quimper", "police station in Ashby", "stazione dei carabinieri di Merano", "Sûreté du
Québec"): a newsroom names the house its story's officers came from, another the force of
that place ("police Quimper", "Quebec provincial police", "carabinieri di Merano"), and
both are one actor. Only with nothing but the place besides: "Haut-Commissariat aux
réfugiés" and "Autorité de sûreté nucléaire" are no police (``lexicons.organisations``)."""

from __future__ import annotations

from summarizer.daily.body_countries import COUNTRY_WORDS
from summarizer.text.lexicons.organisations import PLACED_FORCE_NOUNS, STATION_NOUNS, STATIONED_FORCES
from summarizer.text.subdivisions import subdivision_countries


def _served_place(word: str, places: frozenset[str]) -> bool:
    """True when a key's word is a place a force serves: one of the day's places
    (``organisations.place_words``), a country or a country's part ("quebec")."""
    return word in places or word in COUNTRY_WORDS or bool(subdivision_countries(word))


def station_as_force(words: frozenset[str], places: frozenset[str]) -> frozenset[str]:
    """An organisation key's words with a force's station or unit named with its place as
    that place's force: {commissariat, quimper} -> {police, quimper}, {carabinieri, merano,
    stazione} -> {carabinieri, merano}. Any other key as it is: without a place ("police
    station", "commissariat"), or with a word of its own ("commissariat energy atomique")."""
    where = frozenset(w for w in words if _served_place(w, places))
    rest = words - where
    if not where or not rest:
        return words
    if len(rest) == 1 and (noun := next(iter(rest))) in PLACED_FORCE_NOUNS:
        return where | {PLACED_FORCE_NOUNS[noun]}
    kinds, units = rest & STATIONED_FORCES, rest & STATION_NOUNS
    if kinds and units and rest == kinds | units:
        return words - units
    return words
