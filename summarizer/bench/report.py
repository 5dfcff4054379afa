"""The benchmark's table: each figure beside its target; 10. start-up times."""

from __future__ import annotations

import sys
import time
from typing import Any


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
    lines += _core(result) if {"overhead", "service_job"} <= result.keys() else _llm_path(result)
    lines += _distinct_day(result) + _daily_command(result) + _fairness(result) + _install(result)
    return lines


def _install(result: dict[str, Any]) -> list[str]:
    if (i := result.get("install")) is None:
        return []
    if "total_s" not in i:
        return [_row("13. install, fresh venv", i.get("error") or i.get("skipped", "?"), "", None)]
    phases = f"resolve {i['resolve_and_download_s']:.0f} s, unpack {i['unpack_s']:.0f} s"
    figure = f"{i['total_s']:.0f} s ({phases})"
    return [_row("13. venv + pip install -e ., warm cache", figure, "seconds, < 60 s", i["total_s"] < 60)]


def _llm_path(result: dict[str, Any]) -> list[str]:
    """The LLM path's rows (1 and 2) on their own, for ``--only`` runs of them."""
    lines = _overhead(result["overhead"]) if "overhead" in result else []
    return lines + _against_bare_pool(result)


def _overhead(o: dict[str, Any]) -> list[str]:
    name = f"1. overhead / {o['words']}-word article ({o['items_per_article']} items)"
    figure = f"{o['overhead_ms']:.2f} ms (+ {o['round_trip_ms']:.2f} ms HTTP round trip)"
    lines = [_row(name, figure, "< 5 ms", o["overhead_ms"] < 5)]
    figure = f"{o['sdk_and_instructor_ms']:.2f} ms openai + instructor, {o['own_ms']:.2f} ms summarizer's own"
    lines.append(_row("   of which", figure, "own <= 3 ms", o["own_ms"] <= 3))
    figure = f"{o['one_call_ms']:.2f} ms per summarize(text), {o['pipeline_ms']:.2f} ms per reused runner"
    lines.append(_row("1. the one-call API", figure, "", None))
    bare = o["bare_instructor_ms"]
    ratios = f"{o['one_call_ms'] / bare:.2f}x and {o['pipeline_ms'] / bare:.2f}x"
    figure = f"{ratios} a bare instructor call ({bare:.2f} ms)"
    met = o["one_call_ms"] <= 1.3 * bare and o["pipeline_ms"] <= 1.2 * bare
    lines.append(_row("   against a bare call", figure, "<= 1.3x, <= 1.2x", met))
    if "pipeline_cpu_ms" in o:
        runner, bare_cpu = o["pipeline_cpu_ms"], o["bare_instructor_cpu_ms"]
        figure = f"{runner:.2f} ms reused runner, {bare_cpu:.2f} ms bare call"
        lines.append(_row("   client CPU per article", figure, "", None))
    return lines


def _against_bare_pool(result: dict[str, Any]) -> list[str]:
    if "concurrency_vs_bare" not in result:
        return []
    p = result["concurrency_vs_bare"]
    name = f"2. concurrency {p['concurrency']} vs a bare pool, {p['articles']} art."
    figure = f"{p['product_per_s']:.1f}/s vs {p['bare_per_s']:.1f}/s bare = {p['ratio']:.2f}x"
    return [_row(name, figure, ">= 0.95x", p["ratio"] >= 0.95)]


def _distinct_day(result: dict[str, Any]) -> list[str]:
    """Item 6 on a day of distinct articles (each its own briefing, merged as they arrive):
    the issue's memory target."""
    if (x := result.get("distinct_day")) is None:
        return []
    events = f"{x['incidents_in']:,} incidents -> {x['incidents_out']} events"
    figure = (
        f"{x['seconds']:.1f} s, process peak {x['peak_rss_mb']:.0f} MB "
        f"({x['start_mb']:.0f} MB before the day; {events})"
    )
    met = x["seconds"] < 30 and x["peak_rss_mb"] < 1024 if x["articles"] >= 10_000 else None
    name = f"6. daily merge of {x['articles']:,} distinct articles"
    return [_row(name, figure, "< 30 s, < 1 GB", met)]


def _daily_command(result: dict[str, Any]) -> list[str]:
    """The whole ``summarizer daily`` command on distinct articles: the issue's memory target."""
    if (x := result.get("daily_command")) is None:
        return []
    lines = []
    for run in x["runs"]:
        name = f"6c. summarizer daily -f {run['format']}, {x['articles']:,} distinct"
        figure = f"peak {run['peak_rss_mb']:.0f} MB, {run['seconds']:.1f} s ({run['cache']} cache)"
        met = run["peak_rss_mb"] < 1024 if x["articles"] >= 10_000 else None
        lines.append(_row(name, figure, "< 1 GB", met))
    return lines


def _fairness(result: dict[str, Any]) -> list[str]:
    lines = []
    if "healthz_under_load" in result:
        h = result["healthz_under_load"]
        name = f"11. service, {h['briefings']} x {h['bytes_each'] / 1e6:g} MB briefings at once"
        figure = f"/healthz p99 {h['healthz_p99_ms']:.0f} ms (worst {h['healthz_max_ms']:.0f} ms)"
        lines.append(_row(name, figure, "p99 < 100 ms", h["healthz_p99_ms"] < 100))
        figure = f"p50 {h['healthz_p50_ms']:.0f} ms; {h['answered_200']} answered, {h['refused_503']} 503"
        lines.append(_row("   /healthz median, answers", figure, "", None))
        total = h["server_and_workers_peak_rss_mb"]
        figure = f"{total:.0f} MB with its workers (server alone {h['server_peak_rss_mb']:.0f} MB)"
        lines.append(_row("   server peak memory", figure, "< 600 MB", total < 600))
    if "small_job_behind_large" in result:
        s = result["small_job_behind_large"]
        name = f"12. B's 1-article job behind A's {s['large_job']:,}"
        figure = f"{s['small_job_seconds']:.2f} s ({s['large_done_meanwhile']} of the large job done)"
        met = s["small_job_seconds"] < 5 and s["small_job_briefed"] == 1
        lines.append(_row(name, figure, "< 5 s", met))
    return lines


def _core(result: dict[str, Any]) -> list[str]:
    lines = _overhead(result["overhead"])
    for row in result["concurrency"]:
        at_32 = row["concurrency"] == 32
        name = f"2. concurrency {row['concurrency']}, 500 ms latency"
        figure = f"{row['articles_per_s']:.1f}/s = {row['share']:.0%} of ideal {row['ideal']:.0f}/s"
        lines.append(
            _row(name, figure, ">= 85% at 32" if at_32 else "", row["share"] >= 0.85 if at_32 else None)
        )
    lines += _against_bare_pool(result)
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
