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
