"""The words for "yesterday", "today" and the day before yesterday are one list, each
language's lexicon's (``dates.relative_days``): a report's date (``resolve_date``) and the
day the daily merge reads it told on (``day_parts.day_told``) agree on every one of them.
Italian "ieri l'altro" (the day before yesterday) was the merge's alone, so a briefing
dated it yesterday. And German "hier" is "here": a German time "hier am Bahnhof" dates
nothing, where French "hier soir" is yesterday. Invented times in six languages."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.daily.day_parts import day_told
from summarizer.engines.extractive.incident_mentions import Mention
from summarizer.text.dates import resolve_date
from summarizer.text.segment import Sentence
from summarizer.text.vocabulary import WEEKDAYS

WEDNESDAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    "said",
    ["yesterday", "today", "gestern Abend", "vorgestern", "heute früh", "hier après-midi", "avant-hier",
     "aujourd’hui", "ayer", "anteayer", "hoy", "ieri", "ieri l'altro", "ieri l’altro", "l'altro ieri",
     "oggi", "ontem", "anteontem", "hoje"],
)  # fmt: skip
def test_a_relative_day_is_one_date_to_the_briefing_and_the_merge(said: str) -> None:
    date = resolve_date(said, WEDNESDAY)
    assert date is not None
    assert day_told(said, entry_day=None, issued=WEDNESDAY) == {WEEKDAYS[date.weekday()]}


def test_ieri_l_altro_is_the_day_before_yesterday() -> None:
    assert resolve_date("ieri l'altro, verso le 18", WEDNESDAY) == dt.date(2026, 3, 9)


@pytest.mark.parametrize("said", ["hier am Bahnhof", "Hier, am Ufer", "hier in der Altstadt"])
def test_german_hier_is_here_and_dates_nothing(said: str) -> None:
    assert resolve_date(said, WEDNESDAY, "de") is None
    assert day_told(said, entry_day=None, issued=WEDNESDAY, language="de") == frozenset()


@pytest.mark.parametrize(("said", "language"), [("hier soir", "fr"), ("hier am Bahnhof, gestern", "de")])
def test_yesterday_is_still_read_where_the_language_says_it(said: str, language: str) -> None:
    assert resolve_date(said, WEDNESDAY, language) == dt.date(2026, 3, 10)


def test_a_briefing_dates_its_incident_in_its_article_s_language() -> None:
    text = "Hier am Bahnhof ist ein Auto ausgebrannt."
    mention = Mention("accident", 0, Sentence(0, len(text), text, 0), None, None, "Hier am Bahnhof")
    assert mention.incident("i1", WEDNESDAY, "de").date is None
    assert mention.incident("i1", WEDNESDAY, "fr").date == dt.date(2026, 3, 10)
