"""Incidents, sentence by sentence: type from event keywords, then place, time and links.

Types follow ACLED's and PLOVER's coarse event classes; the first matching rule wins, so
more specific rules come first. Mentions of the same type at the same place in one article
fold into one incident.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.engines.extractive.gazetteer import COUNTRY_BY_DEMONYM, ORG_WORDS, canonical, known_places_in
from summarizer.engines.extractive.text import WEEKDAYS

TYPE_RULES: list[tuple[str, str]] = [
    ("interception", r"intercept\w*|shot down|downed|air defen[cs]e\w*|repelled|repulsed"),
    (
        "missile_strike",
        r"missiles?\b[^.]{0,60}\b(?:strike|struck|attack|hit|launched|fired)|(?:strike|attack)\w*\s+with\s+\w*\s*missiles?|missile strike",
    ),
    ("air_drone_strike", r"drones?\b|air ?strikes?|airstrikes?|bomb(?:ed|ing)\b|air raid|aerial"),
    ("shelling", r"shell(?:s|ed|ing)?\b|artillery|rocket launchers?|bombardment|mortar|grad"),
    (
        "ground_fighting",
        r"fighting|clashes|offensive|incursion|battle|invasion|assault|gunmen|troops\s+(?:advanced|withdrew|withdrawing)",
    ),
    (
        "disaster",
        r"earthquake|flood\w*|wildfire|hurricane|storm|tsunami|landslide|eruption|drought|cyclone|typhoon|tornado|heatwave",
    ),
    ("accident", r"crash\w*|collision|derail\w*|explosion at|fire broke out|large fire|blaze"),
    ("evacuation", r"evacuat\w+|fled|escape corridor|humanitarian corridor|safe corridor"),
    ("protest", r"protest\w*|demonstrat(?:ion|ors)|rall(?:y|ies)|march(?:ed)? through"),
    ("arrest", r"arrest\w*|detain\w*|taken into custody|charged with"),
    (
        "talks_diplomacy",
        r"\btalks\b|negotiat\w+|ceasefire|summit|peace process|phone (?:call|conversation)|telephone conversations?|\bvisit(?:ed|s)?\b|\bmet with\b",
    ),
    (
        "political_decision",
        r"\bbudget\b|\bbill\b|legislation|\bdecree\b|sanctions|\bvoted\b|approved|signed into law|vetoed|referendum|election",
    ),
    (
        "civilian_harm",
        r"civilians?\b[^.]{0,60}\b(?:killed|injured|wounded|died)|(?:killed|injured|wounded)\b[^.]{0,40}civilians?",
    ),
]
PLACE = re.compile(
    r"(?<!according )\b(?:in|near|on|over|at|outside|around|into|to)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:city|town|village|port city|region|district|province|capital)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})(?P<suffix>\s+(?:region|oblast|province|district|city|border region))?"
)
NOT_PLACE = {w.capitalize() for w in WEEKDAYS} | {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Telegram", "Facebook", "Twitter", "The", "Thursday", "Friday",
}  # fmt: skip
TIME = re.compile(
    r"\b(?:(?:early|late)\s+(?:on\s+)?)?(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\bovernight\b|\bat dawn\b|\blast night\b|\bthis morning\b|\byesterday\b|\btoday\b|\btonight\b|"
    r"\bin the (?:morning|evening|afternoon)\b|\b\d{1,2}:\d{2}\s*(?:a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)
# Matched against the lower-cased sentence (see ``_lower``), so written in lower case.
DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|refuted)\b")
DISPUTE = re.compile(r"\b(?:disputed|contested|could not be (?:independently )?verified)\b")
CLAIM = re.compile(r"\b(?:claim\w*|alleg\w*|according to|said|says|reported|announced)\b")
TIME_LOWER = re.compile(TIME.pattern.replace("(?P<day>", "(?:").lower())


def _lower(sentence: str) -> str:
    """The sentence lower-cased, position for position. Python's ``re`` runs these rule
    alternations several times faster on lower-cased text than with ``IGNORECASE``; the
    rare letters whose lower case is longer (such as "İ") are replaced to keep positions."""
    lowered = sentence.lower()
    if len(lowered) == len(sentence):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in sentence)


# Types whose cue outranks any other in the same sentence: "drones were shot down" is an
# interception even though "drones" comes first.
PRIORITY_TYPES = ("interception", "missile_strike")
# The rules are written in lower case and matched against the lower-cased sentence:
# Python's IGNORECASE makes these alternations about three times slower.
# Cues start words: the leading ``\b`` lets the scan skip every other position at once.
PRIORITY_PATTERNS = [(k, re.compile(rf"\b(?=[a-z])(?:{p})")) for k, p in TYPE_RULES if k in PRIORITY_TYPES]
ANY_PRIORITY = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(f"(?P<{k}>{p})" for k, p in TYPE_RULES if k in PRIORITY_TYPES) + ")"
)
# One alternation of every rule, each a named group: the leftmost cue wins in one search,
# and at one position the earlier rule wins, as alternation order guarantees.
ANY_TYPE = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in TYPE_RULES) + ")"
)


def incident_type(sentence: str) -> str | None:
    """The priority types if their cue is present (interception first); else the type
    whose cue comes first."""
    lowered = _lower(sentence)
    priority = ANY_PRIORITY.search(lowered)
    if priority is None:
        found = ANY_TYPE.search(lowered)
        return found.lastgroup if found else None
    if priority.lastgroup == PRIORITY_TYPES[0]:
        return priority.lastgroup
    # The first priority cue is a later-ranked one: an earlier-ranked cue further on wins.
    first_ranked = PRIORITY_PATTERNS[0][1]
    return PRIORITY_TYPES[0] if first_ranked.search(lowered, priority.start()) else priority.lastgroup


def find_place(sentence: str) -> tuple[str | None, str | None]:
    """The place as written and its canonical name: after a preposition ("near Kursk"),
    else any place the gazetteer knows ("Kiev was attacked")."""
    for match in PLACE.finditer(sentence):
        place = match.group("place")
        first = place.split()[0]
        if first in NOT_PLACE or first in COUNTRY_BY_DEMONYM or first.lower() in ORG_WORDS:
            continue  # "to the Senate", "in the Ministry" name institutions, not places
        written = place + (match.group("suffix") or "")
        return written, canonical(place)
    for start, end in known_places_in(sentence):
        return sentence[start:end], canonical(sentence[start:end])
    return None, None


# Incident types that describe one kinetic event from different angles: a drone strike and
# its interception are one event; shelling and the civilians it killed are one event.
AIR_EVENTS = frozenset({"air_drone_strike", "missile_strike", "interception"})
GROUND_EVENTS = frozenset({"shelling", "ground_fighting", "civilian_harm"})
KINETIC_EVENTS = AIR_EVENTS | GROUND_EVENTS


def same_event_family(a: str, b: str) -> bool:
    return a == b or (a in AIR_EVENTS and b in AIR_EVENTS) or (a in GROUND_EVENTS and b in GROUND_EVENTS)


def weekday_in(time_text: str | None) -> str | None:
    if not time_text:
        return None
    lowered = time_text.lower()
    return next((day for day in WEEKDAYS if day in lowered), None)


def resolve_date(time_text: str | None, published: dt.date | None) -> dt.date | None:
    """The calendar date a relative time expression points to, given the publication date."""
    if not time_text or published is None:
        return None
    lowered = time_text.lower()
    if "yesterday" in lowered:
        return published - dt.timedelta(days=1)
    if any(w in lowered for w in ("today", "tonight", "this morning", "overnight", "at dawn")):
        return published
    for number, day in enumerate(WEEKDAYS):
        if day in lowered:
            return published - dt.timedelta(days=(published.weekday() - number) % 7)
    return None


def status_of(sentence: str) -> str:
    lowered = _lower(sentence)
    if DENIAL.search(lowered):
        return "denied"
    if DISPUTE.search(lowered):
        return "disputed"
    if CLAIM.search(lowered):
        return "claimed"
    return "reported"


def find_time(sentence: str) -> str | None:
    match = TIME_LOWER.search(_lower(sentence))
    return sentence[match.start() : match.end()].strip() if match else None
