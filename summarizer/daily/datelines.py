"""The day an article says it was told on, by its heading: a bulletin's "Radio Sarine, journal
de 18 heures, samedi.", "Noticias de las 7.00, miércoles.", "Police log, Wednesday", "Radio
Elsass Süd – Nachrichten, Dienstag 19 Uhr", an update's "ACTUALIZACIÓN (lunes, 9.40 horas).",
"NACHTRAG (Mittwoch)". A day's articles are gathered with the day they were filed under, and
a bulletin of the evening before or an update of two days later is filed under it too: its
"cet après-midi", "esta mañana", "hier" are of the day its heading names, not of the day it
was filed under. A headline that names its event's day ("Zwei Tote am Samstag") is no
dateline: the weekday must be set off as a heading sets its day, after a comma or a dash at
the end of the line, or in brackets after the heading's first word, and be the only day the
heading names."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from summarizer.article import Article
from summarizer.text.dates import weekdays_named
from summarizer.text.vocabulary import WEEKDAYS

# A heading is short; a first line longer than this is a lede, read for a bracketed dateline
# at its start only.
_HEADING_LENGTH = 100
# A clock after the day ("Freitag 08.00 Uhr", "Dienstag 19 Uhr", "lunes, 9.40 horas").
_CLOCK = r"(?:[ \t,]+\d{1,2}(?:[.:h][ \t]?\d{2})?(?:[ \t]*(?:uhr|horas?|heures?|h))?)?"
# "..., samedi." / "... - Friday" / "..., Dienstag 19 Uhr": the day ends the line.
_DAY_ENDS_LINE = re.compile(r"[,\-–—|][ \t]*([^\W\d_]{5,12})" + _CLOCK + r"[ \t]*\.?[ \t]*$", re.IGNORECASE)
# "ACTUALIZACIÓN (lunes, 9.40 horas)." / "NACHTRAG (Mittwoch)": the day in brackets after
# the heading's word.
_DAY_IN_BRACKETS = re.compile(
    r"[ \t]*[^\W\d_]{3,20}[ \t]*\(([^\W\d_]{5,12})" + _CLOCK + r"[ \t]*\)", re.IGNORECASE
)
# How far a dateline's day may lie from the day the article was filed under: a bulletin of
# the evening before, an update of a day or two later. A weekday names one day in this span.
_FILED_WITHIN = 3


def issued_on(article: Article) -> dt.date | None:
    """The day the article was told on: the day its heading names (within ``_FILED_WITHIN``
    days of the day it was filed under, ``Article.published``), else the day it was filed
    under."""
    filed = article.published
    if filed is None:
        return None
    weekday = dateline_weekday(article.text)
    if weekday is None:
        return filed
    offset = (WEEKDAYS.index(weekday) - filed.weekday()) % 7
    offset = offset - 7 if offset > _FILED_WITHIN else offset
    return filed + dt.timedelta(days=offset)


@lru_cache(maxsize=64)
def dateline_weekday(text: str) -> str | None:
    """The English name of the weekday the text's heading (its first line) names as its
    dateline, or None."""
    heading = text.lstrip().partition("\n")[0]
    found = _DAY_IN_BRACKETS.match(heading)
    if found is None and len(heading) <= _HEADING_LENGTH:
        found = _DAY_ENDS_LINE.search(heading)
    if found is None:
        return None
    days = weekdays_named(found[1])
    # A line naming another day too tells an event's days ("am Samstag abgestürzt, ... Sonntag");
    # the words before the day are read alone, since a clock in the small hours after it names
    # the day before as well ("Police log, Sunday 00:40").
    if len(days) != 1 or weekdays_named(heading[: found.start(1)]) - days:
        return None
    return next(iter(days))
