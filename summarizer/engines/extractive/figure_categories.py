"""A figure's category (killed, injured, displaced, launched, ...) from the cue words near it."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from summarizer.engines.extractive.figure_clauses import Clause, clause_of
from summarizer.engines.extractive.figure_writing import CURRENCY_AFTER, CURRENCY_BEFORE, writing_for
from summarizer.text.lexicons.events import FIGURE_CATEGORY_CUES as FIGURE_CUES_BY_LANGUAGE
from summarizer.text.vocabulary import FIGURE_CATEGORY_CUES, FIGURE_CONTEXT_CUES, WEAPON_NOUNS

CATEGORY_PATTERNS = [
    # Whole words only: "dead" is not "deadline".
    (category, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
    for category, pattern in ((c, "|".join(cues)) for c, cues in FIGURE_CATEGORY_CUES)
    if category != "damage_cost"
]


@cache
def _category_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    cues = FIGURE_CUES_BY_LANGUAGE.get(lang)
    if cues is None:
        return CATEGORY_PATTERNS
    return [(category, re.compile(rf"(?<!\w)(?:{'|'.join(c)})(?!\w)", re.IGNORECASE)) for category, c in cues]


# English names a damage bill by these words anywhere in its sentence ("at least $10 billion
# in damage"); other languages by their lexicon's ``damage_cost`` cues.
ENGLISH_DAMAGE = re.compile(r"damage|destruction|losses", re.IGNORECASE)


@cache
def _damage_words(lang: str) -> re.Pattern[str]:
    found = [pattern for category, pattern in _category_patterns(lang) if category == "damage_cost"]
    return found[0] if lang != "en" and found else ENGLISH_DAMAGE


@cache
def _currencies(lang: str) -> frozenset[str]:
    """The currency codes a figure's unit may be in ``lang``: those of the symbols and
    English words, and the language's own currency words ("Franken" is CHF). Currency
    codes are upper case (ISO 4217); every other unit is lower case."""
    english = frozenset(CURRENCY_BEFORE.values()) | frozenset(CURRENCY_AFTER.values())
    return english | {unit for unit in writing_for(lang).units.values() if unit.isupper()}


@lru_cache(maxsize=256)
def _category_cues(sentence: str, lang: str = "en") -> tuple[tuple[int, str], ...]:
    """Where each category's cue words occur in a sentence, in order: found once per
    sentence rather than once per number in it."""
    return tuple(
        sorted(
            (m.start(), category)
            for category, pattern in _category_patterns(lang)
            for m in pattern.finditer(sentence)
            if category != "damage_cost"
        )
    )


@lru_cache(maxsize=256)
def _cue_positions(sentence: str, lang: str) -> tuple[int, ...]:
    return tuple(at for at, _ in _category_cues(sentence, lang))


def _cues_between(sentence: str, lang: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    positions = _cue_positions(sentence, lang)
    return _category_cues(sentence, lang)[
        bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)
    ]


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


def figure_category(
    sentence: str, position: int, unit: str, counted: str | None, lang: str = "en", end: int | None = None
) -> str:
    """The category of the number written at ``sentence[position:end]``."""
    if unit in {"km", "mi", "m"}:
        return "distance"
    if unit in _currencies(lang):
        return "damage_cost" if _damage_words(lang).search(sentence) else "other"
    if unit != "count":
        return "other"  # magnitudes, percentages, durations are not tolls
    if CONTEXT_BEFORE.search(sentence, max(0, position - 50), position):
        return "other"  # "a town of 40,000 people", "could seat almost 1,000": context
    participle = PARTICIPLE_BEFORE.search(sentence[max(0, position - 40) : position])
    if participle:
        return PARTICIPLE_CATEGORY[participle.group(1).lower()]
    if not _category_cues(sentence, lang):
        return "other"  # no cue anywhere: no clause to read
    clause = clause_of(sentence, position, lang, end)
    best = _nearest_cue(_governing_cues(sentence, position, clause, lang), position)
    if best is None or best[0] > 90:
        return "other"
    if best[1] in HUMAN_TOLLS and counted and counted.split()[-1].lower() in NOT_PEOPLE:
        return "other"  # "dozens of buildings" near "fleeing": buildings do not flee
    if best[1] == "killed" and counted and re.search(r"dead|died", counted):
        return "killed"
    if best[1] in ARMS_CATEGORIES and counted and counted.split()[-1].lower() not in ARMS:
        return "other"  # "400 firefighters were deployed": only weapons are launched or shot down
    return best[1]


def _governing_cues(sentence: str, position: int, clause: Clause, lang: str) -> tuple[tuple[int, str], ...]:
    """The cues that can govern the number at ``position``: those of its own clause (after
    the number only, when a causative verb stands before it: "forcing 3,000 residents to
    leave"); with none there and no verb of its own, those of a clause a conjunction joins
    it to: the one before ("killing five soldiers and two civilians"), else the one after
    ("15 missiles and 21 drones were destroyed")."""
    if clause.causative:
        return _cues_between(sentence, lang, position + 1, clause.end)
    own = _cues_between(sentence, lang, clause.start, clause.end)
    if own or clause.finite:
        return own
    if clause.joined and (before := _cues_between(sentence, lang, clause.previous_start, clause.start)):
        return before
    return _cues_between(sentence, lang, clause.end, clause.next_end)


def _nearest_cue(cues: tuple[tuple[int, str], ...], position: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for at, category in cues:
        distance = abs(at - position)
        if at < position:
            distance += 15  # wire copy puts the verb after the number more often than before
        if best is None or distance < best[0]:
            best = (distance, category)
    return best
