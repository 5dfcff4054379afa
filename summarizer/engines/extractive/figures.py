"""Figures: numerals and number words with bound, unit, counted noun and category.

Years, dates, clock times, ordinals and numbers inside names ("F-16", "G7") are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from summarizer.text.lexicon import UPPER, lexicon
from summarizer.text.lexicons.events import FIGURE_CATEGORY_CUES as FIGURE_CUES_BY_LANGUAGE
from summarizer.text.numbers import find_numbers, parse_number
from summarizer.text.vocabulary import FIGURE_CATEGORY_CUES, FIGURE_CONTEXT_CUES, MONTHS, WEAPON_NOUNS

CURRENCY_BEFORE = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
CURRENCY_AFTER = {
    "dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB",
    "hryvnias": "UAH", "yuan": "CNY", "rupees": "INR", "yen": "JPY",
}  # fmt: skip
UNITS_AFTER = {
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "miles": "mi", "mile": "mi", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "kg": "kg", "kilograms": "kg", "tons": "t", "tonnes": "t", "hectares": "ha",
    "percent": "percent", "per cent": "percent", "%": "percent", "degrees": "degrees",
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
STOP = {
    "and", "or", "of", "in", "on", "at", "with", "from", "to", "by", "for", "that", "which", "who",
    "were", "was", "had", "have", "has", "are", "is", "been", "be", "will", "would", "including",
    "as", "per", "than", "the", "a", "an", "their", "its", "his", "her", "into", "after", "before",
    "during", "while", "when", "where", "since", "but", "so", "this", "these", "those",
    "overnight", "yesterday", "today", "tonight", "ago", "earlier", "later", "each", "alone",
    "respectively", "apiece", "total", "altogether",
}  # fmt: skip
NAME_PREFIX = re.compile(
    r"(?:Article|Resolution|Flight|Route|No\.|Number|Section|Chapter|Room|Highway|Level)\s+$"
)


@dataclass
class RawFigure:
    start: int
    end: int
    text: str
    value: float
    value_high: float | None
    bound: str
    unit: str
    counted: str | None
    category: str


_MONTHS = "|".join(m.capitalize() for m in MONTHS)
# Compiled once: these run for every number in every sentence.
ORDINAL_AFTER = re.compile(r"\s*(?:st|nd|rd|th)\b")  # 1st, 2nd
CLOCK_AFTER = re.compile(r"\s*[:.]\d")  # 3:23
CLOCK_BEFORE = re.compile(r"\d[:.]$")
CLOCK_UNIT_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|h\b|hrs)")
# Months as written in datelines too ("Nov 3", "3 Aug").
_MONTHS_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS}|{_MONTHS_SHORT})\.?\s+$")
MONTH_AFTER = re.compile(rf"\s+(?:{_MONTHS}|{_MONTHS_SHORT})\b")
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
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
AGE_AFTER = re.compile(r"(?:-year-old|\s*-?\s*years?[- ]old)\b", re.IGNORECASE)
ONE_AS_PRONOUN_AFTER = re.compile(r"\s*(?:of|another|day|side|by|time|way|thing|[,.;:]|$)")
ONE_AS_PRONOUN_BEFORE = re.compile(r"\b(?:no|the|this|that|which|every|each|any)\s+$")
RANGE_AFTER = re.compile(r"\s*(?:-|–|to)\s*(\d[\d,.]*)")
UNIT_AFTER = re.compile(r"\s*-?\s*(%|per cent|percent|square kilometers|[A-Za-z/]+)")
BOUND_PATTERNS = [(re.compile(rf"\b(?:{pattern})\s+$", re.IGNORECASE), bound) for pattern, bound in BOUNDS]


@dataclass(frozen=True)
class _Writing:
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


@cache
def _writing(lang: str) -> _Writing:
    lex = lexicon(lang)
    if lex.code == "en":
        return _Writing(
            "en", ORDINAL_AFTER, CLOCK_UNIT_AFTER, MONTH_BEFORE, MONTH_AFTER, AGE_AFTER, BOUND_PATTERNS,
            UNIT_AFTER, {**UNITS_AFTER, **CURRENCY_AFTER},
        )  # fmt: skip
    months = "|".join(re.escape(m) for m in lex.months)
    units = sorted(lex.units_after, key=len, reverse=True)
    return _Writing(
        lang=lex.code,
        # "1er", "2e", "3.º", "2ª"; a German ordinal's dot is read by ``find_figures``.
        ordinal_after=re.compile(r"(?:er|re|e|ème|eme|\.?º|\.?ª)(?!\w)"),
        clock_unit_after=re.compile(r"\s*(?:uhr\b|h\b|h\d|heures?\b(?=\s*\d)|horas\b(?=\s*\d))"),
        # A day comes before its month in these languages ("5. März", "5 mars", "5 de
        # marzo"): "en enero 5.870 pacientes" counts patients.
        month_before=re.compile(r"(?!)"),
        month_after=re.compile(rf"(?i:\.?\s+(?:de\s+)?(?:{months})\b)"),
        age_after=re.compile(lex.age_after),
        bounds=[(re.compile(rf"\b(?:{pattern})\s*$", re.IGNORECASE), bound) for pattern, bound in lex.bounds],
        unit_after=re.compile(rf"(?i:\s*-?\s*({'|'.join(re.escape(u) for u in units)}))(?!\w)"),
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
    return (second is not None and int(second.group(1)) <= int(token)) or (
        first is not None and int(token) <= int(first.group(1))
    )


def _is_excluded(text: str, start: int, end: int, token: str, writing: _Writing) -> bool:
    before, after = text[max(0, start - 20) : start], text[end : end + 20]
    low_after = after.lower()
    if writing.ordinal_after.match(after):
        return True
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
    if writing.month_before.search(before) or writing.month_after.match(after):
        return True  # dates: "June 2", "2 June", "5. März", "5 de marzo"
    if writing.age_after.match(after):
        return True  # ages: "a 7-year-old girl", "aged 54 years old", "45 ans"
    if token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2100:
        return not COUNTED_AFTER_YEAR.match(low_after)
    if NAME_PREFIX.search(before):
        return True
    if token.lower() == "one" and ONE_AS_PRONOUN_AFTER.match(low_after):
        return True
    return token.lower() in {"one"} and ONE_AS_PRONOUN_BEFORE.search(before.lower()) is not None


def _bound_before(text: str, start: int, writing: _Writing) -> tuple[str, int]:
    """The bound the words before a number give it ("at least", "nearly"), and where
    those words start (the figure's text includes them); "exact" and ``start`` if none."""
    before = text[max(0, start - 30) : start]
    for pattern, bound in writing.bounds:
        found = pattern.search(before)
        if found:
            return bound, start - len(before) + found.start()
    return "exact", start


ASIDE = re.compile(r"\s*\([^)]{1,30}\)")
# Verbs that end a counted noun phrase ("21 drones were destroyed").
COUNT_ENDS = re.compile(
    r"(?:kill|injur|wound|destroy|die|dead|fled|flee|hit|fell|launch|fire|use|were|was)\w*"
)
FOLLOWING_WORD = re.compile(r"\s+([a-z][\w-]*)")
COUNTED_WORD = re.compile(r"\s*([A-Za-z][\w'’‘\-]*|[‘'][A-Za-z][\w\-]*[’'])")


# Words that end a counted noun phrase in other languages: articles, prepositions,
# conjunctions and auxiliaries ("2.300 Beschäftigte in", "1 000 personnes ont", "30 heridos y").
OTHER_STOPS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "und",
        "oder",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "unter",
        "seit",
        "bis",
        "wurden",
        "wurde",
        "sind",
        "waren",
        "haben",
        "hatten",
        "ist",
        "war",
        "hat",
        "sollen",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "et",
        "ou",
        "en",
        "au",
        "aux",
        "dans",
        "sur",
        "sous",
        "par",
        "pour",
        "avec",
        "sans",
        "ont",
        "a",
        "sont",
        "été",
        "était",
        "étaient",
        "qui",
        "que",
        "el",
        "los",
        "las",
        "del",
        "al",
        "y",
        "o",
        "en",
        "con",
        "por",
        "para",
        "sin",
        "sobre",
        "entre",
        "han",
        "ha",
        "son",
        "fueron",
        "fue",
        "que",
        "se",
    ]
)
_OTHER_WORD = re.compile(r"\s*([^\W\d_][\w'’\-]*)")


def _counted(after: str, lang: str = "en") -> tuple[str | None, int]:
    """The noun phrase after a number: '12 ‘Falcon’ attack drones' -> 'Falcon attack drones'."""
    if lang != "en":
        return _counted_other(after, capitalized_nouns=lang == "de")
    words: list[str] = []
    consumed = 0
    aside = ASIDE.match(after)  # "15 (Russian) cruise missiles"
    if aside:
        consumed = aside.end()
    # Each word is matched where the last one ended: a search would scan the rest of a
    # sentence without letters (a run of numerals) once per number in it.
    while (match := COUNTED_WORD.match(after, consumed)) is not None:
        word = match.group(1).strip("‘’'")
        if word.lower() in STOP or len(words) >= 4:
            break
        if COUNT_ENDS.fullmatch(word.lower()):
            break
        if word.islower() and word.endswith("ed"):
            # A participle ends the phrase ("300 displaced", "two bridges collapsed") unless
            # it is an adjective in front of a noun ("armed men").
            following = FOLLOWING_WORD.match(after, match.end())
            if words or following is None or following.group(1) in STOP:
                break
        words.append(word)
        consumed = match.end()
    if not words:
        return None, 0
    return " ".join(words), consumed


def _counted_other(after: str, capitalized_nouns: bool = False) -> tuple[str | None, int]:
    """Up to three words after a number, to the first article, preposition or auxiliary;
    in German, to the noun ("14 Menschen verletzt" counts Menschen; "14 schwer verletzte
    Menschen" keeps its adjectives)."""
    words: list[str] = []
    consumed = 0
    while (match := _OTHER_WORD.match(after, consumed)) is not None:
        if match.group(1).lower() in OTHER_STOPS or len(words) >= 3:
            break
        if capitalized_nouns and words and words[-1][:1].isupper() and match.group(1)[:1].islower():
            break  # the noun has come: what follows is the verb
        words.append(match.group(1))
        consumed = match.end()
    return (" ".join(words), consumed) if words else (None, 0)


# Units that make a number a duration: how long something lasted is not a count of
# anything (the annotations leave "two minutes", "18 Monate" out).
DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds"})

_CATEGORY_PATTERNS = [
    # Whole words only: "dead" is not "deadline".
    (category, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
    for category, pattern in ((c, "|".join(cues)) for c, cues in FIGURE_CATEGORY_CUES)
    if category != "damage_cost"
]


@cache
def _category_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    cues = FIGURE_CUES_BY_LANGUAGE.get(lang)
    if cues is None:
        return _CATEGORY_PATTERNS
    return [(category, re.compile(rf"(?<!\w)(?:{'|'.join(c)})(?!\w)", re.IGNORECASE)) for category, c in cues]


@lru_cache(maxsize=256)
def _category_cues(sentence: str, lang: str = "en") -> tuple[tuple[int, str], ...]:
    """Where each category's cue words occur in a sentence, found once per sentence
    rather than once per number in it."""
    return tuple(
        (m.start(), category)
        for category, pattern in _category_patterns(lang)
        for m in pattern.finditer(sentence)
        if category != "damage_cost"
    )


# "killing at least 120 people", "injuring six others": a participle right before the
# number names its category outright.
PARTICIPLE_BEFORE = re.compile(
    r"\b(killing|injuring|wounding|displacing|evacuating|destroying|damaging|intercepting|downing|launching|firing)"
    r"\s+(?:(?:at least|more than|nearly|about|some|over|almost|around|up to|an estimated)\s+)?$",
    re.IGNORECASE,
)
HUMAN_TOLLS = frozenset({"killed", "injured", "displaced"})
# Categories that count weapons, and the nouns that name them.
ARMS_CATEGORIES = frozenset({"launched", "intercepted"})
ARMS = WEAPON_NOUNS
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[- ]?$", re.IGNORECASE)
_NOT_PEOPLE_WORDS = (
    "buildings homes houses apartments flats provinces regions districts villages towns cities bridges roads "
    "vehicles cars trucks buses trains drones missiles rockets shells tanks aircraft planes jets ships boats "
    "hectares acres schools hospitals shops stores factories days hours weeks months years"
)
NOT_PEOPLE = frozenset(_NOT_PEOPLE_WORDS.split())
PARTICIPLE_CATEGORY = {
    "killing": "killed", "injuring": "injured", "wounding": "injured", "displacing": "displaced",
    "evacuating": "displaced", "destroying": "destroyed", "damaging": "destroyed",
    "intercepting": "intercepted", "downing": "intercepted", "launching": "launched", "firing": "launched",
}  # fmt: skip


# Words before a number that make it context (a size, a population, a capacity), never a
# toll, whatever casualty words stand nearby.
CONTEXT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(FIGURE_CONTEXT_CUES)})\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|up to|just over|an estimated)\s+)?$",
    re.IGNORECASE,
)


def _category(sentence: str, position: int, unit: str, counted: str | None, lang: str = "en") -> str:
    if unit in {"km", "mi", "m"}:
        return "distance"
    if unit in CURRENCY_BEFORE.values() or unit in CURRENCY_AFTER.values():
        return "damage_cost" if re.search(r"damage|destruction|losses", sentence, re.IGNORECASE) else "other"
    if unit != "count":
        return "other"  # magnitudes, percentages, durations are not tolls
    if CONTEXT_BEFORE.search(sentence, max(0, position - 50), position):
        return "other"  # "a town of 40,000 people", "could seat almost 1,000": context
    participle = PARTICIPLE_BEFORE.search(sentence[max(0, position - 40) : position])
    if participle:
        return PARTICIPLE_CATEGORY[participle.group(1).lower()]
    best: tuple[int, str] | None = None
    for at, category in _category_cues(sentence, lang):
        distance = abs(at - position)
        if at < position:
            distance += 15  # wire copy puts the verb after the number more often than before
        if best is None or distance < best[0]:
            best = (distance, category)
    if best is None or best[0] > 90:
        return "other"
    if best[1] in HUMAN_TOLLS and counted and counted.split()[-1].lower() in NOT_PEOPLE:
        return "other"  # "dozens of buildings" near "fleeing": buildings do not flee
    if best[1] == "killed" and counted and re.search(r"dead|died", counted):
        return "killed"
    if best[1] in ARMS_CATEGORIES and counted and counted.split()[-1].lower() not in ARMS:
        return "other"  # "400 firefighters were deployed": only weapons are launched or shot down
    return best[1]


# How much of a sentence after a number its range, unit and counted noun are read from: a
# copy of the whole rest of the sentence per number would cost quadratic time in a sentence
# of thousands of numerals.
READ_AFTER = 300


def find_figures(text: str, sent_start: int, sent_end: int, lang: str = "en") -> list[RawFigure]:
    writing = _writing(lang)
    sentence = text[sent_start:sent_end]
    figures: list[RawFigure] = []
    previous_counted: str | None = None
    range_end = 0  # where the last range ended: its upper number is not a figure of its own
    for number in find_numbers(sentence, lang):
        if number.fraction:
            continue  # "a third of", "half": shares, not counts
        token = number.written
        start, end = sent_start + number.start, sent_start + number.end
        if start < range_end:
            continue  # the 20 of "10-20 people"
        before_char = text[start - 1] if start > 0 else " "
        if before_char in "-/" and start > 1 and text[start - 2].isalpha():
            continue  # "Su-25", "COVID-19"
        if _is_excluded(text, start, end, token, writing):
            continue
        if writing.lang == "de" and text[end : end + 1] == "." and end + 1 < sent_end and number.numeral:
            continue  # "am 5. März", "der 3. Platz": the sentence goes on, so the dot makes an ordinal
        value = number.value
        value_high: float | None = None
        unit = "count"
        lead = text[max(0, start - 4) : start]
        for symbol, code in sorted(CURRENCY_BEFORE.items(), key=lambda kv: -len(kv[0])):
            if lead.endswith(symbol):
                unit, start = code, start - len(symbol)
                break
        if MAGNITUDE_BEFORE.search(text, max(0, start - 12), start):
            unit = "magnitude"  # "a magnitude 6.4 earthquake"
        rest = text[end : min(sent_end, end + READ_AFTER)]
        range_match = RANGE_AFTER.match(rest)
        if range_match and (high := parse_number(range_match.group(1), lang)) is not None and high > value:
            value_high, end = high, end + range_match.end()
            range_end = end
            rest = text[end : min(sent_end, end + READ_AFTER)]
        unit_match = writing.unit_after.match(rest)
        if unit_match and (word := unit_match.group(1).lower()) in writing.units:
            unit, end = writing.units[word], end + unit_match.end()
        if unit in DURATIONS:
            continue  # "two years", "sieben Jahre", "ocho horas": a duration is not a figure
        counted, used = _counted(text[end : min(sent_end, end + READ_AFTER)], writing.lang)
        if counted is None and number.vague:  # "dozens of buildings"
            of = OF_AFTER.match(text, end, sent_end)
            if of:
                counted, used = _counted(text[of.end() : min(sent_end, of.end() + READ_AFTER)], writing.lang)
                used = used + of.end() - end if counted else 0
        if counted is None and unit == "count":
            counted = previous_counted  # "four civilians were killed and 27 injured"
        figure_end = end + used
        if unit != "count" or counted is None:
            figure_end = end
        if counted:
            previous_counted = counted
        bound, figure_start = _bound_before(text, start, writing)
        category = _category(sentence, number.start, unit, counted, writing.lang)
        figures.append(
            RawFigure(
                start=figure_start,
                end=figure_end,
                text=text[figure_start:figure_end],
                value=value,
                value_high=value_high,
                bound="approximately" if number.vague else bound,
                unit=unit,
                counted=counted,
                category=category,
            )
        )
    return figures
