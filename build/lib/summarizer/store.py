"""SQLite cache of results and log of every LLM call.

One file in the user data directory (``Settings.data_dir``). WAL mode and a busy timeout
let several threads and processes write at once; each thread gets its own connection.
Secrets are never stored: the API key is not passed in, and any text that would be stored
is scrubbed of the configured key in case an endpoint echoes it back.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.llm.types import CallRecord

SCHEMA = [
    """
    CREATE TABLE IF NOT EXISTS calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        article_id TEXT,
        engine TEXT,
        model TEXT,
        mode TEXT,
        prompt_id TEXT,
        prompt_version TEXT,
        prompt_hash TEXT,
        schema_version TEXT,
        purpose TEXT,
        attempt INTEGER,
        parameters TEXT,
        request_messages TEXT,
        raw_response TEXT,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        total_tokens INTEGER,
        latency_ms REAL,
        status INTEGER,
        error TEXT
    )
    """,
    "CREATE INDEX IF NOT EXISTS calls_article ON calls(article_id)",
    """
    CREATE TABLE IF NOT EXISTS results (
        cache_key TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        engine TEXT NOT NULL,
        briefing TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
]
BUSY_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class CallContext:
    """What every call made for one article shares."""

    article_id: str
    engine: str
    model: str | None
    mode: str | None
    prompt_id: str | None
    prompt_version: str | None
    prompt_hash: str | None
    schema_version: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class Store:
    def __init__(self, path: Path, secrets: Iterable[str] = ()) -> None:
        self.path = path
        self._secrets = [s for s in secrets if s]
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._transaction() as conn:
            for statement in SCHEMA:
                conn.execute(statement)

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        # BEGIN IMMEDIATE takes the write lock up front, so a busy database waits on the
        # busy timeout instead of failing half-way through with "database is locked".
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def scrub(self, text: str | None) -> str | None:
        if text is None:
            return None
        for secret in self._secrets:
            text = text.replace(secret, "[REDACTED]")
        return text

    # ------------------------------------------------------------------ cache

    def get_result(self, key: str) -> str | None:
        row = (
            self._connection().execute("SELECT briefing FROM results WHERE cache_key = ?", (key,)).fetchone()
        )
        return None if row is None else str(row["briefing"])

    def put_result(self, key: str, article_id: str, engine: str, briefing_json: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)",
                (key, article_id, engine, self.scrub(briefing_json), _now()),
            )

    # ------------------------------------------------------------------ run log

    def log_call(self, ctx: CallContext, record: CallRecord, *, purpose: str, attempt: int) -> int:
        messages = json.dumps(record.messages, ensure_ascii=False)
        with self._transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO calls (created_at, article_id, engine, model, mode, prompt_id,
                   prompt_version, prompt_hash, schema_version, purpose, attempt, parameters,
                   request_messages, raw_response, prompt_tokens, completion_tokens,
                   total_tokens, latency_ms, status, error)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    _now(), ctx.article_id, ctx.engine, ctx.model, ctx.mode, ctx.prompt_id,
                    ctx.prompt_version, ctx.prompt_hash, ctx.schema_version, purpose, attempt,
                    json.dumps(record.parameters, sort_keys=True), self.scrub(messages),
                    self.scrub(record.raw_response), record.usage.prompt_tokens,
                    record.usage.completion_tokens, record.usage.total_tokens,
                    round(record.latency_ms, 3), record.status, self.scrub(record.error),
                ),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def list_calls(self, limit: int = 20, article_id: str | None = None) -> list[dict[str, Any]]:
        query = "SELECT * FROM calls"
        params: tuple[Any, ...] = ()
        if article_id:
            query += " WHERE article_id = ?"
            params = (article_id,)
        query += " ORDER BY id DESC LIMIT ?"
        rows = self._connection().execute(query, (*params, limit)).fetchall()
        return [dict(r) for r in rows]

    def get_call(self, call_id: int) -> dict[str, Any] | None:
        row = self._connection().execute("SELECT * FROM calls WHERE id = ?", (call_id,)).fetchone()
        return None if row is None else dict(row)


_stores: dict[tuple[Path, tuple[str, ...]], Store] = {}
_stores_lock = threading.Lock()


def open_store(path: Path, secrets: Iterable[str] = ()) -> Store:
    """One ``Store`` per database file and process, created on first use."""
    key = (path.resolve(), tuple(secrets))
    with _stores_lock:
        if key not in _stores:
            _stores[key] = Store(path, key[1])
        return _stores[key]
