"""Times and dates as news copy writes them: weekdays, "overnight", "yesterday", clock
times; resolved to calendar dates against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from summarizer.text.normalize import lower_keeping_offsets
from summarizer.text.vocabulary import WEEKDAYS

TIME = re.compile(
    r"\b(?:(?:early|late)\s+(?:on\s+)?)?(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\bovernight\b|\bat dawn\b|\blast night\b|\bthis morning\b|\byesterday\b|\btoday\b|\btonight\b|"
    r"\bin the (?:morning|evening|afternoon)\b|\b\d{1,2}:\d{2}\s*(?:a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)
TIME_LOWER = re.compile(TIME.pattern.replace("(?P<day>", "(?:").lower())


# English reads "today" and "yesterday" itself (``resolve_date``): its lexicon has no
# relative days.
ENGLISH_NEWS_DAYS = ("today", "yesterday")


@cache
def _other_days() -> tuple[dict[str, str], dict[str, int]]:
    """Every supported language's weekday names (-> the English name) and relative days."""
    from summarizer.text.language import SUPPORTED
    from summarizer.text.lexicon import lexicon

    weekdays: dict[str, str] = {}
    relative: dict[str, int] = {}
    for code in SUPPORTED:
        lex = lexicon(code)
        own = dict(zip(lex.weekdays, WEEKDAYS, strict=True))
        weekdays.update(own)
        weekdays.update({alias: own[day] for alias, day in lex.weekday_aliases.items()})
        relative.update(lex.relative_days)
    return weekdays, relative


def news_day_words() -> tuple[str, ...]:
    """The words that date a sentence to the news of the day in any supported language:
    every weekday name, and the words for today and yesterday ("heute", "hier", "ayer")."""
    weekdays, relative = _other_days()
    recent = [word for word, offset in relative.items() if offset in (0, -1) and " " not in word]
    return (*weekdays, *ENGLISH_NEWS_DAYS, *recent)


@cache
def _night_span() -> re.Pattern[str]:
    """A night told as the two days it joins, in any supported language: "overnight into
    Thursday", "the night from Monday to Tuesday", "in der Nacht zum Samstag", "in der
    Nacht von Montag auf Dienstag", "dans la nuit de lundi à mardi", "en la noche del
    lunes al martes". The day named last (``day``) is the one the night ends in."""
    weekdays, _ = _other_days()
    days = "|".join(sorted(weekdays, key=len, reverse=True))
    return re.compile(
        rf"\b(?:overnight (?:into|to)|(?:the )?night (?:of|from) (?:{days}) (?:to|into)"
        rf"|nacht (?:von (?:{days}) )?(?:zum|zu|auf)"
        rf"|nuit (?:de|du) (?:{days}) (?:à|au)"
        rf"|(?:noche|madrugada) del? (?:{days}) (?:al?|para el))\s+(?:(?:the|early|frühen)\s+)?(?P<day>{days})\b"
    )


def weekday_in(time_text: str | None) -> str | None:
    """The English name of the weekday a time expression names, in any supported language;
    a night that joins two days is the day it ends in (``_night_span``): reports of a night's
    event date it either way, and the later day is the one a wire's lead writes."""
    if not time_text:
        return None
    lowered = time_text.lower()
    weekdays, _ = _other_days()
    if (night := _night_span().search(lowered)) is not None:
        return weekdays[night.group("day")]
    return next(
        (
            english
            for day, english in weekdays.items()
            if re.search(rf"(?<!\w){day}(?:{_GERMAN_DAY_PARTS})?(?!\w)", lowered)
        ),
        None,
    )


# German joins a weekday and its part into one word: "am Samstagvormittag", "Montagabend".
_GERMAN_DAY_PARTS = "vormittag|nachmittag|morgen|mittag|abend|nacht"


def resolve_date(time_text: str | None, published: dt.date | None) -> dt.date | None:
    """The calendar date a relative time expression points to, given the publication date."""
    if not time_text or published is None:
        return None
    lowered = time_text.lower()
    if "yesterday" in lowered:
        return published - dt.timedelta(days=1)
    if any(w in lowered for w in ("today", "tonight", "this morning", "overnight", "at dawn")):
        return published
    _, relative = _other_days()
    for word, offset in relative.items():
        if word in lowered:
            return published + dt.timedelta(days=offset)
    if (day := weekday_in(time_text)) is not None:
        number = WEEKDAYS.index(day)
        return published - dt.timedelta(days=(published.weekday() - number) % 7)
    return None


@cache
def _time_pattern(lang: str) -> re.Pattern[str]:
    from summarizer.text.lexicon import lexicon

    lex = lexicon(lang)
    if lex.code == "en":
        return TIME_LOWER
    words = "|".join(re.escape(w) for w in sorted(lex.relative_days, key=len, reverse=True))
    days = "|".join(lex.weekdays)
    parts = "|".join(re.escape(p) for p in lex.day_parts)
    # German writes the part onto the day: "Samstagvormittag".
    joined = rf"(?:{parts})?" if lex.code == "de" else ""
    return re.compile(
        rf"(?<!\w)(?:(?:{days}){joined}(?:\s+(?:{parts}))?|{words})(?!\w)"
        r"|\b\d{1,2}[.:]\d{2}\s*uhr\b|\b\d{1,2}\s*uhr\b|\b\d{1,2}\s*h\s*\d{2}\b|\b\d{1,2}[:.]\d{2}\b"
    )


def find_time(sentence: str, lang: str = "en") -> str | None:
    """The first time the sentence tells, as written; a night that joins two days whole
    ("in der Nacht zum Samstag", not "in der Nacht"), so its day is read."""
    lowered = lower_keeping_offsets(sentence)
    match = _night_span().search(lowered) or _time_pattern(lang).search(lowered)
    return sentence[match.start() : match.end()].strip() if match else None
