"""Benchmarks that print figures (not timed tests): ``python -m summarizer.bench``.

1. pipeline overhead per ~1,000-word article beyond the HTTP round trip (loopback server
   answering instantly), with the round trip measured separately;
2. concurrency against a server with a fixed 500 ms latency: throughput as a share of ideal;
3. a cached re-run of 1,000 articles;
4. the offline engine: articles per second per core, alone and with the checks every
   briefing goes through (vetting); peak memory;
5. span alignment time against article length;
6. merging days of 1,000 and 10,000 overlapping briefings: time, memory, growth;
7. adversarial articles (``testing.hostile``) against normal text of the same length;
8. and 9. the HTTP service: 1,000 briefing requests at concurrency 64, and a job of 2,000
   articles (``bench_service``);
plus, with ``--local`` and the ``local`` extra installed, the tokens per second of the small
Gemma model behind llama.cpp's server.

``--quick`` shrinks every size so CI can keep the script working. Figures go to stdout as a
table and to ``bench.json``.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import http.client
import json
import math
import os
import platform
import resource
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.bench_service import job_of, request_throughput
from summarizer.config import Settings, resolve_settings
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.grounding.align import ArticleIndex
from summarizer.grounding.vetting import vet_briefing
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.testing import Reply, ScriptedServer
from summarizer.testing.hostile import adversarial_articles

SEEDS = Path("seeds")


def seed_texts(seed_dir: Path | None = None) -> list[str]:
    folder = seed_dir or SEEDS
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed articles in {folder.resolve()}: run from the project folder")
    return texts


def thousand_word_article(seed_dir: Path | None = None) -> str:
    """Whole seed paragraphs until about 1,000 words: a long wire story."""
    paragraphs = [p for text in seed_texts(seed_dir) for p in text.split("\n\n") if p.strip()]
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < 1000:
        chosen.append(paragraphs[len(chosen) % len(paragraphs)])
    return "\n\n".join(chosen)


def draft_from(briefing: Briefing) -> dict[str, Any]:
    """The LLM-facing draft of a briefing: what a good model would answer for the article."""
    data = briefing.model_dump(mode="json", include={"summary", "actors", "quotes", "figures", "incidents"})
    for key, computed in [
        ("actors", ("mentions", "match")),
        ("quotes", ("id", "span", "match")),
        ("figures", ("span", "match")),
        ("incidents", ("evidence_span", "match")),
    ]:
        for item in data[key]:
            for name in computed:
                item.pop(name, None)
    return data


def _settings(server: ScriptedServer, home: Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {"base_url": server.base_url, "data_dir": home, "timeout_s": 30, **extra}
    return resolve_settings(**values)


def _variants(text: str, count: int) -> list[str]:
    """Distinct articles (distinct cache keys) that the same draft still grounds in."""
    return [f"{text}\n\n(Report {n}.)" for n in range(count)]


# --------------------------------------------------------------------------- 1. overhead


def pipeline_overhead(articles: int, home: Path) -> dict[str, float]:
    text = thousand_word_article()
    draft = draft_from(ExtractiveEngine().brief(Article(text=text), None))
    with ScriptedServer(default=lambda body: Reply(draft)) as server:
        runner = Summarizer(_settings(server, home, cache=False))
        items = _variants(text, articles + 3)
        for warm in items[:3]:
            runner.summarize(warm)
        started = time.perf_counter()
        for item in items[3:]:
            runner.summarize(item)
        per_article = (time.perf_counter() - started) / articles * 1000
        # The run log times each call around the SDK: openai + instructor + the round trip.
        calls = runner.store.list_calls(limit=articles)
        call_ms = sum(c["latency_ms"] for c in calls) / len(calls)
        body = json.dumps(server.requests[-1]).encode("utf-8")
        # One kept-alive connection, as the SDK's client keeps one.
        address = urllib.parse.urlsplit(server.base_url)
        connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port)
        path = f"{address.path}/chat/completions"
        headers = {"content-type": "application/json"}
        try:
            started = 0.0
            for attempt in range(articles + 3):
                if attempt == 3:  # after warm-up
                    started = time.perf_counter()
                connection.request("POST", path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                assert response.status == 200
            round_trip = (time.perf_counter() - started) / articles * 1000
        finally:
            connection.close()
    return {
        "words": len(text.split()),
        "items_per_article": sum(len(draft[k]) for k in ("actors", "quotes", "figures", "incidents")),
        "pipeline_ms": per_article,
        "round_trip_ms": round_trip,
        "overhead_ms": per_article - round_trip,
        "sdk_and_instructor_ms": call_ms - round_trip,
        "own_ms": per_article - call_ms,
    }


# --------------------------------------------------------------------------- 2. concurrency


def _serve_drafts(drafts: dict[str, Any], latency_s: float, urls: Any, stop: Any) -> None:
    """Child process: a scripted endpoint answering every article with its draft."""
    from summarizer.testing import article_from_request

    with ScriptedServer(
        default=lambda body: Reply(drafts[article_from_request(body)]), latency_s=latency_s
    ) as srv:
        urls.put(srv.base_url)
        stop.wait()


def concurrency(
    articles: int, levels: tuple[int, ...], latency_s: float, home: Path
) -> list[dict[str, float]]:
    """The endpoint runs in its own process, so its work does not share this one's GIL."""
    import multiprocessing

    fork = multiprocessing.get_context("fork")
    texts = seed_texts()
    rows = []
    for level in levels:
        items = [f"{texts[n % len(texts)]}\n\n(Level {level}, report {n}.)" for n in range(articles)]
        drafts = {item: draft_from(ExtractiveEngine().brief(Article(text=item), None)) for item in items}
        urls, stop = fork.Queue(), fork.Event()
        server = fork.Process(target=_serve_drafts, args=(drafts, latency_s, urls, stop), daemon=True)
        server.start()
        try:
            base_url = urls.get(timeout=30)
            settings = resolve_settings(
                base_url=base_url, data_dir=home / f"c{level}", timeout_s=30, cache=False
            )
            runner = Summarizer(settings)
            started = time.perf_counter()
            briefed = sum(isinstance(r, Briefing) for r in runner.summarize_many(items, concurrency=level))
            elapsed = time.perf_counter() - started
        finally:
            stop.set()
            server.join(timeout=10)
        assert briefed == articles
        ideal = level / latency_s
        achieved = articles / elapsed
        rows.append(
            {"concurrency": level, "articles_per_s": achieved, "ideal": ideal, "share": achieved / ideal}
        )
    return rows


# --------------------------------------------------------------------------- 3. cached re-run


def cached_rerun(articles: int, home: Path) -> dict[str, float]:
    text = seed_texts()[0]
    draft = draft_from(ExtractiveEngine().brief(Article(text=text), None))
    items = _variants(text, articles)
    with ScriptedServer(default=lambda body: Reply(draft)) as server:
        runner = Summarizer(_settings(server, home))
        first_started = time.perf_counter()
        list(runner.summarize_many(items, concurrency=8))
        first = time.perf_counter() - first_started
        requests = len(server.requests)
        # Consumed as the CLI does, one result at a time (holding all 1,000 briefings
        # would measure Python's garbage collector walking them instead).
        started = time.perf_counter()
        briefed = sum(isinstance(r, Briefing) for r in runner.summarize_many(items, concurrency=8))
        elapsed = time.perf_counter() - started
        assert len(server.requests) == requests, "the re-run reached the endpoint"
    assert briefed == articles
    return {
        "articles": articles,
        "first_run_s": first,
        "rerun_s": elapsed,
        "articles_per_s": articles / elapsed,
    }


# --------------------------------------------------------------------------- 4. offline engine


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


# --------------------------------------------------------------------------- 7. adversarial text


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


# --------------------------------------------------------------------------- 5. span alignment


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


# --------------------------------------------------------------------------- 6. daily merge


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


# --------------------------------------------------------------------------- local model


def local_model_speed(home: Path) -> dict[str, Any]:
    """Completion tokens per second of the bundled Gemma 3 270M through llama.cpp's server."""
    from summarizer.llm.local_server import LOCAL_MODE, bundled_model, local_llama_server

    text = (
        "Floods force evacuations in Riverside\n\nHeavy rain flooded the town of Riverside on Monday, "
        'forcing 300 people from their homes, officials said. "We have never seen the river this high," '
        "Mayor Jane Doe told reporters. Two bridges were closed."
    )
    with local_llama_server(bundled_model()) as server:
        settings = resolve_settings(
            base_url=server.base_url, model=server.model, mode=LOCAL_MODE, data_dir=home, max_tokens=400,
            timeout_s=600, cache=False,
        )  # fmt: skip
        runner = Summarizer(settings)
        list(runner.summarize_many([text]))
        calls = runner.store.list_calls(limit=100)
    completion = sum(c["completion_tokens"] or 0 for c in calls)
    prompt = sum(c["prompt_tokens"] or 0 for c in calls)
    seconds = sum(c["latency_ms"] or 0 for c in calls) / 1000
    # Whole-call rate: the server also reads the prompt (the schema is in it in JSON mode).
    rate = completion / seconds if seconds else 0.0
    return {"model": server.model, "calls": len(calls), "prompt_tokens": prompt,
            "completion_tokens": completion, "seconds": seconds, "tokens_per_s": rate}  # fmt: skip


# --------------------------------------------------------------------------- report


def _row(name: str, figure: str, target: str, met: bool | None) -> str:
    verdict = "" if met is None else ("met" if met else "NOT MET")
    return f"{name:<44} {figure:<44} {target:<22} {verdict}"


def startup(runs: int) -> dict[str, float]:
    """Wall time of a fresh interpreter importing the package, and of ``summarizer --help``
    (best of ``runs``): what every command and every library user pays first."""
    import subprocess

    def best(command: list[str]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        return min(times) * 1000

    python = sys.executable
    return {
        "bare_python_ms": best([python, "-c", "pass"]),
        "import_ms": best([python, "-c", "import summarizer"]),
        "help_ms": best([python, "-m", "summarizer", "--help"]),
    }


def report(result: dict[str, Any]) -> list[str]:
    lines = [f"machine: {result['machine']}", _row("benchmark", "figure", "target", None)]
    o = result["overhead"]
    name = f"1. overhead / {o['words']}-word article ({o['items_per_article']} items)"
    figure = f"{o['overhead_ms']:.2f} ms (+ {o['round_trip_ms']:.2f} ms HTTP round trip)"
    lines.append(_row(name, figure, "< 5 ms", o["overhead_ms"] < 5))
    figure = f"{o['sdk_and_instructor_ms']:.2f} ms openai + instructor, {o['own_ms']:.2f} ms summarizer's own"
    lines.append(_row("   of which", figure, "", None))
    for row in result["concurrency"]:
        at_32 = row["concurrency"] == 32
        name = f"2. concurrency {row['concurrency']}, 500 ms latency"
        figure = f"{row['articles_per_s']:.1f}/s = {row['share']:.0%} of ideal {row['ideal']:.0f}/s"
        lines.append(
            _row(name, figure, ">= 85% at 32" if at_32 else "", row["share"] >= 0.85 if at_32 else None)
        )
    c = result["cached_rerun"]
    figure = f"{c['articles_per_s']:.0f} articles/s"
    lines.append(
        _row(f"3. cached re-run of {c['articles']}", figure, ">= 2,000/s", c["articles_per_s"] >= 2000)
    )
    st = result["startup"]
    bare = f"(bare interpreter {st['bare_python_ms']:.0f} ms)"
    lines.append(
        _row("10. import summarizer", f"{st['import_ms']:.0f} ms {bare}", "< 100 ms", st["import_ms"] < 100)
    )
    lines.append(_row("10. summarizer --help", f"{st['help_ms']:.0f} ms", "< 150 ms", st["help_ms"] < 150))
    e = result["offline_engine"]
    figure = f"{e['articles_per_cpu_second']:.0f} articles/s per core"
    lines.append(_row("4. offline engine, seeds", figure, ">= 200/s", e["articles_per_cpu_second"] >= 200))
    figure = f"{e['with_vetting_per_cpu_second']:.0f} articles/s per core"
    lines.append(_row("4. offline engine + vetting, seeds", figure, "", None))
    figure = f"{e['peak_rss_mb']:.0f} MB (whole process)"
    lines.append(_row("4. offline engine, peak resident memory", figure, "< 500 MB", e["peak_rss_mb"] < 500))
    w = result["workers"]
    figure = f"{w['one_process_per_s']:.0f}/s -> {w['workers_per_s']:.0f}/s = {w['speedup']:.2f}x"
    lines.append(_row(f"4. brief --workers {w['workers']}, {w['articles']} articles", figure, "", None))
    for row in result["span_alignment"]:
        at_20k = row["chars"] == 20_000
        name = f"5. span alignment, {row['chars']:,} chars, {row['items']} items"
        target = "< 20 ms at 20k" if at_20k else ""
        lines.append(_row(name, f"{row['ms']:.1f} ms", target, row["ms"] < 20 if at_20k else None))
    d = result["daily_merge"]
    for run in d["runs"]:
        events = f"{run['incidents_in']:,} incidents -> {run['incidents_out']} events"
        figure = f"{run['seconds']:.1f} s, {run['peak_added_mb']:.0f} MB added at peak ({events})"
        target = "< 30 s, < 1 GB" if run is d["runs"][-1] else ""
        met = run["seconds"] < 30 and run["peak_added_mb"] < 1024 if target else None
        lines.append(
            _row(f"6. daily merge of {run['briefings']:,} overlapping briefings", figure, target, met)
        )
    exponent = d["growth_exponent"]
    lines.append(_row("   time growth exponent", f"{exponent:.2f}", "<= 1.2", exponent <= 1.2))
    a = result["adversarial"]
    worst = a["ratios"][a["worst"]]
    figure = f"worst {worst:.1f}x normal text ({a['worst']}); normal {a['normal_s'] * 1000:.0f} ms"
    lines.append(_row(f"7. adversarial articles, {a['chars']:,} chars", figure, "<= 3x", worst <= 3))
    r = result["service_requests"]
    name = f"8. service ({r['processes']} processes), {r['requests']} POST /v1/briefings"
    name += f" at {r['concurrency']}, LLM {r['llm_latency_ms']:.0f} ms"
    figure = f"{r['per_s']:.0f}/s = {r['share']:.0%} of ideal {r['ideal_per_s']:.0f}/s, {r['errors']} errors"
    lines.append(_row(name, figure, ">= 90%, 0 errors", r["share"] >= 0.9 and r["errors"] == 0))
    figure = f"p50 {r['added_p50_ms']:.1f} ms, p99 {r['added_p99_ms']:.1f} ms"
    lines.append(_row("   latency added beyond the LLM's", figure, "p99 < 20 ms", r["added_p99_ms"] < 20))
    figure = f"{r['service_cpu_ms_per_request']:.1f} ms (all processes, warm-up included)"
    lines.append(_row("   service CPU per request", figure, "", None))
    j = result["service_job"]
    figure = f"{j['lost']} lost, {j['briefed']} briefed in {j['seconds']:.1f} s"
    figure += f", server peak {j['server_peak_rss_mb']:.0f} MB"
    lines.append(_row(f"9. service, one job of {j['articles']:,} articles", figure, "0 lost", j["lost"] == 0))
    if "local_model" in result:
        m = result["local_model"]
        figure = f"{m['tokens_per_s']:.1f} completion tokens/s (whole call, prompt included)"
        lines.append(_row(f"local model {m['model']} (llama.cpp)", figure, "", None))
    return lines


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    quick = "--quick" in args
    home = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
    # The offline engine and span alignment run first: measured after the others, they
    # would also measure the garbage collector walking what those left on the heap.
    run: dict[str, Callable[[], Any]] = {
        "startup": lambda: startup(1 if quick else 5),
        "offline_engine": lambda: offline_engine(2 if quick else 60),
        "span_alignment": span_alignment,
        "workers": lambda: worker_speedup(20 if quick else 1000, home / "workers"),
        "overhead": lambda: pipeline_overhead(5 if quick else 50, home / "overhead"),
        "concurrency": lambda: concurrency(16 if quick else 200, (1, 8) if quick else (1, 8, 32), 0.5, home),
        "cached_rerun": lambda: cached_rerun(50 if quick else 1000, home / "cached"),
        "daily_merge": lambda: daily_merge((20, 60) if quick else (1000, 10_000)),
        "adversarial": lambda: adversarial_text(20_000 if quick else 100_000),
        "service_requests": lambda: request_throughput(
            40 if quick else 1000, 8 if quick else 64, 0.2, processes=os.cpu_count() or 1
        ),
        "service_job": lambda: job_of(40 if quick else 2000),
    }
    if "--local" in args:
        run["local_model"] = lambda: local_model_speed(home / "local")
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "quick": quick,
    }
    for name, measure in run.items():
        print(f"running {name} ...", file=sys.stderr, flush=True)
        result[name] = measure()
    print("\n".join(report(result)))
    Path("bench.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
