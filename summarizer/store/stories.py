"""Stories across days: one row per incident of a day (``story_days``), with the story it
belongs to and the day's record of it as JSON. ``daily.stories`` decides what a record
holds and which story an incident joins; these methods only read and write the rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from summarizer.store.connection import StoreBase, now

# day, incident id, story id, record JSON
StoryRow = tuple[dt.date, str, str, str]


def _row(row: sqlite3.Row) -> StoryRow:
    return dt.date.fromisoformat(row[0]), str(row[1]), str(row[2]), str(row[3])


class StoryTables(StoreBase):
    def _story_query(self, sql: str, params: tuple[object, ...] | list[str]) -> list[sqlite3.Row]:
        """A read of the stories; one that fails (a store damaged while open) reads as
        nothing, with a warning, since stories are never a reason for a day to fail."""
        try:
            return self.connection().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            self._warnings.append(f"could not read the stories in the store {self.path}: {exc}")
            return []

    def replace_story_day(self, day: dt.date, rows: Iterable[tuple[str, str, str]]) -> None:
        """The day's rows (incident id, story id, record JSON), replacing whatever an
        earlier run of the same day wrote, in one transaction. ``rows`` may be a generator:
        each row is written as it comes, so a busy day's rows are never held together."""
        try:
            with self.transaction() as conn:
                conn.execute("DELETE FROM story_days WHERE day = ?", (day.isoformat(),))
                conn.executemany(
                    "INSERT INTO story_days (day, incident, story, record, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        (day.isoformat(), incident, story, self.scrub(record), now())
                        for incident, story, record in rows
                    ),
                )
        except sqlite3.Error as exc:
            self._write_failed("record the day's stories", exc)

    def story_days_between(self, first: dt.date, before: dt.date) -> list[StoryRow]:
        """Rows of the days from ``first`` up to, not including, ``before``, oldest first."""
        rows = self._story_query(
            "SELECT day, incident, story, record FROM story_days WHERE day >= ? AND day < ? "
            "ORDER BY day, incident",
            (first.isoformat(), before.isoformat()),
        )
        return [_row(r) for r in rows]

    def last_story_day_before(self, before: dt.date) -> dt.date | None:
        rows = self._story_query("SELECT MAX(day) FROM story_days WHERE day < ?", (before.isoformat(),))
        return dt.date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    def story_rows(self, story: str) -> list[StoryRow]:
        """Every row of one story, oldest first."""
        rows = self._story_query(
            "SELECT day, incident, story, record FROM story_days WHERE story = ? ORDER BY day, incident",
            (story,),
        )
        return [_row(r) for r in rows]

    def latest_story_rows(self, limit: int) -> list[StoryRow]:
        """The latest row of each story, the stories seen most recently first."""
        rows = self._story_query(
            """SELECT s.day, s.incident, s.story, s.record FROM story_days s
               JOIN (SELECT story, MAX(day) AS last FROM story_days GROUP BY story) l
                 ON l.story = s.story AND l.last = s.day
               ORDER BY s.day DESC, s.story LIMIT ?""",
            (limit,),
        )
        return [_row(r) for r in rows]

    def story_first_days(self, stories: list[str]) -> dict[str, tuple[dt.date, int]]:
        """Each story's first day and how many days it was seen on."""
        found: dict[str, tuple[dt.date, int]] = {}
        for start in range(0, len(stories), 500):  # SQLite's bound-parameter limit
            chunk = stories[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for story, first, days in self._story_query(
                f"SELECT story, MIN(day), COUNT(DISTINCT day) FROM story_days WHERE story IN ({marks}) "
                "GROUP BY story",
                chunk,
            ):
                found[str(story)] = (dt.date.fromisoformat(first), int(days))
        return found
