"""Incidents, sentence by sentence: type from event keywords, then place, time and links.

Types follow ACLED's and PLOVER's coarse event classes; the first matching rule wins, so
more specific rules come first. Mentions of the same type at the same place in one article
fold into one incident.
"""

from __future__ import annotations

import re

from summarizer.text.normalize import lower_keeping_offsets

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
# Matched against the lower-cased sentence (see ``lower_keeping_offsets``), so written in lower case.
DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|refuted)\b")
DISPUTE = re.compile(r"\b(?:disputed|contested|could not be (?:independently )?verified)\b")
CLAIM = re.compile(r"\b(?:claim\w*|alleg\w*|according to|said|says|reported|announced)\b")


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
    lowered = lower_keeping_offsets(sentence)
    priority = ANY_PRIORITY.search(lowered)
    if priority is None:
        found = ANY_TYPE.search(lowered)
        return found.lastgroup if found else None
    if priority.lastgroup == PRIORITY_TYPES[0]:
        return priority.lastgroup
    # The first priority cue is a later-ranked one: an earlier-ranked cue further on wins.
    first_ranked = PRIORITY_PATTERNS[0][1]
    return PRIORITY_TYPES[0] if first_ranked.search(lowered, priority.start()) else priority.lastgroup


def status_of(sentence: str) -> str:
    lowered = lower_keeping_offsets(sentence)
    if DENIAL.search(lowered):
        return "denied"
    if DISPUTE.search(lowered):
        return "disputed"
    if CLAIM.search(lowered):
        return "claimed"
    return "reported"
