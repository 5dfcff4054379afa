"""Times and dates as news copy writes them: weekdays, "overnight", "yesterday", clock
times; resolved to calendar dates against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.ordinals import ordinal_pattern, ordinal_rank
from summarizer.text.normalize import fold_dashes, lower_keeping_offsets
from summarizer.text.vocabulary import WEEKDAYS

TIME = re.compile(
    r"\b(?:(?:early|late)\s+(?:on\s+)?)?(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\bovernight\b|\bat dawn\b|\blast night\b|\byesterday\b|\btoday\b|\btonight\b|"
    # "this afternoon", "3.15pm", "9 a.m.": the part of the day or the hour a report gives,
    # as a hand-written briefing keeps it ("at 3.15pm today" is not only "today").
    r"\bthis (?:morning|afternoon|evening)\b|"
    r"\bin the (?:morning|evening|afternoon)\b|\b\d{1,2}:\d{2}\s*(?:a\.m\.|p\.m\.)?"
    r"|\b\d{1,2}(?:\.\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)",
    re.IGNORECASE,
)
TIME_LOWER = re.compile(TIME.pattern.replace("(?P<day>", "(?:").lower())


# English reads "today" and "yesterday" itself (``resolve_date``): its lexicon has no
# relative days.
ENGLISH_RELATIVE_DAYS = {"today": 0, "yesterday": -1}
ENGLISH_NEWS_DAYS = tuple(ENGLISH_RELATIVE_DAYS)
# A relative day another language reads otherwise: German "hier" is "here", not French
# "yesterday" ("hier am Bahnhof"), and so is Dutch ("hier in de straat").
NOT_A_DAY = {"de": frozenset({"hier"}), "nl": frozenset({"hier"})}


@cache
def _other_days() -> tuple[dict[str, str], dict[str, int]]:
    """Every supported language's weekday names (-> the English name) and relative days."""
    from summarizer.text.language import MERGED
    from summarizer.text.lexicon import merge_lexicon

    weekdays: dict[str, str] = {}
    relative: dict[str, int] = {}
    for code in MERGED:
        lex = merge_lexicon(code)
        own = dict(zip(lex.weekdays, WEEKDAYS, strict=True))
        weekdays.update(own)
        weekdays.update({alias: own[day] for alias, day in lex.weekday_aliases.items()})
        relative.update(lex.relative_days)
    return weekdays, relative


def relative_days() -> dict[str, int]:
    """Every supported language's relative days ("gestern", "hier", "ayer", "yesterday") ->
    how many days from the day they were told: the one list of them."""
    return {**ENGLISH_RELATIVE_DAYS, **_other_days()[1]}


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
    lunes al martes", "in de nacht van zondag op maandag", "la nit de dilluns a dimarts".
    The day named last (``day``) is the one the night ends in."""
    weekdays, _ = _other_days()
    days = "|".join(sorted(weekdays, key=len, reverse=True))
    return re.compile(
        rf"\b(?:overnight (?:into|to)|(?:the )?night (?:of|from) (?:{days}) (?:to|into)"
        rf"|nacht (?:von (?:{days}) )?(?:zum|zu|auf)"
        rf"|nacht van (?:{days}) op"
        rf"|nuit (?:de|du) (?:{days}) (?:à|au)"
        rf"|nit (?:de|del) (?:{days}) (?:a|al)"
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
            if re.search(rf"(?<!\w){day}{_DAY_PART_SUFFIX}(?!\w)", lowered)
        ),
        None,
    )


# A night belongs to two days ("dans la nuit de mercredi à jeudi", "in der Nacht zum
# Donnerstag", "Monday night", "overnight into Thursday"): two reports of one event may
# each date it by either. A weekday may be written into a German compound with its part of
# the day ("Samstagvormittag", "Mittwochnacht").
# At a word's end, so a compound's night counts ("Mittwochnacht", "overnight") and a word
# that only holds the letters does not ("Nachtrag", "nightclub"); Catalan "nit" only as a
# word ("dimarts a la nit"), as "unit" ends in its letters.
_NIGHT = re.compile(r"(?:night|nacht|nuit|noche|(?<!\w)nit)s?(?!\w)", re.IGNORECASE)
# A word before the weekday that says the night ends on it ("zum Donnerstag", "into
# Thursday", "auf Dienstag"); without one, the night follows the day named ("Monday night",
# "la noche del miércoles").
_NIGHT_ENDS_ON = re.compile(
    r"(?<!\w)(?:into|to|until|zum|zu|auf|bis|à|au|jusqu'à|al|a|hasta)\s+$", re.IGNORECASE
)
# A clock of the small hours right after the weekday ("Sunday 00:40", "Sonntag, 0.35 Uhr",
# "dimanche à 1 h 10", "domingo a las 2.30"), not of the afternoon ("Sunday 1:30 pm"): the
# night it tells began the day before, as "in der Nacht zum Sonntag" does; a live blog's entry
# "Sunday 00:40 - police say ten were hurt" may tell the evening's "Saturday" accident.
_SMALL_HOURS = re.compile(
    r"[ \t,]*+(?:(?:at|um|gegen|à|vers|a[ \t]+las|sobre[ \t]+las|alle|às)[ \t]+)?"
    r"0?[0-4](?::|\.|[ \t]?h[ \t]?)[0-5]\d(?!\d)"
    r"(?![ \t]*(?:p\.?m|de[ \t]+la[ \t]+tarde|de[ \t]+l['’]apr[eè]s-midi|del[ \t]+pomeriggio|da[ \t]+tarde|nachmittags))",
    re.IGNORECASE,
)
# The part of the day German and Dutch write onto a weekday ("Mittwochabend",
# "donderdagochtend", "zaterdagmiddag").
_DAY_PART_SUFFIX = (
    "(?:vormittag|nachmittag|morgen|mittag|abend|nacht|ochtend|voormiddag|namiddag|middag|avond)?"
)


@cache
def _weekday_pattern() -> re.Pattern[str]:
    weekdays, _ = _other_days()
    names = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<day>{names}){_DAY_PART_SUFFIX}(?!\w)", re.IGNORECASE)


def names_a_weekday(text: str) -> bool:
    """The text names a weekday anywhere, in any supported language ("ce dimanche matin",
    "el martes", "am Samstagabend")."""
    return _weekday_pattern().search(text) is not None


def weekdays_named(time_text: str | None) -> frozenset[str]:
    """The English names of the weekdays a time expression may date its event to, in any
    supported language: the one it names, both of a night it names by its two days, and of
    a night named by one day, that day and the one before ("in der Nacht zum Donnerstag",
    "Sunday 00:40": ``_SMALL_HOURS``) or after it ("Monday night"). Empty when it names no
    weekday."""
    if not time_text:
        return frozenset()
    weekdays, _ = _other_days()
    text = time_text[:200]  # a time is a phrase; a long text is no time to read whole
    found = [(m, weekdays[m.group("day").lower()]) for m in _weekday_pattern().finditer(text)]
    named = frozenset(day for _, day in found)
    if len(named) != 1:
        return named
    first, day = found[0]
    start = first.start()
    number = WEEKDAYS.index(day)
    if len(found) == 1 and _SMALL_HOURS.match(text, first.end()):
        return frozenset({day, WEEKDAYS[(number - 1) % 7]})
    if not _NIGHT.search(text):
        return named
    step = -1 if _NIGHT_ENDS_ON.search(text[:start]) else 1
    return frozenset({day, WEEKDAYS[(number + step) % 7]})


# A sentence that tells when its event was found, not when it happened ("the fish were
# found dead on Thursday", "am Donnerstag entdeckt", "découvert jeudi", "hallado el
# jueves"): the event may be of the day before, as another report may date it. Not what
# someone found to be so ("investigators found that the fire started...", "found guilty",
# "a constaté jeudi que", "festgestellt, dass"): a finding, of an event of its own day.
_FOUND = re.compile(
    r"(?<!\w)(?:found|discovered|detected|spotted|noticed|entdeckt|gefunden|aufgefunden|bemerkt"
    r"|festgestellt|(?:d[ée]couvert|retrouv[ée]|constat[ée]|rep[ée]r[ée])e?s?"
    r"|(?:descubiert|hallad|encontrad|detectad)[oa]s?)(?!\w)"
    # up to two words between: "constaté jeudi qu'un câble avait cédé"
    r"(?![ \t,]*(?:\w+[ \t,]+){0,2}?(?:(?:that|guilty|not[ \t]+guilty|dass|que)(?!\w)|qu['’]))",
    re.IGNORECASE,
)


def found_on(weekdays: frozenset[str], sentence: str) -> frozenset[str]:
    """The weekdays a report may date its event to when its sentence tells the day the
    event was found: each day named and the one before it."""
    if not weekdays or not _FOUND.search(sentence[:2000]):
        return weekdays
    return with_days_before(weekdays)


def with_days_before(weekdays: frozenset[str], count: int = 1) -> frozenset[str]:
    """``weekdays`` and the ``count`` days before each: the days an event found, or a state
    holding, on a day named may have begun on."""
    return weekdays | {
        WEEKDAYS[(WEEKDAYS.index(day) - step) % 7] for day in weekdays for step in range(1, count + 1)
    }


# A sentence that tells a state still holding on its day ("the beach remains closed on
# Sunday", "la playa sigue hoy cerrada", "der Park bleibt gesperrt", "la plage reste fermée",
# "la spiaggia resta chiusa"), accents folded: it began before, so the day before is its day
# too. Not "encore" nor "todavía" alone, which as often say "again" or "yet"; and only with a
# state up to three words after it (a German one before "bleibt" too): "still investigating"
# and "Human remains were found on Monday" tell no state begun the day before.
_STATE = (
    r"closed|shut|missing|blocked|trapped|unaccounted|flooded|evacuated|suspended|offline|cut[ \t]+off"
    r"|without[ \t]+(?:power|electricity|water)|geschlossen|gesperrt|vermisst|blockiert|unterbrochen"
    r"|uberflutet|evakuiert|eingestellt|ohne[ \t]+(?:strom|wasser)"
    r"|(?:ferme|bloque|coupe|disparu|inonde|evacue|interrompu|suspendu)(?:e|s|es)?"
    r"|sans[ \t]+(?:electricite|courant|eau)"
    r"|(?:cerrad|bloquead|cortad|desaparecid|inundad|evacuad|suspendid)[oa]s?|sin[ \t]+(?:luz|electricidad|agua)"
    r"|(?:chius|bloccat|isolat|interrott|dispers)[oaie]|senza[ \t]+(?:corrente|luce|acqua)"
)
_STILL = re.compile(
    r"(?<!\w)(?:(?:still|remains?|bleib(?:t|en)|weiterhin|nach[ \t]+wie[ \t]+vor|immer[ \t]+noch|noch[ \t]+immer"
    r"|rest(?:e|ent)|demeur(?:e|ent)|toujours|sigue(?:n)?|continua(?:n)?|permanece(?:n)?"
    rf"|rest(?:a|ano)|riman(?:e|gono))(?:[ \t,]+\w+){{0,3}}?[ \t,]+(?:{_STATE})"
    rf"|(?:{_STATE})[ \t]+bleib(?:t|en))(?!\w)"
)


def still_on(weekdays: frozenset[str], sentence: str) -> frozenset[str]:
    """The weekdays a report may date its state to when its sentence says the state still
    holds on the day named (``_STILL``): that day and the one before it."""
    if not weekdays or not _STILL.search(fold_accents(sentence[:2000].casefold())):
        return weekdays
    return with_days_before(weekdays)


# A state told as lasting since a day ("since Saturday afternoon", "seit Samstag", "depuis
# samedi", "desde el sábado", "da sabato", "sinds zaterdag", "des de dissabte"), accents
# folded: it goes on to the day the report
# was issued. The word must stand right before the weekday (an article between): Italian
# "da" is as often "by" or "from" as "since".
_SINCE_DAY = re.compile(
    r"(?<!\w)(?:since|seit|depuis|desde|da|dal|dalla|sinds|des[ \t]+de)[ \t]+(?:(?:el|le|la|il|lo|the|last|vergangenem|afgelopen)[ \t]+)?"
    r"(?=\w)"
)
# A state told as on its second or third day ("por segundo día consecutivo", "for a second
# straight day", "pour le deuxième jour consécutif", "am zweiten Tag in Folge", "per il
# secondo giorno consecutivo"), accents folded: it began that many days before the day named.
# Only a day told as one in a row: "on Monday, the second day of the summit" is of Monday.
_RUNNING_DAY = re.compile(
    rf"(?<!\w)(?P<nth>2nd|3rd|{ordinal_pattern(folded=True)})"
    r"[ \t]+(?:(?:straight|consecutive|successive)[ \t]+day"
    r"|(?:day|dia|jour|tag|giorno)[ \t]+(?:in[ \t]+a[ \t]+row|running|consecutiv[oae]|consecutif|successif"
    r"|d'affilee|de[ \t]+suite|seguido|in[ \t]+folge|hintereinander|di[ \t]+fila))(?!\w)"
)


def lasting_days(
    weekdays: frozenset[str], time_text: str | None, issued: dt.date | None, sentence: str = ""
) -> frozenset[str]:
    """The weekdays a lasting state covers when its time says it lasts: from a day "since"
    which it holds to the day the report was issued (``_SINCE_DAY``), or back from the day
    named to the day it began when on its second or third day (``_RUNNING_DAY``): "closed
    since Saturday", told on Sunday, is of Saturday and Sunday, as "closed on Sunday for a
    second day" is; one still holding on its day (``still_on``, of its ``sentence``) is of the
    day before too. Any other time keeps its days."""
    weekdays = still_on(weekdays, sentence)
    if not weekdays or not time_text:
        return weekdays
    text = time_text[:200].casefold()  # a weekday is read as written ("sábado")
    days = set(weekdays)
    if issued is not None and any(
        weekdays_named(text[m.end() : m.end() + 40]) for m in _SINCE_DAY.finditer(text)
    ):
        for day in weekdays:
            start = WEEKDAYS.index(day)
            steps = (issued.weekday() - start) % 7
            days.update(WEEKDAYS[(start + step) % 7] for step in range(1, steps + 1))
    if running := _RUNNING_DAY.search(fold_accents(text)):
        rank = ordinal_rank(running["nth"]) or int(running["nth"][0])  # a word, or "2nd", "3rd"
        days.update(with_days_before(weekdays, rank - 1))
    return frozenset(days)


def days_of_report(
    told: frozenset[str], time_text: str | None, sentence: str, issued: dt.date | None
) -> frozenset[str]:
    """The weekdays a report may date its event to, from those its time tells: the day before
    too when its sentence tells the day the event was found (``found_on``), and every day a
    lasting state holds (``lasting_days``)."""
    return lasting_days(found_on(told, sentence), time_text, issued, sentence)


def days_apart(mine: AbstractSet[object], theirs: AbstractSet[object]) -> bool:
    """Two reports that each name days (weekdays, or dates: ``dates_of``) and none in
    common: two days, two events."""
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def dates_of(date: dt.date | None, weekdays: frozenset[str]) -> frozenset[dt.date]:
    """The calendar dates a report may date its event to: its date and, when its time names
    a night (``weekdays_named``) and the date is one of its two days, the other day too
    ("Monday night" read as Monday by one engine may be Tuesday's early hours to another)."""
    if date is None:
        return frozenset()
    own = WEEKDAYS[date.weekday()]
    if own not in weekdays:
        return frozenset({date})
    steps = {WEEKDAYS[(date.weekday() + step) % 7]: step for step in (-1, 1)}
    return frozenset({date, *(date + dt.timedelta(days=steps[d]) for d in weekdays if d in steps)})


@cache
def _relative_day() -> re.Pattern[str]:
    """A relative day of any supported language as a whole word, the longest first: "avant-hier"
    holds "hier", "vorgestern" "gestern", "anteayer" "ayer", and "Hierro" none."""
    words = sorted(_other_days()[1], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def resolve_date(time_text: str | None, published: dt.date | None, language: str = "") -> dt.date | None:
    """The calendar date a relative time expression points to, given the publication date;
    in ``language``, a word it reads otherwise is no day (``NOT_A_DAY``)."""
    if not time_text or published is None:
        return None
    lowered = fold_dashes(time_text.lower())
    if "yesterday" in lowered:
        return published - dt.timedelta(days=1)
    today = ("today", "tonight", "this morning", "this afternoon", "this evening", "overnight", "at dawn")
    if any(w in lowered for w in today):
        return published
    unread = NOT_A_DAY.get(language, frozenset())
    if (told := next((m for m in _relative_day().finditer(lowered) if m[0] not in unread), None)) is not None:
        return published + dt.timedelta(days=_other_days()[1][told[0]])
    if (day := weekday_in(time_text)) is not None:
        number = WEEKDAYS.index(day)
        return published - dt.timedelta(days=(published.weekday() - number) % 7)
    return None


@cache
def _time_pattern(lang: str) -> re.Pattern[str]:
    # Read in every language the merge reads: the engine finds a Dutch or Catalan article's
    # incidents (``lexicons.events_nl_ca``), and their times are told in its own words.
    from summarizer.text.lexicon import merge_lexicon

    lex = merge_lexicon(lang)
    if lex.code == "en":
        return TIME_LOWER
    words = "|".join(re.escape(w) for w in sorted(lex.relative_days, key=len, reverse=True))
    days = "|".join(lex.weekdays)
    parts = "|".join(re.escape(p) for p in lex.day_parts)
    # German and Dutch write the part onto the day: "Samstagvormittag", "maandagochtend".
    joined = rf"(?:{parts})?" if lex.code in ("de", "nl") else ""
    return re.compile(
        rf"(?<!\w)(?:(?:{days}){joined}(?:\s+(?:{parts}))?|{words})(?!\w)"
        r"|\b\d{1,2}[.:]\d{2}\s*uhr\b|\b\d{1,2}\s*uhr\b|\b\d{1,2}\s*h\s*\d{2}\b|\b\d{1,2}[:.]\d{2}\b"
    )


def find_time(sentence: str, lang: str = "en") -> str | None:
    """The first time the sentence tells, as written; a night that joins two days whole
    ("in der Nacht zum Samstag", not "in der Nacht"), so its day is read."""
    lowered = fold_dashes(lower_keeping_offsets(sentence))
    match = _night_span().search(lowered) or _time_pattern(lang).search(lowered)
    return sentence[match.start() : match.end()].strip() if match else None
