"""Worker processes (``Settings.workers``): each builds its own ``Summarizer`` once and
shares the store (cache and run log) with the process that started it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.config import Settings
from summarizer.results import Failure, as_failure

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.models import Briefing
    from summarizer.pipeline.runner import Summarizer

# Starting a spawned worker process and building its Summarizer takes 1.5-2 s, the time one
# process needs to brief about 100 articles offline (an LLM article's CPU share is of the
# same order). Measured with the bench's worker_speedup on 2 cores: 5 articles took 0.08 s
# in one process and 2.0 s with --workers 2 (25x slower); 60 took 1.1 s against 2.0 s.
# Fewer articles than this per process are briefed here: the processes would not repay
# their start-up.
MIN_ARTICLES_PER_PROCESS = 100


def processes_for(articles: int, workers: int) -> int:
    """How many worker processes ``articles`` articles repay, at most ``workers``; fewer
    than 2 means none (brief them in this process)."""
    count = min(workers, articles // MIN_ARTICLES_PER_PROCESS)
    return count if count >= 2 else 0


# The Summarizer of a worker process (``Settings.workers``); it shares the store (cache and
# run log) with the process that started it.
_worker: Summarizer | None = None


def start_worker(settings: Settings, prompt: str) -> None:
    global _worker
    from summarizer.pipeline.runner import Summarizer

    _worker = Summarizer(settings.model_copy(update={"workers": 1}), prompt)


def brief_in_worker(article: Article, repeat: int) -> Briefing | Failure:
    """One article briefed in a worker process. A failure comes back as a ``Failure``, which
    always pickles, rather than as the exception, which might not."""
    assert _worker is not None, "the worker process was started without its Summarizer"
    try:
        return _worker.brief_uncached(article, repeat)
    except Exception as exc:
        return as_failure(exc, article)
