"""A live blog that names no day of its own (no dateline, no entry's weekday, no "ce
dimanche" in any entry) is dated only by the day it was filed under, and a ticker of the
evening before is filed under the next day as often: its entries are of that day or of the
day before (issue 25: a Saturday evening's football brawl, told by a wire "on Saturday" and by
a "Liveticker" filed on Sunday whose entries gave the clock alone, stayed two events). Where
the day's reports tell one such event on each of the two days, the entry keeps the day it
was filed under. Every report here is invented; the day is Monday 4 March 2024
(``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

import pytest

from summarizer.daily.day_parts import day_told_late
from summarizer.daily.merge import Briefed
from summarizer.daily.passages import blog_names_its_day
from tests.daily.test_daily import DAY, briefed, merged, one_incident

assert DAY.weekday() == 0  # a Monday


@pytest.mark.parametrize(
    "time", ["21.48 Uhr", "20 h 07", "19:35", "esta mañana", "this morning", "heute Morgen"]
)
def test_an_undated_blogs_entry_may_be_of_the_day_before(time: str) -> None:
    assert day_told_late(time, entry_day=DAY, issued=DAY, blog_undated=True) == {"sunday"}


@pytest.mark.parametrize("time", ["21.48 Uhr", "20 h 07", "19:35"])
def test_a_dated_blogs_clock_keeps_its_day(time: str) -> None:
    assert day_told_late(time, entry_day=DAY, issued=DAY) == frozenset()


def test_an_undated_blogs_entry_naming_no_day_by_its_telling_adds_none() -> None:
    assert day_told_late("am Stadion", entry_day=DAY, issued=DAY, blog_undated=True) == frozenset()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("EN DIRECT – Pharmacies\n\n22 h 58 – Braquage.\n\n07 h 50 – Interpellé ce dimanche matin.", True),
        ("Directo | Secuestro\n\n08.10 Secuestrado.\n\n11.45 No lo relacionan con el intento del martes.", True),
        ("Liveticker, Samstag\n\n20.07 Uhr: Schlägerei.", True),
        ("Live: Storm\n\nSaturday, 15.58 - Trees down.", True),
        ("Diretta\n\n10.05 Incendio.\n\n11.20 Sabato sera era già scoppiato un altro.", True),
        ("Liveticker: FC Nord – FC Süd\n\n20.07 Uhr: Schlägerei im Sektor D.\n\n21.58 Uhr: Elf Verletzte.", False),
        ("EN DIRECT – Aéroport\n\n19 h 35 – Les décollages sont interrompus.", False),
        ("Live: Storm\n\n15:58 - Trees down on the Mall.", False),
    ],
)  # fmt: skip
def test_a_blog_names_its_day_by_any_weekday_it_tells(text: str, named: bool) -> None:
    assert blog_names_its_day(text) is named


_TICKER = (
    "Liveticker: FC Altheim – FC Lac-Vert im Stadion Grünau\n\n"
    "19.00 Uhr: Anpfiff vor 4200 Zuschauern.\n\n"
    "20.07 Uhr: Unterbruch! Im Sektor D gehen Anhänger beider Klubs mit Fäusten aufeinander los.\n\n"
    "21.58 Uhr: Die Kantonspolizei meldet nach der Schlägerei elf Verletzte."
)
_ENTRY = "Die Kantonspolizei meldet nach der Schlägerei elf Verletzte."


def _ticker(text: str = _TICKER) -> Briefed:
    return briefed(
        text,
        incidents=[{"id": "i1", "evidence": _ENTRY, "type": "other", "place": "Altheim",
                    "location": "Stadion Grünau", "time": "21.58 Uhr", "casualty_figures": ["f1"]}],
        figures=[{"id": "f1", "text": "elf Verletzte", "value": 11, "counted": "Verletzte der Schlägerei",
                  "category": "injured"}],
    )  # fmt: skip


def _brawl(text: str, time: str, count: str, value: int, language: str) -> Briefed:
    return one_incident(
        text, type="other", place="Altheim", time=time, language=language,
        figures=[{"id": "f1", "text": count, "value": value, "counted": "people hurt in the brawl",
                  "category": "injured"}],
    )  # fmt: skip


_SUNDAY_EN = (
    "Police in Altheim broke up a brawl between rival supporters at the Grünau stadium on Sunday evening. "
    "Eleven people were hurt."
)
_SUNDAY_FR = (
    "Une bagarre entre supporters a interrompu dimanche soir le match au stade de Grünau, à Altheim. "
    "Onze personnes ont été blessées."
)


def _articles(day: object, *items: Briefed) -> list[list[str]]:
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "time", "count", "value", "language"),
    [(_SUNDAY_EN, "on Sunday evening", "Eleven people", 11, "en"),
     (_SUNDAY_FR, "dimanche soir", "Onze personnes", 11, "fr")],
)  # fmt: skip
def test_an_undated_tickers_entry_joins_the_evening_befores_brawl(
    text: str, time: str, count: str, value: int, language: str
) -> None:
    ticker, wire = _ticker(), _brawl(text, time, count, value, language)
    day = merged(ticker, wire)
    assert [sorted([ticker.article.id, wire.article.id])] == _articles(day)


def test_a_ticker_naming_its_day_keeps_it() -> None:
    """The same ticker headed "Montag": its brawl is Monday's, not Sunday's."""
    ticker = _ticker(_TICKER.replace("Grünau\n", "Grünau, Montag\n", 1))
    wire = _brawl(_SUNDAY_EN, "on Sunday evening", "Eleven people", 11, "en")
    assert len(merged(ticker, wire).incidents) == 2


def test_an_undated_tickers_entry_keeps_its_day_where_each_day_had_a_brawl() -> None:
    """Sunday's brawl and Monday's at one stadium: the undated ticker's entry is Monday's,
    though its count is Sunday's."""
    ticker = _ticker()
    sunday = _brawl(_SUNDAY_EN, "on Sunday evening", "Eleven people", 11, "en")
    monday = _brawl(
        "Am Montagabend ist es im Stadion Grünau in Altheim erneut zu einer Schlägerei gekommen: zwei Verletzte.",
        "am Montagabend", "zwei Verletzte", 2, "de",
    )  # fmt: skip
    clusters = _articles(merged(ticker, sunday, monday))
    assert not any(ticker.article.id in c and sunday.article.id in c for c in clusters)
