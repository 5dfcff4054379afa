"""The part of the day a report's time names ("this evening", "12.10", "à la mi-journée",
"am Vormittag"), as a span of hours: a march that morning and one that evening in one city
are two marches, a power cut of the morning and one of the evening two cuts, and a march
"called for this evening" is the evening's march."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from summarizer.text.accents import fold_accents
from summarizer.text.dates import NOT_A_DAY, relative_days
from summarizer.text.lexicon import lexicon, merge_lexicon
from summarizer.text.lexicons.sieges import SIEGE_WORDS
from summarizer.text.normalize import fold_dashes
from summarizer.text.vocabulary import WEEKDAYS

Hours = tuple[int, int] | None  # the first hour and the hour after the last

# Hours each part of the day may cover, in English, German, French, Spanish, Dutch and
# Catalan, accents folded. Spanish "mañana" alone is tomorrow: only "esta/la mañana" is the
# morning; Dutch "morgen" likewise ("vanmorgen", "'s morgens" are the morning), and "middag"
# the afternoon only so ("'s middags", "zaterdagmiddag"; "rond de middag" is noon). Dutch
# writes the part onto a weekday or onto "van-"/"gister-" ("donderdagochtend", "vanavond").
_PARTS: tuple[tuple[str, tuple[int, int]], ...] = (
    (r"early\s+morning|fruhen\s+morgenstunden|petit\s+matin|madrugada|matinada", (3, 9)),
    (
        r"morning|vormittags?|morgens|(?:heute|am)\s+morgen|<weekday>morgen|matin(?:ee)?|(?:esta|la|por\s+la)\s+manana"
        r"|ochtend|voormiddag|mati",
        (5, 12),
    ),
    (r"midday|noon|mittags?|mi-journee|midi|mediodia|migdia", (11, 14)),
    (r"afternoon|nachmittags?|apres-midi|namiddag|middags|<weekday>middag", (12, 18)),
    (r"(?:esta|la|por\s+la)\s+tarde|(?:aquesta|la)\s+tarda", (13, 21)),
    (r"evening|tonight|abends?|soir(?:ee)?|avonds?|vespre|vesprada", (17, 24)),
    (r"overnight|night|nachts?|nuit|(?:esta|la|por\s+la)\s+noche|nit|anit", (20, 30)),
)


@cache
def _part_pattern() -> re.Pattern[str]:
    """Each part of the day as a named group (``p0``, ``p1``...). German writes a weekday and
    its part of the day as one word ("am Donnerstagabend", "Sonntagmorgen"): the part is read
    after the weekday, and "morgen" is the morning only so (alone it is tomorrow). The
    weekdays are the lexicon's (``lexicon.Lexicon.weekdays``), "Sonnabend" too."""
    german, dutch = lexicon("de"), merge_lexicon("nl")
    names = sorted((*german.weekdays, *german.weekday_aliases, *dutch.weekdays), key=len, reverse=True)
    weekday = f"(?:{'|'.join((*names, 'gister', 'van'))})"
    return re.compile(
        "|".join(
            f"(?P<p{n}>\\b{weekday}?(?:{pattern.replace('<weekday>', weekday)})\\b)"
            for n, (pattern, _) in enumerate(_PARTS)
        )
    )


# Types of event that last: a flood, a fire or an evacuation told at its start in one report
# and at its height in another, a decision taken in the morning and announced at night. Any
# other event (a crash, a blackout, an emergency landing, a march) happens at one time of the
# day: two of one type and place told at times far apart are two.
LASTING_TYPES = frozenset({"disaster", "evacuation", "political_decision", "talks_diplomacy"})
# An event under way since a time ("depuis 9 h 10", "seit 9.12 Uhr", "since 7am", "desde las
# 8"): it goes on to the day's end, whatever later time another report tells it at.
_SINCE = re.compile(r"\b(?:since|depuis|seit|desde|sinds|vanaf|des\s+de)\b")
# A clock time: "12.10", "19:50", "21h30", "21 heures", "9 Uhr", "a las 9.40", "7pm",
# "4.30 pm". Not a date: "5.10." and "05.10.2024" are the fifth of October, not ten past five.
_CLOCK = re.compile(
    r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?P<separator>[:.h])(?P<minute>[0-5]\d)(?!\d)(?:\s*(?P<half>[ap]\.?m\b))?"
    r"|\s*(?P<suffix>[ap]\.?m\b|uhr|uur\b|heures?\b|h\b))"
)
# Parts of the day this far apart (hours between their spans) are two times of one day's
# events: the morning's march and the evening's. Closer ones may be one long event told at
# two of its moments (a rally under way at 13:10 that began "this morning").
APART_HOURS = 4


@lru_cache(maxsize=16384)
def hours_of(time_text: str | None, *, clock: bool = True) -> Hours:
    """The hours a report's time covers (the earliest a part of the day or, with ``clock``,
    a clock time names: "this evening", "12.10"), or None when it names neither."""
    if not time_text:
        return None
    text = fold_accents(time_text.casefold())
    hours = _first_hours(text, clock)
    return (hours[0], 24) if hours and _SINCE.search(text) else hours


def _first_hours(text: str, clock: bool) -> Hours:
    for found in _CLOCK.finditer(text) if clock else ():
        if found["separator"] == "." and text[found.end() : found.end() + 1] == ".":
            continue  # a date ("am 5.10.")
        hour = int(found["hour"])
        half = (found["half"] or found["suffix"] or "")[:1]
        if half in ("a", "p") and hour == 12:
            hour = 0 if half == "a" else 12  # 12 am is midnight, 12 pm noon
        elif half == "p" and hour < 12:
            hour += 12
        return (hour, hour + 1)
    if clock and (half_past := _dutch_half_hour().search(text)) is not None:
        hour = (int(merge_lexicon("nl").numbers.words[half_past[1]]) - 1) % 12
        return (hour, hour + 1)
    part = _part_pattern().search(text)
    if part and part.lastgroup:
        return _PARTS[int(part.lastgroup[1:])][1]
    return None


@cache
def _dutch_half_hour() -> re.Pattern[str]:
    """Dutch tells a half hour by the hour it leads to: "om half zes" is half past five."""
    hours = [w for w, n in merge_lexicon("nl").numbers.words.items() if 1 < n <= 12]
    return re.compile(rf"\bhalf\s+({'|'.join(sorted(hours, key=len, reverse=True))})\b")


def hours_apart(a: Hours, b: Hours) -> bool:
    """Two spans of hours at least ``APART_HOURS`` apart, on a clock that goes round: a
    night (20 to 30, six in the morning) holds "3 h 40" and "shortly before 4 a.m.", and
    meets the morning."""
    if a is None or b is None:
        return False
    return all(max(a[0], b[0] + turn) - min(a[1], b[1] + turn) >= APART_HOURS for turn in (-24, 0, 24))


def moment_hours(incident_type: str, time_text: str | None, words: Iterable[str] = ()) -> Hours:
    """The hours a report's time names, for an event that happens at one time of the day
    (not one of ``LASTING_TYPES``, nor a siege its ``words`` tell: ``SIEGE_WORDS``, a
    kidnapping or a hostage-taking lasts until its doer gives up or is seized, and one
    report tells it by the morning's abduction, another by the evening's release). Of a
    march, its clock time too ("the 12.10 march"); of any other event, only the part of the
    day it names ("on Thursday evening"): a clock time is as often when a report was told
    ("13:10 - divers found a fifth body") as when its event happened, and a crash of the
    night is updated at noon."""
    if incident_type in LASTING_TYPES or not SIEGE_WORDS.isdisjoint(words):
        return None
    return hours_of(time_text, clock=incident_type == "protest")


# The words a time told by the clock alone is said with ("at 19:35", "gegen 18.40 Uhr",
# "vers 13 h 45", "a las 9.40 horas"), accents folded: no day among them.
_CLOCK_WORDS = frozenset(
    re.findall(
        r"\w+",
        """at around about shortly just before after past um gegen kurz vor nach ca etwa uhr vers a
        peu avant apres environ heures heure h las la sobre hacia poco antes despues de horas hora""",
    )
)


@lru_cache(maxsize=16384)
def by_the_clock_only(time_text: str | None) -> bool:
    """A report's time is a clock time and nothing else ("19 h 35", "gegen 18.40 Uhr"): no
    day, no night, no "yesterday". News names any day but its own, so such an event is of
    the day the article was published (a live blog's entry, a wire's "at 7.58")."""
    if not time_text or len(time_text) > 60:
        return False
    text = fold_accents(time_text.casefold())
    rest = _CLOCK.sub(" ", text)
    if rest == text:
        return False
    return all(word in _CLOCK_WORDS for word in re.findall(r"[^\W\d_]+", rest))


_NIGHT_WORD = re.compile(r"night|nacht|nuit|noche|notte|noite|(?<!\w)nit(?!\w)")


def _folded(words: str) -> str:
    return fold_dashes(fold_accents(words.casefold())).replace("\u2019", "'")


# The words that date an event by the day its article was told, accents folded: each
# language's relative days ("yesterday", "gestern", "hier", "ayer", "ieri", "ontem" the day
# before, ``relative_days``), and a part of the day told as this one's ("this morning",
# "ce matin", "esta mañana"). Not the nights nor their small hours ("anoche", "cette nuit",
# "esta madrugada"): a night is of two days, read as such elsewhere.
_TOLD_DAYS = {
    **{
        _folded(word): offset
        for word, offset in relative_days().items()
        if not (_NIGHT_WORD.search(word) or "madrugada" in word)
    },
    "this morning": 0, "this afternoon": 0, "this evening": 0,
    "ce matin": 0, "cet apres-midi": 0, "ce soir": 0,
    "esta manana": 0, "esta tarde": 0,
    "stamattina": 0, "stamani": 0, "questa mattina": 0, "oggi pomeriggio": 0, "stasera": 0,
    "esta manha": 0,
}  # fmt: skip
_TOLD_DAY = re.compile(
    r"(?<![\w'-])(" + "|".join(map(re.escape, sorted(_TOLD_DAYS, key=len, reverse=True))) + r")(?![\w'-])"
)


def day_told(
    time_text: str | None, *, entry_day: dt.date | None, issued: dt.date | None, language: str = ""
) -> frozenset[str]:
    """The weekdays a time names by the day it was told: a live blog's entry told by the clock
    alone is of the entry's day (``by_the_clock_only``; the blog names any other day), and
    "ayer", "gestern", "hier", "yesterday" the day before it was told (the entry's day, else
    the day the article was issued: a blog issued Monday tells Tuesday's "this morning" in
    a Tuesday entry), "today" that day ("ayer por la noche" that night, of two days). Empty
    when it names neither, or two days ("hier et aujourd'hui"). In ``language``, a word it
    reads otherwise is none (``NOT_A_DAY``)."""
    if entry_day is not None and by_the_clock_only(time_text):
        return frozenset({WEEKDAYS[entry_day.weekday()]})
    told_on = entry_day or issued
    if told_on is None or not time_text:
        return frozenset()
    text = _folded(time_text[:200])
    unread = NOT_A_DAY.get(language, frozenset())
    offsets = {_TOLD_DAYS[m[1]] for m in _TOLD_DAY.finditer(text) if m[1] not in unread}
    if len(offsets) != 1:
        return frozenset()
    day = told_on + dt.timedelta(days=offsets.pop())
    days = {day, day + dt.timedelta(days=1)} if _NIGHT_WORD.search(text) else {day}
    return frozenset(WEEKDAYS[d.weekday()] for d in days)


def day_told_late(
    time_text: str | None,
    *,
    entry_day: dt.date | None,
    issued: dt.date | None,
    language: str = "",
    blog_undated: bool = False,
) -> frozenset[str]:
    """The weekdays ``day_told`` reads if the article was told a day after the day it is
    dated: a day's digest takes the next morning's bulletin too, whose "yesterday's
    scaffolding collapse", "hier soir", "gestern" is the digest's own day. Never the day
    after the one it is dated: a digest holds no event of the next day, so "today" and
    "this morning" keep their day. Empty when the time names no day by its telling, and for
    a live entry told by the clock (its blog dates it), unless ``blog_undated``: a blog that
    names no day of its own (no dateline, no entry's weekday) is dated only by the day it
    was filed under, and a ticker of the evening before is filed under the next day as often
    ("Liveticker: FC Altenbrück – FC Lac-Noir" of a Saturday's match, filed on Sunday): its
    entries, by the clock or by "this morning", are of that day or of the day before."""
    dated = entry_day or issued
    if dated is None:
        return frozenset()
    one = dt.timedelta(days=1)
    if entry_day is not None and blog_undated:
        told = day_told(time_text, entry_day=entry_day, issued=issued, language=language)
        before = day_told(
            time_text, entry_day=entry_day - one, issued=issued and issued - one, language=language
        )
        return before - told
    if entry_day is not None and by_the_clock_only(time_text):
        return frozenset()
    late = day_told(
        time_text,
        entry_day=entry_day and entry_day + one,
        issued=issued and issued + one,
        language=language,
    )
    return late - {WEEKDAYS[(dated + one).weekday()]}
