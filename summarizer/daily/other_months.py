"""An event a report dates by a month the news of its day is not in: "a panel fell from
the ceiling of another city gym in March", "bereits im März", "en mars dernier", "el 3 de
marzo". Told in November, such an event is not of the week any weekday names, so it is
another event than one of "Monday night" at the same gym, however alike the two read; and it
is no event of the day, so the prior of one event of a kind per place and day does not
count it (``one_place_prior``).

A month is read only where it dates the event: after a preposition or a day's number ("in
March", "im März", "en mars", "au mois de mars", "el 3 de marzo", "le 3 mars", "last
March"), never after "since" or "until" ("seit März", "depuis mars", "desde marzo": a drought
lasting since March may be of today too). The months of the article's day and of the week
before it are never another month: "on October 29" told on 1 November is of last week."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.dates import news_day_words
from summarizer.text.vocabulary import words

# What a report's ``weekdays`` holds for an event of another month: never a weekday's name.
MONTH_MARK = "month:"
# The words before a month that date an event in it: prepositions, "last", "early", a day's
# number ("3", "3.", "3rd"), in English, German, French and Spanish.
_DATING = (
    r"in|on|im|en|au|of|de|del|last|early|late|mid|anfang|ende|mitte|vergangenen|letzten"
    r"|debut|fin|mois|pasado|principios|finales|mediados|\d{1,2}(?:st|nd|rd|th|er|\.)?"
)
# Words up to three before the month that say it is when a lasting event began or ends.
_SPAN = words("since until till from seit bis ab von depuis jusqu partir desde hasta sinds vanaf fins des")
# Words that tell a month to come ("will close in December", "wird im Dezember
# geschlossen", "fermera en décembre" is read by "prévu"/"prochain" only): a planned event's
# month is not when its news happened, so no month is read beside them.
_FUTURE = words(
    """will shall next planned scheduled due wird werden soll sollen nachsten kommenden geplant
    sera seront va vont prochain prochaine prevu prevue ira iran proximo proxima previsto prevista
    zal zullen volgende gepland geplande proper propera previst prevista"""
)
# Month names that are as often other words: English "may" (a modal: "10 may have died"),
# "march" (a verb), French "mars" (the planet, "landed on Mars"), Spanish "mayo" ("a jar of
# mayo"). English months are capitalised and French and Spanish ones are not, so each is read
# only as written for its language, after a word of that language's frame.
_ENGLISH_FRAME = frozenset(["in", "on", "of", "last", "early", "late", "mid"])
_AMBIGUOUS: dict[str, tuple[bool, frozenset[str]]] = {  # name -> (capitalised, words not before it)
    "may": (True, frozenset()),
    "march": (True, frozenset()),
    "mars": (False, _ENGLISH_FRAME),
    "mayo": (False, _ENGLISH_FRAME),
}
# A time is a phrase and an evidence a sentence: what is read of a longer text.
_MOST_READ = 600


@cache
def _months() -> tuple[dict[str, int], re.Pattern[str]]:
    """Every supported language's month names, accents folded (-> the month's number), and a
    pattern of one dated by the word before it."""
    from summarizer.text.language import MERGED
    from summarizer.text.lexicon import merge_lexicon

    numbers: dict[str, int] = {}
    for code in MERGED:
        for number, name in enumerate(merge_lexicon(code).months, start=1):
            numbers[fold_accents(name.casefold())] = number
    names = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w'])(?P<dating>{_DATING})[\s-]+(?:(?:de|of|the|el|le)\s+)?(?P<month>{names})(?:\s+(?P<year>\d{{4}}))?(?![\w'])"
    )
    return numbers, pattern


def months_told(text: str | None, issued: dt.date | None, sentence: str = "") -> frozenset[int]:
    """The months other than those of ``issued`` and the week before it that ``text`` dates
    an event in (see the module's docstring); empty when it dates none or no day is known.
    A month told with a year is of the past when the year is earlier ("In March 2025"); one
    without, when neither ``text`` nor its ``sentence`` tells a month to come (``_FUTURE``)."""
    if not text or issued is None:
        return frozenset()
    numbers, pattern = _months()
    written = text[:_MOST_READ].replace("\u00df", "ss")  # folded one character for one
    folded = fold_accents(written).replace("\u2019", "'")
    if len(folded) != len(written):  # a rarer letter folded to two: its case is not read
        written = folded
    told = set(re.findall(r"[^\W\d_]+", f"{folded} {fold_accents(sentence[:_MOST_READ].casefold())}"))
    week_before = issued - dt.timedelta(days=7)
    recent = {(issued.year, issued.month), (week_before.year, week_before.month)}
    found: set[int] = set()
    for match in pattern.finditer(folded):
        name, year = match.group("month"), match.group("year")
        if name in _AMBIGUOUS:
            capitalised, not_after = _AMBIGUOUS[name]
            if written[match.start("month")].isupper() != capitalised or match["dating"] in not_after:
                continue
        month = numbers[name]
        before = re.findall(r"[^\W\d_]+", folded[max(0, match.start() - 40) : match.start()])[-3:]
        if not _SPAN.isdisjoint(before):
            continue
        if year is not None:
            if (int(year), month) < (issued.year, issued.month) and (int(year), month) not in recent:
                found.add(month)
        elif _FUTURE.isdisjoint(told) and month not in {month for _, month in recent}:
            found.add(month)
    return frozenset(found)


@cache
def _news_day() -> re.Pattern[str]:
    """A word that dates a sentence to the news of its day, in any language ("Monday",
    "gestern", "hoy")."""
    words = "|".join(sorted(map(re.escape, news_day_words()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def another_month(time: str | None, evidence: str, issued: dt.date | None) -> frozenset[str]:
    """The months other than its day's a report dates its event in, as its ``weekdays``
    hold them (an event of March is of no weekday of this week, and two reports of it share
    the mark: ``text.dates.days_apart``): by its time, or, when it gives none, by its
    evidence naming no day of the news ("A panel fell from the ceiling of another gym in
    March"; not "renovated in March, the gym collapsed on Monday")."""
    if time:
        months = months_told(time, issued, evidence)
    elif _news_day().search(evidence[:_MOST_READ]):
        months = frozenset()
    else:
        months = months_told(evidence, issued)
    return frozenset(f"{MONTH_MARK}{month}" for month in months)


def of_another_month(weekdays: frozenset[str]) -> bool:
    """The report dates its event by another month than its day's (``month_marks``)."""
    return any(day.startswith(MONTH_MARK) for day in weekdays)
