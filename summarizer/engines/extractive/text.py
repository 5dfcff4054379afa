"""The word lists the offline engine's rules share (sentences come from ``summarizer.segment``)."""

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
