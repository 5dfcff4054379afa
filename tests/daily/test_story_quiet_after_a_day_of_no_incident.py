"""A story gone quiet is listed once, also when the day it went quiet told no incident at
all (a day of comment pieces, of "no news" notes): that day was run and recorded, so the
next day's last recorded day is it, not the story's own last day again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.daily import merge_briefings
from summarizer.evals.daily import bundle_article
from summarizer.models.daily_v2 import DailyBriefing
from summarizer.store import Store, open_store

FIRE = "Ein Feuer zerstörte am Montag eine Lagerhalle in Tarvik, teilte die Feuerwehr mit."


def _article(article: str, text: str, incidents: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": article,
        "source": "Wire",
        "text": text,
        "actors": [],
        "incidents": incidents,
        "figures": [],
    }


def _day(store: Store, date: str, article: dict[str, Any]) -> DailyBriefing:
    day = dt.date.fromisoformat(date)
    return merge_briefings([bundle_article(article, day)], day, stories=store)


def test_a_story_is_quiet_once_after_a_day_that_told_no_incident(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.db")
    fire = {
        "id": "i1",
        "type": "disaster",
        "place": "Tarvik",
        "location": "Tarvik",
        "time": "Montag",
        "evidence": FIRE,
    }
    _day(store, "2026-04-06", _article("1", FIRE, [fire]))
    comment = _article("2", "El ayuntamiento es una institución que funciona bien, opina el columnista.", [])
    quiet_day = _day(store, "2026-04-07", comment)
    assert quiet_day.incidents == [] and [q.story for q in quiet_day.quiet] == ["2026-04-06.i1"]
    spring = _article("3", "Spring is a fine season for a walk along the river.", [])
    assert _day(store, "2026-04-08", spring).quiet == []
    # The day run again with nothing in it is still a day run: the story is not quiet anew.
    assert _day(store, "2026-04-08", spring).quiet == []
