"""A live blog's entry ("19 h 35 – ...") that times its event by the clock alone is of the
day the blog was published: the blog names any other day. So a live blog's entry on today's
airport closure never joins yesterday's closure at the same airport, which other reports name
by its weekday, whatever words the two share. A wire's clock time dates nothing: it may tell
yesterday's event ("at 13.05 police confirmed") (issue 25). Every report here is invented;
the test day (``DAY``) is a Monday."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.day_parts import by_the_clock_only
from summarizer.daily.merge import Briefed
from summarizer.daily.passages import LIVE_ENTRY
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "text", ["19 h 35", "07:58", "gegen 18.40 Uhr", "vers 13 h 45", "a las 9.40 horas", "at 7.12 p.m."]
)
def test_a_time_told_by_the_clock_alone(text: str) -> None:
    assert by_the_clock_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am Donnerstagabend", "yesterday at 19:35", "hier vers 19 h", "ayer a las 9.40", "gestern um 18 Uhr",
        "dans la nuit, vers 3 h 40", "lundi soir", "seit 9.12 Uhr", "2024", "", None, "19:35 " + "x" * 100,
    ],
)  # fmt: skip
def test_a_time_naming_a_day_a_night_or_more_is_not_the_clock_alone(text: str | None) -> None:
    assert not by_the_clock_only(text)


def _stoppage(text: str, time_: str, language: str) -> Briefed:
    return one_incident(
        text, type="other", place="Arlesheim", location="Arlesheim airport", time=time_, language=language
    )


def _clusters(*items: Briefed) -> list[list[str]]:
    day = merged(*items)
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


def test_todays_live_blog_entry_never_joins_yesterdays_stoppage_at_one_airport() -> None:
    yesterday_fr = _stoppage(
        "La veille déjà, dimanche soir, un drone avait provoqué une interruption du trafic à l'aéroport d'Arlesheim.",
        "dimanche soir",
        "fr",
    )
    yesterday_en = _stoppage(
        "On Sunday evening, a single drone had stopped traffic at Arlesheim airport for 25 minutes.",
        "On Sunday evening",
        "en",
    )
    live = _stoppage(
        "19 h 35 – L'aéroport d'Arlesheim annonce l'interruption du trafic après le survol de drones.",
        "19 h 35",
        "fr",
    )
    today_de = _stoppage(
        "Drohnen über dem Flughafen Arlesheim haben am Montagabend den Flugverkehr unterbrochen.",
        "am Montagabend",
        "de",
    )
    ids = [b.article.id for b in (yesterday_fr, yesterday_en, live, today_de)]
    for cluster in _clusters(yesterday_fr, yesterday_en, live, today_de):
        assert not ({ids[2], ids[3]} & set(cluster) and {ids[0], ids[1]} & set(cluster)), cluster


def test_a_clock_time_and_the_weekday_of_the_day_published_may_be_one_event() -> None:
    live = _stoppage(
        "19:35 - Arlesheim airport halted all take-offs and landings after drones were sighted near the runway; "
        "23 flights were diverted.",
        "19:35",
        "en",
    )
    wire = _stoppage(
        "El aeropuerto de Arlesheim suspendió el lunes por la tarde todos los vuelos por drones; "
        "23 vuelos fueron desviados.",
        "el lunes por la tarde",
        "es",
    )
    assert len(_clusters(live, wire)) == 1


def test_hostile_times_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in ("19:35 " * 10, "1" * 59, "h " * 30, "19 h 35" + " vers" * 10):
        by_the_clock_only(text)
    assert time.thread_time() - started < 1.0


@pytest.mark.parametrize(
    "line", ["19 h 35 – Autre sujet", "07:58 - Eine Maschine", "16h30 : Le préfet", "15:05 Uhr: Die"]
)
def test_a_live_blogs_entry_opens_on_its_time(line: str) -> None:
    assert LIVE_ENTRY.match(line)


@pytest.mark.parametrize("line", ["19 h 35 il pleuvait", "2024 - a year", "Le 19 h 35 –", "1 h 5 – x"])
def test_a_line_opening_on_no_entrys_time(line: str) -> None:
    assert not LIVE_ENTRY.match(line)


def test_a_wires_clock_time_dates_nothing() -> None:
    """The wire of Monday (``DAY``) tells Saturday's avalanche by the clock of its update."""
    saturday = one_incident(
        "Eine Lawine hat am Samstagvormittag auf der Kornalp vier Menschen in den Tod gerissen.",
        type="disaster",
        place="Kornalp",
        location="auf der Kornalp",
        time="am Samstagvormittag",
        language="de",
        figures=[{"id": "f1", "text": "vier Menschen", "value": 4, "category": "killed"}],
    )
    update = one_incident(
        "Um 13.05 Uhr bestätigte die Kantonspolizei vier Todesopfer der Lawine auf der Kornalp.",
        type="disaster",
        place="Kornalp",
        location="auf der Kornalp",
        time="13.05 Uhr",
        language="de",
        figures=[{"id": "f1", "text": "vier Todesopfer", "value": 4, "category": "killed"}],
    )
    assert len(_clusters(saturday, update)) == 1
