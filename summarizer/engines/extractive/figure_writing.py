"""How each language writes figures: currencies, units and bounds, and what only looks
like a figure (dates, ordinals, clock times, ages, scores, numbers inside names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.text.accents import fold_accents
from summarizer.text.lexicon import UPPER, lexicon
from summarizer.text.vocabulary import MONTHS

CURRENCY_BEFORE = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
CURRENCY_AFTER = {
    "dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB",
    "hryvnias": "UAH", "yuan": "CNY", "rupees": "INR", "yen": "JPY",
}  # fmt: skip
UNITS_AFTER = {
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "miles": "mi", "mile": "mi", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "kg": "kg", "kilograms": "kg", "tons": "t", "tonnes": "t", "hectares": "ha",
    "percent": "percent", "per cent": "percent", "%": "percent", "degrees": "degrees", "c": "degrees",
    "celsius": "degrees",
    "magnitude": "magnitude", "years": "years", "days": "days", "hours": "hours",
    "minutes": "minutes", "weeks": "weeks", "months": "months", "square kilometers": "km2",
    "seconds": "seconds",
    "mph": "mph", "km/h": "km/h", "cm": "cm", "mm": "mm", "inches": "in", "feet": "ft",
    "centimeters": "cm", "centimetres": "cm", "millimeters": "mm", "millimetres": "mm",
}  # fmt: skip
BOUNDS = [
    (r"at least|no fewer than|no less than|a minimum of", "at_least"),
    (r"more than|over|upwards of|in excess of|above|exceeding", "more_than"),
    (r"at most|up to|no more than|a maximum of", "at_most"),
    (r"fewer than|less than|under|below", "fewer_than"),
    (r"about|around|some|nearly|almost|approximately|roughly|an estimated|close to|estimated|"
     r"approx\.|circa|just over|just under|more or less", "approximately"),
]  # fmt: skip
NAME_PREFIX = re.compile(
    r"(?:Article|Resolution|Flight|Route|No\.|Number|Section|Chapter|Room|Highway|Level)\s+$"
)

# A number between two capitalised words is part of a name ("Emergencias 112 Aragón", "CECOES
# 112 Canarias"); one capitalised word after a number alone ("12 Britons") is a count.
NUMBER_IN_A_NAME = re.compile(r"(?:(?<![.!?])\s[A-ZÀ-Þ][\wÀ-ÿ]+|\([A-ZÀ-Þ]{2,9}\))\s+$")
NAME_AFTER = re.compile(r"\s+[A-ZÀ-Þ][a-zà-ÿ]+(?!\s+(?:were|was|are|have|had|died|killed|injured))\b")
# A singular article before a number greater than one, and a verb after it: a number used
# as a name ("El 112 habla", "le 17 confirme", "the 911 said").
SINGULAR_ARTICLE = re.compile(r"(?:^|\s)(?:[Ee]l|[Ll]e|[Tt]he|[Dd]er)\s+$")
VERB_AFTER = re.compile(
    r"\s+(?:habla|informa|confirma|confirm[ée]|indique|said|says|confirmed|reported|meldet|teilte|sprach)\b"
)
# An emergency line's number beside what names it ("El servicio de emergencias 112 Aragón",
# "the 112 emergency service", "laut Notruf 112", "calls to 999"): a phone number, not a
# count. Read in the words just before or after the number.
EMERGENCY_NUMBERS = frozenset({"112", "911", "999", "111", "144", "117", "118", "061"})
EMERGENCY_WORDS = re.compile(
    r"(?i:emergenc\w*|notruf\w*|rettungs\w*|leitstelle|urgences?|secours|hotline|helpline|sos|"
    r"(?:phone |telephone )?(?:number|numéro|número|nummer)|(?:phone|telephone|hot) ?line|call\w*|dial\w*|llam\w*|"
    r"appel\w*|anruf\w*)"
)
EMERGENCY_BEFORE = re.compile(rf"\b{EMERGENCY_WORDS.pattern}(?:\s+(?:to|on|an|al|au|the|el|le|die))?\s+$")
# After the number only what names a line: "112 service members" are soldiers.
EMERGENCY_AFTER = re.compile(r"\s+(?i:emergenc\w*|notruf\w*|hotline|helpline|urgences?|secours|sos)\b")
# "le 112 Aragon", "el 112 Canarias": a singular article, the line, then its region's name.
LINE_AND_REGION = re.compile(r"\s+[A-ZÀ-Þ][a-zà-ÿ]+")

_MONTHS = "|".join(m.capitalize() for m in MONTHS)
# Compiled once: these run for every number in every sentence.
ORDINAL_AFTER = re.compile(r"\s*(?:st|nd|rd|th)\b")  # 1st, 2nd
CLOCK_AFTER = re.compile(r"\s*[:.]\d")  # 3:23
# The minutes of a clock: "3:23", "9.15", and the French "14 h 20" or "14h20" (the hour's
# digits right before the "h", so "pendant 24 heures, 20 blessés" stays a count).
CLOCK_BEFORE = re.compile(r"\d[:.]$|(?<!\d)(?:[01]?\d|2[0-3])\s?h\s?$")
# A time of day written with a dot or a colon ("16.00", "19.10", "22:05") where a live entry
# opens a line with it ("16.40 Police say ...") or, outside English (which writes decimals
# with a dot: "rose by 12.50 percent"), after a word that gives a time ("a las 22.05", "um
# 7.30", "alle 16.30"). Not a dot alone: Swiss German writes "12.50 Franken".
CLOCK_TOKEN = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
CLOCK_WORD_BEFORE = re.compile(
    r"(?i:\b(?:um|gegen|ab|seit|bis|à|vers|dès|depuis|jusqu['’]à|a las|a la|hacia las|"
    r"desde las|hasta las|sobre las|alle|dalle|verso le|fino alle)[ \t]+$)"
)
# The first clock of a range: "de 10.00 a 14.00 horas", "von 8.30 bis 12.00 Uhr".
CLOCK_RANGE_AFTER = re.compile(r"[ \t]*(?:-|–|a|à|bis|y|und|et|e)[ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d\b")
# An age in brackets after a name, as German and Austrian copy writes it ("Dennis Keller
# (29)", "Jonas Haller (28)"), or the first of an age range ("âgés de 24 à 28 ans", "aged 24
# to 28", "zwischen 24 und 28 Jahre alt", "de entre 24 y 28 años").
NAME_BEFORE_BRACKET = re.compile(r"[A-ZÀ-Þ][\w'’-]+[ \t]*\($")
BRACKET_AFTER = re.compile(r"[ \t]*\)")
AGE_RANGE_AFTER = re.compile(
    r"(?i:[ \t]*(?:-|–|à|to|and|und|bis|y|a)[ \t]*\d{1,3}[ \t]*(?:ans\b|years?\b|jahre\w*|años\b))"
)
AGED_BEFORE = re.compile(r"(?i:\baged|âgée?s? de|im alter von|de entre|con edades de)[ \t]*$")
RANGE_ON = re.compile(r"(?i:[ \t]*(?:-|–|à|to|and|und|bis|y|a)[ \t]*\d)")
AGED_RANGE_BEFORE = re.compile(
    r"(?i:(?:\baged|âgée?s? de|im alter von|de entre|con edades de)[ \t]*\d{1,3}[ \t]*(?:-|–|à|to|and|und|bis|y|a)[ \t]*$)"
)
CLOCK_UNIT_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|h\b|hrs)")
# Months as written in datelines too ("Nov 3", "3 Aug").
_MONTHS_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS}|{_MONTHS_SHORT})\.?\s+$")
MONTH_AFTER = re.compile(rf"\s+(?:{_MONTHS}|{_MONTHS_SHORT})\b")
# Two days of one month ("del 3 al 5 de marzo", "du 3 au 5 mai", "3 and 5 March", "3-5
# March"): the first day is a date too. The month is read after the second day.
DAY_PAIR_AFTER = re.compile(
    r"(?:\s*[-–/]\s*|\s+(?:al|a|y|e|au|et|à|und|bis|and|to|through)\s+)(?:(?:el|le|den|zum)\s+)?\d{1,2}(?!\d)",
    re.IGNORECASE,
)
# And the second day after an English month ("March 3 and 4", "Oct 3-5").
DAY_PAIR_BEFORE = re.compile(
    rf"\b(?:{_MONTHS}|{_MONTHS_SHORT})\.?\s+\d{{1,2}}(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)$"
)
# How long or how often, written onto the number: "a six-week standoff", "a 14-hour
# debate", "a two-term mayor", "three times": not counts.
DURATION_ADJECTIVE = re.compile(
    r"-(?:second|minute|hour|day|night|week|month|year|term|time)s?\b(?!-old)", re.IGNORECASE
)
TIMES_AFTER = re.compile(r"\s+times\b")
# An age set off after a name ("Joan Whitaker, 78, was rescued"; "Lachaux, 61 ans,").
NAME_BEFORE_COMMA = re.compile(rf"[{UPPER}][\w'’.-]*,\s*$")
COMMA_AFTER = re.compile(r"\s*(?:ans|años|Jahre)?\s*,")
COUNTED_AFTER_YEAR = re.compile(r"\s+(?:people|soldiers|troops|civilians|children|homes|buildings)\b")
AGE_AFTER = re.compile(r"(?:-year-old|\s*-?\s*years?[- ]old)\b", re.IGNORECASE)
ONE_AS_PRONOUN_AFTER = re.compile(r"\s*(?:of|another|day|side|by|time|way|thing|[,.;:]|$)")
ONE_AS_PRONOUN_BEFORE = re.compile(r"\b(?:no|the|this|that|which|every|each|any)\s+$")
UNIT_AFTER = re.compile(r"\s*-?\s*(%|per cent|percent|square kilometers|[A-Za-z/]+)")
BOUND_PATTERNS = [(re.compile(rf"\b(?:{pattern})\s+$", re.IGNORECASE), bound) for pattern, bound in BOUNDS]


@dataclass(frozen=True)
class Writing:
    """How one language writes what is not a figure (dates, ordinals, clock times, ages)
    and what a figure carries (bounds before it, units after it)."""

    lang: str
    ordinal_after: re.Pattern[str]
    clock_unit_after: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    age_after: re.Pattern[str]
    bounds: list[tuple[re.Pattern[str], str]]
    unit_after: re.Pattern[str]
    units: dict[str, str]


def month_names_and_abbreviations(months: tuple[str, ...]) -> list[str]:
    """A language's month names and the abbreviations datelines and tables write ("29 oct
    (EFE)", "3 févr.", "12 Okt."): each name's first three and four letters, with and
    without accents, longest first so that a name is read whole."""
    written = {*months}
    for month in months:
        written |= {month[:3], month[:4], fold_accents(month[:3]), fold_accents(month[:4])}
    return sorted(written, key=len, reverse=True)


@cache
def writing_for(lang: str) -> Writing:
    lex = lexicon(lang)
    if lex.code == "en":
        return Writing(
            "en", ORDINAL_AFTER, CLOCK_UNIT_AFTER, MONTH_BEFORE, MONTH_AFTER, AGE_AFTER, BOUND_PATTERNS,
            UNIT_AFTER, {**UNITS_AFTER, **CURRENCY_AFTER},
        )  # fmt: skip
    months = "|".join(re.escape(m) for m in month_names_and_abbreviations(lex.months))
    units = sorted(lex.units_after, key=len, reverse=True)
    of_unit = "|".join(re.escape(w) for w in lex.unit_of) or "(?!)"
    return Writing(
        lang=lex.code,
        # "1er", "2e", "3.º", "2ª"; a German ordinal's dot is read by ``find_figures``.
        ordinal_after=re.compile(r"(?:er|re|e|ème|eme|\.?º|\.?ª)(?!\w)"),
        clock_unit_after=re.compile(r"\s*(?:uhr\b|h\b|h\d|heures?\b(?=\s*\d)|horas\b(?=\s*\d))"),
        # A day comes before its month in these languages ("5. März", "5 mars", "5 de
        # marzo"): "en enero 5.870 pacientes" counts patients.
        month_before=re.compile(r"(?!)"),
        # A whole word only ("(?!\w)"): "29 oct." is a date, "3 octets" is not.
        month_after=re.compile(rf"(?i:\.?\s+(?:de\s+)?(?:{months})(?!\w))"),
        age_after=re.compile(lex.age_after),
        bounds=[(re.compile(rf"\b(?:{pattern})\s*$", re.IGNORECASE), bound) for pattern, bound in lex.bounds],
        # "3,8 millones de euros": the unit may follow a scale word through "de", "d'".
        unit_after=re.compile(
            rf"(?i:\s*-?\s*(?:(?:{of_unit})\s*)?({'|'.join(re.escape(u) for u in units)}))(?!\w)"
        ),
        units=dict(lex.units_after),
    )


# A score or a tally ("2-0", "3:1", "27-21", "voted 8-1"): two small numbers joined, the
# second no greater than the first (a greater one makes a range, "10-20"). Both halves are
# left out.
SCORE_AFTER = re.compile(r"[-–:](\d{1,2})(?![\d.,]?\d)")
SCORE_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})[-–:]$")


def _is_score(before: str, after: str, token: str) -> bool:
    if not token.isdigit() or len(token) > 2:
        return False
    second = SCORE_AFTER.match(after)
    first = SCORE_BEFORE.search(before)
    # "0-2": nothing is counted from zero, so a pair that starts at nil is a score.
    return (second is not None and (int(second.group(1)) <= int(token) or token == "0")) or (
        first is not None and (int(token) <= int(first.group(1)) or first.group(1) == "0")
    )


def is_excluded(text: str, start: int, end: int, token: str, writing: Writing) -> bool:
    before, after = text[max(0, start - 20) : start], text[end : end + 20]
    low_after = after.lower()
    if writing.ordinal_after.match(after):
        return True
    if len(token) > 1 and token[0] == "0" and token.isdigit():
        return True  # "091", "007": a code or a phone number, not a count
    if _is_score(before, after, token):
        return True
    if DURATION_ADJECTIVE.match(after) or TIMES_AFTER.match(after):
        return True
    if token.isdigit() and len(token) <= 3 and NAME_BEFORE_COMMA.search(before) and COMMA_AFTER.match(after):
        return True  # an age after a name
    if CLOCK_AFTER.match(after) and token.isdigit() and ":" in after[:2]:
        return True
    if CLOCK_BEFORE.search(before) or writing.clock_unit_after.match(low_after):
        return True
    if CLOCK_TOKEN.fullmatch(token) and (
        LINE_START.search(text, max(0, start - 20), start)
        or (writing.lang != "en" and (CLOCK_WORD_BEFORE.search(before) or CLOCK_RANGE_AFTER.match(after)))
    ):
        return True  # "16.00 Salvamento Marítimo contabiliza", "a las 22.05"
    if (
        token.isdigit()
        and int(token) <= 110
        and (
            (NAME_BEFORE_BRACKET.search(before) and BRACKET_AFTER.match(after))
            or AGE_RANGE_AFTER.match(after)
            or (AGED_BEFORE.search(before) and RANGE_ON.match(after))
            or AGED_RANGE_BEFORE.search(before)
        )
    ):
        return True  # an age: "Dennis Keller (29)", "âgés de 24 à 28 ans"
    if writing.month_before.search(before) or writing.month_after.match(after):
        return True  # dates: "June 2", "2 June", "5. März", "5 de marzo"
    if token.isdigit() and int(token) <= 31 and _one_of_two_days(text, end, before, writing):
        return True
    if writing.age_after.match(after):
        return True  # ages: "a 7-year-old girl", "aged 54 years old", "45 ans"
    if token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2100:
        return not COUNTED_AFTER_YEAR.match(low_after)
    if NAME_PREFIX.search(before):
        return True
    if token in EMERGENCY_NUMBERS and (
        EMERGENCY_BEFORE.search(before)
        or EMERGENCY_AFTER.match(after)
        or (
            writing.lang not in {"de", "en"}
            and SINGULAR_ARTICLE.search(before)
            and LINE_AND_REGION.match(after)
        )
    ):
        return True  # an emergency line's number
    if writing.lang != "de" and NUMBER_IN_A_NAME.search(before) and NAME_AFTER.match(after):
        # "Centro de Emergencias 112 Aragón": a name, not a count (German capitalises every
        # noun: "am Montagmorgen sieben Menschen" counts people).
        return True
    if SINGULAR_ARTICLE.search(before) and token.isdigit() and int(token) > 1 and VERB_AFTER.match(after):
        return True  # "El 112 habla de un fallecido": the emergency line speaks
    if token.lower() == "one" and ONE_AS_PRONOUN_AFTER.match(low_after):
        return True
    return token.lower() in {"one"} and ONE_AS_PRONOUN_BEFORE.search(before.lower()) is not None


def _one_of_two_days(text: str, end: int, before: str, writing: Writing) -> bool:
    """The number ending at ``end`` is the first of two days before their month ("del 3 al
    5 de marzo"), or, in English, the second after it ("March 3 and 4")."""
    pair = DAY_PAIR_AFTER.match(text, end, end + 30)
    if pair is not None and writing.month_after.match(text, pair.end(), pair.end() + 30):
        return True
    return writing.lang == "en" and DAY_PAIR_BEFORE.search(before) is not None


def bound_before(text: str, start: int, writing: Writing) -> tuple[str, int]:
    """The bound the words before a number give it ("at least", "nearly"), and where
    those words start (the figure's text includes them); "exact" and ``start`` if none."""
    before = text[max(0, start - 30) : start]
    for pattern, bound in writing.bounds:
        found = pattern.search(before)
        if found:
            return bound, start - len(before) + found.start()
    return "exact", start
