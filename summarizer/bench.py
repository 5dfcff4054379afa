"""Benchmarks that print figures (not timed tests): ``python -m summarizer.bench``.

So far: the offline engine's throughput per core and peak memory on the seeds, and span
alignment time against article length. Writes the figures as JSON too.
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.grounding import ArticleIndex


def offline_engine(seed_dir: Path, rounds: int) -> dict[str, float]:
    engine = ExtractiveEngine()
    articles = [Article(text=p.read_text(encoding="utf-8")) for p in sorted(seed_dir.glob("*.txt"))]
    for article in articles:  # warm-up: regex compilation, caches
        engine.brief(article, None)
    started = time.process_time()
    for _ in range(rounds):
        for article in articles:
            engine.brief(article, None)
    cpu = time.process_time() - started
    return {
        "articles": rounds * len(articles),
        "articles_per_cpu_second": rounds * len(articles) / cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def span_alignment(seed_dir: Path) -> list[dict[str, float]]:
    base = " ".join(p.read_text(encoding="utf-8") for p in sorted(seed_dir.glob("*.txt")))
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


def main() -> None:
    quick = "--quick" in sys.argv
    seeds = Path("seeds")
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "offline_engine": offline_engine(seeds, 2 if quick else 40),
        "span_alignment": span_alignment(seeds),
    }
    engine = result["offline_engine"]
    print(f"machine: {result['machine']}")
    print(f"offline engine: {engine['articles_per_cpu_second']:.0f} articles/s per core (target >= 200), "
          f"peak RSS {engine['peak_rss_mb']:.0f} MB (target < 500)")  # fmt: skip
    for row in result["span_alignment"]:
        print(f"span alignment: {row['chars']:>7,} chars, {row['items']} items: {row['ms']:7.1f} ms"
              + ("  (target < 20 ms at 20k)" if row["chars"] == 20_000 else ""))  # fmt: skip
    Path("bench.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
