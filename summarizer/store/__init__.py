"""SQLite cache of results and log of every LLM call, and the tables of jobs and batches.

One file in the user data directory (``Settings.data_dir``). WAL mode and a busy timeout
let several threads and processes write at once; each thread gets its own connection.
Secrets are never stored: the API key is not passed in, and any text that would be stored
is scrubbed of the configured key in case an endpoint echoes it back.

No SQL lives outside this package: ``migrations`` holds every table, ``connection`` the
file and its recovery, ``cache`` results and fetched pages, ``runlog`` the calls, ``jobs``
and ``batches`` the service's jobs and the Batch API's runs, ``stories`` the stories
kept across days.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from summarizer.store.batches import BatchTables
from summarizer.store.cache import CacheTables
from summarizer.store.connection import StoreTooNew
from summarizer.store.jobs import JobTables
from summarizer.store.runlog import RunLog
from summarizer.store.stories import StoryTables

__all__ = ["Store", "StoreTooNew", "open_store"]


class Store(CacheTables, RunLog, JobTables, BatchTables, StoryTables):
    """One store file: every table behind its own methods."""


_stores: dict[tuple[Path, tuple[str, ...]], Store] = {}
_stores_lock = threading.Lock()


def open_store(path: Path, secrets: Iterable[str] = ()) -> Store:
    """One ``Store`` per database file and process, created on first use."""
    key = (path.resolve(), tuple(secrets))
    with _stores_lock:
        if key not in _stores:
            _stores[key] = Store(path, key[1])
        return _stores[key]
