"""The public entry points: ``summarize``, ``asummarize`` and ``summarize_many``.

article -> (cache) -> engine -> grounding -> Briefing -> (cache, run log)
"""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from pydantic import ValidationError

from summarizer import costs
from summarizer.article import Article, as_article, distinct_ids
from summarizer.config import Settings, resolve_settings
from summarizer.engines.base import Engine, cache_key
from summarizer.errors import ArticleError, ConfigurationError, InputError, SummarizerError
from summarizer.models.briefing_v3 import Briefing, BriefingWarning
from summarizer.prompt_ids import DEFAULT_PROMPT
from summarizer.store import Store, open_store
from summarizer.vetting import vet_briefing


@dataclass(frozen=True)
class Failure:
    """An article that did not become a briefing, and why."""

    article_id: str
    stage: str
    reason: str
    source: str | None = None
    attempts: int = 0
    usage: dict[str, int] | None = None

    def line(self) -> str:
        where = self.source or self.article_id
        return f"{where}: {self.stage} failed: {self.reason}"


def make_engine(settings: Settings, prompt: str = DEFAULT_PROMPT) -> Engine:
    """The engine the settings ask for; the LLM engine only when an LLM is configured."""
    if settings.resolved_engine == "extractive":
        from summarizer.engines.extractive import ExtractiveEngine

        return ExtractiveEngine()
    from summarizer.engines.grounded import GroundedEngine
    from summarizer.engines.grounded.labels import SCHEMA_VERSION as LABELS
    from summarizer.engines.llm import LLMEngine
    from summarizer.llm.openai_client import OpenAIStructuredClient
    from summarizer.prompts import load_prompt

    # The prompt says which task it sets: labels on a marked article (the grounded engine)
    # or a whole briefing written out (the free-generation engine).
    loaded = load_prompt(prompt)
    engine = GroundedEngine if loaded.spec.schema_version == LABELS else LLMEngine
    return engine(settings, loaded, OpenAIStructuredClient(settings))


def store_for(settings: Settings) -> Store:
    return open_store(settings.db_path, settings.secret_values())


def _priced(briefing: Briefing, settings: Settings) -> Briefing:
    """An LLM briefing with what its calls cost, from its whole usage (every chunk and pass
    of a long document, failed ones included), priced as the run log prices each call."""
    provenance = briefing.provenance
    if provenance.engine != "llm":
        return briefing
    provider = costs.priced_provider(settings.base_url)
    cost = costs.cost_usd(provenance.model, provider, provenance.usage, batch=settings.batch_pricing)
    return briefing.model_copy(update={"provenance": provenance.model_copy(update={"cost_usd": cost})})


class Summarizer:
    """Settings, engine and store resolved once, for many articles."""

    def __init__(
        self,
        settings: Settings | None = None,
        prompt: str = DEFAULT_PROMPT,
        engine: Engine | None = None,
    ) -> None:
        self.settings = settings or resolve_settings()
        if engine is None:
            from summarizer.llm.served import with_served_model

            self.settings = with_served_model(self.settings)  # the endpoint's model, if none given
        _check_budget(self.settings)
        self.prompt = prompt
        self._own_engine = engine is None  # one the worker processes can build for themselves
        self.engine = engine or make_engine(self.settings, prompt)
        self.store = store_for(self.settings)

    def close(self) -> None:
        """Release the engine's connections; the ``Summarizer`` is not used after this."""
        self.engine.close()

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def summarize(self, article: Article | str, *, repeat: int = 0) -> Briefing:
        """Brief one article; ``InputError`` for empty or unusable input."""
        article = as_article(article)
        return self.cached(article, repeat) or self.brief_uncached(article, repeat)

    def result(self, article: Article) -> Briefing | Failure:
        """One article's briefing, or its failure: ``summarize_many`` for one article that
        is already an ``Article``, in the calling thread (no pool)."""
        try:
            return self.summarize(article)
        except Exception as exc:  # reported as a failure, like every article of a batch
            return as_failure(exc, article)

    def cached(self, article: Article, repeat: int = 0) -> Briefing | None:
        """The stored briefing of this article, if the cache holds one."""
        if not self.settings.cache or len(article.text) > self.settings.max_document_chars:
            return None
        try:
            stored = self.store.get_result(self.key_of(article, repeat))
            if stored is None:
                return None
            briefing = Briefing.model_validate_json(stored)
        except (sqlite3.Error, ValidationError):
            return None  # an unreadable or damaged entry is briefed again, never fatal
        # The same text under other metadata is the same briefing with this metadata.
        return briefing.model_copy(update={"article": article.meta})

    def key_of(self, article: Article, repeat: int = 0) -> str:
        """The cache key of this article under this engine (and, for a document read in
        chunks or in several passes, under that way of reading it)."""
        identity = self.engine.identity()
        if self._in_chunks(article):
            settings = self.settings
            identity |= {
                "chunk_chars": settings.max_article_chars,
                "overlap_chars": settings.chunk_overlap_chars,
                "passes": settings.passes,
            }
        return cache_key(article.text, identity, repeat, article.published)

    def _in_chunks(self, article: Article) -> bool:
        """Whether the LLM reads this article in chunks or passes (``long_documents``)."""
        settings = self.settings
        return self.engine.name == "llm" and (
            len(article.text) > settings.max_article_chars or settings.passes > 1
        )

    def brief_uncached(self, article: Article, repeat: int = 0) -> Briefing:
        """Brief the article now (the cache is written, not read)."""
        limit = self.settings.max_document_chars
        if len(article.text) > limit:
            raise InputError(
                f"document is {len(article.text):,} characters, over the memory-safety limit of {limit:,}; "
                "split it, or raise SUMMARIZER_MAX_DOCUMENT_CHARS",
                source=article.id,
            )
        settings = self.settings
        if self._in_chunks(article):
            from summarizer.long_documents import brief_in_chunks

            briefing = brief_in_chunks(
                article,
                lambda part: self.engine.brief(part, self.store),
                size=settings.max_article_chars,
                overlap=min(settings.chunk_overlap_chars, settings.max_article_chars // 4),
                passes=settings.passes,
                concurrency=settings.concurrency,
            )
        else:
            briefing = self.engine.brief(article, self.store)
        briefing = vet_briefing(_priced(briefing, settings), article.text)
        self.store.put_result(
            self.key_of(article, repeat), article.id, self.engine.name, briefing.model_dump_json()
        )
        return briefing

    def summarize_many(
        self,
        articles: Iterable[Article | str],
        *,
        concurrency: int | None = None,
        repeat: int = 0,
    ) -> Iterator[Briefing | Failure]:
        """Yield one result per input, in completion order; no input is ever dropped.

        An input that is not an article (empty text, a wrong type) is a ``Failure`` at the
        ``input`` stage, known as ``#N`` (its position). Two articles with one id and
        different texts are both briefed; the later gets its own id and a warning.
        """
        workers = concurrency or self.settings.concurrency
        usable: list[Article] = []
        for number, raw in enumerate(articles, start=1):
            try:
                usable.append(as_article(raw))
            except InputError as exc:
                yield Failure(f"#{number}", "input", exc.reason, source=f"#{number}")
        notes: dict[str, str] = {}
        missing: list[Article] = []
        for article, note in distinct_ids(usable):
            if note is not None:
                notes[article.id] = note
            # Cached results come straight from the store, without a trip through the pool.
            hit = self.cached(article, repeat)
            if hit is not None:
                yield with_note(hit, notes.get(article.id))
            else:
                missing.append(article)
        if not missing:
            return
        pool: Executor
        if self.settings.workers > 1 and self._own_engine and len(missing) > 1:
            pool = ProcessPoolExecutor(
                max_workers=min(self.settings.workers, len(missing)),
                # spawn: this process may hold threads (HTTP pools), which fork would copy
                # half-way; and forkserver listens on a Unix socket under TMPDIR, which fails
                # when TMPDIR is long (socket paths stop at 107 bytes).
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.settings, self.prompt),
            )
            brief: Callable[[Article, int], Briefing | Failure] = _brief_in_worker
        else:
            pool, brief = ThreadPoolExecutor(max_workers=workers), self.brief_uncached
        with pool:
            if self.settings.max_cost_usd is not None and self.settings.resolved_engine == "llm":
                budget = Budget(self.settings.max_cost_usd, self.store, workers)
                for result, article in budget.run(pool, brief, missing, repeat):
                    yield with_note(result, notes.get(article.id))
                return
            pending: dict[Future[Briefing | Failure], Article] = {
                pool.submit(brief, a, repeat): a for a in missing
            }
            for future in as_completed(pending):
                result = _result_or_failure(future, pending[future])
                yield with_note(result, notes.get(pending[future].id))


# The Summarizer of a worker process (``Settings.workers``); it shares the store (cache and
# run log) with the process that started it.
_worker: Summarizer | None = None


def _start_worker(settings: Settings, prompt: str) -> None:
    global _worker
    _worker = Summarizer(settings.model_copy(update={"workers": 1}), prompt)


def _brief_in_worker(article: Article, repeat: int) -> Briefing | Failure:
    """One article briefed in a worker process. A failure comes back as a ``Failure``, which
    always pickles, rather than as the exception, which might not."""
    assert _worker is not None, "the worker process was started without its Summarizer"
    try:
        return _worker.brief_uncached(article, repeat)
    except Exception as exc:
        return as_failure(exc, article)


def with_note(result: Briefing | Failure, note: str | None) -> Briefing | Failure:
    """The result with the note on a duplicated id added (as a warning or to the reason)."""
    if note is None:
        return result
    if isinstance(result, Failure):
        return Failure(**{**result.__dict__, "reason": f"{result.reason} ({note})"})
    warning = BriefingWarning(code="duplicate_id", message=note)
    return result.model_copy(update={"warnings": [*result.warnings, warning]})


def _check_budget(settings: Settings) -> None:
    """A spending limit needs a price: an unpriced model (any endpoint but OpenAI's, or a
    model the price table lacks) makes ``--max-cost`` a configuration error, stated once."""
    if settings.max_cost_usd is None or settings.resolved_engine != "llm":
        return
    from summarizer.models.common import Usage

    sample = Usage(prompt_tokens=1000, completion_tokens=1000, total_tokens=2000)
    if costs.cost_usd(settings.model, costs.priced_provider(settings.base_url), sample) is None:
        where = settings.base_url or "OpenAI"
        raise ConfigurationError(
            f"--max-cost needs a listed price, and there is none for model {settings.model} at {where}"
        )


class Budget:
    """A run's spending limit (``--max-cost``). Articles go out while the cost logged since
    the run began, plus what the articles in flight and the next one are expected to cost,
    stays within the limit. Until an article has cost something only one is in flight, so
    the first estimate is a measurement; after that an article is expected to cost the
    larger of the first cost measured and the average so far. Articles never sent are
    failures at the ``budget`` stage, each saying so."""

    def __init__(self, limit_usd: float, store: Store, concurrency: int) -> None:
        self.limit = limit_usd
        self.store = store
        self.concurrency = concurrency
        self.since = store.last_call_id()

    def spent(self) -> float:
        _, cost = self.store.calls_since(self.since)
        return float("inf") if cost is None else cost  # a call of unknown price stops the run

    def run(
        self,
        pool: Executor,
        brief: Callable[[Article, int], Briefing | Failure],
        articles: list[Article],
        repeat: int,
    ) -> Iterator[tuple[Briefing | Failure, Article]]:
        waiting = list(reversed(articles))
        pending: dict[Future[Briefing | Failure], Article] = {}
        finished, first, estimate = 0, 0.0, 0.0
        while waiting or pending:
            spent = self.spent()
            room = self.concurrency if first else 1  # one at a time until a cost is measured
            while waiting and len(pending) < room and spent + estimate * (len(pending) + 1) <= self.limit:
                article = waiting.pop()
                pending[pool.submit(brief, article, repeat)] = article
            if not pending:
                break  # nothing in flight, and the next article would pass the limit
            done = next(as_completed(pending))
            article = pending.pop(done)
            result = _result_or_failure(done, article)
            finished += 1
            spent = self.spent()
            first = first or spent
            estimate = max(first, spent / finished)
            yield result, article
        spent = self.spent()
        for article in reversed(waiting):
            reason = f"not sent: the run has spent ${spent:.4f} of its ${self.limit:.4f} limit (--max-cost)"
            yield Failure(article.id, "budget", reason), article


def _result_or_failure(future: Future[Briefing | Failure], article: Article) -> Briefing | Failure:
    try:
        return future.result()
    except Exception as exc:  # one article's bug must not sink the batch; it is reported
        return as_failure(exc, article)


def as_failure(exc: Exception, article: Article) -> Failure:
    """The failure an exception from briefing ``article`` stands for, with its stage."""
    if isinstance(exc, ArticleError):
        return Failure(article.id, exc.stage, str(exc), attempts=exc.attempts, usage=exc.usage)
    if isinstance(exc, InputError):
        return Failure(article.id, "input", str(exc))
    if isinstance(exc, SummarizerError):
        return Failure(article.id, "configuration", str(exc))
    return Failure(article.id, "internal", f"{type(exc).__name__}: {exc}")


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
