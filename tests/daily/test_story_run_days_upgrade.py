"""A store written before ``story_run_days`` (main's schema) is upgraded with the days its
owners ran: each owner's last day is its own, and a row whose day is no date is no last day."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from summarizer.store import Store
from summarizer.store.migrations import MIGRATIONS


def test_an_older_store_gets_each_owners_run_days(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    upto = [name for name, _ in MIGRATIONS].index("story_run_days")
    for _name, statements in MIGRATIONS[:upto]:
        for statement in statements:
            old.execute(statement)
    old.executemany(
        "INSERT INTO story_days VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("", "2026-05-04", "i1", "2026-05-04.i1", "{}", "t"),
            ("", "2026-05-04", "i2", "2026-05-04.i2", "{}", "t"),
            ("token-b", "2026-05-06", "i1", "2026-05-06.i1", "{}", "t"),
            ("", "2026-05-07x", "i1", "x", "{}", "t"),
        ],
    )
    old.execute(f"PRAGMA user_version = {upto}")
    old.commit()
    old.close()
    store = Store(path)
    after = dt.date(2026, 5, 9)
    assert store.last_story_day_before(after) == dt.date(2026, 5, 4)
    assert store.last_story_day_before(after, "token-b") == dt.date(2026, 5, 6)
    assert store.last_story_day_before(dt.date(2026, 5, 4)) is None
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
