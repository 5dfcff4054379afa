"""Service benchmarks under a heavy caller, for ``python -m summarizer.bench`` (items 11
and 12). Both run the offline engine in a ``summarizer serve`` process of its own.

11. ``briefings`` POST /v1/briefings of ``size``-byte articles at once: /healthz latency
    (p50, p99, worst) polled throughout, the peak resident memory of the server and of the
    server with its worker processes (large offline briefings run in those), and how many
    were answered 200 or refused 503 by admission by bytes in flight.
12. Token A queues one job of ``large`` articles, then token B one job of one article: the
    time until B's results stream ends, and how many of A's articles were done by then.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx2

from summarizer.testing.service import service_process

_SENTENCE = "Heavy rain flooded the town of Riverside on Monday, officials said, and {n} homes were lost. "


def _peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _descendants(pid: int) -> list[int]:
    """The processes ``pid`` started, and theirs (Linux ``/proc``)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text(encoding="ascii").split():
            found += [int(child), *_descendants(int(child))]
    return found


def _tree_peak_rss_mb(pid: int) -> float:
    """The server's peak resident memory plus each of its worker processes' peaks: at
    least the peak of their total, since the peaks need not coincide."""
    total = _peak_rss_mb(pid)
    for child in _descendants(pid):
        try:
            total += _peak_rss_mb(child)
        except FileNotFoundError:  # ended meanwhile; a worker lives as long as the server
            continue
    return total


def _article(size: int, tag: int) -> str:
    text = "".join(_SENTENCE.format(n=n) for n in range(size // len(_SENTENCE) + 1))
    return f"Report {tag}. " + text[:size]


def healthz_under_load(briefings: int, size: int) -> dict[str, Any]:
    env = {"SUMMARIZER_ENGINE": "extractive", "SUMMARIZER_CACHE": "false"}
    bodies = [json.dumps({"text": _article(size, n)}).encode() for n in range(briefings)]
    with service_process(env) as (url, process):
        stop = threading.Event()
        latencies: list[float] = []
        statuses: list[int] = []

        def poll() -> None:
            with httpx2.Client(base_url=url, timeout=300) as client:
                while not stop.is_set():
                    started = time.perf_counter()
                    client.get("/healthz")
                    latencies.append(time.perf_counter() - started)
                    time.sleep(0.02)

        def post(body: bytes) -> None:
            with httpx2.Client(base_url=url, timeout=600) as client:
                response = client.post(
                    "/v1/briefings", content=body, headers={"content-type": "application/json"}
                )
                statuses.append(response.status_code)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        started = time.perf_counter()
        callers = [threading.Thread(target=post, args=(body,), daemon=True) for body in bodies]
        for caller in callers:
            caller.start()
        for caller in callers:
            caller.join()
        elapsed = time.perf_counter() - started
        stop.set()
        poller.join()
        peak, tree_peak = _peak_rss_mb(process.pid), _tree_peak_rss_mb(process.pid)
    latencies.sort()
    counted = Counter(statuses)
    return {
        "briefings": briefings,
        "bytes_each": size,
        "seconds": elapsed,
        "healthz_polls": len(latencies),
        "healthz_p50_ms": statistics.median(latencies) * 1000,
        "healthz_p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        "healthz_max_ms": latencies[-1] * 1000,
        "server_peak_rss_mb": peak,
        "server_and_workers_peak_rss_mb": tree_peak,
        "answered_200": counted.get(200, 0),
        "refused_503": counted.get(503, 0),
        "other": sum(n for status, n in counted.items() if status not in (200, 503)),
    }


def small_job_behind_large(large: int) -> dict[str, Any]:
    import hashlib

    tokens = {"a": "bench-token-a-0123456789", "b": "bench-token-b-0123456789"}
    digests = ",".join(hashlib.sha256(t.encode()).hexdigest() for t in tokens.values())
    env = {
        "SUMMARIZER_ENGINE": "extractive",
        "SUMMARIZER_CACHE": "false",
        "SUMMARIZER_SERVICE_TOKEN_HASHES": digests,
        "SUMMARIZER_SERVICE_WORKERS": "2",
    }
    as_a = {"Authorization": f"Bearer {tokens['a']}"}
    as_b = {"Authorization": f"Bearer {tokens['b']}"}
    with service_process(env) as (url, _), httpx2.Client(base_url=url, timeout=600) as client:
        big = client.post(
            "/v1/jobs", json=[{"text": _article(600, n)} for n in range(large)], headers=as_a
        ).json()
        started = time.perf_counter()
        small = client.post("/v1/jobs", json=[{"text": _article(600, -1)}], headers=as_b).json()
        with client.stream("GET", small["results"], headers=as_b) as stream:
            lines = [json.loads(line) for line in stream.iter_lines() if line.strip()]
        waited = time.perf_counter() - started
        counts = client.get(big["url"], headers=as_a).json()["counts"]
        client.delete(big["url"], headers=as_a)
    return {
        "large_job": large,
        "small_job_seconds": waited,
        "small_job_briefed": sum(line["status"] == "briefed" for line in lines),
        "large_done_meanwhile": counts["briefed"] + counts["failed"],
    }
