"""The part of the day a report's time names ("this evening", "12.10", "à la mi-journée",
"am Vormittag"), as a span of hours: a march that morning and one that evening in one city
are two marches, and a march "called for this evening" is the evening's march."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.accents import fold_accents

Hours = tuple[int, int] | None  # the first hour and the hour after the last

# Hours each part of the day may cover, in English, German, French and Spanish, accents
# folded. Spanish "mañana" alone is tomorrow: only "esta/la mañana" is the morning.
_PARTS: tuple[tuple[str, tuple[int, int]], ...] = (
    (r"early\s+morning|fruhen\s+morgenstunden|petit\s+matin|madrugada", (3, 9)),
    (
        r"morning|vormittags?|morgens|(?:heute|am)\s+morgen|(?<=tag)morgen|(?<=woch)morgen|matin(?:ee)?"
        r"|(?:esta|la|por\s+la)\s+manana",
        (5, 12),
    ),
    (r"midday|noon|mittags?|mi-journee|midi|mediodia", (11, 14)),
    (r"afternoon|nachmittags?|apres-midi", (12, 18)),
    (r"(?:esta|la|por\s+la)\s+tarde", (13, 21)),
    (r"evening|tonight|abends?|soir(?:ee)?", (17, 24)),
    (r"overnight|night|nachts?|nuit|(?:esta|la|por\s+la)\s+noche", (20, 30)),
)
# German writes a weekday's part as one word ("Donnerstagabend", "am Mittwochvormittag").
_GERMAN_DAY = r"(?:\b|(?<=montag)|(?<=dienstag|mittwoch)|(?<=freitag|samstag|sonntag)|(?<=donnerstag))"
_PART = re.compile(
    "|".join(f"(?P<p{n}>{_GERMAN_DAY}(?:{pattern})\\b)" for n, (pattern, _) in enumerate(_PARTS))
)
# An event under way since a time ("depuis 9 h 10", "seit 9.12 Uhr", "since 7am", "desde las
# 8"): it goes on to the day's end, whatever later time another report tells it at.
_SINCE = re.compile(r"\b(?:since|depuis|seit|desde)\b")
# A clock time: "12.10", "19:50", "21h30", "21 heures", "9 Uhr", "a las 9.40", "7pm",
# "4.30 pm". Not a date: "5.10." and "05.10.2024" are the fifth of October, not ten past five.
_CLOCK = re.compile(
    r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?P<separator>[:.h])(?P<minute>[0-5]\d)(?!\d)(?:\s*(?P<half>[ap]\.?m\b))?"
    r"|\s*(?P<suffix>[ap]\.?m\b|uhr|heures?\b|h\b))"
)
# Types of event held at one time of a day: a march or a rally (not a strike, which runs all
# day: ``participants.march_hours``), and what the types do not name, as an announcement, a
# closure or a power cut. The morning's and the evening's are two; a flood, a fire or a
# crash is told at its moments from the first alarm to the last toll.
TIMED_TYPES = frozenset({"protest", "other"})
# Parts of the day this far apart (hours between their spans) are two times of one day's
# events: the morning's march and the evening's. Closer ones may be one long event told at
# two of its moments (a rally under way at 13:10 that began "this morning").
APART_HOURS = 4


@lru_cache(maxsize=16384)
def hours_of(time_text: str | None) -> Hours:
    """The hours a report's time covers (the earliest a part of the day or a clock time
    names: "this evening", "12.10"), or None when it names neither."""
    if not time_text:
        return None
    text = fold_accents(time_text.casefold())
    hours = _first_hours(text)
    return (hours[0], 24) if hours and _SINCE.search(text) else hours


def _first_hours(text: str) -> Hours:
    for found in _CLOCK.finditer(text):
        if found["separator"] == "." and text[found.end() : found.end() + 1] == ".":
            continue  # a date ("am 5.10.")
        hour = int(found["hour"])
        half = (found["half"] or found["suffix"] or "")[:1]
        if half in ("a", "p") and hour == 12:
            hour = 0 if half == "a" else 12  # 12 am is midnight, 12 pm noon
        elif half == "p" and hour < 12:
            hour += 12
        return (hour, hour + 1)
    part = _PART.search(text)
    if part and part.lastgroup:
        return _PARTS[int(part.lastgroup[1:])][1]
    return None


def hours_apart(a: Hours, b: Hours) -> bool:
    """Two spans of hours at least ``APART_HOURS`` apart, read round the clock as well: a
    night (20 to 30, six the next morning) is no time apart from an early morning (3 to 9)."""
    if a is None or b is None:
        return False
    return all(max(a[0], b[0] + shift) - min(a[1], b[1] + shift) >= APART_HOURS for shift in (-24, 0, 24))
