"""A body's name its article writes after a place's possessive: "Lugano's Croce Verde",
"Dover's lifeboat crew", "Kent's fire service". A name many places' bodies share (a
volunteer ambulance association, a local section, a town's lifeboat) says which of them
only with its place, so the body is named with it too ("Lugano's Croce Verde"), and keyed by
that name when the words it adds are only places (``role_names.placed_by_role``): another
article's bare "Croce Verde" of a story in Bellinzona is that town's, not Lugano's. The
possessive before the name is English's; other languages' place after the name is
``placed_acronyms``'. A country's possessive ("India's Deccan Minerals") says whose a firm
or a national body is, as its country's adjective does (``body_countries``): not this."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.places import EXONYMS
from summarizer.text.places import is_country
from summarizer.text.subdivisions import subdivision_names

# One to three capitalised words and the possessive, right before the mention.
_POSSESSIVE = re.compile(r"(?<![\w-])((?:[A-ZÀ-Þ][\w-]*\s){0,2}[A-ZÀ-Þ][\w-]*)['’]s\s+$")
# The longest stretch before a mention a possessive is looked for in.
_REACH = 60


def owner_names(people: Collection[str], bodies: Iterable[str]) -> frozenset[str]:
    """What an article's people (their surnames too) and organisations are called: their
    possessive says whose a body is, not where ("Costa's Socialist Party", "Nokia's Bell
    Labs"), though a town may bear the name."""
    return frozenset([*people, *(person.split()[-1] for person in people if person.split()), *bodies])


def possessed_names(text: str, name: str, starts: Iterable[int], owners: Collection[str] = ()) -> list[str]:
    """``name`` with the place's possessive its mentions (at ``starts``) follow ("Lugano's
    Croce Verde"); none when they follow none, a country's or a region's
    (``_wider_than_a_town``), one of ``owners`` (``owner_names``), or two places' (two
    bodies of one name, which one actor named with both would make one)."""
    possessors = {
        match.group(1)
        for start in starts
        if (match := _POSSESSIVE.search(text[max(0, start - _REACH) : start]))
    }
    places = {owner for owner in possessors if not _wider_than_a_town(owner) and owner not in owners}
    return [f"{places.pop()}'s {name}"] if len(places) == 1 and places == possessors else []


def _wider_than_a_town(owner: str) -> bool:
    """A country or a country's part ("England's Football Association", "Ticino's Croce
    Verde", "Gaza's Civil Defence"): it says whose a body is, not which town's, so a bare
    name of a story in one of its towns is still that body. Any words' tail, so that a
    capitalised word before it ("In India's") does not hide it."""
    words = owner.split()
    tails = [" ".join(words[at:]) for at in range(len(words))]
    return any(is_country(tail) or any(map(subdivision_names, _spellings(tail))) for tail in tails)


def _spellings(place: str) -> set[str]:
    """The place as written and as the exonym table's other languages write it: a
    region's English name ("Tuscany") is no subdivision's, its own ("Toscana") is."""
    english = EXONYMS.get(fold_accents(place.lower()))
    return {place, *(spelling for spelling, named in EXONYMS.items() if english and named == english)}
