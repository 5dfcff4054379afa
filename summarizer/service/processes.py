"""Large offline briefings in worker processes (``pipeline.workers``), apart from the GIL
the event loop needs.

The offline engine is Python and regular expressions: over a 1 MB article one regex call
holds the GIL for 30-80 ms, and in a thread of this process each such call stalls every
request the event loop is serving (``/healthz`` p99 258 ms under 50 concurrent 1 MB
briefings, with a 0.5 ms switch interval). In a worker process it stalls nothing here.

A worker briefs and renders, and sends back the rendered bytes (``Answer``): pickling the
``Briefing`` of a 1 MB article takes 130 ms of this process's GIL, its rendering a copy.
Small articles stay in the thread pool: their calls hold the GIL briefly, and they do not
wait behind the large ones for a process.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from summarizer.article import Article
from summarizer.models import Provenance
from summarizer.pipeline.runner import Summarizer
from summarizer.pipeline.workers import in_worker, worker_pool
from summarizer.render import render
from summarizer.results import Failure, as_failure
from summarizer.service.problems import log

# A GIL hold grows with the text a regex call reads: 30-80 ms per call at 1,000,000
# characters is under 5 ms at this size, short enough to share the GIL with the event loop.
PROCESS_MIN_CHARS = 64_000


@dataclass(frozen=True)
class Answer:
    """A synchronous briefing as a route answers it: the rendered body or the failure, and
    the provenance the metrics count (small to pickle, unlike the whole briefing)."""

    body: bytes | None
    failure: Failure | None = None
    provenance: Provenance | None = None


def brief_and_render(summarizer: Summarizer, article: Article, tenant: str | None, wanted: str) -> Answer:
    """One article briefed (from the tenant's cache if there) and rendered as ``wanted``,
    in whichever process runs it. Any error comes back as a failure with its traceback, for
    the server's log: an exception from a worker process might not pickle."""
    try:
        result = summarizer.result(article, tenant=tenant)
        if isinstance(result, Failure):
            return Answer(None, result)
        rendered = render(result, wanted, article.text, indent=None)
        return Answer(rendered.encode(), provenance=result.provenance)
    except Exception as exc:
        return Answer(None, as_failure(exc, article))


class BriefingProcesses:
    """Worker processes for large offline briefings: one pool per runner, started as the
    first large article arrives, and replaced if one of its processes dies."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._pools: dict[int, tuple[Summarizer, ProcessPoolExecutor]] = {}
        self._lock = threading.Lock()

    def wanted(self, runner: Summarizer, article: Article) -> bool:
        """Whether this article is briefed in a worker process: offline, and large."""
        return runner.engine.name == "extractive" and len(article.text) >= PROCESS_MIN_CHARS

    def submit(self, runner: Summarizer, article: Article, tenant: str | None, wanted: str) -> Future[Answer]:
        pool = self._pool(runner)
        try:
            future = pool.submit(in_worker, brief_and_render, article, tenant, wanted)
        except BrokenProcessPool:  # broken since it was taken: once more, with a new one
            self._forget(runner, pool)
            pool = self._pool(runner)
            future = pool.submit(in_worker, brief_and_render, article, tenant, wanted)
        future.add_done_callback(lambda done: self._check(done, runner, pool))
        return future

    def shutdown(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for _, pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)

    def _pool(self, runner: Summarizer) -> ProcessPoolExecutor:
        with self._lock:
            if id(runner) not in self._pools:
                pool = worker_pool(runner.settings, runner.prompt, self.processes)
                self._pools[id(runner)] = (runner, pool)  # the runner kept, so its id stays its own
            return self._pools[id(runner)][1]

    def _check(self, done: Future[Answer], runner: Summarizer, pool: ProcessPoolExecutor) -> None:
        if not done.cancelled() and isinstance(done.exception(), BrokenProcessPool):
            # A process died (killed, out of memory): the pool takes no more work. Its
            # requests fail as internal errors, logged; the next one gets a new pool.
            log.error("a briefing worker process ended abruptly; starting new ones")
            self._forget(runner, pool)

    def _forget(self, runner: Summarizer, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pools.get(id(runner), (None, None))[1] is pool:
                del self._pools[id(runner)]
        pool.shutdown(wait=False, cancel_futures=True)
