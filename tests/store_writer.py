"""The writer that test_reliability starts in several spawned processes at once. It lives
apart from the test module so that each child imports only the store, not the suite."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.llm.types import CallContext, CallRecord
from summarizer.models.common import Usage
from summarizer.store import open_store

WRITES = 150


def write_many(db: str, worker: int) -> None:
    store = open_store(Path(db))
    context = CallContext(f"w{worker}", "llm", "m", "json", "briefing", "v1", "h", "briefing/v1")
    for n in range(WRITES):
        store.put_result(f"key-{worker}-{n}", f"w{worker}", "llm", json.dumps({"n": n}))
        record = CallRecord([{"role": "user", "content": "x"}], {}, "{}", Usage(total_tokens=1), 1.0)
        store.log_call(context, record, purpose="extract", attempt=1)
