"""An event a report dates by a month the news of its day is not in ("bereits im März", "in
March", "en mars", "el 3 de marzo") is another event than one of this week at the same
place, and no event of the day for the one-place prior (issue 25: a ceiling panel that fell
"in March" at another city gym joined a gym's collapse of "Monday night" in one town). The
day is Monday 4 March 2024 (``tests.daily.test_daily.DAY``), so the other month here is
November. Every report is invented."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.other_months import another_month, months_told, of_another_month
from tests.daily.test_daily import merged, one_incident

NOVEMBER_DAY = dt.date(2026, 11, 17)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("im März", {3}), ("Bereits im März", {3}), ("in March", {3}), ("last March", {3}),
        ("en mars", {3}), ("au mois de mars", {3}), ("le 3 mars", {3}), ("el 3 de marzo", {3}),
        ("en marzo", {3}), ("a principios de marzo", {3}), ("am 3. März", {3}), ("mid-March", {3}),
        # When a lasting event began or ends is no date of it.
        ("seit März", set()), ("depuis mars", set()), ("desde marzo", set()), ("until March", set()),
        ("seit dem 3. März", set()), ("jusqu'en mars", set()), ("desde el 3 de marzo", set()),
        # The month of the day, and of the week before it, is this week's news.
        ("in November", set()), ("on 12 November", set()), ("le 14 novembre", set()),
        # A month not dated by the word before it is no month.
        ("It may collapse", set()), ("this may take weeks", set()), ("the Mars probe", set()), ("", set()),
    ],
)  # fmt: skip
def test_a_month_dates_an_event_only_after_a_preposition_or_a_day(text: str, months: set[int]) -> None:
    assert months_told(text, NOVEMBER_DAY) == months


def test_the_last_days_of_the_month_before_are_this_weeks_news() -> None:
    assert months_told("on October 29", dt.date(2026, 11, 2)) == frozenset()
    assert months_told("on October 2", dt.date(2026, 11, 20)) == {10}


def test_a_month_to_come_is_no_date_of_the_news() -> None:
    closing = "Calloway Bakeries told staff its Mill Lane bakery will close in December."
    assert months_told("in December", NOVEMBER_DAY, closing) == frozenset()
    assert months_told("im März", NOVEMBER_DAY, "Die Halle wird im März saniert.") == frozenset()
    assert months_told("in March", NOVEMBER_DAY, "A panel fell in March.") == {3}


def test_a_month_told_with_a_year_is_past_only_before_the_articles_month() -> None:
    assert months_told("In March 2025", NOVEMBER_DAY) == {3}
    assert months_told("en avril 2023", NOVEMBER_DAY) == {4}
    assert months_told("in March 2027", NOVEMBER_DAY) == frozenset()


def test_no_month_is_another_without_the_articles_day() -> None:
    assert months_told("in March", None) == frozenset()


def test_the_evidence_is_read_only_when_it_names_no_day_of_the_news() -> None:
    assert of_another_month(
        another_month(None, "A panel fell from another gym's ceiling in March.", NOVEMBER_DAY)
    )
    renovated = "The gym, renovated in March, collapsed on Monday evening."
    assert another_month(None, renovated, NOVEMBER_DAY) == frozenset()
    # A time given is what dates the event.
    assert another_month("on Monday evening", "It was renovated in March.", NOVEMBER_DAY) == frozenset()


def test_hostile_texts_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in ("in " * 100_000, "im " * 50_000 + "März", "de " * 100_000 + "marzo", "März" * 50_000):
        months_told(text, NOVEMBER_DAY)
        another_month(None, text, NOVEMBER_DAY)
    assert time.thread_time() - started < 2


def _gym(text: str, time: str | None, language: str, location: str) -> Briefed:
    return one_incident(text, type="accident", place="Ashby", location=location, time=time, language=language)


TODAY_EN = "Part of the ceiling of the Lindenhof school gym in Ashby collapsed on Sunday evening during a volleyball practice."
TODAY_NO_DAY = (
    "Des éléments du faux plafond de la salle de sport ont cédé à Ashby pendant un entraînement de volley."
)
PAST_DE = "Bereits im November war in der Turnhalle des Schulhauses Brunnmatt in Ashby ein Deckenelement heruntergefallen."
PAST_EN = "A panel fell from the ceiling of another city gym, at Brunnmatt, in November."


def test_a_panel_that_fell_in_another_month_is_not_this_weeks_collapse() -> None:
    day = merged(
        _gym(TODAY_EN, "on Sunday evening", "en", "the Lindenhof school gym in Ashby"),
        _gym(PAST_EN, "in November", "en", "another city gym, at Brunnmatt"),
    )
    assert len(day.incidents) == 2


def test_a_report_of_no_day_is_not_put_with_another_months_event_by_the_prior() -> None:
    """The prior reads one event of a kind per place and day: a report of November is of no
    day of this week, and a report that gives no day is not known to be of November."""
    today = _gym(TODAY_NO_DAY, None, "fr", "la salle de sport")
    past = [
        _gym(PAST_DE, "im November", "de", "in der Turnhalle des Schulhauses Brunnmatt"),
        _gym(PAST_EN, "in November", "en", "another city gym, at Brunnmatt"),
    ]
    day = merged(today, *past)
    (alone,) = [i for i in day.incidents if today.article.id in i.articles]
    assert alone.articles == [today.article.id]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # The modal "may", the verb "march", the planet and the sauce are no months.
        ("At least 10 may have died in the fire", set()), ("Officials said 3 may be missing", set()),
        ("The rover landed on Mars", set()), ("50 march in the rain", set()), ("a jar of mayo", set()),
        ("in may", set()), ("landed on mars", set()),
        # Each written as its language writes a month is one.
        ("in May", {5}), ("on 3 May", {5}), ("early March", {3}), ("el 3 de mayo", {5}),
        ("en mayo", {5}), ("le 3 mars", {3}), ("En mars", {3}), ("im Mai", {5}), ("am 3. Mai", {5}),
        ("le 3 mai", {5}),
    ],
)  # fmt: skip
def test_a_month_name_that_is_also_a_word_is_read_only_as_its_language_writes_it(
    text: str, months: set[int]
) -> None:
    assert months_told(text, NOVEMBER_DAY) == months


def test_the_articles_month_of_an_earlier_year_is_another_month() -> None:
    assert months_told("In November 2025", dt.date(2026, 11, 16)) == {11}
    assert months_told("im November 2025", dt.date(2026, 11, 16)) == {11}
    # The week before the first days of January is of last year's December.
    assert months_told("on December 29 2025", dt.date(2026, 1, 2)) == frozenset()
    assert months_told("In December 2024", dt.date(2026, 1, 2)) == {12}
