"""Places named in a sentence: after a preposition ("near Tarvik", "in the city of Osterholm"),
else any place the gazetteer knows ("Kiev was attacked"). The one place lookup of the
product: the offline engine's incidents and the daily merge's place matching use it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM, ORG_WORDS, TITLE_SET, canonical, known_places_in
from summarizer.text.vocabulary import MONTHS, WEEKDAYS

PLACE = re.compile(
    r"(?<![Aa]ccording )\b(?:in|near|on|over|at|outside|around|into|to)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:city|town|village|port city|region|district|province|capital)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})(?P<suffix>\s+(?:region|oblast|province|district|city|border region))?"
)
POSSESSIVE = re.compile(r"['’]s$")
# Capitalised words a preposition can precede that are not places.
NOT_PLACE = {w.capitalize() for w in WEEKDAYS + MONTHS} | {"Telegram", "Facebook", "Twitter", "The"}


@cache
def _place_pattern(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    from summarizer.text.lexicon import UPPER, lexicon

    lex = lexicon(lang)
    if lex.code == "en" or not lex.place_prepositions:
        return PLACE, frozenset(NOT_PLACE)
    upper = UPPER
    pattern = re.compile(
        rf"(?<!\w)(?:{lex.place_prepositions})\s+(?P<place>[{upper}][\w'’\-]+(?:\s+(?:de\s+|del\s+)?[{upper}][\w'’\-]+){{0,2}})(?P<suffix>)"
    )
    not_place = frozenset(
        {*NOT_PLACE, *lex.not_name, *(w.capitalize() for w in (*lex.months, *lex.weekdays))}
    )
    return pattern, not_place


@cache
def _common_noun_endings(lang: str) -> tuple[str, ...]:
    """Endings of common nouns in a language that capitalises them ("Sicherheit"): a word
    with one is not a place's name."""
    from summarizer.text.lexicon import lexicon

    return tuple(lexicon(lang).noun_endings)


def place_of_match(
    match: re.Match[str], not_place: frozenset[str] | set[str] = frozenset(NOT_PLACE)
) -> tuple[str, str] | None:
    """The place a ``PLACE`` match names and the level word after it (" region" in
    "Belgorod region"), or None when it names none. A place ends before a title
    ("according to Osterholm Mayor Ana Ruiz") and loses a possessive ("Norway's Finnmark
    region" is in Norway); "to the Senate" and "in the Ministry" name institutions, not
    places."""
    words = match.group("place").split()
    for number, word in enumerate(words):
        if word.lower() in TITLE_SET:
            words = words[:number]
            break
    if not words:
        return None
    if POSSESSIVE.search(words[-1]):
        words[-1] = POSSESSIVE.sub("", words[-1])
        suffix = ""
    else:
        suffix = match.group("suffix") or ""
    first = words[0]
    if first in not_place or first in COUNTRY_BY_DEMONYM or first.lower() in ORG_WORDS:
        return None
    return " ".join(words), suffix


def places_after_prepositions(sentence: str, lang: str = "en") -> Iterator[tuple[str, str]]:
    """Each place named after a preposition of the language ("near Tarvik", "in Köln", "à
    Lyon", "en Valencia"), in order: its name as written and the suffix after it
    (" region" in "Kharkiv region")."""
    place_pattern, not_place = _place_pattern(lang)
    for match in place_pattern.finditer(sentence):
        found = place_of_match(match, not_place)
        if found is None:
            continue
        if (
            lang != "en"
            and (endings := _common_noun_endings(lang))
            and found[0].split()[0].lower().endswith(endings)
        ):
            continue  # "in Sicherheit", "im Einsatz": German nouns, not places
        yield found


def find_place(sentence: str, lang: str = "en") -> tuple[str | None, str | None]:
    """The place as written and its canonical name: after a preposition ("near Tarvik",
    "in Köln", "à Lyon", "en Valencia"), else any place the gazetteer knows ("Kiev was
    attacked")."""
    for place, suffix in places_after_prepositions(sentence, lang):
        return place + suffix, canonical(place)
    for start, end in known_places_in(sentence):
        return sentence[start:end], canonical(sentence[start:end])
    return None, None
