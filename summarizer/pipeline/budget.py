"""A run's spending limit (``--max-cost``): checked to have a price, then kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, as_completed

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.llm import costs
from summarizer.llm.redact import shown_url
from summarizer.models import Briefing
from summarizer.results import Failure, result_or_failure
from summarizer.store import Store


def check_budget(settings: Settings) -> None:
    """A spending limit needs a price: an unpriced model (any endpoint but OpenAI's, or a
    model the price table lacks) makes ``--max-cost`` a configuration error, stated once."""
    if settings.max_cost_usd is None or settings.resolved_engine != "llm":
        return
    from summarizer.models.common import Usage

    sample = Usage(prompt_tokens=1000, completion_tokens=1000, total_tokens=2000)
    if costs.cost_usd(settings.model, costs.priced_provider(settings.base_url), sample) is None:
        where = shown_url(settings.base_url)
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
            result = result_or_failure(done, article)
            finished += 1
            spent = self.spent()
            first = first or spent
            estimate = max(first, spent / finished)
            yield result, article
        spent = self.spent()
        for article in reversed(waiting):
            reason = f"not sent: the run has spent ${spent:.4f} of its ${self.limit:.4f} limit (--max-cost)"
            yield Failure(article.id, "budget", reason), article
