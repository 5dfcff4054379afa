"""Stories across days (issue 25, item 4): each day's incidents kept in the store, the next
day's linked to them and marked new, continuing or updated with what changed. The days are
invented (``tests/data/stories``): a flood whose toll is revised, a mill strike that goes
quiet, and a second strike in the same town that must stay its own story."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.daily import merge_briefings
from summarizer.daily.stories import list_stories, story_timeline
from summarizer.evals.daily import bundle_article
from summarizer.models.daily_v2 import DailyBriefing
from summarizer.results import Failure
from summarizer.store import Store, open_store
from summarizer.store.migrations import MIGRATIONS
from tests.conftest import ROOT

DAYS = ROOT / "tests" / "data" / "stories"
FLOOD, MILL = "2025-06-02.i1", "2025-06-02.i2"


def _bundle(name: str) -> dict[str, Any]:
    bundle: dict[str, Any] = json.loads((DAYS / f"{name}.json").read_text(encoding="utf-8"))
    return bundle


def run_day(store: Store, name: str, keep: set[str] | None = None) -> DailyBriefing:
    """The day's hand-written briefings merged and linked (``keep``: only these articles)."""
    bundle = _bundle(name)
    day = dt.date.fromisoformat(bundle["date"])
    articles = [a for a in bundle["articles"] if keep is None or a["id"] in keep]
    return merge_briefings([bundle_article(a, day) for a in articles], day, stories=store)


def marks(day: DailyBriefing) -> dict[str, tuple[str, str, list[str]]]:
    """Each incident's first article -> (story, status, changes)."""
    first = {i.id: i.articles[0] for i in day.incidents}
    return {first[m.incident]: (m.story, m.status, m.changes) for m in day.stories}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "store.db")


def test_a_story_followed_over_three_days_is_one_story_with_its_changes_named(store: Store) -> None:
    first = marks(run_day(store, "day1"))
    assert first == {"s1-courier": (FLOOD, "new", []), "s1-wire": (MILL, "new", [])}
    second = run_day(store, "day2")
    flood_story, status, changes = marks(second)["s2-courier"]
    assert (flood_story, status) == (FLOOD, "updated")
    # The toll moved; the Red Cross is new; the governor named by surname alone and the
    # ministry spelled another way are the actors the story already had.
    assert changes == ["people (killed) revised: 26 people → 31 people", "new actor: Red Cross"]
    assert marks(second)["s2-wire"] == (MILL, "continuing", [])
    flood = next(m for m in second.stories if m.story == FLOOD)
    assert flood.since == dt.date(2025, 6, 2)
    assert [(d.date, d.articles) for d in flood.earlier] == [(dt.date(2025, 6, 2), ["s1-courier"])]
    third = run_day(store, "day3")
    assert marks(third)["s3-courier"] == (FLOOD, "continuing", [])
    # The mill strike was not reported: listed once as quiet, with the day it was last seen.
    assert [(q.story, q.last_seen) for q in third.quiet] == [(MILL, dt.date(2025, 6, 3))]
    timeline = story_timeline(store, FLOOD)
    assert timeline is not None
    assert [(d.date.day, d.status) for d in timeline.days] == [(2, "new"), (3, "updated"), (4, "continuing")]
    assert timeline.days[1].figures == ["people (killed): 31 people"]


def test_a_quiet_story_is_listed_once(store: Store) -> None:
    run_day(store, "day1")
    run_day(store, "day2")
    assert [q.story for q in run_day(store, "day3").quiet] == [MILL]
    fourth = _bundle("day3")
    fourth["date"] = "2025-06-05"
    day = dt.date(2025, 6, 5)
    later = merge_briefings([bundle_article(a, day) for a in fourth["articles"]], day, stories=store)
    assert later.quiet == []
    assert {m.status for m in later.stories} == {"continuing"}


def test_a_day_months_later_lists_nothing_as_quiet(store: Store) -> None:
    """Stories of a day long before the story window are not yesterday's news."""
    run_day(store, "day1")
    months_later = _bundle("day3")
    day = dt.date(2025, 11, 20)
    later = merge_briefings([bundle_article(a, day) for a in months_later["articles"]], day, stories=store)
    assert later.quiet == []
    assert {m.status for m in later.stories} == {"new"}
    # Within the window, the same day is still quiet news.
    within = dt.date(2025, 6, 2) + dt.timedelta(days=14)
    soon = merge_briefings(
        [bundle_article(a, within) for a in months_later["articles"]], within, stories=store
    )
    assert [q.story for q in soon.quiet] == [MILL]


def test_another_event_of_the_same_kind_in_the_same_place_is_a_new_story(store: Store) -> None:
    run_day(store, "day1")
    # The bus drivers' strike in Brookvale, with no report of the mill strike that day:
    # same town, same kind of event, different event; it must not take over the mill's story.
    day = marks(run_day(store, "day2", keep={"s2-herald"}))
    story, status, _ = day["s2-herald"]
    assert (status, story) == ("new", "2025-06-03.i1")
    assert marks(run_day(store, "day2"))["s2-herald"][1] == "new"


def test_a_day_run_again_replaces_its_contribution(store: Store) -> None:
    run_day(store, "day1")
    run_day(store, "day2")
    run_day(store, "day3")
    before = [s.model_dump() for s in list_stories(store)]
    again = run_day(store, "day2")  # after the day that follows it
    assert marks(again)["s2-courier"][:2] == (FLOOD, "updated")
    assert [s.model_dump() for s in list_stories(store)] == before
    timeline = story_timeline(store, FLOOD)
    assert timeline is not None and [d.date.day for d in timeline.days] == [2, 3, 4]
    # Run again with an article fewer, the day holds only what that run found.
    run_day(store, "day2", keep={"s2-courier"})
    bus = story_timeline(store, "2025-06-03.i3")  # day 3 keeps its link until it is run again
    assert bus is not None and [d.date.day for d in bus.days] == [4]
    mill = story_timeline(store, MILL)
    assert mill is not None and [d.date.day for d in mill.days] == [2]


def test_a_damaged_store_file_is_moved_aside_and_the_day_starts_its_stories_anew(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    run_day(open_store(path), "day1")
    damaged = tmp_path / "damaged" / "store.db"
    damaged.parent.mkdir()
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    day = run_day(open_store(damaged), "day2")
    assert {status for _, status, _ in marks(day).values()} == {"new"}
    assert any("damaged" in w for w in day.warnings)
    assert list((tmp_path / "damaged").glob("store.db.damaged-*"))


def test_a_damaged_story_row_is_left_out_with_a_warning(store: Store) -> None:
    run_day(store, "day1")
    # A row no release wrote (hand-edited, or from a foreign tool) for the day before.
    store.replace_story_day(dt.date(2025, 6, 2), [("i1", FLOOD, '{"story": "x", "since": "not a date"}')])
    day = run_day(store, "day2")
    assert marks(day)["s2-courier"][1] == "new"
    assert any("story record of 2025-06-02 i1 is damaged" in w for w in day.warnings)
    assert story_timeline(store, FLOOD) is None  # nothing readable: as absent as an unknown story
    assert [s.id for s in list_stories(store) if s.id == FLOOD] == []


def test_a_store_whose_story_table_cannot_be_read_never_sinks_the_day(store: Store) -> None:
    run_day(store, "day1")
    with sqlite3.connect(store.path) as conn:  # a table damaged under a running store
        conn.execute("DROP TABLE story_days")
    day = run_day(store, "day2")
    assert {status for _, status, _ in marks(day).values()} == {"new"}
    assert any("could not read the stories" in w for w in day.warnings)


def test_the_story_command_lists_stories_and_shows_one_timeline(tmp_path: Path) -> None:
    store = open_store(tmp_path / "home" / "summarizer.db")
    runner = CliRunner()
    home = {"SUMMARIZER_HOME": str(tmp_path / "home")}
    path = runner.invoke(app, ["logs", "path"], env=home).stdout.strip()
    store = open_store(Path(path))
    for name in ("day1", "day2", "day3"):
        run_day(store, name)
    listed = runner.invoke(app, ["story"], env=home)
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{FLOOD}  2025-06-02..2025-06-04  3 day(s)  continuing  Floodwaters")
    shown = runner.invoke(app, ["story", FLOOD], env=home)
    assert shown.exit_code == 0
    assert "changed: people (killed) revised: 26 people → 31 people" in shown.stdout
    assert "changed: new actor: Red Cross" in shown.stdout
    as_json = json.loads(runner.invoke(app, ["story", FLOOD, "--json"], env=home).stdout)
    assert [d["status"] for d in as_json["days"]] == ["new", "updated", "continuing"]
    missing = runner.invoke(app, ["story", "2025-01-01.i9"], env=home)
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_the_story_command_prints_article_text_as_inert_text(tmp_path: Path) -> None:
    bundle = _bundle("day1")
    evil = "Floodwaters \x1b]0;owned\x07 from the Tessel River \x1b[2J swept through Merrick Falls"
    entry = bundle["articles"][0]
    entry["text"] = entry["text"].replace(
        "Floodwaters from the Tessel River swept through Merrick Falls", evil
    )
    entry["incidents"][0]["evidence"] = entry["incidents"][0]["evidence"].replace(
        "Floodwaters from the Tessel River swept through Merrick Falls", evil
    )
    runner = CliRunner()
    home = {"SUMMARIZER_HOME": str(tmp_path / "home")}
    store = open_store(Path(runner.invoke(app, ["logs", "path"], env=home).stdout.strip()))
    day = dt.date(2025, 6, 2)
    merge_briefings([bundle_article(a, day) for a in bundle["articles"]], day, stories=store)
    for args in (["story"], ["story", FLOOD]):
        out = runner.invoke(app, args, env=home).stdout
        assert "owned" in out and "\x1b" not in out and "\x07" not in out


def test_each_owner_reads_and_replaces_only_its_own_stories(store: Store) -> None:
    run_day(store, "day1")  # the shared desk (CLI, library)
    bundle = _bundle("day1")
    day = dt.date(2025, 6, 2)
    theirs = merge_briefings(
        [bundle_article(bundle["articles"][0], day)], day, stories=store, tenant="token-b"
    )
    assert {m.status for m in theirs.stories} == {"new"}  # the shared day is not theirs to continue
    assert [s.id for s in list_stories(store, tenant="token-b")] == [FLOOD]
    assert {s.id for s in list_stories(store)} == {FLOOD, MILL}  # their run of the day replaced nothing
    assert story_timeline(store, MILL, tenant="token-b") is None


def test_a_day_whose_every_article_failed_keeps_the_stories_an_earlier_run_kept(store: Store) -> None:
    run_day(store, "day1")
    before = [s.model_dump() for s in list_stories(store)]
    down = Failure("s1-courier", "transport", "the endpoint did not answer")
    day = merge_briefings([], dt.date(2025, 6, 2), failures=[(None, down)], stories=store)
    assert any("left as they were" in w for w in day.warnings)
    assert [s.model_dump() for s in list_stories(store)] == before
    nothing = merge_briefings([], dt.date(2025, 6, 2), stories=store)  # a day of no articles
    assert any("left as they were" in w for w in nothing.warnings)
    assert [s.model_dump() for s in list_stories(store)] == before


@pytest.mark.parametrize("first", [dt.date.min, dt.date(1, 1, 10), dt.date.max])
def test_days_at_the_ends_of_the_calendar_are_linked_like_any_other(store: Store, first: dt.date) -> None:
    bundle = _bundle("day1")
    days = (
        [first, first + dt.timedelta(days=1)]
        if first < dt.date.max
        else [first - dt.timedelta(days=1), first]
    )
    for day in days:
        merged = merge_briefings([bundle_article(a, day) for a in bundle["articles"]], day, stories=store)
    assert {m.status for m in merged.stories} == {"continuing"}


def test_a_story_row_whose_day_is_no_date_is_left_out_with_a_warning(store: Store) -> None:
    run_day(store, "day1")
    with sqlite3.connect(store.path) as conn:  # a row a foreign tool wrote, sorting among real days
        conn.execute("INSERT INTO story_days VALUES ('', '2025-06-02x', 'i9', 'x', '{}', '2025-06-02')")
    day = run_day(store, "day2")
    assert marks(day)["s2-courier"][:2] == (FLOOD, "updated")
    assert any("has no date ('2025-06-02x')" in w for w in day.warnings)


def test_a_store_from_before_owners_keeps_its_stories_as_the_shared_desks(
    store: Store, tmp_path: Path
) -> None:
    run_day(store, "day1")
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT day, incident, story, record, recorded_at FROM story_days").fetchall()
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    upto = [name for name, _ in MIGRATIONS].index("stories") + 1
    for _name, statements in MIGRATIONS[:upto]:
        for statement in statements:
            old.execute(statement)
    old.executemany("INSERT INTO story_days VALUES (?, ?, ?, ?, ?)", rows)
    old.execute(f"PRAGMA user_version = {upto}")
    old.commit()
    old.close()
    upgraded = Store(path)
    assert [s.model_dump() for s in list_stories(upgraded)] == [s.model_dump() for s in list_stories(store)]
    assert list_stories(upgraded, tenant="token-b") == []


def test_the_story_command_prints_a_stored_story_id_as_inert_text(tmp_path: Path) -> None:
    """A row another tool wrote may give a story any id: the terminal gets no escape from it."""
    runner = CliRunner()
    home = {"SUMMARIZER_HOME": str(tmp_path / "home")}
    store = open_store(Path(runner.invoke(app, ["logs", "path"], env=home).stdout.strip()))
    run_day(store, "day1")
    evil = "2025-06-02.i1\x1b]0;owned\x07"
    ((record,),) = sqlite3.connect(store.path).execute(
        "SELECT record FROM story_days WHERE story = ?", (FLOOD,)
    )
    store.replace_story_day(
        dt.date(2025, 6, 2), [("i1", evil, record.replace(FLOOD, json.dumps(evil)[1:-1]))]
    )
    for args in (["story"], ["story", evil]):
        shown = runner.invoke(app, args, env=home)
        assert shown.exit_code == 0 and "owned" in shown.stdout and "\x1b" not in shown.stdout, shown.output


def copies_of_day(name: str, copies: int) -> list[Any]:
    """Every article of a day ``copies`` times over, each copy its own article (its own id
    and outlet): a busy day on which every outlet carries the same wire stories."""
    bundle = _bundle(name)
    day = dt.date.fromisoformat(bundle["date"])
    return [
        bundle_article({**a, "id": f"{a['id']}-{n}", "source": f"Outlet {n}"}, day)
        for n in range(copies)
        for a in bundle["articles"]
    ]


def test_a_story_carried_by_every_outlet_still_continues_and_is_kept_once_per_distinct_report(
    store: Store,
) -> None:
    """A hundred outlets carrying the same wire copy give a hundred reports whose evidence is
    equal: compared once and kept once (they were kept a hundred times, and the next day read
    them all back). The stories still continue: one of equal reports scores as any."""
    run_day(store, "day1")
    day2 = _bundle("day2")
    date = dt.date.fromisoformat(day2["date"])
    second = merge_briefings(copies_of_day("day2", 100), date, stories=store)
    by_story = {m.story: m.status for m in second.stories}
    assert by_story[FLOOD] == "updated" and by_story[MILL] == "continuing"
    assert all(len(i.reports) == 100 for i in second.incidents)
    rows = store.story_days_between(date, date + dt.timedelta(days=1))
    kept = {story: len(json.loads(record)["reports"]) for _, _, story, record in rows}
    assert kept[FLOOD] == 1 and kept[MILL] == 1
