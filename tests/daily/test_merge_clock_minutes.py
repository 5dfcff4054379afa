"""Two reports of one type, town and day that clock their event at one odd minute ("um 19.40
Uhr", "at 7.40pm", "à 19 h 40") tell one event, whatever language each is in: no two events
of a day are clocked at one minute. A minute on the hour or a quarter of it is a scheduled
time (a press conference at "14.30 Uhr"), which two events may share; a decimal ("1.35
metres") or a date ("am 5.10.") is no time (issue 25). Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily import report_pairs
from summarizer.daily.clock_minutes import clock_minutes
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("time_text", "evidence", "minute"),
    [
        ("Samstag, 18.40 Uhr", None, (18, 40)),
        ("At about 7.40pm on Monday", None, (19, 40)),
        ("19 h 40 lundi", None, (19, 40)),
        ("à 11h05", None, (11, 5)),
        ("este sábado a las 11.05", None, (11, 5)),
        ("22:58", None, (22, 58)),
        ("12.05am", None, (0, 5)),
        ("alle 7.20", None, (7, 20)),
        (None, "Die Decke stürzte um 19.40 ein.", (19, 40)),
        (None, "El techo se desplomó a las 19.40 horas.", (19, 40)),
        (None, "Am 05.10.2024 gegen 7.20 Uhr brach das Feuer aus.", (7, 20)),
    ],
)
def test_a_clock_time_to_the_minute_in_any_language(
    time_text: str | None, evidence: str | None, minute: tuple[int, int]
) -> None:
    assert clock_minutes(time_text, evidence) == {minute[0] * 60 + minute[1]}


@pytest.mark.parametrize(
    ("time_text", "evidence"),
    [
        ("14.30 Uhr", None),  # a scheduled time: on a quarter hour
        ("à 14 heures", None),
        ("19:00", None),
        ("am 5.10.", None),  # a date
        ("05.10.2024", None),
        (None, "Er ist 1.35 Meter groß und zahlte 3.50 Euro."),  # decimals in a sentence
        (None, "The river rose 2.45 metres in 2019.40 readings"),
        ("25:61", None),
        ("", ""),
        (None, None),
        ("1" * 5000 + ".40", None),
    ],
)
def test_no_odd_minute_in_a_scheduled_time_a_date_or_a_decimal(
    time_text: str | None, evidence: str | None
) -> None:
    assert clock_minutes(time_text, evidence) == frozenset()


def test_hostile_text_is_read_fast() -> None:
    hostile = ("1.1.1 h h 1:" * 3000) + "ａ１９：４０" + "7.40pm" * 500
    start = time.thread_time()
    clock_minutes(hostile, hostile)
    assert time.thread_time() - start < 1.0


def _collapse(text: str, time_: str, language: str, location: str = "the Schoenberg school gym") -> Briefed:
    return one_incident(
        text, type="accident", place="Fribourg", location=location, time=time_, language=language
    )


def _clusters(*items: Briefed) -> list[list[str]]:
    day = merged(*items)
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


def _second_collapse() -> Briefed:
    # Another collapse of the town that day: the day holds two, so only evidence joins reports.
    return _collapse(
        "Ein zweiter Einsturz: Um 21.10 Uhr gab in Freiburg eine Baustellenmauer nach.",
        "um 21.10 Uhr",
        "de",
        "eine Baustelle",
    )


def _gym_reports() -> list[Briefed]:
    return [
        _collapse("At about 7.40pm part of a gym ceiling in Fribourg gave way.", "At about 7.40pm", "en"),
        _collapse("À 19 h 40, un faux plafond a cédé dans une salle de Fribourg.", "19 h 40", "fr"),
        _collapse("Um 19.40 Uhr stürzte in Freiburg eine Hallendecke ein.", "um 19.40 Uhr", "de"),
    ]


def test_one_odd_minute_joins_one_event_told_in_three_languages() -> None:
    clusters = _clusters(*_gym_reports(), _second_collapse())
    assert sorted(map(len, clusters)) == [1, 3]


def test_without_the_minute_the_three_reports_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test above is of the minute: without it, what else they share does not make the
    # three reports one event and the wall another.
    monkeypatch.setattr(report_pairs, "shared_marks", lambda a, b: 0)
    assert sorted(map(len, _clusters(*_gym_reports(), _second_collapse()))) != [1, 3]


def test_two_collapses_at_other_minutes_stay_apart() -> None:
    gym, other = _gym_reports()[0], _second_collapse()
    assert len(_clusters(gym, _gym_reports()[1], other)) == 2


def test_two_events_at_one_scheduled_time_stay_two() -> None:
    # Two collapses of the day told at one quarter hour (when a press conference told them)
    # share no odd minute: they stay as far apart as they were.
    gym = _collapse("À 14 h 30, la police a parlé du faux plafond de Fribourg.", "14 h 30", "fr")
    wall = _collapse(
        "Ein zweiter Einsturz: Um 14.30 Uhr meldete die Polizei eine Baustellenmauer in Freiburg.",
        "um 14.30 Uhr",
        "de",
        "eine Baustelle",
    )
    assert len(_clusters(gym, wall)) == 2
