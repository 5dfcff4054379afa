"""The cache: briefings by cache key, and pages fetched for URL inputs (each URL once while
it is fresh)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from summarizer.store.connection import StoreBase, now


class CacheTables(StoreBase):
    def get_result(self, key: str) -> str | None:
        row = self.connection().execute("SELECT briefing FROM results WHERE cache_key = ?", (key,)).fetchone()
        return None if row is None else str(row["briefing"])

    def put_result(self, key: str, article_id: str, engine: str, briefing_json: str) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)",
                    (key, article_id, engine, self.scrub(briefing_json), now()),
                )
        except sqlite3.Error as exc:
            self._write_failed(f"cache the result of {article_id}", exc)

    def get_page(self, key: str, max_age_s: float) -> tuple[str, str, str | None, bytes] | None:
        """A page fetched at most ``max_age_s`` seconds ago, by ``inputs.fetch.page_key``: final
        URL, content type, charset and body."""
        row = (
            self.connection()
            .execute(
                "SELECT final_url, content_type, charset, body, fetched_at FROM pages WHERE key = ?", (key,)
            )
            .fetchone()
        )
        if row is None or _age_s(row[4]) > max_age_s:
            return None
        return (row[0], row[1], row[2], bytes(row[3]))

    def put_page(
        self, key: str, url: str, final_url: str, content_type: str, charset: str | None, body: bytes
    ) -> None:
        """Keep a page under ``key`` (a hash of its full URL); ``url`` and ``final_url`` are
        the shown forms, without credentials."""
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (key, url, final_url, content_type, charset, body, now()),
                )
        except sqlite3.Error as exc:
            self._write_failed(f"keep the page {url}", exc)


def _age_s(stamp: str) -> float:
    """Seconds since ``stamp`` (as ``now()`` writes it); an unreadable one is as old as can be."""
    try:
        then = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return float("inf")
    return (dt.datetime.now(dt.UTC) - then).total_seconds()
