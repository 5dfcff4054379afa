"""Incidents, sentence by sentence: type from event keywords, then place, time and links.

Types follow ACLED's and PLOVER's coarse event classes; the first matching rule wins, so
more specific rules come first. Mentions of the same type at the same place in one article
fold into one incident.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from summarizer.engines.extractive.gazetteer import canonical
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
    r"(?<!according )\b(?:in|near|on|over|at|outside|around|into|to)\s+(?:the\s+)?(?:(?:city|town|village|port city|region|district|province|capital)\s+of\s+)?"
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
DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|refuted)\b", re.IGNORECASE)
DISPUTE = re.compile(r"\b(?:disputed|contested|could not be (?:independently )?verified)\b", re.IGNORECASE)
CLAIM = re.compile(r"\b(?:claim\w*|alleg\w*|according to|said|says|reported|announced)\b", re.IGNORECASE)


@dataclass
class RawIncident:
    type: str
    start: int
    end: int
    location: str | None
    place: str | None
    time: str | None
    date: dt.date | None
    status: str
    figure_ids: list[str] = field(default_factory=list)


def incident_type(sentence: str) -> str | None:
    for kind, pattern in TYPE_RULES:
        if re.search(pattern, sentence, re.IGNORECASE):
            return kind
    return None


def find_place(sentence: str) -> tuple[str | None, str | None]:
    for match in PLACE.finditer(sentence):
        place = match.group("place")
        if place.split()[0] in NOT_PLACE:
            continue
        written = place + (match.group("suffix") or "")
        return written, canonical(place)
    return None, None


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
    if DENIAL.search(sentence):
        return "denied"
    if DISPUTE.search(sentence):
        return "disputed"
    if CLAIM.search(sentence):
        return "claimed"
    return "reported"


def find_time(sentence: str) -> str | None:
    match = TIME.search(sentence)
    return match.group(0).strip() if match else None
