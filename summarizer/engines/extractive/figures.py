"""Figures: numerals and number words with bound, unit, counted noun and category.

Years, dates, clock times, ordinals and numbers inside names ("F-16", "G7") are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.engines.extractive.counted_nouns import counted_noun
from summarizer.engines.extractive.figure_categories import HUMAN_TOLLS, figure_category
from summarizer.engines.extractive.figure_clauses import clause_words
from summarizer.engines.extractive.figure_restated import restated_before
from summarizer.engines.extractive.figure_shares import share_counted
from summarizer.engines.extractive.figure_states import (
    EVACUATED,
    counts_people,
    names_a_state,
    state_after,
    state_before,
)
from summarizer.engines.extractive.figure_word_tolls import WordToll, find_word_tolls
from summarizer.engines.extractive.figure_writing import (
    CURRENCY_BEFORE,
    Writing,
    bound_before,
    is_excluded,
    writing_for,
)
from summarizer.text.accents import fold_accents
from summarizer.text.lexicons.counted import SHARES
from summarizer.text.numbers import find_numbers, parse_number


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


RANGE_AFTER = re.compile(r"\s*(?:-|–|to)\s*(\d[\d,.]*)")
# Units that make a number a duration: how long something lasted is not a count of
# anything (the annotations leave "two minutes", "18 Monate" out).
DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds"})

# The side of a tally a count of votes is given for ("16 votos a favor y 15 en contra", "16
# voix pour, 15 contre", "16 Stimmen dafür"), or its place in a tally told as "N to M" ("by
# 212 votes to 198", "par 212 voix contre 198", "por 212 votos contra 198"): the ayes come
# first. The votes for and against are measures of their own, neither the votes cast nor
# the seats of a chamber ("16 de los 31 votos del pleno"). A side as written, accents kept.
_VOTES = frozenset(w for w, share in SHARES.items() if share == "vote")
_SIDE_AFTER = re.compile(
    r"\s{0,3}(a\s+favor|en\s+contra|in\s+favou?r|for|against|pour|contre|contra|dafür|dagegen|to)(?!\w)(\s*\d)?",
    re.IGNORECASE,
)
_TALLY_BEFORE = re.compile(r"(?<!\w)(?:votes?|voix|votos?|stimmen)\s+(?:to|contre|contra)\s+$", re.IGNORECASE)
# What a tally's two sides are called in each language, when the text says only "N to M".
_AYES = {
    "en": ("for", "against"),
    "fr": ("pour", "contre"),
    "es": ("a favor", "en contra"),
    "de": ("dafür", "dagegen"),
}


def _tally_side(counted: str, text: str, start: int, end: int, sent_end: int, lang: str) -> str:
    """``counted`` with the side of the tally it is given for, when it counts votes ("votos"
    -> "votos a favor"); else as it is."""
    words = counted.split()
    at = next((n for n, word in enumerate(words) if fold_accents(word) in _VOTES), None)
    if at is None:
        return counted
    # The noun a side follows: "voix" of "voix contre" (read as one phrase), read on from
    # where the noun stands in the figure's own words.
    counted = " ".join(words[: at + 1])
    noun = re.search(rf"(?<!\w){re.escape(words[at])}(?!\w)", text[start:end])
    end = start + noun.end() if noun else end
    ayes, noes = _AYES.get(lang, _AYES["en"])
    if _TALLY_BEFORE.search(text, max(0, start - 20), start):
        return f"{counted} {noes}"  # the 198 of "212 votes to 198"
    side = _SIDE_AFTER.match(text, end, sent_end)
    if side is None:
        return counted
    if side[2]:
        return f"{counted} {ayes}"  # the 212 of "212 votes to 198"
    return counted if side[1].lower() == "to" else f"{counted} {' '.join(side[1].split())}"


# How much of a sentence after a number its range, unit and counted noun are read from: a
# copy of the whole rest of the sentence per number would cost quadratic time in a sentence
# of thousands of numerals.
READ_AFTER = 300


@dataclass(frozen=True)
class _Around:
    """Words around a number, in one language: the word between a vague quantity and what it
    counts ("dozens of", "une cinquantaine de"); a magnitude's word before it ("magnitude
    6.4", "magnitud 6,1"); a label that makes it a name ("Category 4", "Stufe 3")."""

    of: re.Pattern[str]
    magnitude: re.Pattern[str]
    label: re.Pattern[str]
    duration: re.Pattern[str]


@cache
def _around(lang: str) -> _Around:
    words = clause_words(lang)
    return _Around(
        of=re.compile(words.of, re.IGNORECASE),
        magnitude=re.compile(rf"\b(?P<word>{words.magnitude})[- ]?\s*$", re.IGNORECASE),
        label=re.compile(rf"(?:{words.labels})$", re.IGNORECASE),
        duration=re.compile(words.durations, re.IGNORECASE),
    )


def _word_toll(text: str, toll: WordToll, writing: Writing) -> RawFigure:
    """A toll written in words, with the bound the words before it give ("al menos un
    fallecido", "at least one dead", "mindestens ein Toter"): as a numeral's."""
    bound, start = bound_before(text, toll.start, writing) if toll.value else ("exact", toll.start)
    return RawFigure(
        start, toll.end, text[start : toll.end], toll.value, None, bound, "count", toll.counted, toll.category
    )


def find_figures(text: str, sent_start: int, sent_end: int, lang: str = "en") -> list[RawFigure]:
    writing = writing_for(lang)
    sentence = text[sent_start:sent_end]
    figures: list[RawFigure] = []
    previous_counted: str | None = None
    range_end = 0  # where the last range ended: its upper number is not a figure of its own
    # Where the last unit ended: a number word inside it ("cento" of "30 per cento", "ciento"
    # of "30 por ciento") is the unit's, not a figure of its own.
    unit_end = 0
    for number in find_numbers(sentence, lang):
        if number.fraction:
            continue  # "a third of", "half": shares, not counts
        token = number.written
        start, end = sent_start + number.start, sent_start + number.end
        if start < range_end or start < unit_end:
            continue  # the 20 of "10-20 people"
        before_char = text[start - 1] if start > 0 else " "
        if before_char in "-/" and start > 1 and text[start - 2].isalpha():
            continue  # "Su-25", "COVID-19"
        around = _around(writing.lang)
        if is_excluded(text, start, end, token, writing) or around.label.search(
            text, max(0, start - 20), start
        ):
            continue  # "Category 4", "gate 4": a label, not a count
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
        magnitude = around.magnitude.search(text, max(0, start - 20), start)
        if magnitude:
            unit = "magnitude"  # "a magnitude 6.4 earthquake", "un sismo de magnitud 6,1"
        rest = text[end : min(sent_end, end + READ_AFTER)]
        range_match = RANGE_AFTER.match(rest)
        if range_match and (high := parse_number(range_match.group(1), lang)) is not None and high > value:
            value_high, end = high, end + range_match.end()
            range_end = end
            rest = text[end : min(sent_end, end + READ_AFTER)]
        unit_match = writing.unit_after.match(rest)
        if unit_match and (word := unit_match.group(1).lower()) in writing.units:
            unit, end = writing.units[word], end + unit_match.end()
            unit_end = end
        if unit in DURATIONS:
            continue  # "two years", "sieben Jahre", "ocho horas": a duration is not a figure
        counted, used = counted_noun(text[end : min(sent_end, end + READ_AFTER)], writing.lang)
        if counted is None and number.vague:  # "dozens of buildings", "une cinquantaine de riverains"
            of = around.of.match(text, end, sent_end)
            if of:
                counted, used = counted_noun(
                    text[of.end() : min(sent_end, of.end() + READ_AFTER)], writing.lang
                )
                used = used + of.end() - end if counted else 0
        if counted is not None and around.duration.match(counted):
            continue  # "une vingtaine de minutes", "zwei Stunden": a duration is not a figure
        own_noun = counted
        if counted is None and unit == "count":
            counted = previous_counted  # "four civilians were killed and 27 injured"
        figure_end = end + used
        if unit != "count":
            counted = None  # a magnitude, a share or a sum of money counts nothing
        share_of = share_counted(text, start, end, sent_start, sent_end) if unit == "percent" else None
        if counted is None:
            figure_end = end
        else:
            previous_counted = counted
        bound, figure_start = bound_before(text, start, writing)
        if magnitude:
            figure_start = magnitude.start("word")
        category = figure_category(sentence, number.start, unit, counted, writing.lang, number.end)
        told = counted or share_of  # what a share is of: its span stays the number
        if counted is not None and category not in HUMAN_TOLLS and not names_a_state(counted, writing.lang):
            # "Three people are missing": a count of no toll counts its people's state (a
            # toll's category says it already); the span stays the count as written.
            state = state_after(text, figure_end if figure_end > end else end, sent_end, writing.lang)
            if state is None and counts_people(counted):
                state = state_before(text, figure_start, sent_start, writing.lang)
                if state in EVACUATED:
                    category = "displaced"  # "desalojó a 200 vecinos", as "200 vecinos desalojados"
            told = f"{counted} {state}" if state else counted
        if told is not None and unit == "count":
            told = _tally_side(told, text, figure_start, figure_end, sent_end, writing.lang)
        restated = (
            restated_before(text, figure_start, writing.lang)
            if own_noun is None and unit == "count"
            else None
        )
        if restated is not None and restated.counted:
            told = restated.counted  # "the number of injured at twelve"
        elif restated is not None and figures:
            # "11 people were injured; the city put the number at 14": the count before it,
            # as another source gives it.
            told, category = figures[-1].counted, figures[-1].category
        figures.append(
            RawFigure(
                start=figure_start,
                end=figure_end,
                text=text[figure_start:figure_end],
                value=value,
                value_high=value_high,
                bound="approximately" if number.vague else bound,
                unit=unit,
                counted=told,
                category=category,
            )
        )
    # Tolls written in words ("No one was killed", "Aucun blessé", "un muerto"): no number
    # reader reads them, so they never stand where a numeral's figure does.
    words = [
        _word_toll(text, toll, writing) for toll in find_word_tolls(text, sent_start, sent_end, writing.lang)
    ]
    return sorted(figures + words, key=lambda figure: figure.start) if words else figures
