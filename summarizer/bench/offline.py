"""Benchmarks of the offline engine: 4. speed per core (and worker processes), 5. span
alignment, 7. adversarial articles."""

from __future__ import annotations

import resource
import time
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.bench.articles import (
    seed_texts,
)
from summarizer.config import resolve_settings
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.grounding.align import ArticleIndex
from summarizer.grounding.vetting import vet_briefing
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.testing.hostile import adversarial_articles


def offline_engine(rounds: int) -> dict[str, float]:
    """The engine alone, and with the checks every briefing then goes through (vetting)."""
    engine = ExtractiveEngine()
    articles = [Article(text=t) for t in seed_texts()]
    for article in articles:  # warm-up: regex compilation, caches
        vet_briefing(engine.brief(article, None), article.text)

    def cpu_seconds(vet: bool) -> float:
        started = time.process_time()
        for _ in range(rounds):
            for article in articles:
                briefing = engine.brief(article, None)
                if vet:
                    vet_briefing(briefing, article.text)
        return time.process_time() - started

    return {
        "articles": rounds * len(articles),
        "articles_per_cpu_second": rounds * len(articles) / cpu_seconds(vet=False),
        "with_vetting_per_cpu_second": rounds * len(articles) / cpu_seconds(vet=True),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def worker_speedup(articles: int, home: Path, workers: int = 2) -> dict[str, Any]:
    """``brief --workers``: wall time of briefing ``articles`` distinct articles offline (no
    cache) through ``summarize_many`` in one process, then in ``workers`` processes (their
    start-up included)."""
    texts = [f"{text}\n\n(Copy {n}.)" for n, text in enumerate(seed_texts() * (articles // 5 + 1))][:articles]
    seconds = {}
    for count in (1, workers):
        settings = resolve_settings(
            engine="extractive", cache=False, workers=count, data_dir=home / str(count)
        )
        with Summarizer(settings) as runner:
            started = time.perf_counter()
            results = list(runner.summarize_many(texts))
            seconds[count] = time.perf_counter() - started
        assert all(isinstance(r, Briefing) for r in results)
    return {
        "articles": articles,
        "workers": workers,
        "one_process_per_s": articles / seconds[1],
        "workers_per_s": articles / seconds[workers],
        "speedup": seconds[1] / seconds[workers],
    }


def span_alignment() -> list[dict[str, float]]:
    base = " ".join(seed_texts())
    needles = [w for w in base.split() if len(w) > 6][:40] + ["completely invented phrase here"] * 10
    rows = []
    for size in (1_000, 5_000, 20_000, 50_000, 100_000):
        text = (base * (size // len(base) + 1))[:size]
        started = time.perf_counter()
        index = ArticleIndex(text)
        for needle in needles:
            index.align_text(needle)
        rows.append({"chars": size, "items": len(needles), "ms": (time.perf_counter() - started) * 1000})
    return rows


def adversarial_text(chars: int) -> dict[str, Any]:
    """Time of each adversarial article against normal text of the same length (engine and
    checks, best of three each, one process)."""
    runner = Summarizer(resolve_settings(engine="extractive", cache=False, max_article_chars=chars + 100))
    seeds = "\n\n".join(seed_texts())
    normal_text = (seeds * (chars // len(seeds) + 1))[:chars]

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            runner.summarize(text)
            times.append(time.perf_counter() - started)
        return min(times)

    normal = best(normal_text)
    ratios = {name: best(text) / normal for name, text in adversarial_articles(chars).items()}
    worst = max(ratios, key=lambda name: ratios[name])
    return {"chars": chars, "normal_s": normal, "ratios": ratios, "worst": worst}
