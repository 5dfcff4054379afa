"""Worker processes (``Settings.workers``, and the service's large offline briefings): each
builds its own ``Summarizer`` once and shares the store (cache and run log) with the process
that started it. ``worker_pool`` is the one way such processes are started."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from summarizer.config import Settings
from summarizer.results import Failure, as_failure

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.models import Briefing
    from summarizer.pipeline.runner import Summarizer

P = ParamSpec("P")
T = TypeVar("T")

# Starting a spawned worker process and building its Summarizer takes 1.5-2 s, the time one
# process needs to brief about 100 articles offline (an LLM article's CPU share is of the
# same order). Measured with the bench's worker_speedup on 2 cores: 5 articles took 0.08 s
# in one process and 2.0 s with --workers 2 (25x slower); 60 took 1.1 s against 2.0 s.
# Fewer articles than this per process are briefed here: the processes would not repay
# their start-up.
MIN_ARTICLES_PER_PROCESS = 100
# How often a worker checks that the process that started it is still alive.
ORPHAN_CHECK_S = 1.0


def processes_for(articles: int, workers: int) -> int:
    """How many worker processes ``articles`` articles repay, at most ``workers``; fewer
    than 2 means none (brief them in this process)."""
    count = min(workers, articles // MIN_ARTICLES_PER_PROCESS)
    return count if count >= 2 else 0


def worker_pool(settings: Settings, prompt: str, processes: int) -> ProcessPoolExecutor:
    """Up to ``processes`` worker processes, each with its own ``Summarizer`` for these
    settings and prompt; started as work arrives, not all at once."""
    return ProcessPoolExecutor(
        max_workers=processes,
        # spawn: this process may hold threads (HTTP pools), which fork would copy half-way;
        # and forkserver listens on a Unix socket under TMPDIR, which fails when TMPDIR is
        # long (socket paths stop at 107 bytes).
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(settings, prompt),
    )


# The Summarizer of a worker process; it shares the store (cache and run log) with the
# process that started it.
_worker: Summarizer | None = None


def start_worker(settings: Settings, prompt: str) -> None:
    global _worker
    from summarizer.pipeline.runner import Summarizer

    _leave_with_parent()
    _worker = Summarizer(settings.model_copy(update={"workers": 1}), prompt)


def _leave_with_parent() -> None:
    """Exit when the process that started this one is gone. A worker waits for work on a
    pipe it holds both ends of, so a parent killed outright (SIGKILL, the OOM killer) would
    leave it idle for ever, holding its memory."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_S)
        os._exit(1)  # nothing of the parent's is left to answer to; no clean-up can help

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def brief_in_worker(article: Article, repeat: int) -> Briefing | Failure:
    """One article briefed in a worker process. A failure comes back as a ``Failure``, which
    always pickles, rather than as the exception, which might not."""
    assert _worker is not None, "the worker process was started without its Summarizer"
    try:
        return _worker.brief_uncached(article, repeat)
    except Exception as exc:
        return as_failure(exc, article)


def in_worker(task: Callable[Concatenate[Summarizer, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``task`` (a module-level function, so that it pickles by name) run in a worker
    process with that worker's ``Summarizer``: ``pool.submit(in_worker, task, ...)``."""
    assert _worker is not None, "the worker process was started without its Summarizer"
    return task(_worker, *args, **kwargs)
