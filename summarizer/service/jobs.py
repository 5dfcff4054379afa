"""Jobs of many articles, kept in the store so that they outlive the server process.

A job is a row in ``jobs`` and one row per article in ``job_items`` (state ``queued``,
``running``, ``briefed``, ``failed`` or ``cancelled``). Workers claim queued items one at a
time in a write transaction, owners taking turns (one owner's long queue never starves
another's), brief them through the same ``Summarizer`` (and cache) as every other face, and
store the result with a completion number, which is what the results stream follows. A
server killed mid-job leaves ``running`` items; the next start puts them back in the queue
(or cancels them, when their job was cancelled), and finished items are never sent to the
LLM again.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.models import Briefing
from summarizer.results import Failure
from summarizer.store import Store

DONE_STATES = ("briefed", "failed", "cancelled")


@dataclass(frozen=True)
class JobStatus:
    id: str
    created_at: str
    state: str  # queued, running, done, cancelled
    total: int
    queued: int
    running: int
    briefed: int
    failed: int
    cancelled: int

    def as_dict(self) -> dict[str, Any]:
        done = self.briefed + self.failed + self.cancelled
        return {
            "id": self.id,
            "created_at": self.created_at,
            "state": self.state,
            "counts": {
                "total": self.total,
                "queued": self.queued,
                "running": self.running,
                "briefed": self.briefed,
                "failed": self.failed,
                "cancelled": self.cancelled,
            },
            "progress": round(done / self.total, 4) if self.total else 1.0,
        }


class QueueFull(Exception):
    """The queue holds ``queued`` items, and a job would take it past the limit."""

    def __init__(self, queued: int) -> None:
        super().__init__(f"{queued:,} articles are queued")
        self.queued = queued


@dataclass(frozen=True)
class Claimed:
    job_id: str
    owner: str | None
    seq: int
    article: Article
    options: dict[str, Any]


def result_record(seq: int, result: Briefing | Failure | None) -> str:
    """One line of a job's results: ``{"seq", "status", "briefing" | "failure"}``."""
    if result is None:
        return json.dumps({"seq": seq, "status": "cancelled"})
    if isinstance(result, Failure):
        failure = {"article_id": result.article_id, "stage": result.stage, "reason": result.public_reason}
        return json.dumps({"seq": seq, "status": "failed", "failure": failure})
    return f'{{"seq": {seq}, "status": "briefed", "briefing": {result.model_dump_json()}}}'


def _process_identity(pid: int) -> str | None:
    """``host:pid:start`` of a live process, the start time telling a reused pid apart;
    ``None`` when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        start = stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # alive, someone else's
        start = "?"  # no /proc: the pid alone
    return f"{socket.gethostname()}:{pid}:{start}"


@lru_cache(maxsize=8)
def this_process(pid: int) -> str:
    """This process's identity (by pid, so that a forked child is not taken for its parent)."""
    return _process_identity(pid) or f"{socket.gethostname()}:{pid}:?"


def claimer_alive(claimer: str | None) -> bool:
    """Whether the process that claimed an item still runs. Only processes on this host can
    be checked; a store is not shared between machines (see the README), so a claim from
    elsewhere, or one without a claimer (stores from before claims were recorded), is
    treated as abandoned."""
    if not claimer:
        return False
    host, _, rest = claimer.partition(":")
    pid, _, _start = rest.partition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    return _process_identity(int(pid)) == claimer


class JobStore:
    """The service's jobs, kept in the store's job tables."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(
        self, articles: list[Article], options: dict[str, Any], owner: str | None, max_queued: int
    ) -> str:
        """A new job's id; ``QueueFull`` when the queue would then hold over ``max_queued``
        items (checked in the same transaction as the insert)."""
        job_id = secrets.token_hex(8)
        queued = self.store.create_job(
            job_id, owner, json.dumps(options), [a.model_dump_json() for a in articles], max_queued
        )
        if queued is not None:
            raise QueueFull(queued)
        return job_id

    def queued_items(self) -> int:
        return self.store.queued_job_items()

    def requeue_interrupted(self) -> int:
        """Items that a process which has since died was working on go back in the queue;
        those of live processes sharing the store (service workers, replicas) stay theirs."""
        return self.store.requeue_job_items(lambda claimer: not claimer_alive(claimer))

    def claim(self) -> Claimed | None:
        """The next queued item of a job that is not cancelled, owners taking turns, marked running."""
        row = self.store.claim_job_item(this_process(os.getpid()))
        if row is None:
            return None
        job_id, owner, seq, article, options = row
        return Claimed(job_id, owner, seq, Article.model_validate_json(article), json.loads(options))

    def finish(self, item: Claimed, result: Briefing | Failure) -> None:
        state = "failed" if isinstance(result, Failure) else "briefed"
        self.store.finish_job_item(item.job_id, item.seq, state, result_record(item.seq, result))

    def cancel(self, job_id: str) -> bool:
        return self.store.cancel_job(job_id)

    def status(self, job_id: str) -> JobStatus | None:
        found = self.store.job_counts(job_id)
        if found is None:
            return None
        created_at, total, cancelled, stored = found
        counts = dict.fromkeys(("queued", "running", "briefed", "failed", "cancelled"), 0) | stored
        if counts["queued"] + counts["running"] == 0:
            state = "cancelled" if cancelled else "done"
        else:
            state = "running" if counts["running"] or counts["briefed"] + counts["failed"] else "queued"
        return JobStatus(job_id, created_at, state, total, **counts)

    def recent(self, owner: str, limit: int = 20) -> list[JobStatus]:
        """The owner's newest jobs."""
        return [
            s for job_id in self.store.recent_job_ids(owner, limit) if (s := self.status(job_id)) is not None
        ]

    def owner(self, job_id: str) -> str | None:
        return self.store.job_owner(job_id)

    def results_after(self, job_id: str, after: int) -> list[tuple[int, int, str]]:
        """Finished items (completion number, seq, record) in completion order, after
        completion number ``after``."""
        return [
            (order, seq, result or result_record(seq, None))
            for order, result, seq in self.store.job_results_after(job_id, after)
        ]


class JobWorkers:
    """A fixed number of threads that take queued items and brief them."""

    def __init__(self, jobs: JobStore, brief: Callable[[Claimed], Briefing | Failure], count: int):
        self.jobs = jobs
        self._brief = brief
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, daemon=True, name=f"job-worker-{n}") for n in range(count)
        ]

    def start(self) -> None:
        self.jobs.requeue_interrupted()
        for thread in self._threads:
            thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float) -> None:
        """Let each worker finish the item in hand (up to ``timeout``), then stop; items
        still running stay marked so, and the next start requeues them."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            item = self.jobs.claim()
            if item is None:
                # New jobs wake the workers; the timeout only covers jobs queued by another
                # process sharing the store.
                self._wake.wait(2.0)
                self._wake.clear()
                continue
            self.jobs.finish(item, self._brief(item))


async def stream_results(
    jobs: JobStore, job_id: str, poll_s: float = 0.1, max_poll_s: float = 1.0
) -> AsyncIterator[str]:
    """JSON lines of a job's results in input order (by ``seq``), each as soon as it and every
    item before it are done, until every item is done.

    An open stream holds no thread: each poll reads the store on a short trip to a thread,
    and the wait between polls is on the event loop. (A synchronous generator held one of
    the server's 40 threadpool threads for the stream's whole life: 45 open streams left
    none for anyone else.) A poll that finds nothing new doubles the wait, up to
    ``max_poll_s``, so that idle streams cost little."""
    after = 0
    waiting: dict[int, str] = {}
    following = 0
    wait = poll_s
    while True:
        status, finished = await asyncio.to_thread(_poll, jobs, job_id, after)
        for order, seq, record in finished:
            after = order
            waiting[seq] = record
        wait = poll_s if finished else min(wait * 2, max_poll_s)
        while following in waiting:
            yield waiting.pop(following) + "\n"
            following += 1
        if status is None or status.queued + status.running == 0:
            for seq in sorted(waiting):  # none, unless seqs have gaps
                yield waiting[seq] + "\n"
            return
        await asyncio.sleep(wait)


def _poll(jobs: JobStore, job_id: str, after: int) -> tuple[JobStatus | None, list[tuple[int, int, str]]]:
    # The state is read before the results, so once it says done, this read has them all.
    status = jobs.status(job_id)
    return status, jobs.results_after(job_id, after)
