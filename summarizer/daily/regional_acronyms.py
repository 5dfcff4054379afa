"""An acronym alone ("LPD", "la PJ", "el CNP") that the day also names with a place ("LPD
Salzburg", "LPD Oberösterreich"): the acronym of a body every region has (Austria's
state police directorates, France's judicial police branches), which says which one only
with its place. Alone it is read as a kind alone is (``kinds_by_place``): the body of its
own article's place, never one of another region's because the day names only that one.
A report on a maypole stolen in the Innviertel that says "laut LPD" cites Upper Austria's
directorate, not the "LPD Salzburg" of a petrol-station robbery reported the same day."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.daily.organisation_joins import OrganisationNames
from summarizer.text.abbreviations import is_acronym
from summarizer.text.accents import fold_accents


def _acronym_alone(item: OrganisationNames) -> str | None:
    """The key of an organisation named by an acronym and nothing else ("LPD": "lpd")."""
    if item.is_person or len(item.keys) != 1:
        return None
    key = next(iter(item.keys))
    spelled = {fold_accents(name.casefold()) for name in item.names if is_acronym(name)}
    return key if key in spelled else None


def regional_acronyms(flat: Sequence[OrganisationNames], day_places: frozenset[str]) -> frozenset[str]:
    """The keys of acronyms alone the day also names with a place and nothing else ("lpd"
    beside "LPD Salzburg", keyed "lpd salzburg"): read by their articles' places."""
    alone = {key for item in flat if (key := _acronym_alone(item)) is not None}
    if not alone:
        return frozenset()
    placed = set()
    for item in flat:
        if item.is_person:
            continue
        for key in item.keys:
            words = set(key.split())
            # Only the acronym and the day's places: "LPD Salzburg", not "LPD Verkehrsabteilung".
            acronyms = words & alone
            if len(acronyms) == 1 and (rest := words - acronyms) and rest <= day_places:
                placed |= acronyms
    return frozenset(placed)


def regional_acronym(item: OrganisationNames, regional: frozenset[str]) -> str | None:
    """The key of ``item`` when it is one of the day's ``regional`` acronyms alone."""
    key = _acronym_alone(item)
    return key if key is not None and key in regional else None


def placed_acronyms_alone(
    flat: Sequence[OrganisationNames], places_of: Sequence[frozenset[str]] | None, regional: frozenset[str]
) -> set[int]:
    """The items (by identity) naming a regional acronym alone in an article with places:
    placed by their articles' places (``kinds_by_place``) and by no other rule, as a shorter
    form of the day's one body so named would join "LPD" of any region to "LPD Salzburg"."""
    if places_of is None or not regional:
        return set()
    return {
        id(item)
        for item, here in zip(flat, places_of, strict=True)
        if here and regional_acronym(item, regional) is not None
    }
