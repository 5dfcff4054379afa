"""Benchmark 6: merging days of overlapping briefings (time, memory, growth)."""

from __future__ import annotations

import contextlib
import datetime
import gc
import math
import time
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.bench.articles import (
    seed_texts,
)
from summarizer.config import resolve_settings
from summarizer.engines.extractive import ExtractiveEngine


def _overlapping_day(briefings: int) -> list[Any]:
    """A day on which every article re-reports the seeds' events with other towns and
    numbers (the heaviest overlap: every event is in hundreds of reports). Each distinct text
    is briefed once; the articles differ in their last line and their outlet."""
    from summarizer.daily.merge import Briefed

    texts = seed_texts()
    towns = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Kherson", "Poltava", "Mykolaiv"]
    engine = ExtractiveEngine()
    briefed: dict[str, Any] = {}
    items = []
    for n in range(briefings):
        text = texts[n % len(texts)].replace("Kursk", towns[n % len(towns)]).replace("21", str(15 + n % 9))
        if text not in briefed:
            briefed[text] = engine.brief(Article(text=text), None)
        article = Article(text=f"{text}\n\n(Report {n}.)", source=f"Outlet {n % 12}")
        items.append(Briefed(article, briefed[text]))
    return items


def _distinct_day(briefings: int) -> list[Any]:
    """The same day as ``_overlapping_day``, but every article holds its own briefing object
    (a deep copy, under its own article id), as a day of distinct articles does: the memory
    the day's briefings take is then measured, not shared."""
    from summarizer.daily.merge import Briefed

    day = []
    for n, shared in enumerate(_overlapping_day(briefings)):
        article = shared.article.model_copy(update={"id": f"a{n:05d}"})
        briefing = shared.briefing.model_copy(deep=True, update={"article": article.meta})
        day.append(Briefed(article, briefing))
    return day


def distinct_day_merge(size: int) -> dict[str, Any]:
    """A day of ``size`` articles each with its own briefing: the peak resident memory of the
    whole process (the kernel's high-water mark: interpreter, the day's briefings and the
    merge), what the briefings alone take, and the merge's time."""
    from summarizer.daily import merge_briefings

    settings = resolve_settings(engine="extractive")
    gc.collect()
    with contextlib.suppress(OSError):  # Linux: reset the high-water mark
        Path("/proc/self/clear_refs").write_text("5")
    start = _resident_mb("VmRSS:")
    items = _distinct_day(size)
    gc.collect()
    held = _resident_mb("VmRSS:")
    started = time.perf_counter()
    day = merge_briefings(items, datetime.date(2023, 6, 2), settings=settings)
    elapsed = time.perf_counter() - started
    result = {
        "articles": size,
        "incidents_in": sum(len(b.briefing.incidents) for b in items),
        "incidents_out": len(day.incidents),
        "seconds": elapsed,
        "briefings_mb": held - start,
        "peak_rss_mb": _resident_mb("VmHWM:"),
    }
    del day, items
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
