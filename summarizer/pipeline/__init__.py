"""The public entry points: ``summarize``, ``asummarize`` and ``summarize_many``.

article -> (cache) -> engine -> grounding -> Briefing -> (cache, run log)

``runner`` holds the ``Summarizer`` they share (settings, engine and store resolved once);
``budget`` the spending limit; ``workers`` the worker processes; ``long_documents`` the
chunks and passes of a document longer than one request.
"""

from __future__ import annotations

import asyncio
import atexit
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator

from summarizer.article import Article, as_article
from summarizer.config import Settings, resolve_settings
from summarizer.errors import InputError, SummarizerError
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.results import Failure

# The one-call API keeps a few runners, one per (settings, prompt): a call with settings
# seen before costs what a reused ``Summarizer`` costs (no new client, no new wrapped
# response model, no second ``GET /models``). The least recently used is closed past this.
RUNNERS_KEPT = 4
_runners: OrderedDict[tuple[str, ...], Summarizer] = OrderedDict()
_runners_lock = threading.Lock()


def _runner_for(settings: Settings | None, prompt: str | None) -> Summarizer:
    resolved = settings or resolve_settings()
    prompt = prompt or resolved.prompt
    key = (resolved.model_dump_json(), *sorted(resolved.model_fields_set), *resolved.secret_values(), prompt)
    with _runners_lock:
        runner = _runners.get(key)
        if runner is not None:
            _runners.move_to_end(key)
            return runner
    runner = Summarizer(resolved, prompt)  # outside the lock: it may ask the endpoint
    with _runners_lock:
        kept = _runners.setdefault(key, runner)
        evicted = [_runners.popitem(last=False)[1] for _ in range(len(_runners) - RUNNERS_KEPT)]
    for old in [*evicted, *([runner] if kept is not runner else [])]:
        old.close()
    return kept


def close_runners() -> None:
    """Close the runners the one-call API keeps (at exit, or to start afresh)."""
    with _runners_lock:
        runners = list(_runners.values())
        _runners.clear()
    for runner in runners:
        runner.close()


atexit.register(close_runners)


def summarize(
    article: Article | str, *, settings: Settings | None = None, prompt: str | None = None
) -> Briefing:
    """Brief one article. Raises a ``SummarizerError`` subclass on failure.

    ``prompt`` (id/version) chooses the LLM engine's prompt; by default the settings' one
    (``SUMMARIZER_PROMPT``, else ``grounded/v2``)."""
    return _runner_for(settings, prompt).summarize(article)


async def asummarize(
    article: Article | str, *, settings: Settings | None = None, prompt: str | None = None
) -> Briefing:
    """``summarize`` for async code: the blocking work runs in a worker thread."""
    return await asyncio.to_thread(summarize, article, settings=settings, prompt=prompt)


def summarize_many(
    articles: Iterable[Article | str],
    *,
    concurrency: int = 8,
    settings: Settings | None = None,
    prompt: str | None = None,
) -> Iterator[Briefing | Failure]:
    """Yield a ``Briefing`` or a ``Failure`` for every input, in input order (the n-th result
    is the n-th input's: ``zip(articles, results)`` pairs them), each as soon as it and
    every input before it are done."""
    try:
        runner = Summarizer(settings, prompt)
    except SummarizerError as exc:
        for number, raw in enumerate(articles, start=1):
            try:
                article_id = as_article(raw).id
            except InputError:
                article_id = f"#{number}"
            yield Failure(article_id, "configuration", str(exc))
        return
    with runner:
        yield from runner.summarize_many(articles, concurrency=concurrency)
