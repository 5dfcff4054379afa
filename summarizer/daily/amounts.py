"""Figures and times said in English for the day's top line, whatever the language of the
article that reported them: "au moins trois morts" is "at least 3", "este miércoles" is
"on Wednesday". The articles' own words stay in the items beside them; these are what an
English sentence about the day can use without pasting another language into it."""

from __future__ import annotations

import math
import re
from typing import Final

from summarizer.models.daily_v1 import FigureValue
from summarizer.text.dates import TIME, weekday_in
from summarizer.text.normalize import INVISIBLE

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
# A value's own words that tell its toll ("two wounded", "six deaths", "killing 12 people"):
# written before the toll's category, they would say it twice ("two wounded injured").
TOLL_WORDS: Final = re.compile(r"\b(?:kill|dead|death|die|fatal|wound|injur|hurt|casualt)", re.IGNORECASE)


def _number(value: float) -> str:
    """12 -> "12", 45000 -> "45,000", 2.5 -> "2.5", 0.004 -> "0.004" (a share below one in
    significant digits: two decimals made it "0")."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:,.2f}".rstrip("0").rstrip(".")


def _with_unit(number: str, unit: str) -> str:
    if unit == "count":
        return number
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}"


def english_amount(value: FigureValue, unit: str, category: str = "") -> str:
    """One source's value in English: bound, number and unit ("about 45,000", "more than
    80 m", "62%"); a value the source gave no number for stays as written."""
    if value.value is None or not math.isfinite(value.value):
        return value.text  # a model's JSON may say Infinity or NaN: no number to say
    if value.value == 0 and value.bound == "exact" and value.value_high is None:
        return "no one" if category in PEOPLE else "none"
    number = _number(value.value)
    if value.value_high is not None and value.value_high != value.value:  # not "12 to 12"
        number = f"{number} to {_number(value.value_high)}"
    return BOUND_WORDS.get(value.bound, "") + _with_unit(number, unit)


def in_sentence(text: str) -> str:
    """Words inside a sentence: "In the evening" becomes "in the evening", "Two people" "two
    people" (an acronym or a name, "UN", "Kyiv", stays as written)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


# Words an English time phrase holds besides ``TIME``'s ("shortly before 10:30", "Tuesday,
# 5 March"): a phrase with any other word is another language's ("a las 10:30 horas").
_ENGLISH_TIME_WORDS: Final = frozenset(
    " ".join((
        "at around about shortly just before after on by until from to and local time gmt utc early late",
        "the of in night morning afternoon evening midnight noon dawn dusk last this day january february",
        "march april may june july august september october november december",
    )).split()
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def _english_phrase(text: str) -> bool:
    """Every word of ``text`` is of an English time phrase: ``TIME``'s or ``_ENGLISH_TIME_WORDS``."""
    return all(w in _ENGLISH_TIME_WORDS for w in _WORD.findall(TIME.sub(" ", text).lower()))


def english_time(time: str | None) -> str | None:
    """When an event happened, as a phrase that follows its place in an English sentence:
    an English time as written ("on Tuesday", "early on Friday", "overnight", "at 09:15"),
    the English time inside another language's words alone ("a las 10:30 horas" -> "at
    10:30"), another language's weekday as the English one ("mardi soir" -> "on Tuesday"),
    and nothing for a time that is neither (it stays in the items, in its own words).
    Invisible characters (zero-width, right-to-left marks) are left out."""
    text = "".join(ch for ch in time or "" if ch not in INVISIBLE).strip()
    if not text:
        return None
    weekday = weekday_in(text)
    found = TIME.search(text)
    if found is None or (weekday is not None and weekday.lower() not in text.lower()):
        return f"on {weekday.capitalize()}" if weekday else None
    if not _english_phrase(text):
        text = found[0].strip()
    first = text.split()[0].rstrip(",;")
    if first.lower() == (weekday or "").lower():
        return f"on {text}"
    if CLOCK.match(text):
        return f"at {text}"
    return in_sentence(text)
