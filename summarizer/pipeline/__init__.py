"""The public entry points: ``summarize``, ``asummarize`` and ``summarize_many``.

article -> (cache) -> engine -> grounding -> Briefing -> (cache, run log)

``runner`` holds the ``Summarizer`` they share (settings, engine and store resolved once);
``budget`` the spending limit; ``workers`` the worker processes; ``long_documents`` the
chunks and passes of a document longer than one request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator

from summarizer.article import Article, as_article
from summarizer.config import Settings
from summarizer.errors import InputError, SummarizerError
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.prompt_ids import DEFAULT_PROMPT
from summarizer.results import Failure


def summarize(
    article: Article | str, *, settings: Settings | None = None, prompt: str = DEFAULT_PROMPT
) -> Briefing:
    """Brief one article. Raises a ``SummarizerError`` subclass on failure."""
    with Summarizer(settings, prompt) as runner:
        return runner.summarize(article)


async def asummarize(
    article: Article | str, *, settings: Settings | None = None, prompt: str = DEFAULT_PROMPT
) -> Briefing:
    """``summarize`` for async code: the blocking work runs in a worker thread."""
    return await asyncio.to_thread(summarize, article, settings=settings, prompt=prompt)


def summarize_many(
    articles: Iterable[Article | str],
    *,
    concurrency: int = 8,
    settings: Settings | None = None,
    prompt: str = DEFAULT_PROMPT,
) -> Iterator[Briefing | Failure]:
    """Yield a ``Briefing`` or a ``Failure`` for every input, as each completes."""
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
