"""Benchmark 6c: the whole ``summarizer daily`` command on a day of distinct articles.

What the issue's memory target is about: not the merge alone but the command a newsroom
runs, reading the articles, briefing each (offline engine, into an empty store), merging,
linking the day's stories and writing the page, in a process of its own whose peak is the
kernel's high-water mark for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from summarizer.bench.daily import day_texts

DAY = "2023-06-02"


def write_day(path: Path, size: int) -> None:
    """``size`` distinct articles as JSONL: each its own text (no two equal, so each is
    briefed and cached on its own), id and outlet."""
    with path.open("w", encoding="utf-8") as out:
        for n, (text, outlet) in enumerate(day_texts(size)):
            record = {"id": f"a{n:05d}", "text": f"{text}\n\n(Report {n}.)", "source": outlet}
            out.write(json.dumps(record) + "\n")


def run_daily(arguments: list[str], home: Path) -> tuple[float, float, str]:
    """``summarizer daily ARGUMENTS`` in a child process with its own store under ``home``:
    wall seconds, peak resident MB of the child (its worker processes' own peaks are not
    added: the default run has none), and what it printed on stderr. ``os.wait4`` gives this
    child's own high-water mark, where ``RUSAGE_CHILDREN`` would give the largest of every
    child this process ever waited for."""
    env = {**os.environ, "SUMMARIZER_HOME": str(home)}
    command = [sys.executable, "-m", "summarizer", "daily", *arguments]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    with child.stderr:  # closed here: os.wait4 reaps the child, so Popen never closes it
        printed = child.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"summarizer daily exited {child.returncode}: {printed[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, printed  # ru_maxrss is in KiB on Linux


def daily_command(size: int, folder: Path) -> dict[str, Any]:
    """``summarizer daily`` on ``size`` distinct articles written to a JSONL file, offline
    engine: first into an empty store writing JSON (every article briefed; JSON is the
    largest page), then again writing HTML and Markdown (the briefings from the cache, the
    day's stories replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    day_file = folder / "day.jsonl"
    write_day(day_file, size)
    runs: list[dict[str, Any]] = []
    for fmt in ("json", "html", "md"):
        out = folder / "out"
        arguments = [str(day_file), "--engine", "extractive", "--date", DAY, "-f", fmt, "-o", str(out)]
        seconds, peak_mb, printed = run_daily(arguments, folder / "home")
        runs.append(
            {
                "format": fmt,
                "cache": "empty" if not runs else "warm",
                "seconds": seconds,
                "peak_rss_mb": peak_mb,
                "page_bytes": (out / f"daily-{DAY}.{fmt}").stat().st_size,
                "summary": next((line for line in printed.splitlines() if " briefed, " in line), ""),
            }
        )
    return {"articles": size, "runs": runs, "peak_rss_mb": max(r["peak_rss_mb"] for r in runs)}
