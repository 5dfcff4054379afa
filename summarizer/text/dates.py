"""Times and dates as news copy writes them: weekdays, "overnight", "yesterday", clock
times; resolved to calendar dates against the publication date."""

from __future__ import annotations

import datetime as dt
import re

from summarizer.text.normalize import lower_keeping_offsets
from summarizer.text.vocabulary import WEEKDAYS

TIME = re.compile(
    r"\b(?:(?:early|late)\s+(?:on\s+)?)?(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\bovernight\b|\bat dawn\b|\blast night\b|\bthis morning\b|\byesterday\b|\btoday\b|\btonight\b|"
    r"\bin the (?:morning|evening|afternoon)\b|\b\d{1,2}:\d{2}\s*(?:a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)
TIME_LOWER = re.compile(TIME.pattern.replace("(?P<day>", "(?:").lower())


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


def find_time(sentence: str) -> str | None:
    match = TIME_LOWER.search(lower_keeping_offsets(sentence))
    return sentence[match.start() : match.end()].strip() if match else None
