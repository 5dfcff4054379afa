"""The vocabulary of news copy as data: calendar words, attribution verbs, incident-type
families. Compiled into patterns where they are used; every cue is matched as whole words."""

from __future__ import annotations

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
REPORTING_VERBS = (
    "said|says|say|added|adds|told|tells|wrote|writes|stated|states|announced|announces|declared|"
    "noted|notes|stressed|stresses|explained|recalled|warned|warns|insisted|reacted|demanded|"
    "assured|claimed|claims|reported|reports|acknowledged|admitted|emphasi[sz]ed|opined|argued|"
    "asked|urged|posted|tweeted|continued|concluded|confirmed|replied|responded|remarked|"
    "commented|predicted|promised|vowed|estimated|accused|reiterated"
)

# Incident types that describe one kinetic event from different angles: a drone strike and
# its interception are one event; shelling and the civilians it killed are one event.
AIR_EVENTS = frozenset({"air_drone_strike", "missile_strike", "interception"})
GROUND_EVENTS = frozenset({"shelling", "ground_fighting", "civilian_harm"})
KINETIC_EVENTS = AIR_EVENTS | GROUND_EVENTS


def same_event_family(a: str, b: str) -> bool:
    return a == b or (a in AIR_EVENTS and b in AIR_EVENTS) or (a in GROUND_EVENTS and b in GROUND_EVENTS)
