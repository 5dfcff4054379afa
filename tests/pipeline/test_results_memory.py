"""A run's results are given back one by one and not kept: a day of 10,000 articles held
every briefing in the pool's finished futures until the last one was done."""

from __future__ import annotations

import gc
import weakref

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.models import Briefing
from summarizer.pipeline.distinct import prepare
from summarizer.pipeline.runner import Summarizer


def test_each_result_keeps_no_briefing_once_given() -> None:
    articles = [
        Article(text=f"Storm damage closed {n} roads in Pell on Monday, officials said.") for n in range(40)
    ]
    alive: list[weakref.ref[Briefing]] = []
    most_alive = 0
    with Summarizer(Settings(engine="extractive", cache=False, concurrency=4)) as runner:
        for _, result in runner.each_result(prepare(articles)):
            assert isinstance(result, Briefing)
            alive.append(weakref.ref(result))
            del result
            gc.collect()
            # Mid-run, the caller kept nothing: at most the run's own last result is alive.
            most_alive = max(most_alive, sum(r() is not None for r in alive))
    assert len(alive) == len(articles) and most_alive <= 1
