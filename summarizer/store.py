"""SQLite cache of results and log of every LLM call.

One file in the user data directory (``Settings.data_dir``). WAL mode and a busy timeout
let several threads and processes write at once; each thread gets its own connection.
Secrets are never stored: the API key is not passed in, and any text that would be stored
is scrubbed of the configured key in case an endpoint echoes it back.

The store is a convenience, never a reason for a run to fail: a damaged or foreign file is
moved aside (renamed with a timestamp) and a fresh store made; a folder that cannot be
written gives a store in a temporary folder for this process; a write that fails later is
skipped. Each of these leaves a message in ``warnings`` for the caller to show.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.platform != "win32":
    import fcntl

from summarizer.costs import cost_usd
from summarizer.llm.types import CallRecord
from summarizer.redact import Redactor

_FIRST_RELEASE = [
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
_JOBS = [
    """
    CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        owner TEXT,
        options TEXT NOT NULL,
        total INTEGER NOT NULL,
        cancelled INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE job_items (
        job_id TEXT NOT NULL REFERENCES jobs(id),
        seq INTEGER NOT NULL,
        article TEXT NOT NULL,
        state TEXT NOT NULL,
        result TEXT,
        done_order INTEGER,
        PRIMARY KEY (job_id, seq)
    )
    """,
    "CREATE INDEX job_items_state ON job_items(state, job_id, seq)",
]
# Which process holds a running item, so that a process starting beside live ones (service
# workers, replicas sharing the store) puts back only the items of processes that died.
_CLAIMS = ["ALTER TABLE job_items ADD COLUMN claimed_by TEXT"]
# Each entry upgrades a store by one schema version (PRAGMA user_version). The first
# release's tables use IF NOT EXISTS, so the stores it wrote (version 0, tables present)
# upgrade in place with every cached result and logged call kept.
# Pages fetched for URL inputs (summarizer/fetch.py), so a URL is fetched once.
_PAGES = [
    """
    CREATE TABLE pages (
        url TEXT PRIMARY KEY,
        final_url TEXT NOT NULL,
        content_type TEXT NOT NULL,
        charset TEXT,
        body BLOB NOT NULL,
        fetched_at TEXT NOT NULL
    )
    """
]
# Batch API runs (summarizer/batch.py): the batches, each article waiting for results, and
# each request sent with the answer or error that came back.
_BATCHES = [
    """
    CREATE TABLE batches (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        input_file_id TEXT NOT NULL,
        status TEXT NOT NULL,
        output_file_id TEXT,
        error_file_id TEXT,
        request_counts TEXT,
        collected INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE batch_articles (
        article_key TEXT PRIMARY KEY,
        article TEXT NOT NULL,
        prompt TEXT NOT NULL,
        model TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT,
        submitted_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE batch_requests (
        request_key TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL,
        article_key TEXT NOT NULL,
        status_code INTEGER,
        response BLOB,
        error TEXT
    )
    """,
    "CREATE INDEX batch_requests_article ON batch_requests(article_key)",
]
# What each call cost in USD (NULL: unknown, never zero for unknown).
_COSTS = ["ALTER TABLE calls ADD COLUMN cost_usd REAL"]
MIGRATIONS: list[list[str]] = [_FIRST_RELEASE, _JOBS, _CLAIMS, _PAGES, _BATCHES, _COSTS]
BUSY_TIMEOUT_MS = 60_000
# SQLite result codes that mean the file is not a usable database, as opposed to a busy or
# unreadable one: SQLITE_CORRUPT, SQLITE_NOTADB.
_DAMAGED = {11, 26}


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
    provider: str | None = None  # whose prices apply (summarizer/costs.py); None: unknown
    batch: bool = False  # sent through the Batch API, at its price


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@contextmanager
def _between_processes(lock_path: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``lock_path`` (released by the kernel if the holder
    dies); nothing where there is no ``fcntl`` or the file cannot be opened, which leaves
    SQLite's busy timeout to order the writers."""
    if sys.platform == "win32":
        yield
        return
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError:
        yield
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


class StoreTooNew(Exception):
    """The store's schema is newer than this release knows; it is never modified."""


class Store:
    def __init__(self, path: Path, secrets: Iterable[str] = ()) -> None:
        self._redactor = Redactor(secrets)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._warnings: list[str] = []
        self.path = self._open(path)

    def _open(self, path: Path) -> Path:
        """Create the tables, recovering from a damaged file or an unwritable folder."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._create(path)
            return path
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) not in _DAMAGED:
                return self._fallback(path, f"cannot use the store {path}: {exc}")
            moved = self._move_aside(path)
            if moved is None:
                return self._fallback(path, f"the store {path} is damaged ({exc}) and cannot be moved")
            self._warnings.append(f"the store {path} was damaged ({exc}); moved it to {moved}, started anew")
            self._create(path)
            return path
        except OSError as exc:
            return self._fallback(path, f"cannot create the store in {path.parent}: {exc.strerror or exc}")
        except StoreTooNew as exc:
            return self._fallback(path, f"{exc}; it is left as it is")

    def _create(self, path: Path) -> None:
        self.path = path
        self._close_connection()
        with self.transaction() as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > len(MIGRATIONS):
                raise StoreTooNew(f"the store {path} was written by a newer release (schema {version})")
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def _move_aside(self, path: Path) -> Path | None:
        self._close_connection()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            os.replace(path, target)
        except OSError:
            return None
        for suffix in ("-wal", "-shm"):  # they belong to the damaged file, not the new one
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return target

    def _fallback(self, path: Path, reason: str) -> Path:
        """A store in a fresh temporary folder, so the run goes on without the cache."""
        temporary = Path(tempfile.mkdtemp(prefix="summarizer-store-")) / path.name
        self._warnings.append(f"{reason}; using {temporary} for this run (nothing is cached across runs)")
        self._create(temporary)
        return temporary

    def _close_connection(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def take_warnings(self) -> list[str]:
        """Messages about the store not yet shown (each is returned once)."""
        taken, self._warnings[:] = list(self._warnings), []
        return taken

    def _write_failed(self, what: str, exc: sqlite3.Error) -> None:
        self._warnings.append(f"could not {what} in the store {self.path}: {exc}")

    def connection(self) -> sqlite3.Connection:
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
    def transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.connection()
        # Writers take turns on locks before SQLite's: its own busy handler backs off in sleeps
        # of up to 100 ms, which under many writers costs far more than the writes. Threads of
        # this process queue on a lock, processes of this machine (service processes, replicas,
        # a CLI run beside a server) on an advisory lock on a file beside the store; both wake
        # the next writer at once. BEGIN IMMEDIATE then takes the database's write lock up
        # front, so any other writer makes this one wait on the busy timeout instead of failing
        # half-way.
        with self._write_lock, _between_processes(Path(f"{self.path}.lock")):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def scrub(self, text: str | None) -> str | None:
        return self._redactor.scrub(text)

    # ------------------------------------------------------------------ cache

    def get_result(self, key: str) -> str | None:
        row = self.connection().execute("SELECT briefing FROM results WHERE cache_key = ?", (key,)).fetchone()
        return None if row is None else str(row["briefing"])

    def put_result(self, key: str, article_id: str, engine: str, briefing_json: str) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)",
                    (key, article_id, engine, self.scrub(briefing_json), _now()),
                )
        except sqlite3.Error as exc:
            self._write_failed(f"cache the result of {article_id}", exc)

    # ------------------------------------------------------------------ fetched pages

    def get_page(self, url: str) -> tuple[str, str, str | None, bytes] | None:
        """A page fetched before: final URL, content type, charset and body."""
        row = (
            self.connection()
            .execute("SELECT final_url, content_type, charset, body FROM pages WHERE url = ?", (url,))
            .fetchone()
        )
        return None if row is None else (row[0], row[1], row[2], bytes(row[3]))

    def put_page(self, url: str, final_url: str, content_type: str, charset: str | None, body: bytes) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                    (url, final_url, content_type, charset, body, _now()),
                )
        except sqlite3.Error as exc:
            self._write_failed(f"keep the page {url}", exc)

    # ------------------------------------------------------------------ run log

    def log_call(self, ctx: CallContext, record: CallRecord, *, purpose: str, attempt: int) -> int:
        messages = json.dumps(record.messages, ensure_ascii=False)
        try:
            return self._insert_call(ctx, record, messages, purpose, attempt)
        except sqlite3.Error as exc:
            self._write_failed(f"log a call for {ctx.article_id}", exc)
            return 0

    def _insert_call(
        self, ctx: CallContext, record: CallRecord, messages: str, purpose: str, attempt: int
    ) -> int:
        with self.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO calls (created_at, article_id, engine, model, mode, prompt_id,
                   prompt_version, prompt_hash, schema_version, purpose, attempt, parameters,
                   request_messages, raw_response, prompt_tokens, completion_tokens,
                   total_tokens, latency_ms, status, error, cost_usd)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    _now(), ctx.article_id, ctx.engine, ctx.model, ctx.mode, ctx.prompt_id,
                    ctx.prompt_version, ctx.prompt_hash, ctx.schema_version, purpose, attempt,
                    json.dumps(record.parameters, sort_keys=True), self.scrub(messages),
                    self.scrub(record.raw_response), record.usage.prompt_tokens,
                    record.usage.completion_tokens, record.usage.total_tokens,
                    round(record.latency_ms, 3), record.status, self.scrub(record.error),
                    cost_usd(ctx.model, ctx.provider, record.usage, ctx.batch),
                ),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def list_calls(
        self,
        limit: int = 20,
        article_id: str | None = None,
        model: str | None = None,
        prompt: str | None = None,
        text: str | None = None,
    ) -> list[dict[str, Any]]:
        """The newest calls, filtered by article, model, prompt (``id`` or ``id/version``)
        and words in their messages, reply or error (all of them, in any order)."""
        where: list[str] = []
        params: list[str | int] = []
        for column, value in (("article_id", article_id), ("model", model)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if prompt:
            prompt_id, _, version = prompt.partition("/")
            where.append("prompt_id = ?" + (" AND prompt_version = ?" if version else ""))
            params += [prompt_id, version] if version else [prompt_id]
        if text and text.strip():
            condition, words = self._text_condition(text)
            where.append(condition)
            params += words
        query = "SELECT * FROM calls" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.connection().execute(query + " ORDER BY id DESC LIMIT ?", (*params, limit)).fetchall()
        return [dict(r) for r in rows]

    def _text_condition(self, text: str) -> tuple[str, list[str]]:
        """A condition on calls holding every word of ``text`` in their messages, reply or
        error: through a full-text index (SQLite FTS5) brought up to date first, or, where
        SQLite was built without FTS5, a scan."""
        words = text.split()
        try:
            with self.transaction() as conn:
                conn.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS calls_search USING "
                    "fts5(request_messages, raw_response, error, content='')"
                )
                conn.execute("CREATE TABLE IF NOT EXISTS calls_search_done (last_id INTEGER NOT NULL)")
                done = conn.execute("SELECT COALESCE(MAX(last_id), 0) FROM calls_search_done").fetchone()[0]
                conn.execute(
                    "INSERT INTO calls_search (rowid, request_messages, raw_response, error) "
                    "SELECT id, request_messages, raw_response, error FROM calls WHERE id > ?",
                    (done,),
                )
                conn.execute("DELETE FROM calls_search_done")
                conn.execute("INSERT INTO calls_search_done SELECT COALESCE(MAX(id), 0) FROM calls")
        except sqlite3.OperationalError:  # no FTS5 in this SQLite
            scanned = "(COALESCE(request_messages, '') || COALESCE(raw_response, '') || COALESCE(error, ''))"
            return " AND ".join(f"{scanned} LIKE ?" for _ in words), [f"%{w}%" for w in words]
        # Each word quoted: what a user types is words to find, never query syntax.
        phrase = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        return "id IN (SELECT rowid FROM calls_search WHERE calls_search MATCH ?)", [phrase]

    def call_totals(self) -> list[dict[str, Any]]:
        """Calls, failures, tokens and cost (unknown if any call's is) by day and model."""
        rows = self.connection().execute(
            "SELECT substr(created_at, 1, 10) AS day, model, COUNT(*) AS calls, "
            "SUM(error IS NOT NULL) AS failed, COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens, "
            "COALESCE(SUM(completion_tokens), 0) AS completion_tokens, "
            "CASE WHEN COUNT(cost_usd) = COUNT(*) THEN SUM(cost_usd) END AS cost_usd FROM calls "
            "GROUP BY day, model ORDER BY day DESC, model"
        )
        return [dict(r) for r in rows]

    def last_call_id(self) -> int:
        return int(self.connection().execute("SELECT COALESCE(MAX(id), 0) FROM calls").fetchone()[0])

    def calls_since(self, call_id: int) -> tuple[int, float | None]:
        """Calls logged after ``call_id`` and their cost (``None`` if any is unknown)."""
        row = (
            self.connection()
            .execute(
                "SELECT COUNT(*), CASE WHEN COUNT(cost_usd) = COUNT(*) THEN COALESCE(SUM(cost_usd), 0) END "
                "FROM calls WHERE id > ?",
                (call_id,),
            )
            .fetchone()
        )
        return int(row[0]), row[1]

    def get_call(self, call_id: int) -> dict[str, Any] | None:
        row = self.connection().execute("SELECT * FROM calls WHERE id = ?", (call_id,)).fetchone()
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
