"""What an article says lies where, as the daily merge reads it: its dateline, "in Ashby, a
town in Northfield County" (``text.place_containment``), a German region's adjective ("im
Tiroler Ötztal"), an incident's location named after its place ("Port Adela Crown Court"),
and a place written with another name in brackets ("a Pandolo (Pfandl)", "en Donostia
(San Sebastián)"), which is its other name or the place holding it: either way a report
of one is compatible with a report of the other (``places.places_compatible``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.daily.place_keys import COUNTRY_NAMES, place_key, regional_adjective
from summarizer.daily.places import Within
from summarizer.text.place_containment import places_within
from summarizer.text.place_levels import region_level

_ADJECTIVE_PHRASE = re.compile(r"(?<!\w)[A-ZÄÖÜ][a-zäöüß]{2,}er\s+[A-ZÄÖÜ][\w-]{2,}")
# A name in brackets after an incident's place: capitalised words, a joiner between them
# ("Palù di Sotto", "San Sebastián"), at most four; an acronym ("(SVP)") is a party's.
_BRACKET_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*"
_BRACKETED = re.compile(
    rf"\(\s*(?P<other>{_BRACKET_NAME}(?:\s+(?:(?:di|de|del|da|von|am|im)\s+)?{_BRACKET_NAME}){{0,3}})\s*\)"
)
_WORD_END = re.compile(r"\w")
# The longest place name looked for before a bracket: longer is no place's name.
_PLACE_LETTERS = 80


def containment_in(
    text: str, lang: str, located: Iterable[tuple[str | None, str | None]]
) -> tuple[Within, ...]:
    """What an article says lies where (see the module's docstring). ``located`` holds its
    incidents' (place, location). Countries are left out: too coarse to hold anything a
    report of another place would not."""
    found: list[Within] = []
    pairs = list(places_within(text, lang))
    if lang == "de":
        pairs += [held for m in _ADJECTIVE_PHRASE.finditer(text) if (held := regional_adjective(m.group(0)))]
    located = list(located)
    for place, location in located:
        if (
            place
            and location
            and location.startswith(place + " ")
            and location[len(place) + 1 :][:1].isupper()
        ):
            pairs.append((location[len(place) + 1 :], place))
    pairs += _bracketed(text, {place for place, _ in located if place})
    for inner, outer in pairs:
        inner_key, outer_key = place_key(inner), place_key(outer)
        if (
            inner_key
            and outer_key
            and inner_key != outer_key
            and COUNTRY_NAMES.isdisjoint({inner_key, outer_key})
        ):
            found.append((inner_key, outer_key, region_level(outer)))
    return tuple(dict.fromkeys(found))


def _bracketed(text: str, places: set[str]) -> list[tuple[str, str]]:
    """Each incident's place the text writes with another name in brackets after it, and
    that name: an article in a bilingual region names a village by both ("A Palù di Sotto
    (Untermoos), in Val Flaura"), a Spanish one a town by its province ("Olmeda (Soria)").
    Only the article's own incidents' places: a person's bracket ("Josef Gruber (Pfandl)")
    holds no place of its events. The text is searched once for brackets, and what ends
    before each is looked up among the places: an article's places are many."""
    found = []
    for match in _BRACKETED.finditer(text):
        other = match.group("other")
        if other.isupper():
            continue
        end = match.start()
        while end and text[end - 1].isspace():
            end -= 1
        for start in range(max(0, end - _PLACE_LETTERS), end):
            if (start == 0 or not _WORD_END.match(text, start - 1)) and text[start:end] in places:
                found.append((text[start:end], other))
    return sorted(found, key=lambda pair: pair[0])
