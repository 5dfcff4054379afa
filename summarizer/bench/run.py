"""``python -m summarizer.bench``: run the benchmarks, print the table, write the figures
where asked, and leave nothing behind in the temporary folder."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.bench import articles
from summarizer.bench.daily import daily_merge, distinct_day_merge
from summarizer.bench.daily_command import daily_command
from summarizer.bench.fairness import healthz_under_load, small_job_behind_large
from summarizer.bench.install import install_time
from summarizer.bench.llm import (
    cached_rerun,
    concurrency,
    concurrency_against_bare,
    local_model_speed,
    pipeline_overhead,
)
from summarizer.bench.offline import adversarial_text, offline_engine, span_alignment, worker_speedup
from summarizer.bench.report import report, startup
from summarizer.bench.service import job_of, request_throughput


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.bench",
        description="Benchmarks that print figures beside their targets (not timed tests).",
    )
    parser.add_argument(
        "--quick", action="store_true", help="every size shrunk: the smoke run CI keeps working"
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="the service load benchmarks (11, 12) at full size: 50 x 1 MB briefings at once, "
        "a 20,000-article job (by default 10 x 1 MB and 2,000)",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="run only this benchmark (repeatable), e.g. healthz_under_load, small_job_behind_large",
    )
    parser.add_argument(
        "--local", action="store_true", help="also the local model's tokens/s (the local extra)"
    )
    parser.add_argument(
        "--eval-model",
        type=Path,
        metavar="GGUF",
        help="instead: score the LLM path with this model on every eval set (minutes per article)",
    )
    parser.add_argument(
        "--eval-prompt",
        action="append",
        metavar="PROMPT",
        help="with --eval-model: a prompt to score (repeatable; default grounded/v2)",
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    parser.add_argument(
        "--seeds",
        type=Path,
        default=articles.SEEDS,
        metavar="DIR",
        help="folder of seed articles (default: seeds)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    articles.SEEDS = args.seeds
    # Every temporary file of the run, this process's and its children's (servers, worker
    # processes, stores), goes under one folder that is removed at the end.
    scratch = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
    previous = (tempfile.tempdir, os.environ.get("TMPDIR"))
    tempfile.tempdir = str(scratch)
    os.environ["TMPDIR"] = str(scratch)
    try:
        if args.eval_model is not None:
            from summarizer.bench.real_model import real_model_quality

            prompts = args.eval_prompt or ["grounded/v2"]
            result = {"real_model": real_model_quality(args.eval_model, prompts, scratch / "home")}
        else:
            result = measure(args.quick, args.local, scratch / "home", args.full, args.only)
    finally:
        tempfile.tempdir = previous[0]
        if previous[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = previous[1]
        shutil.rmtree(scratch, ignore_errors=True)
    if "real_model" in result:
        from summarizer.bench.real_model import report_lines

        print("\n".join(report_lines(result["real_model"])))
    else:
        print("\n".join(report(result)))
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


def measure(
    quick: bool, local: bool, home: Path, full: bool = False, only: list[str] | None = None
) -> dict[str, Any]:
    # The offline engine and span alignment run first: measured after the others, they
    # would also measure the garbage collector walking what those left on the heap.
    run: dict[str, Callable[[], Any]] = {
        "startup": lambda: startup(1 if quick else 5),
        "offline_engine": lambda: offline_engine(2 if quick else 60),
        "span_alignment": span_alignment,
        "workers": lambda: worker_speedup(20 if quick else 1000, home / "workers"),
        "overhead": lambda: pipeline_overhead(5 if quick else 50, home / "overhead"),
        "concurrency": lambda: concurrency(16 if quick else 200, (1, 8) if quick else (1, 8, 32), 0.5, home),
        "concurrency_vs_bare": lambda: concurrency_against_bare(
            16 if quick else 200, 8 if quick else 32, 0.5, home
        ),
        "cached_rerun": lambda: cached_rerun(50 if quick else 1000, home / "cached"),
        "daily_merge": lambda: daily_merge((20, 60) if quick else (1000, 10_000)),
        "distinct_day": lambda: distinct_day_merge(60 if quick else 10_000),
        "daily_command": lambda: daily_command(60 if quick else 10_000, home / "daily_command"),
        "adversarial": lambda: adversarial_text(20_000 if quick else 100_000),
        "service_requests": lambda: request_throughput(
            40 if quick else 1000, 8 if quick else 64, 0.2, processes=os.cpu_count() or 1
        ),
        "service_job": lambda: job_of(40 if quick else 2000),
        # Small unless --full: at full size they take minutes and 1-2 GB on an unbounded server.
        "healthz_under_load": lambda: healthz_under_load(4 if quick else 50 if full else 10, 1_000_000),
        "small_job_behind_large": lambda: small_job_behind_large(500 if quick else 20_000 if full else 2_000),
        # The README's first step on this machine: it reads package indexes, so the quick
        # smoke run leaves it out unless asked for by name.
        "install": install_time,
    }
    if quick and not (only and "install" in only):
        del run["install"]
    if only:
        unknown = sorted(set(only) - set(run))
        if unknown:
            raise SystemExit(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(run)}")
        run = {name: take for name, take in run.items() if name in only}
    if local:
        run["local_model"] = lambda: local_model_speed(home / "local")
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "quick": quick,
    }
    for name, take in run.items():
        print(f"running {name} ...", file=sys.stderr, flush=True)
        result[name] = take()
    return result
