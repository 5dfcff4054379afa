"""Where an incident happened, as the engine reads it around ``text.places.find_place``: a
person's name or a plural possessive is no place ("a judge denied bail to Daniel Park", "the
Legionnaires' outbreak"), and a wire's lead with no
place of its own happened where its dateline says ("PORT ADELA, April 15 (CP) - Nurses at
St Brendan's walked out"). Reports of one event then carry one place, which is what the
daily merge compares."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.models import Actor
from summarizer.text.exonyms import is_city
from summarizer.text.gazetteer import known_places_in
from summarizer.text.lexicon import LOWER, UPPER
from summarizer.text.places import find_place

# A dateline opens a wire's first paragraph: the place in capitals, or one capitalised word
# before an agency in brackets; then perhaps a region and a date, an agency, and a dash.
# "ASHBY CROSS, Sept 16 (MW) - ", "INNSBRUCK - ", "Längenfeld (APD) - ", "VALDELUZ
# (Serrano), 3 Jun. (AIN) - ", "HEXLEY, England, Oct 8 (NPA) - ", "SANTIAGO — ".
_CAPS_WORD = rf"[{UPPER}][{UPPER}'’.\-]+"
DATELINE = re.compile(
    rf"(?P<place>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}}|[{UPPER}][{LOWER}'’\-]+(?=[ \t]*\()"
    # "Innsbruck – ": one word as a name is written, then a spaced dash that no hyphenated
    # word has; a known town only (``_dateline``), as "Update – " opens copy too.
    rf"|(?P<titled>[{UPPER}][{LOWER}'’\-]+)(?=[ \t]+[–—][ \t]))"
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?"  # a region or the agency
    r"(?:,[^,\n\-–—]{1,30}){0,3}?"  # a country, a region, a date
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # the agency after the date
    r"[ \t]*[-–—][ \t]"
)


def _dateline(text: str, at: int = 0) -> re.Match[str] | None:
    """A dateline at ``at`` in ``text``; one written in title case with no agency after it
    ("Innsbruck – ") only when it names a town the tables know."""
    found = DATELINE.match(text, at)
    if found is None or found.group("titled") is None:
        return found
    return found if is_city(found.group("titled")) else None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where a dateline opens a line of ``text``: its place's span."""
    found = []
    for line in re.finditer(r"^[^\S\n]*", text, re.MULTILINE):
        if (dateline := _dateline(text, line.end())) is not None:
            found.append(dateline.span("place"))
    return found


def dateline_place(sentence: str) -> str | None:
    """The place of a dateline opening ``sentence``, as a name ("Ashby Cross"), or None. A
    dateline says where the reporter files: a lead that names a known place of its own
    ("BERLIN - ... after a strike shut Hamburg port's terminals") happened there instead."""
    found = _dateline(sentence)
    if found is None:
        return None
    if any(True for _ in known_places_in(sentence[found.end() :])):
        return None
    place = found.group("place")
    if place.isupper():
        # Written in capitals: each word as a name is written ("PORT ADELA" is Port Adela).
        place = " ".join(word.capitalize() for word in place.split())
    return place


# A plural possessive is a group's, not a place's: "the Legionnaires' disease outbreak",
# "Brannock Motors' gearbox plant".
PLURAL_POSSESSIVE = re.compile(r"s['’]$")
# How many misread places are set aside before the sentence is read as naming none.
RETRIES = 3


def sentence_place(
    sentence: str, start: int, people: list[tuple[int, int]], lang: str
) -> tuple[str | None, str | None]:
    """``find_place`` on ``sentence`` (at ``start`` in the article), passing over a place
    read inside a person's name ("Interior Minister Sofia Lind", "bail to Daniel Park") or
    written as a plural possessive: (location as written, place)."""
    work = sentence
    for _ in range(RETRIES):
        location, place = find_place(work, lang)
        if location is None:
            return None, place
        at = work.find(location)
        inside_a_name = at >= 0 and any(
            s <= start + at and start + at + len(location) <= e for s, e in people
        )
        if not inside_a_name and not PLURAL_POSSESSIVE.search(location):
            return location, place
        if at < 0:
            return None, None
        work = work[:at] + " " * len(location) + work[at + len(location) :]
    return None, None


def without_dateline(sentence: str) -> str:
    """``sentence`` with a dateline opening it blanked out (position for position): the
    reporter's place is no place the sentence reports ("BERLIN, Oct 14 - ... in Hamburg")."""
    found = _dateline(sentence)
    return sentence if found is None else " " * found.end() + sentence[found.end() :]


def person_spans(actors: Iterable[Actor]) -> list[tuple[int, int]]:
    """Where the article names a person: no place is read there."""
    return [(m.start, m.end) for actor in actors if actor.kind == "person" for m in actor.mentions]
