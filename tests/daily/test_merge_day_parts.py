"""A march that morning and one that evening in one city are two marches; a march "called
for this evening" is the evening's; a strike told at its first and last hours is one
strike (issue 25). Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.day_parts import hours_apart, hours_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("this morning", (5, 12)), ("ce mercredi matin", (5, 12)), ("am Vormittag", (5, 12)),
        ("esta mañana", (5, 12)), ("À la mi-journée", (11, 14)), ("al mediodía", (11, 14)),
        ("this evening", (17, 24)), ("mardi soir", (17, 24)), ("esta tarde", (13, 21)),
        ("12.10", (12, 13)), ("19:50", (19, 20)), ("21h30", (21, 22)), ("9 Uhr", (9, 10)), ("7pm", (19, 20)),
        ("a las 9.40 horas de este miércoles", (9, 10)), ("overnight", (20, 30)),
        # No part of the day: a day, a year, tomorrow, a distance or a share.
        ("Tuesday", None), ("2024", None), ("mañana", None), ("2.5 km", None), ("12.5%", None), (None, None),
    ],
)  # fmt: skip
def test_a_reports_time_names_its_hours(text: str | None, hours: tuple[int, int] | None) -> None:
    assert hours_of(text) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # The half of the day said after the minutes, and midnight said as "12 am".
        ("Saturday 4.30 pm", (16, 17)), ("10:30 p.m.", (22, 23)), ("12 am", (0, 1)), ("12pm", (12, 13)),
        # A date written with dots is no clock time; a clock time after it is.
        ("Samstag, 5.10.", None), ("am 05.10.2024", None), ("am 5.10. um 18 Uhr", (18, 19)),
    ],
)  # fmt: skip
def test_a_clock_time_is_read_with_its_half_of_the_day_and_never_from_a_date(
    text: str, hours: tuple[int, int] | None
) -> None:
    assert hours_of(text) == hours


def test_one_march_told_at_half_past_four_pm_and_in_the_evening_is_one_march() -> None:
    clock = _march("Teachers marched through Velden on Saturday against school closures.", "Saturday 4.30 pm")
    evening = _march(
        "Teachers marched through Velden on Saturday evening against school closures.", "Saturday evening"
    )
    dated = _march("Lehrer zogen am Samstag durch Velden gegen Schulschließungen.", "Samstag, 5.10.")
    assert len(merged(clock, evening).incidents) == 1
    assert len(merged(dated, evening).incidents) == 1


def test_only_parts_of_the_day_far_apart_are_apart() -> None:
    assert hours_apart(hours_of("this morning"), hours_of("this evening"))
    assert hours_apart(hours_of("12.10"), hours_of("19.50"))
    assert not hours_apart(hours_of("this morning"), hours_of("13:10"))  # a rally under way since morning
    assert not hours_apart(hours_of("À la mi-journée"), hours_of("esta tarde"))
    assert not hours_apart(hours_of("this morning"), None)


def _march(text: str, time_: str) -> Briefed:
    return one_incident(text, type="protest", place="Velden", location="Velden", time=time_)


def test_one_groups_morning_and_evening_marches_of_one_city_are_two_events() -> None:
    morning = _march("Teachers marched through Velden this morning against school closures.", "this morning")
    evening = _march("Teachers marched through Velden this evening against school closures.", "this evening")
    announced = _march(
        "Teachers have called a march through Velden for this evening against school closures.",
        "this evening",
    )
    day = merged(morning, evening, announced)
    clusters = sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)
    ids = [b.article.id for b in (morning, evening, announced)]
    assert clusters == sorted([[ids[0]], sorted(ids[1:])])


def test_a_strike_told_at_dawn_and_at_dusk_is_one_strike() -> None:
    dawn = _march("Bus drivers in Velden went on strike early this morning over pay.", "early this morning")
    dusk = _march("At 19:00 the bus drivers' strike in Velden over pay was still on.", "19:00")
    assert len(merged(dawn, dusk).incidents) == 1


@pytest.mark.parametrize("hostile", ["1" * 50_000, "12." * 20_000, "morning " * 20_000, "por la " * 20_000])
def test_hostile_times_are_read_quickly(hostile: str) -> None:
    start = time.thread_time()
    hours_of(hostile)
    assert time.thread_time() - start < 1.0
