"""Attacks on a day run again: an event dropped by one re-run and a new event in the next
must not take the id a later day still links to (a fire's day, then the ferry's toll,
told as one story)."""

from __future__ import annotations

from pathlib import Path

from summarizer.daily.stories import story_timeline
from summarizer.store import open_store
from tests.daily.test_story_ids_on_a_rerun import FERRY, ROBBERY, TOLL, _day, _report

FIRE = "Un incendie a ravagé lundi un entrepôt du port de Brenac, selon les pompiers."


def test_a_new_event_after_a_rerun_that_dropped_one_does_not_take_its_id(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.db")
    robbery = _report("x0", ROBBERY, "other", "Kessin")
    _day(store, "2026-07-06", [_report("f1", FERRY, "accident", "Korvalla", 12), robbery])
    (toll,) = _day(store, "2026-07-07", [_report("f2", TOLL, "accident", "Korvalla", 15)]).stories
    assert toll.story == "2026-07-06.i1"
    _day(store, "2026-07-06", [robbery])  # the ferry's article withdrawn
    again = _day(store, "2026-07-06", [_report("b1", FIRE, "disaster", "Brenac"), robbery])
    fire = next(
        m.story for m in again.stories for i in again.incidents if m.incident == i.id and "b1" in i.articles
    )
    assert fire != toll.story
    timeline = story_timeline(store, toll.story)
    assert timeline is not None and all("b1" not in d.articles for d in timeline.days)
