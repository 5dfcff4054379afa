"""One measure told in two languages is one figure group, named in English (issue 25: a day's
top line told one dispute twice, "supprime (other)" 46 against 38 and "cancelled (other)"
38 against 46, as the French and English words for what was counted made two groups).
Every report here is invented."""

from __future__ import annotations

import time
from typing import Any

import pytest

from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from summarizer.models import Figure
from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing, DailyFigure
from tests.daily.test_daily import merged, one_incident


def _measure(counted: str, category: str = "other") -> str | None:
    text = f"12 {counted}"
    figure = Figure(id="f1", text=text, value=12, counted=counted, category=category, unit="count",
                    bound="exact", span=Span(start=0, end=len(text)))  # fmt: skip
    return measure_of(figure)


@pytest.mark.parametrize(
    "counted",
    ["trains cancelled", "trains supprimés", "trenes cancelados", "Züge ausgefallen", "cancelled trains"],
)
def test_what_befell_a_count_is_one_measure_in_every_language(counted: str) -> None:
    assert _measure(counted) == "other:train cancelled"


@pytest.mark.parametrize(("counted", "concept"), [("Schiffe", "ship"), ("ships", "ship"), ("écoles fermées", "school shut_down"),
                                                  ("schools closed", "school shut_down"), ("desaparecidos", "missing")])  # fmt: skip
def test_a_counted_word_of_the_concept_tables_is_keyed_by_its_concept(counted: str, concept: str) -> None:
    assert _measure(counted) == f"other:{concept}"


def test_words_of_no_concept_stay_as_written_and_two_happenings_stay_two() -> None:
    assert _measure("trains delayed") == "other:train delayed"
    assert _measure("trains delayed") != _measure("trains cancelled")
    assert _measure("flights grounded") == "other:flight grounded"
    assert _measure("Stolpersteine") == "other:stolpersteine"  # as before: the word as written


def _report(text: str, *figures: dict[str, Any], language: str) -> Briefed:
    numbered = [
        {"id": f"f{n}", "category": "other", "unit": "count", **f} for n, f in enumerate(figures, start=1)
    ]
    return one_incident(
        text, figures=numbered, type="accident", place="Tarrel", time="Tuesday", language=language
    )


_FR = "Un camion a heurté le pont ferroviaire de Tarrel mardi; {n} trains supprimés sur la ligne."
_EN = "A lorry hit the rail bridge at Tarrel on Tuesday; {n} trains cancelled on the line."
_ES = "Un camión chocó contra el puente ferroviario de Tarrel el martes; {n} trenes cancelados."


def _cancelled(n: int, language: str) -> Briefed:
    text, counted = {"fr": (_FR, "trains supprimés"), "en": (_EN, "trains cancelled"),
                     "es": (_ES, "trenes cancelados")}[language]  # fmt: skip
    said = f"{n} {counted.split()[0]}"
    return _report(text.format(n=n), {"text": said, "value": n, "counted": counted}, language=language)


def _of_trains(day: DailyBriefing) -> list[DailyFigure]:
    return [
        f
        for f in day.figures
        if any(v.counted and v.counted.startswith(("trains", "trenes")) for v in f.values)
    ]


def test_one_count_disputed_in_two_languages_is_one_group_named_in_english() -> None:
    day = merged(_cancelled(46, "fr"), _cancelled(38, "en"), _cancelled(46, "es"))
    assert len(day.incidents) == 1
    groups = _of_trains(day)
    assert len(groups) == 1
    (group,) = groups
    assert group.conflict and len(group.values) == 3
    assert group.measure == "train cancelled (other)"
    assert day.top_line.count("train cancelled (other)") == 1 and "supprim" not in day.top_line


def test_one_count_agreed_in_two_languages_is_one_group_and_no_dispute() -> None:
    day = merged(_cancelled(46, "fr"), _cancelled(46, "en"))
    (group,) = _of_trains(day)
    assert not group.conflict and "disagree" not in day.top_line


def test_cancelled_and_delayed_trains_of_one_line_are_no_dispute() -> None:
    en = _EN.format(n=38) + " Another 120 trains were delayed."
    delayed = {"text": "120 trains", "value": 120, "counted": "trains delayed"}
    day = merged(_cancelled(38, "fr"), _report(en, {"text": "38 trains", "value": 38, "counted": "trains cancelled"},
                                                 delayed, language="en"))  # fmt: skip
    assert not any(f.conflict for f in day.figures)


def test_a_compound_ends_with_the_concept_of_a_plain_count() -> None:
    de = "Streik im Hafen von Tarrel am Dienstag: kein einziges Containerschiff wurde abgefertigt."
    other = "Hafenstreik in Tarrel am Dienstag: nur 3 Schiffe wurden abgefertigt, sagte die Gewerkschaft."
    day = merged(
        _report(de, {"text": "kein einziges Containerschiff", "value": 0, "counted": "abgefertigte Containerschiffe"},
                language="de"),
        _report(other, {"text": "nur 3 Schiffe", "value": 3, "counted": "abgefertigte Schiffe"}, language="de"),
    )  # fmt: skip
    ships = [f for f in day.figures if len(f.values) == 2]
    assert len(ships) == 1 and ships[0].conflict


@pytest.mark.parametrize("counted", ["a" * 5000, "Zug" * 2000 + " ausgefallen", "поезда отменены " * 300,
                                     "trains\u200bcancelled " * 500])  # fmt: skip
def test_hostile_counted_words_are_read_quickly(counted: str) -> None:
    started = time.thread_time()
    _measure(counted)
    assert time.thread_time() - started < 1.0
