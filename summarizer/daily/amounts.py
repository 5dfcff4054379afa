"""Figures and times said in English for the day's top line, whatever the language of the
article that reported them: "au moins trois morts" is "at least 3", "este miércoles" is
"on Wednesday". The articles' own words stay in the items beside them; these are what an
English sentence about the day can use without pasting another language into it."""

from __future__ import annotations

import re
from typing import Final

from summarizer.models.daily_v1 import FigureValue
from summarizer.text.dates import TIME, weekday_in

BOUND_WORDS: Final = {
    "exact": "",
    "approximately": "about ",
    "at_least": "at least ",
    "at_most": "at most ",
    "more_than": "more than ",
    "fewer_than": "fewer than ",
}
# Categories whose zero is a number of people: "no one killed", not "none killed".
PEOPLE: Final = frozenset({"killed", "injured", "displaced"})
CLOCK: Final = re.compile(r"\d{1,2}[:.]\d{2}\b")


def _number(value: float) -> str:
    """12 -> "12", 45000 -> "45,000", 2.5 -> "2.5"."""
    return f"{int(value):,}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _with_unit(number: str, unit: str) -> str:
    if unit == "count":
        return number
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}"


def english_amount(value: FigureValue, unit: str, category: str = "") -> str:
    """One source's value in English: bound, number and unit ("about 45,000", "more than
    80 m", "62%"); a value the source gave no number for stays as written."""
    if value.value is None:
        return value.text
    if value.value == 0 and value.bound == "exact" and value.value_high is None:
        return "no one" if category in PEOPLE else "none"
    number = _number(value.value)
    if value.value_high is not None:
        number = f"{number} to {_number(value.value_high)}"
    return BOUND_WORDS.get(value.bound, "") + _with_unit(number, unit)


def in_sentence(text: str) -> str:
    """Words inside a sentence: "In the evening" becomes "in the evening", "Two people" "two
    people" (an acronym or a name, "UN", "Kyiv", stays as written)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def english_time(time: str | None) -> str | None:
    """When an event happened, as a phrase that follows its place in an English sentence:
    an English time as written ("on Tuesday", "early on Friday", "overnight", "at 09:15"),
    another language's weekday as the English one ("mardi soir" -> "on Tuesday"), and
    nothing for a time that is neither (it stays in the items, in its own words)."""
    if not time or not (text := time.strip()):
        return None
    weekday = weekday_in(text)
    english = TIME.search(text) is not None and (weekday is None or weekday.lower() in text.lower())
    if english:
        first = text.split()[0]
        if first.lower() == (weekday or "").lower():
            return f"on {text}"
        if CLOCK.match(text):
            return f"at {text}"
        return in_sentence(text)
    return f"on {weekday.capitalize()}" if weekday else None
