"""A live ticker that names its day on its first entry ("Samstag, 15.58 Uhr:") and then
stamps its entries by the clock alone: those entries are of the day it names, not of the day
the ticker was filed under (issue 25, day 44 generalised); and a later entry naming the
event's town alone continues the one that named the hall in it. Look-alikes stay two: a
ticker naming no day stays of its publishing day, and a second event in the same town, told
by another entry, stays its own. Every report is invented; the day is Monday 4 March 2024
(``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.daily.live_entries import entries_continue
from summarizer.daily.passages import live_entry_day, named_entry_days
from summarizer.daily.reports import ReportEvidence
from tests.daily.test_daily import DAY, briefed, merged

SUNDAY = DAY - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("ticker", "entry", "day"),
    [
        (
            "Liveticker\n\nSonntag, 15.58 Uhr: Großeinsatz an der Sporthalle.\n\n16.40 Uhr: Erste Zahlen.\n\n"
            "19.20 Uhr: 21 Menschen in Kliniken.\n\n22.15 Uhr: Wir beenden den Ticker.",
            "19.20 Uhr: 21",
            SUNDAY,
        ),
        (
            "LIVE\n\nSunday, 3.58pm - Fire crews at the sports hall.\n\n4.40pm - First figures.\n\n"
            "7.20pm - 21 people in hospital.\n\n10.15pm - We are closing this blog.",
            "7.20pm - 21",
            SUNDAY,
        ),
        (
            "EN DIRECT\n\ndimanche, 15 h 58 – Les pompiers au gymnase.\n\n16 h 40 – Premiers chiffres.\n\n"
            "19 h 20 – 21 personnes à l'hôpital.\n\n22 h 15 – Fin du direct.",
            "19 h 20 – 21",
            SUNDAY,
        ),
        (
            # Past midnight: the entries after 00.20 are of the day after the one named.
            "Liveticker\n\nSonntag, 21.58 Uhr: Großeinsatz.\n\n22.40 Uhr: Zahlen.\n\n23.50 Uhr: Mehr.\n\n"
            "00.20 Uhr: 21 Menschen in Kliniken.",
            "00.20 Uhr: 21",
            DAY,
        ),
        (
            # No day named: the day the ticker was published.
            "Liveticker\n\n15.58 Uhr: Großeinsatz.\n\n16.40 Uhr: Zahlen.\n\n19.20 Uhr: 21 Menschen in Kliniken.",
            "19.20 Uhr: 21",
            DAY,
        ),
        (
            # A word that is no weekday before the clock names no day.
            "Liveticker\n\nAktuell, 15.58 Uhr: Großeinsatz.\n\n16.40 Uhr: Zahlen.\n\n19.20 Uhr: 21 Menschen.",
            "19.20 Uhr: 21",
            DAY,
        ),
    ],
)
def test_a_ticker_s_clock_entries_are_of_the_day_its_entry_names(
    ticker: str, entry: str, day: dt.date
) -> None:
    article = briefed(ticker).article
    assert live_entry_day(article, ticker.index(entry)) == day


_TICKER = (
    "Liveticker: Kohlenmonoxid in der Sporthalle\n\n"
    "Sonntag, 15.58 Uhr: In der Sporthalle am Schulzentrum Nord in Lindau klagen beim Handballturnier "
    "zahlreiche Kinder über Übelkeit; die Feuerwehr misst Kohlenmonoxid.\n\n"
    "16.40 Uhr: Mindestens 14 Menschen sind ins Krankenhaus gebracht worden.\n\n"
    "19.20 Uhr: Der Kreis nennt neue Zahlen: 21 Menschen wurden wegen der Kohlenmonoxid-Vergiftung "
    "in der Sporthalle in Kliniken gebracht.\n\n"
    "22.15 Uhr: Wir beenden den Ticker für heute."
)
_FIRST = (
    "In der Sporthalle am Schulzentrum Nord in Lindau klagen beim Handballturnier zahlreiche Kinder "
    "über Übelkeit; die Feuerwehr misst Kohlenmonoxid."
)
_UPDATE = (
    "Der Kreis nennt neue Zahlen: 21 Menschen wurden wegen der Kohlenmonoxid-Vergiftung in der "
    "Sporthalle in Kliniken gebracht."
)
_WIRE = (
    "Twenty-one people were taken to hospital after carbon monoxide built up in the sports hall of "
    "the Schulzentrum Nord in Lindau during a handball tournament on Sunday, district authorities said."
)


def _ticker() -> object:
    return briefed(
        _TICKER,
        incidents=[
            {"id": "i1", "evidence": _FIRST, "type": "accident", "place": "Sporthalle, Schulzentrum Nord, Lindau",
             "location": "in der Sporthalle am Schulzentrum Nord", "time": "Sonntag, 15.58 Uhr"},
            {"id": "i2", "evidence": _UPDATE, "type": "accident", "place": "Lindau", "location": "Kliniken",
             "time": "19.20 Uhr", "casualty_figures": ["f1"]},
        ],
        figures=[{"id": "f1", "text": "21 Menschen", "value": 21, "counted": "Menschen", "category": "injured"}],
    )  # fmt: skip


def test_a_ticker_s_update_by_the_clock_joins_a_wire_of_the_day_it_names() -> None:
    wire = briefed(
        _WIRE,
        incidents=[
            {"id": "i1", "evidence": _WIRE, "type": "accident", "place": "Lindau", "time": "on Sunday",
             "casualty_figures": ["f1"]}
        ],
        figures=[{"id": "f1", "text": "Twenty-one people", "value": 21, "counted": "people", "category": "injured"}],
    )  # fmt: skip
    ticker = _ticker()
    day = merged(ticker, wire)  # type: ignore[arg-type]
    (wire_event,) = [i for i in day.incidents if wire.article.id in i.articles]
    assert (ticker.article.id, "i2") in {(r.article_id, r.incident_id) for r in wire_event.reports}  # type: ignore[attr-defined]


def test_a_second_event_of_the_ticker_s_town_a_day_later_stays_apart() -> None:
    other = (
        "On Monday evening firefighters rescued three residents poisoned by carbon monoxide from a faulty "
        "boiler in a flat on Lindenstrasse in Lindau."
    )
    flat = briefed(
        other,
        incidents=[{"id": "i1", "evidence": other, "type": "accident", "place": "Lindenstrasse, Lindau",
                    "time": "On Monday evening"}],
    )  # fmt: skip
    day = merged(_ticker(), flat)  # type: ignore[arg-type]
    assert not any({r.article_id for r in i.reports} == {"x"} for i in day.incidents)
    (flat_event,) = [i for i in day.incidents if flat.article.id in i.articles]
    assert len(flat_event.reports) == 1


def test_hostile_ticker_lines_are_read_quickly() -> None:
    text = "\n".join(
        ["Sonntag, 1" * 2_000, "a" * 40_000 + ", 15.58 Uhr: x", "Sonntag " + " " * 30_000 + "x"] * 3
    )
    start = time.thread_time()
    assert named_entry_days(text) == ()
    assert time.thread_time() - start < 1.0


def _entry(owner: str, place: str, *, another: bool = False) -> ReportEvidence:
    words = ("kohlenmonoxid", "sporthalle", "handballturnier", "kinder", "kliniken", "feuerwehr")
    return ReportEvidence(
        owner=owner, type="accident", date=None, weekdays=frozenset({"sunday"}), place=place,
        places=frozenset(), words=words, plain=(), measures=frozenset(), measured=(),
        says_distinct=False, says_another=another,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "another", "continues"),
    [
        ("sporthale schulzentrum nord lindau", "lindau", False, True),  # the town alone, later
        ("lindau", "sporthale schulzentrum nord lindau", False, True),
        ("sporthale schulzentrum nord lindau", "lindenstrase lindau", False, False),  # two sites
        ("lindau", "lindauer hafen", False, False),  # a word's part is no place named
        ("paris", "france", False, True),  # the city, then the country: a minister's plan
        ("paris", "germany", False, False),  # a country that holds no Paris
        ("lyon", "paris", False, False),  # two cities
        ("sporthale schulzentrum nord lindau", "lindau", True, False),  # "schon wieder": another
    ],
)
def test_a_blog_s_later_entry_naming_the_town_alone_continues_the_entry_naming_the_site(
    first: str, second: str, another: bool, continues: bool
) -> None:
    a, b = _entry("blog\x00100", first), _entry("blog\x00300", second, another=another)
    assert entries_continue(a, b) is continues


@pytest.mark.parametrize(
    ("ticker", "entry"),
    [
        # Headed for the day after the Monday it was published: not six days back.
        ("Liveticker\n\nDienstag, 00.30 Uhr: Großeinsatz.\n\n01.10 Uhr: 21 Menschen in Kliniken.", "01.10 Uhr: 21"),
        ("LIVE\n\nTuesday, 00:30 - Fire crews at the hall.\n\n01:10 - 21 people in hospital.", "01:10 - 21"),
        ("EN DIRECT\n\nmardi, 00 h 30 – Les pompiers.\n\n01 h 10 – 21 personnes à l'hôpital.", "01 h 10 – 21"),
        ("EN DIRECTO\n\nmartes, 00.30 - Los bomberos.\n\n01.10 - 21 personas en el hospital.", "01.10 - 21"),
        # A day two before publication is no ticker filed the next morning either.
        ("Liveticker\n\nSamstag, 15.58 Uhr: Großeinsatz.\n\n19.20 Uhr: 21 Menschen in Kliniken.", "19.20 Uhr: 21"),
    ],
)  # fmt: skip
def test_a_ticker_naming_a_day_not_of_its_publication_or_the_one_before_is_of_its_publishing_day(
    ticker: str, entry: str
) -> None:
    article = briefed(ticker).article
    assert live_entry_day(article, ticker.index(entry)) == DAY
