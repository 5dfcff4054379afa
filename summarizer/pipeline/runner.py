"""The ``Summarizer``: settings, engine and store resolved once, for many articles.

article -> (cache) -> engine -> grounding -> Briefing -> (cache, run log)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor, as_completed
from typing import TypeVar

from pydantic import ValidationError

from summarizer.article import Article, as_article
from summarizer.config import Settings, resolve_settings
from summarizer.engines.base import Engine, cache_key
from summarizer.errors import InputError
from summarizer.grounding.vetting import vet_briefing
from summarizer.llm import costs
from summarizer.models import Briefing
from summarizer.pipeline.budget import Budget, check_budget
from summarizer.pipeline.distinct import Prepared, for_input, prepare
from summarizer.pipeline.workers import brief_in_worker, processes_for, worker_pool
from summarizer.results import Failure, as_failure, result_article_id, result_or_failure
from summarizer.store import Store, open_store

T = TypeVar("T")


def check_length(article: Article, settings: Settings) -> None:
    """The memory-safety limit on a document's length, the one check every face uses (the
    service turns it into a 413 before queueing)."""
    limit = settings.max_document_chars
    if len(article.text) > limit:
        raise InputError(
            f"document is {len(article.text):,} characters, over the memory-safety limit of {limit:,}; "
            "split it, or raise SUMMARIZER_MAX_DOCUMENT_CHARS",
            source=article.id,
        )


def make_engine(settings: Settings, prompt: str | None = None) -> Engine:
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
    loaded = load_prompt(prompt or settings.prompt)
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
        prompt: str | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.settings = settings or resolve_settings()
        if engine is None:
            from summarizer.llm.served import with_served_model

            self.settings = with_served_model(self.settings)  # the endpoint's model, if none given
        check_budget(self.settings)
        self.prompt = prompt or self.settings.prompt  # named, or the settings' (SUMMARIZER_PROMPT)
        self._own_engine = engine is None  # one the worker processes can build for themselves
        self.engine = engine or make_engine(self.settings, self.prompt)
        self.store = store_for(self.settings)

    def close(self) -> None:
        """Release the engine's connections; the ``Summarizer`` is not used after this."""
        self.engine.close()

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def summarize(self, article: Article | str, *, repeat: int = 0, tenant: str | None = None) -> Briefing:
        """Brief one article; ``InputError`` for empty or unusable input. A ``tenant`` (the
        service's caller) has a cache of its own: a shared one would tell one caller, by an
        instant answer and its timestamp, what another had briefed."""
        article = as_article(article)
        key = self.key_of(article, repeat, tenant)  # computed once: for the lookup and the write
        return self._lookup(article, key) or self.brief_uncached(article, repeat, key=key)

    def result(self, article: Article, *, tenant: str | None = None) -> Briefing | Failure:
        """One article's briefing, or its failure: ``summarize_many`` for one article that
        is already an ``Article``, in the calling thread (no pool)."""
        try:
            return self.summarize(article, tenant=tenant)
        except Exception as exc:  # reported as a failure, like every article of a batch
            return as_failure(exc, article)

    def cached(self, article: Article, repeat: int = 0) -> Briefing | None:
        """The stored briefing of this article, if the cache holds one."""
        try:
            return self._lookup(article, self.key_of(article, repeat))
        except InputError:
            return None  # over the length limit: never briefed, never cached

    def _lookup(self, article: Article, key: str) -> Briefing | None:
        if not self.settings.cache:
            return None
        try:
            stored = self.store.get_result(key)
            if stored is None:
                return None
            briefing = Briefing.model_validate_json(stored)
        except (sqlite3.Error, ValidationError):
            return None  # an unreadable or damaged entry is briefed again, never fatal
        # The same text under other metadata is the same briefing with this metadata.
        return briefing.model_copy(update={"article": article.meta})

    def key_of(self, article: Article, repeat: int = 0, tenant: str | None = None) -> str:
        """The cache key of this article under this engine (and, for a document read in
        chunks or in several passes, under that way of reading it; for a ``tenant``, in its
        own cache). ``InputError`` for a document over the length limit: every path to a
        briefing computes the key first."""
        check_length(article, self.settings)
        identity = self.engine.identity()
        if tenant is not None:
            identity |= {"tenant": tenant}
        if self._in_chunks(article):
            settings = self.settings
            identity |= {
                "chunk_chars": settings.chunk_chars,
                "overlap_chars": settings.chunk_overlap_chars,
                "passes": settings.passes,
            }
        if article.language is not None:  # a given language changes the rules the text is read with
            identity |= {"language": article.language}
        return cache_key(article.text, identity, repeat, article.published)

    def _in_chunks(self, article: Article) -> bool:
        """Whether the LLM reads this article in chunks or passes (``long_documents``)."""
        settings = self.settings
        return self.engine.name == "llm" and (len(article.text) > settings.chunk_chars or settings.passes > 1)

    def brief_uncached(self, article: Article, repeat: int = 0, *, key: str | None = None) -> Briefing:
        """Brief the article now (the cache is written, not read) under ``key`` (by default
        its cache key, computed here)."""
        key = key or self.key_of(article, repeat)
        settings = self.settings
        if self._in_chunks(article):
            from summarizer.pipeline.long_documents import brief_in_chunks

            briefing = brief_in_chunks(
                article,
                lambda part: self.engine.brief(part, self.store),
                size=settings.chunk_chars,
                overlap=min(settings.chunk_overlap_chars, settings.chunk_chars // 4),
                passes=settings.passes,
                concurrency=settings.concurrency,
            )
        else:
            briefing = self.engine.brief(article, self.store)
        briefing = vet_briefing(_priced(briefing, settings), article.text, article.planted)
        self.store.put_result(key, article.id, self.engine.name, briefing.model_dump_json())
        return briefing

    def summarize_many(
        self,
        articles: Iterable[Article | str],
        *,
        concurrency: int | None = None,
        repeat: int = 0,
    ) -> Iterator[Briefing | Failure]:
        """Yield one result per input, in input order (``zip(inputs, results)`` pairs them;
        the n-th result is the n-th input's), as soon as it and every input before it are
        done; no input is ever dropped.

        An input that is not an article (empty text, a wrong type) is a ``Failure`` at the
        ``input`` stage, known as ``#N`` (its position). Two articles with one id and
        different texts are both briefed; the later gets its own id and a warning
        (``pipeline.distinct``).
        """
        usable: list[Article] = []
        failed: dict[int, Briefing | Failure] = {}
        positions: list[int] = []  # the input position of each usable article
        for number, raw in enumerate(articles, start=1):
            try:
                usable.append(as_article(raw))
                positions.append(number - 1)
            except InputError as exc:
                failed[number - 1] = Failure(f"#{number}", "input", exc.reason, source=f"#{number}")
        completed: Iterator[tuple[int, Briefing | Failure]] = (
            (positions[index], result)
            for index, result in self.each_result(prepare(usable), concurrency=concurrency, repeat=repeat)
        )
        yield from (result for _, result in in_input_order(completed, len(usable) + len(failed), failed))

    def each_result(
        self,
        prepared: Sequence[Prepared],
        *,
        concurrency: int | None = None,
        repeat: int = 0,
        tenant: str | None = None,
    ) -> Iterator[tuple[int, Briefing | Failure]]:
        """Each input's result with its position in ``prepared``, in completion order; the
        inputs that share an article (same id, same text) share its one briefing. A
        ``tenant``'s articles go through its own cache (see ``summarize``)."""
        positions: dict[str, list[int]] = {}
        for index, item in enumerate(prepared):
            positions.setdefault(item.article.id, []).append(index)
        firsts = [item.article for item in prepared if item.first]
        for result in self._brief_all(firsts, concurrency or self.settings.concurrency, repeat, tenant):
            for index in positions[result_article_id(result)]:
                yield index, for_input(result, prepared[index])

    def _brief_all(
        self, articles: list[Article], workers: int, repeat: int, tenant: str | None = None
    ) -> Iterator[Briefing | Failure]:
        """Each article (ids distinct) from the cache, or briefed in a pool."""
        missing: list[Article] = []
        keys: dict[str, str] = {}
        for article in articles:
            try:
                keys[article.id] = key = self.key_of(article, repeat, tenant)
            except InputError as exc:
                yield as_failure(exc, article)
                continue
            # Cached results come straight from the store, without a trip through the pool.
            hit = self._lookup(article, key)
            if hit is not None:
                yield hit
            else:
                missing.append(article)
        if not missing:
            return

        def brief_here(article: Article, repeat: int) -> Briefing:
            return self.brief_uncached(article, repeat, key=keys[article.id])

        pool: Executor
        # Worker processes key what they brief themselves, in the shared cache: a tenant's
        # articles (the service's, which has processes of its own) are briefed here.
        processes = (
            processes_for(len(missing), self.settings.workers) if self._own_engine and not tenant else 0
        )
        if processes:
            pool = worker_pool(self.settings, self.prompt, processes)
            brief: Callable[[Article, int], Briefing | Failure] = brief_in_worker
        else:
            pool, brief = ThreadPoolExecutor(max_workers=workers), brief_here

        with pool:
            if self.settings.max_cost_usd is not None and self.settings.resolved_engine == "llm":
                budget = Budget(self.settings.max_cost_usd, self.store, workers)
                for result, _ in budget.run(pool, brief, missing, repeat):
                    yield result
                return
            pending: dict[Future[Briefing | Failure], Article] = {
                pool.submit(brief, a, repeat): a for a in missing
            }
            for future in as_completed(pending):
                # Forgotten once given: a finished future holds its briefing, and a day of
                # 10,000 kept here held every briefing until the last was done.
                yield result_or_failure(future, pending.pop(future))


def in_input_order(
    completed: Iterable[tuple[int, T]], count: int, known: dict[int, T] | None = None
) -> Iterator[tuple[int, T]]:
    """``(position, result)`` pairs that arrive in completion order, given back in position
    order (0 to ``count - 1``), each as soon as every earlier one is done; ``known`` holds
    results there from the start."""
    waiting: dict[int, T] = dict(known or {})
    following = 0
    for position, result in completed:
        waiting[position] = result
        while following in waiting:
            yield following, waiting.pop(following)
            following += 1
    while following < count and following in waiting:
        yield following, waiting.pop(following)
        following += 1
