"""A story's toll disputed one day and told anew the next is named as revised: a day whose
sources disagreed ("12 dead" against "14 morts") is no reason to call the next day's toll
(19, in every source) no change, nor the story "continuing" with nothing named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.daily import merge_briefings
from summarizer.evals.daily import bundle_article
from summarizer.models.daily_v2 import DailyBriefing
from summarizer.store import Store, open_store


def _report(article: str, source: str, text: str, figure: str, value: int, counted: str) -> dict[str, Any]:
    return {
        "id": article,
        "source": source,
        "text": text,
        "actors": [],
        "incidents": [
            {"id": "i1", "type": "accident", "place": "Korvalla", "location": "Korvalla", "time": None,
             "evidence": text, "casualty_figures": ["f1"]}
        ],
        "figures": [{"id": "f1", "text": figure, "value": value, "counted": counted, "category": "killed"}],
    }  # fmt: skip


def _day(store: Store, date: str, reports: list[dict[str, Any]]) -> DailyBriefing:
    day = dt.date.fromisoformat(date)
    return merge_briefings([bundle_article(r, day) for r in reports], day, stories=store)


def _first_day(store: Store) -> DailyBriefing:
    return _day(
        store,
        "2026-03-02",
        [
            _report("w1", "Wire One", "The Selka Star ferry capsized off Korvalla, killing 12 people.",
                    "12 people", 12, "people"),
            _report("q1", "Le Quotidien", "Le ferry Selka Star a chaviré au large de Korvalla : 14 morts.",
                    "14 morts", 14, "morts"),
        ],
    )  # fmt: skip


def test_a_toll_disputed_one_day_and_higher_the_next_is_named_as_revised(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.db")
    first = _first_day(store)
    assert [f.conflict for f in first.figures] == [True]
    second = _day(
        store,
        "2026-03-03",
        [
            _report("w2", "Wire One", "The toll of the Selka Star ferry capsizing off Korvalla rose to 19 people.",
                    "19 people", 19, "people"),
            _report("n2", "Nachrichten", "Die Zahl der Toten der Fähre Selka Star vor Korvalla stieg auf 19 Tote.",
                    "19 Tote", 19, "Tote"),
        ],
    )  # fmt: skip
    (mark,) = second.stories
    assert mark.story == "2026-03-02.i1"
    assert (mark.status, mark.changes) == (
        "updated",
        ["people (killed) revised: 12 people / 14 morts → 19 people / 19 Tote"],
    )


def test_a_disputed_toll_told_again_within_its_dispute_is_no_revision(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.db")
    _first_day(store)
    second = _day(
        store,
        "2026-03-03",
        [
            _report("w2", "Wire One", "The Selka Star ferry that capsized off Korvalla killed 14 people, the coast guard said.",
                    "14 people", 14, "people"),
        ],
    )  # fmt: skip
    (mark,) = second.stories
    assert (mark.story, mark.status, mark.changes) == ("2026-03-02.i1", "continuing", [])


def test_a_toll_revised_by_an_article_whose_id_the_day_before_used_too(tmp_path: Path) -> None:
    """A desk numbering each day's articles "1", "2"...: yesterday's article 1 and today's
    are two sources, so 26 then 31 dead is a revision, not two figures of one article."""
    store = open_store(tmp_path / "store.db")
    _day(
        store,
        "2026-03-02",
        [
            _report(
                "1",
                "Wire One",
                "The Selka Star ferry capsized off Korvalla, killing 26 people.",
                "26 people",
                26,
                "people",
            )
        ],
    )
    second = _day(
        store,
        "2026-03-03",
        [
            _report(
                "1",
                "Wire One",
                "The toll of the Selka Star ferry capsizing off Korvalla rose to 31 people.",
                "31 people",
                31,
                "people",
            )
        ],
    )
    (mark,) = second.stories
    assert (mark.status, mark.changes) == ("updated", ["people (killed) revised: 26 people → 31 people"])
