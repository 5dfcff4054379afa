"""A day run again after later days exist keeps its stories' ids for the same events, even
when an article more renumbers its incidents: a later day's link to a story of that day
must still lead to the same event, never to another one (a robbery's day, then the
ferry's toll, told as one story)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.daily import merge_briefings
from summarizer.daily.stories import story_timeline
from summarizer.evals.daily import bundle_article
from summarizer.models.daily_v2 import DailyBriefing
from summarizer.store import Store, open_store

FERRY = (
    "A passenger ferry capsized off the port of Korvalla on Monday, killing 12 people, the coast guard said."
)
TOLL = "The ferry that capsized off the port of Korvalla on Monday killed 15 people, the coast guard said."
ROBBERY = "Zwei bewaffnete Männer überfielen am Montag eine Bank in Kessin, teilte die Polizei mit."


def _report(article: str, text: str, kind: str, place: str, killed: int | None = None) -> dict[str, Any]:
    figures = (
        []
        if killed is None
        else [
            {
                "id": "f1",
                "text": f"{killed} people",
                "value": killed,
                "counted": "people",
                "category": "killed",
            }
        ]
    )
    return {
        "id": article, "source": "Wire", "text": text, "actors": [], "figures": figures,
        "incidents": [{"id": "i1", "type": kind, "place": place, "location": place, "time": "Monday",
                       "evidence": text, "casualty_figures": [f["id"] for f in figures]}],
    }  # fmt: skip


def _day(store: Store, date: str, reports: list[dict[str, Any]]) -> DailyBriefing:
    day = dt.date.fromisoformat(date)
    return merge_briefings([bundle_article(r, day) for r in reports], day, stories=store)


def test_a_day_run_again_with_an_article_more_keeps_its_stories_ids(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.db")
    ferry = _report("f1", FERRY, "accident", "Korvalla", 12)
    (first,) = _day(store, "2026-07-06", [ferry]).stories
    (toll,) = _day(store, "2026-07-07", [_report("f2", TOLL, "accident", "Korvalla", 15)]).stories
    assert toll.story == first.story == "2026-07-06.i1"
    robbery = _report("x0", ROBBERY, "other", "Kessin")
    again = _day(store, "2026-07-06", [robbery, ferry])
    ids = {i.id: m.story for i in again.incidents for m in again.stories if m.incident == i.id}
    ferry_incident = next(i.id for i in again.incidents if "f1" in i.articles)
    robbery_incident = next(i.id for i in again.incidents if "x0" in i.articles)
    assert ids[ferry_incident] == "2026-07-06.i1"
    assert ids[robbery_incident] not in ("2026-07-06.i1", toll.story)
    timeline = story_timeline(store, "2026-07-06.i1")
    assert timeline is not None
    assert [(d.date.day, d.articles) for d in timeline.days] == [(6, ["f1"]), (7, ["f2"])]
