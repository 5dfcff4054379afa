"""Benchmark 6: merging days of overlapping briefings (time, memory, growth)."""

from __future__ import annotations

import contextlib
import datetime
import gc
import math
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.bench.articles import (
    seed_texts,
)
from summarizer.config import resolve_settings
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models import Briefing


def day_texts(articles: int) -> Iterator[tuple[str, str]]:
    """A day on which every article re-reports the seeds' events with other towns and
    numbers (the heaviest overlap: every event is in hundreds of reports): (body, outlet) of
    each article, the body before its last line, ``(Report N.)``, which makes it distinct."""
    texts = seed_texts()
    towns = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Kherson", "Poltava", "Mykolaiv"]
    for n in range(articles):
        text = texts[n % len(texts)].replace("Kursk", towns[n % len(towns)]).replace("21", str(15 + n % 9))
        yield text, f"Outlet {n % 12}"


def _day_articles(briefings: int) -> Iterator[tuple[Article, Briefing]]:
    """The day of ``day_texts``, one article at a time with its briefing. Each distinct
    body is briefed once and its briefing shared."""
    engine = ExtractiveEngine()
    briefed: dict[str, Briefing] = {}
    for n, (text, outlet) in enumerate(day_texts(briefings)):
        if text not in briefed:
            briefed[text] = engine.brief(Article(text=text), None)
        yield Article(text=f"{text}\n\n(Report {n}.)", source=outlet), briefed[text]


def _overlapping_day(briefings: int) -> list[Any]:
    """The day of ``_day_articles`` held whole, the articles sharing their briefings."""
    from summarizer.daily.merge import Briefed

    return [Briefed(article, briefing) for article, briefing in _day_articles(briefings)]


class _DistinctDay:
    """The same day as ``_overlapping_day``, but every article with its own briefing (read
    back from JSON under its own article id, as the cache gives a briefing back: no object
    or string shared with another article's), as a day of distinct articles has. Made one
    article at a time, as ``summarizer daily`` receives them, so that what the merge keeps
    of them is measured and not the benchmark's own list. ``seconds`` is the time spent
    making them (to take away from the merge's)."""

    def __init__(self, briefings: int) -> None:
        self.briefings = briefings
        self.incidents = 0
        self.seconds = 0.0

    def __iter__(self) -> Iterator[Any]:
        from summarizer.daily.merge import Briefed

        started = time.perf_counter()
        for n, (shared, briefing) in enumerate(_day_articles(self.briefings)):
            article = shared.model_copy(update={"id": f"a{n:05d}"})
            own = Briefing.model_validate_json(
                briefing.model_copy(update={"article": article.meta}).model_dump_json()
            )
            self.incidents += len(own.incidents)
            self.seconds += time.perf_counter() - started
            yield Briefed(article, own)
            started = time.perf_counter()


def distinct_day_merge(size: int) -> dict[str, Any]:
    """A day of ``size`` articles each with its own briefing, merged as they arrive: the
    peak resident memory of the whole process (the kernel's high-water mark: interpreter,
    what the merge keeps of the articles, and the merge), the memory the process held before
    the day began, and the merge's time (making the articles' briefings not counted)."""
    from summarizer.daily import merge_briefings

    settings = resolve_settings(engine="extractive")
    gc.collect()
    with contextlib.suppress(OSError):  # Linux: reset the high-water mark
        Path("/proc/self/clear_refs").write_text("5")
    start = _resident_mb("VmRSS:")
    day_articles = _DistinctDay(size)
    started = time.perf_counter()
    day = merge_briefings(day_articles, datetime.date(2023, 6, 2), settings=settings)
    elapsed = time.perf_counter() - started - day_articles.seconds
    result = {
        "articles": size,
        "incidents_in": day_articles.incidents,
        "incidents_out": len(day.incidents),
        "seconds": elapsed,
        "making_seconds": day_articles.seconds,
        "start_mb": start,
        "peak_rss_mb": _resident_mb("VmHWM:"),
    }
    del day
    return result


def _resident_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def daily_merge(sizes: tuple[int, ...]) -> dict[str, Any]:
    """The merge of days of ``sizes`` articles, one after the other in this process: time
    (no tracemalloc: it slows the merge about threefold), the peak resident memory the merge
    added (the kernel's high-water mark, reset before each), and the growth exponent of the
    time from the smallest to the largest day."""
    from summarizer.daily import merge_briefings

    settings = resolve_settings(engine="extractive")
    runs = []
    for size in sizes:
        items = _overlapping_day(size)
        gc.collect()
        with contextlib.suppress(OSError):  # Linux: reset the high-water mark
            Path("/proc/self/clear_refs").write_text("5")
        before = _resident_mb("VmRSS:")
        started = time.perf_counter()
        day = merge_briefings(items, datetime.date(2023, 6, 2), settings=settings)
        elapsed = time.perf_counter() - started
        runs.append(
            {
                "briefings": size,
                "incidents_in": sum(len(b.briefing.incidents) for b in items),
                "incidents_out": len(day.incidents),
                "seconds": elapsed,
                "peak_added_mb": _resident_mb("VmHWM:") - before,
            }
        )
        del day, items
    first, last = runs[0], runs[-1]
    exponent = math.log(last["seconds"] / first["seconds"]) / math.log(last["briefings"] / first["briefings"])
    return {"runs": runs, "growth_exponent": exponent}
