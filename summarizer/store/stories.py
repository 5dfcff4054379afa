"""Stories across days: one row per incident of a day (``story_days``), with the story it
belongs to and the day's record of it as JSON. ``daily.stories`` decides what a record
holds and which story an incident joins; these methods only read and write the rows.

Every row belongs to an owner, as a job does: the service's token id, or ``SHARED`` for
the CLI, the library and the tokenless service (one user). An owner reads and replaces only
its own rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from summarizer.store.connection import StoreBase, now

# day, incident id, story id, record JSON
StoryRow = tuple[dt.date, str, str, str]
SHARED = ""


def _date(value: object) -> dt.date | None:
    """A row's day, or ``None`` when it holds no date (a row a foreign tool or a damaged
    file wrote): such a row is left out, never a reason for a day to fail."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class StoryTables(StoreBase):
    def _story_query(self, sql: str, params: tuple[object, ...] | list[str]) -> list[sqlite3.Row]:
        """A read of the stories; one that fails (a store damaged while open) reads as
        nothing, with a warning, since stories are never a reason for a day to fail."""
        try:
            return self.connection().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            self._warnings.append(f"could not read the stories in the store {self.path}: {exc}")
            return []

    def _story_rows(self, found: list[sqlite3.Row]) -> list[StoryRow]:
        rows = []
        for day, incident, story, record in found:
            if (date := _date(day)) is None:
                self._warnings.append(
                    f"a story row of the store {self.path} has no date ({str(day)[:40]!r}); left out"
                )
                continue
            rows.append((date, str(incident), str(story), str(record)))
        return rows

    def replace_story_day(
        self, day: dt.date, rows: Iterable[tuple[str, str, str]], owner: str = SHARED
    ) -> None:
        """The day's rows (incident id, story id, record JSON), replacing whatever an
        earlier run of the same day by the same owner wrote, in one transaction. ``rows``
        may be a generator: each row is written as it comes, so a busy day's rows are never
        held together."""
        try:
            with self.transaction() as conn:
                conn.execute("DELETE FROM story_days WHERE owner = ? AND day = ?", (owner, day.isoformat()))
                conn.execute(
                    "INSERT OR IGNORE INTO story_run_days (owner, day) VALUES (?, ?)",
                    (owner, day.isoformat()),
                )
                conn.executemany(
                    "INSERT INTO story_days (owner, day, incident, story, record, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        (owner, day.isoformat(), incident, story, self.scrub(record), now())
                        for incident, story, record in rows
                    ),
                )
        except sqlite3.Error as exc:
            self._write_failed("record the day's stories", exc)

    def story_days_between(self, first: dt.date, before: dt.date, owner: str = SHARED) -> list[StoryRow]:
        """Rows of the days from ``first`` up to, not including, ``before``, oldest first."""
        rows = self._story_query(
            "SELECT day, incident, story, record FROM story_days WHERE owner = ? AND day >= ? AND day < ? "
            "ORDER BY day, incident",
            (owner, first.isoformat(), before.isoformat()),
        )
        return self._story_rows(rows)

    def story_day_rows(self, day: dt.date, owner: str = SHARED) -> list[StoryRow]:
        """The rows the last run of ``day`` kept."""
        rows = self._story_query(
            "SELECT day, incident, story, record FROM story_days WHERE owner = ? AND day = ? "
            "ORDER BY incident",
            (owner, day.isoformat()),
        )
        return self._story_rows(rows)

    def story_ids_begun_on(self, day: dt.date, owner: str = SHARED) -> set[str]:
        """Every stored story id a run of ``day`` gave ("day.i1", "day.i1~2"), its last run's
        or an earlier one's that a later day still links to."""
        prefix = f"{day.isoformat()}."
        rows = self._story_query(
            # A range on the (owner, story) index: "/" is the character after ".".
            "SELECT DISTINCT story FROM story_days WHERE owner = ? AND story >= ? AND story < ?",
            (owner, prefix, f"{day.isoformat()}/"),
        )
        return {row[0] for row in rows}

    def last_story_day_before(self, before: dt.date, owner: str = SHARED) -> dt.date | None:
        """The last day before ``before`` that was run, whether or not it told an incident."""
        rows = self._story_query(
            # date(day) = day: a row whose day is no date (it may sort after every real one) is no last day.
            "SELECT MAX(day) FROM story_run_days WHERE owner = ? AND day < ? AND date(day) = day",
            (owner, before.isoformat()),
        )
        return _date(rows[0][0]) if rows else None

    def story_rows(self, story: str, owner: str = SHARED) -> list[StoryRow]:
        """Every row of one story, oldest first."""
        rows = self._story_query(
            "SELECT day, incident, story, record FROM story_days WHERE owner = ? AND story = ? "
            "ORDER BY day, incident",
            (owner, story),
        )
        return self._story_rows(rows)

    def latest_story_rows(self, limit: int, owner: str = SHARED) -> list[StoryRow]:
        """The latest row of each story, the stories seen most recently first."""
        rows = self._story_query(
            """SELECT s.day, s.incident, s.story, s.record FROM story_days s
               JOIN (SELECT story, MAX(day) AS last FROM story_days WHERE owner = ? GROUP BY story) l
                 ON l.story = s.story AND l.last = s.day
               WHERE s.owner = ?
               ORDER BY s.day DESC, s.story LIMIT ?""",
            (owner, owner, limit),
        )
        return self._story_rows(rows)

    def story_first_days(self, stories: list[str], owner: str = SHARED) -> dict[str, tuple[dt.date, int]]:
        """Each story's first day and how many days it was seen on."""
        found: dict[str, tuple[dt.date, int]] = {}
        for start in range(0, len(stories), 500):  # SQLite's bound-parameter limit
            chunk = stories[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for story, first, days in self._story_query(
                "SELECT story, MIN(day), COUNT(DISTINCT day) FROM story_days "
                f"WHERE owner = ? AND story IN ({marks}) GROUP BY story",
                [owner, *chunk],
            ):
                if (date := _date(first)) is not None:
                    found[str(story)] = (date, int(days))
        return found
