"""The minute of the day a report clocks its event at ("18.40 Uhr", "19 h 40", "7.40pm",
"a las 11.05", "à 11h05"), in any language: two reports of one type, town and day that
clock one odd minute tell one event, as no two events of a day are clocked at one minute
(``report_pairs.shared_specifics``)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.accents import fold_accents

# A clock time to the minute: an hour, a separator (":", ".", "h" with or without spaces:
# "19:40", "19.40", "19h40", "19 h 40") and two digits of minute, then maybe "am"/"pm".
# Not a date ("5.10." or "05.10.2024": a dot and a digit or a dot follow) nor part of a
# longer number ("2019.40", "1.135"): no digit, dot or comma before the hour or after the
# minute. Each part is a bounded run, so no input makes the pattern backtrack far.
_MINUTE = re.compile(
    r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])"
    r"(?P<separator>:|\.|\s?h\s?)(?P<minute>[0-5]\d)(?![\d,]|\.\d)"
    r"(?:\s?(?P<half>[ap])\.?m\b\.?)?"
)
# Words that say a number written "19.40" is a time ("um 18.40", "18.40 Uhr", "a las 11.05",
# "11.05 horas", "alle 7.40", "at 7.40", "vers 7.40", "om 6.50 uur", "a les 4.10 h"): a dot
# alone also writes a decimal ("1.35 metres", "3.50 euros"), so in an evidence sentence it
# needs one of them beside it.
# Accents folded, as the text they are read in.
_BEFORE = re.compile(
    r"\b(?:at|around|about|um|gegen|ab|seit|a\s+las|hacia\s+las|sobre\s+las|desde\s+las|alle|verso\s+le|"
    r"a|vers|des|depuis|as|pelas|om|rond|omstreeks|sinds|vanaf|a\s+les|cap\s+a\s+les|des\s+de\s+les)\s*$"
)
_AFTER = re.compile(r"^\s*(?:uhr|uur\b|h\b|horas?\b|hores\b|hrs?\b|heures?\b|ore\b|[ap]\.?m\b)")
# Minutes of a scheduled time: a press conference, a meeting, a march or a match is set on the
# hour or a quarter of it, and two of one day and town may be set at one ("14.30 Uhr"). The
# minute an event was clocked at otherwise (an alarm at 18.40, a collapse at 19.40) is its own.
_SCHEDULED_EVERY = 15
# A report's time and evidence hold a few clock times; a longer text is read no further.
_LONGEST = 2000


@lru_cache(maxsize=16384)
def clock_minutes(time_text: str | None, evidence: str | None = None) -> frozenset[int]:
    """The minutes of the day (0..1439) a report's time and evidence clock its event at, not
    on a quarter hour (``_SCHEDULED_EVERY``). In the time field any clock time counts ("18.40");
    in the evidence a time written with a dot counts only beside a word that says it is one
    ("um 18.40", "18.40 Uhr"), as a dot also writes a decimal ("1.35 metres")."""
    found: set[int] = set()
    for text, told_as_time in ((time_text, True), (evidence, False)):
        if text:
            found |= _minutes_in(fold_accents(text[:_LONGEST].casefold()), told_as_time)
    return frozenset(found)


def _minutes_in(text: str, told_as_time: bool) -> set[int]:
    found: set[int] = set()
    for match in _MINUTE.finditer(text):
        minute = int(match["minute"])
        if minute % _SCHEDULED_EVERY == 0:
            continue
        before = _BEFORE.search(text[max(0, match.start() - 20) : match.start()]) is not None
        if match["separator"] == "." and text[match.end() : match.end() + 1] == "." and not before:
            continue  # a date ("am 5.10."), unless a word says it is a time ("um 18.40.")
        said_as_time = (
            told_as_time
            or match["separator"] != "."
            or match["half"] is not None
            or before
            or _AFTER.match(text[match.end() : match.end() + 8]) is not None
        )
        if said_as_time:
            found.add(_of_day(int(match["hour"]), minute, match["half"]))
    return found


def _of_day(hour: int, minute: int, half: str | None) -> int:
    """The minute of the day of a clock time: "7.40pm" is 19:40, "12.05am" five past midnight."""
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute
