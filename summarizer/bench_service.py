"""Service benchmarks for ``python -m summarizer.bench`` (items 8 and 9).

The service runs as its own process (``summarizer serve``), as in production, so that its
event loop and worker threads do not share a GIL with the clients; the scripted LLM server
and the client threads run in the benchmark's process.

8. ``requests`` POST /v1/briefings of distinct articles at ``concurrency``, against an LLM
   that answers after ``latency_s``: throughput as a share of the ideal
   (``concurrency / latency_s``), the latency the service adds beyond the LLM's answer time at
   p50 and p99, and errors.
9. One job of ``articles`` articles against an LLM that answers at once: every result
   accounted for, and the server's peak resident memory.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2

from summarizer.testing import Delay, Reply, ScriptedServer, article_from_request
from summarizer.testing.service import service_process


def _draft(body: dict[str, Any]) -> Reply:
    first = article_from_request(body).strip().split(". ")[0].rstrip(".") + "."
    return Reply({"summary": first, "actors": [], "quotes": [], "figures": [], "incidents": []})


@contextmanager
def _service(llm_url: str, home: Path, **env: str) -> Iterator[tuple[str, int]]:
    variables = {"SUMMARIZER_HOME": str(home), "SUMMARIZER_BASE_URL": llm_url, **env}
    with service_process(variables) as (url, process):
        yield url, process.pid


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def request_throughput(requests: int, concurrency: int, latency_s: float) -> dict[str, Any]:
    texts = [
        f"Heavy rain flooded the town of Riverside on Monday, officials said. Report {n} of the day."
        for n in range(requests + concurrency)
    ]
    with (
        ScriptedServer(default=lambda body: Delay(latency_s, _draft(body))) as llm,
        tempfile.TemporaryDirectory() as home,
        _service(llm.base_url, Path(home), SUMMARIZER_SERVICE_CONCURRENCY_PER_TOKEN=str(concurrency)) as (
            url,
            _,
        ),
    ):
        latencies: list[float] = []
        errors: list[int] = []
        lock = threading.Lock()
        queue = iter(texts[concurrency:])

        def client_loop(warm: str) -> None:
            with httpx2.Client(base_url=url, timeout=120) as client:
                client.post("/v1/briefings", json={"text": warm})  # connection and warm-up
                barrier.wait()
                while True:
                    with lock:
                        text = next(queue, None)
                    if text is None:
                        return
                    started = time.perf_counter()
                    response = client.post("/v1/briefings", json={"text": text})
                    took = time.perf_counter() - started
                    with lock:
                        latencies.append(took)
                        if response.status_code != 200:
                            errors.append(response.status_code)

        barrier = threading.Barrier(concurrency + 1)
        threads = [threading.Thread(target=client_loop, args=(texts[n],)) for n in range(concurrency)]
        for thread in threads:
            thread.start()
        barrier.wait()
        started = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    ideal = concurrency / latency_s
    added = sorted(max(0.0, t - latency_s) * 1000 for t in latencies)
    return {
        "requests": len(latencies),
        "concurrency": concurrency,
        "llm_latency_ms": latency_s * 1000,
        "per_s": len(latencies) / elapsed,
        "ideal_per_s": ideal,
        "share": len(latencies) / elapsed / ideal,
        "added_p50_ms": statistics.median(added),
        "added_p99_ms": added[min(len(added) - 1, int(len(added) * 0.99))],
        "errors": len(errors),
    }


def job_of(articles: int) -> dict[str, Any]:
    lines = [
        {"text": f"Fire in Lakeside on Tuesday destroyed {n} homes, police said. Case {n}."}
        for n in range(articles)
    ]
    with (
        ScriptedServer(default=_draft) as llm,
        tempfile.TemporaryDirectory() as home,
        _service(llm.base_url, Path(home)) as (url, pid),
    ):
        started = time.perf_counter()
        job = httpx2.post(f"{url}/v1/jobs", json=lines, timeout=120).json()
        results = []
        with httpx2.stream("GET", f"{url}{job['results']}", timeout=None) as stream:
            results = [json.loads(line) for line in stream.iter_lines() if line.strip()]
        elapsed = time.perf_counter() - started
        peak = _peak_rss_mb(pid)
    seqs = {r["seq"] for r in results}
    return {
        "articles": articles,
        "results": len(results),
        "lost": articles - len(seqs),
        "briefed": sum(r["status"] == "briefed" for r in results),
        "seconds": elapsed,
        "server_peak_rss_mb": peak,
    }
