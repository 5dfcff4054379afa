"""A story's place told in another language or spelling the next day ("Geneva", "Genf";
"Region Hannover", "Hanover") is no new place: the story is not marked updated for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from summarizer.daily import merge_briefings
from summarizer.evals.daily import bundle_article
from summarizer.models.daily_v2 import DailyBriefing
from summarizer.store import Store, open_store


def _report(article: str, text: str, place: str, figure: str) -> dict[str, Any]:
    return {
        "id": article,
        "source": "Wire",
        "text": text,
        "actors": [],
        "incidents": [
            {"id": "i1", "type": "disaster", "place": place, "location": place, "time": None,
             "evidence": text, "casualty_figures": ["f1"]}
        ],
        "figures": [{"id": "f1", "text": figure, "value": 3, "counted": figure.split()[1], "category": "killed"}],
    }  # fmt: skip


def _day(store: Store, date: str, report: dict[str, Any]) -> DailyBriefing:
    day = dt.date.fromisoformat(date)
    return merge_briefings([bundle_article(report, day)], day, stories=store)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            _report("1", "A landslide buried the Rhone valley road near Geneva, killing 3 people.", "Geneva", "3 people"),
            _report("1", "Ein Erdrutsch verschüttete die Straße im Rhonetal bei Genf, 3 Tote.", "Genf", "3 Tote"),
        ),
        (
            _report("1", "A landslide buried the Leine valley road in Region Hannover, killing 3 people.", "Region Hannover", "3 people"),
            _report("2", "The landslide that buried the Leine valley road in Hanover killed 3 people.", "Hanover", "3 people"),
        ),
    ],
)  # fmt: skip
def test_a_place_named_in_another_language_is_no_new_place(
    tmp_path: Path, first: dict[str, Any], then: dict[str, Any]
) -> None:
    store = open_store(tmp_path / "store.db")
    _day(store, "2026-03-02", first)
    (mark,) = _day(store, "2026-03-03", then).stories
    assert (mark.story, mark.status, mark.changes) == ("2026-03-02.i1", "continuing", [])
