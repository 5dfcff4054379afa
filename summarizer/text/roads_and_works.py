"""Places English and other newsrooms name by a road or a works rather than after a
preposition: a road's number or a street ("A4", "Dock Road", "Hauptstraße"), and the town
before a works ("its Hexley factory", "Hamburg port's terminals"). ``text.places`` reads
them when it chooses a sentence's place."""

from __future__ import annotations

import re

from summarizer.text.accents import fold_accents
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM, ORG_WORDS, TITLE_SET
from summarizer.text.lexicons.places import (
    GERMAN_STREET_ENDINGS,
    NUMBERED_ROAD_WORDS,
    STREET_WORDS,
    TRADE_PLURAL,
)
from summarizer.text.vocabulary import ORGANIZATION_NAME_ENDINGS

POSSESSIVE = re.compile(r"['’]s$")

# A road's number ("A4", "A-7", "CV-50"): a road crosses many towns.
ROAD_NUMBER = re.compile(r"[A-Z]{1,3}-?\d{1,4}")


def is_road_number(key: str) -> bool:
    """A place key (lower case) that is a road's number ("a12", "n-340"), as ``ROAD_NUMBER``
    reads one written."""
    return ROAD_NUMBER.fullmatch(key.upper()) is not None


# A national or departmental road's number as some countries write it with a prefix of two
# letters, others with one: Portugal's "EN13" (estrada nacional) is the "N13" or "N-13" a
# Spanish report writes; France's "RN7" and "RD906" are the "N7" and "D906" of road signs.
# Only these: "AP-7" and "A-7" are two roads, and so are "SS36" and "S36".
_ROAD_PREFIX_AS_ONE_LETTER = {"EN": "N", "RN": "N", "RD": "D"}
_ROAD_NUMBER_PARTS = re.compile(r"([A-Z]{1,3})-?(\d{1,4})")


def road_key(number: str) -> str:
    """A road's number as one key however a newsroom writes it (``ROAD_NUMBER``): without its
    hyphen, a two-letter national road's prefix as its one letter, lower case ("A-7" and
    "A7": "a7"; "EN13", "N-13": "n13"). Anything else is returned as it is."""
    match = _ROAD_NUMBER_PARTS.fullmatch(number.upper())
    if match is None:
        return number
    prefix, digits = match.groups()
    return (_ROAD_PREFIX_AS_ONE_LETTER.get(prefix, prefix) + digits).lower()


def road_or_street(name: str) -> bool:
    """A road's number or a street's name ("Dock Road", "Hauptstraße", "calle Mayor")."""
    if ROAD_NUMBER.fullmatch(name):
        return True
    folded = [fold_accents(word.casefold()) for word in name.split()]
    return any(word in STREET_WORDS for word in folded) or (
        len(folded) == 1 and folded[0].endswith(GERMAN_STREET_ENDINGS)
    )


# English names a works by its town before the noun, with no preposition: "its Hexley
# factory", "its Hexley laundry facility", "Hamburg port's container terminals", "the
# Carrick Haven ferry terminal".
# Read only when a sentence names no place after one (``text.places.find_place``).
FACILITY_PLACE = re.compile(
    r"(?<![\w'’-])(?:its|their|the|[Aa])\s+(?P<place>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})"
    r"(?:[ \t]+[a-z][\w-]*){0,2}?"  # "its Hexley laundry facility"
    r"[ \t]+(?:port|harbour|harbor|docks|airport|factory|plant|works|mill|mine|refinery|shipyard"
    r"|terminal|depot|warehouse|site|facility)(?:['’]s)?(?!\w)"
    r"|(?<![\w'’-])(?P<owner>[A-Z][a-z][\w-]*(?:[ \t]+[A-Z][a-z][\w-]*){0,2})[ \t]+(?:port|harbour|harbor|airport)['’]s(?!\w)"
)


def facility_place(sentence: str, not_place: frozenset[str]) -> str | None:
    """The town an English sentence names a works by (``FACILITY_PLACE``), unless the name
    is a company's or a body's ("the Kestrel Plastics factory", "the Ford Motor plant" keep
    no place), a demonym's or a title's."""
    for match in FACILITY_PLACE.finditer(sentence):
        name = match.group("place") or match.group("owner")
        words = name.split()
        if (
            words[0] in not_place
            or words[0] in COUNTRY_BY_DEMONYM
            or any(w.lower() in ORG_WORDS or w.lower() in TITLE_SET for w in words)
            or words[-1] in ORGANIZATION_NAME_ENDINGS
            or TRADE_PLURAL.fullmatch(words[-1])
            or POSSESSIVE.search(words[-1])
            or road_or_street(name)
        ):
            continue
        return name
    return None


# A road's heading names where its traffic goes, not where anything happens on it ("E40
# richting Brussel, Erpe-Mere", "A7 Richtung Hamburg bei Soltau", "A6 direction Paris",
# "M6 towards Birmingham", "AP-7 sentido Barcelona", "A1 in direzione di Milano"): its
# words up to a comma, a bracket or the preposition of the place it happens at. Lower
# case, as every language but German writes it: "Via Verso" is a street.
_HEADING = re.compile(
    r"\b(?:in\s+)?(?:[Rr]ichtung|richting|direction|towards?|bound\s+for|en\s+direcci[oó]n\s+a"
    r"|direcci[oó]n|sentido|direzione(?:\s+di)?|verso|em\s+dire[cç][aã]o\s+a)\s+"
    r"(?:(?!\s(?:bei|near|at|in|bij|près|pres|nahe|vor|cerca|presso|perto)\s)[^,;()])*"
)


def without_heading(place: str) -> str:
    """``place`` without a road's heading ("E40 richting Brussel, Erpe-Mere" -> "E40 ,
    Erpe-Mere"): the town it heads for is not the place."""
    return _HEADING.sub("", place)


_NUMBER_NEXT = re.compile(r"[ \t\u00a0]+\d")


def a_numbered_road(place: str, sentence: str, end: int) -> bool:
    """A road's word and its number, the number at ``end`` ("on Route 11", "on Highway 1",
    "sur la Route 132"): a road, never a town called "Route"."""
    return place.casefold() in NUMBERED_ROAD_WORDS and _NUMBER_NEXT.match(sentence, end) is not None
