"""The store's file: one connection per thread, the write transaction taken in turn by
threads and processes, and recovery from a damaged file or an unwritable folder.

The store is a convenience, never a reason for a run to fail: a damaged or foreign file is
moved aside (renamed with a timestamp) and a fresh store made; a folder that cannot be
written gives a store in a temporary folder for this process; a write that fails later is
skipped. Each of these leaves a message in ``warnings`` for the caller to show.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform != "win32":
    import fcntl

from summarizer.llm.redact import Redactor
from summarizer.store.migrations import MIGRATIONS, READY_PROBE

BUSY_TIMEOUT_MS = 60_000
# SQLite result codes that mean the file is not a usable database, as opposed to a busy or
# unreadable one: SQLITE_CORRUPT, SQLITE_NOTADB.
_DAMAGED = {11, 26}
# SQLITE_READONLY (primary code): the file or its folder may be read but not written.
_READ_ONLY = 8


def now() -> str:
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


class StoreBase:
    """The connection (one per thread), the write transaction, recovery and warnings."""

    def __init__(self, path: Path, secrets: Iterable[str] = ()) -> None:
        self._redactor = Redactor(secrets)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._warnings: list[str] = []
        self._read_only_uri: str | None = None
        self.path = self._open(path)

    def _open(self, path: Path) -> Path:
        """Create the tables, recovering from a damaged file or an unwritable folder."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._create(path)
            return path
        except sqlite3.DatabaseError as exc:
            code = getattr(exc, "sqlite_errorcode", None)
            read_only = code is not None and code & 0xFF == _READ_ONLY  # extended codes included
            if read_only and (readable := self._read_only(path)) is not None:
                return readable
            if code not in _DAMAGED:
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
            for _name, statements in MIGRATIONS[version:]:
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

    def _read_only(self, path: Path) -> Path | None:
        """The store read as it is, when it may be read but not written (a read-only
        folder or file): its cache and run log stay in reach (``logs`` shows them), and
        nothing new is kept. None if it cannot be read either."""
        self._close_connection()
        # A WAL store in a folder that cannot take its -shm file opens only as immutable.
        for mode in ("mode=ro", "immutable=1"):
            self._read_only_uri = f"{path.resolve().as_uri()}?{mode}"
            try:
                self.connection().execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error:
                self._close_connection()
                continue
            self._warnings.append(f"the store {path} is read-only: it is read, but nothing new is kept")
            return path
        self._read_only_uri = None
        return None

    def _fallback(self, path: Path, reason: str) -> Path:
        """A store in a fresh temporary folder, so the run goes on without the cache."""
        folder = tempfile.mkdtemp(prefix="summarizer-store-")
        # Removed once this store is no longer used, at the latest when the process exits:
        # a store folder that cannot be used otherwise left one behind on every run.
        weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        temporary = Path(folder) / path.name
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
        if self._read_only_uri is not None:
            return  # said once, when the store was opened
        self._warnings.append(f"could not {what} in the store {self.path}: {exc}")

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None and self._read_only_uri is not None:
            conn = sqlite3.connect(self._read_only_uri, uri=True, isolation_level=None)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
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
        if self._read_only_uri is not None:
            raise sqlite3.OperationalError(f"the store {self.path} is read-only")
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

    def check_writable(self) -> None:
        """Raise unless a small write to the file commits now (the service's readiness)."""
        with self.transaction() as conn:
            conn.execute(READY_PROBE, (now(),))
