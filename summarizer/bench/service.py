"""Service benchmarks for ``python -m summarizer.bench`` (items 8 and 9).

The service runs as its own processes (``summarizer serve``), as in production; the LLM
endpoint and the clients run in a third process, written to cost the CPU they share with
the service as little as possible (see ``_load_harness``).

8. ``requests`` POST /v1/briefings of distinct articles at ``concurrency``, against an LLM
   that answers after ``latency_s``, served by ``processes`` processes: throughput as a share
   of the ideal (``concurrency / latency_s``), the latency the service adds beyond the LLM's
   answer time at p50 and p99, errors, and the service's CPU time per request.
9. One job of ``articles`` articles against an LLM that answers at once: every result
   accounted for, and the server's peak resident memory.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx2

from summarizer.testing import Reply, ScriptedServer, article_from_request
from summarizer.testing.openai_server import completion_for
from summarizer.testing.service import service_process


def _draft(body: dict[str, Any]) -> Reply:
    first = article_from_request(body).strip().split(". ")[0].rstrip(".") + "."
    return Reply({"summary": first, "actors": [], "quotes": [], "figures": [], "incidents": []})


@contextmanager
def _service(llm_url: str, home: Path, processes: int = 1, **env: str) -> Iterator[tuple[str, int]]:
    variables = {
        "SUMMARIZER_HOME": str(home),
        "SUMMARIZER_BASE_URL": llm_url,
        "SUMMARIZER_MODEL": "bench-model",
        "SUMMARIZER_PROMPT": "briefing/v1",  # its endpoint answers whole briefing drafts
        **env,
    }
    with service_process(variables, processes=processes) as (url, process):
        yield url, process.pid


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _read_http_message(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """One HTTP/1.1 message with a Content-Length body: its first line and its body."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return head.split(b"\r\n", 1)[0], await reader.readexactly(length)


async def _llm_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, latency_s: float
) -> None:
    try:
        while True:
            _, body = await _read_http_message(reader)
            await asyncio.sleep(latency_s)
            request = json.loads(body)
            data = json.dumps(completion_for(request, _draft(request))).encode("utf-8")
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + f"content-length: {len(data)}\r\n\r\n".encode()
                + data
            )
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
        writer.close()  # the service closed the connection, or the benchmark is over


async def _client(
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter],
    host: bytes,
    texts: Iterator[str],
    latencies: list[float],
    errors: list[bytes],
) -> None:
    """POST each text in turn on one kept-alive connection (``host``: the service's own
    address, which the tokenless service requires of every request)."""
    reader, writer = connection
    for text in texts:
        body = json.dumps({"text": text}).encode("utf-8")
        started = time.perf_counter()
        writer.write(
            b"POST /v1/briefings HTTP/1.1\r\nhost: "
            + host
            + b"\r\ncontent-type: application/json\r\n"
            + f"content-length: {len(body)}\r\n\r\n".encode()
            + body
        )
        status, _ = await _read_http_message(reader)
        latencies.append(time.perf_counter() - started)
        if b" 200 " not in status:
            errors.append(status)


def _load_harness(connection: Connection, concurrency: int, latency_s: float) -> None:
    """The benchmark's other side, in a process of its own: an OpenAI-compatible endpoint
    answering after ``latency_s``, and ``concurrency`` clients keeping connections alive.

    Both are plain asyncio over raw HTTP/1.1 (about 0.1 ms of CPU a request) because on this
    two-core machine they share the CPU with the service: thread-per-connection clients and
    ``http.server`` cost more CPU per request than the service itself, and measured the
    harness rather than the service."""

    async def main() -> None:
        llm = await asyncio.start_server(
            lambda r, w: _llm_connection(r, w, latency_s), "127.0.0.1", 0, backlog=1024
        )
        connection.send(llm.sockets[0].getsockname()[1])
        port, warm, texts = connection.recv()
        latencies: list[float] = []
        errors: list[bytes] = []
        # Clients arrive one after another, as they do in service: in one burst, one of several
        # server processes accepts most of them (measured: 46 of 64). Each connection is
        # warmed with one untimed request, then all of them take texts from one shared queue.
        host = f"127.0.0.1:{port}".encode()
        connections = []
        for _ in range(concurrency):
            connections.append(await asyncio.open_connection("127.0.0.1", port))
            await asyncio.sleep(0.01)
        await asyncio.gather(
            *(_client(c, host, iter([t]), [], errors) for c, t in zip(connections, warm, strict=True))
        )
        queue = iter(texts)
        started = time.perf_counter()
        await asyncio.gather(*(_client(c, host, queue, latencies, errors) for c in connections))
        elapsed = time.perf_counter() - started
        for _, writer in connections:
            writer.close()
        connection.send((latencies, [e.decode() for e in errors], elapsed))
        llm.close()

    asyncio.run(main())


def _cpu_seconds(pid: int) -> float:
    """CPU time of a process and its live children (``serve --processes``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(_cpu_seconds(int(child)) for child in children)


def request_throughput(requests: int, concurrency: int, latency_s: float, processes: int) -> dict[str, Any]:
    texts = [
        f"Heavy rain flooded the town of Riverside on Monday, officials said. Report {n} of the day."
        for n in range(requests + concurrency)
    ]
    ours, theirs = multiprocessing.get_context("spawn").Pipe()
    harness = multiprocessing.get_context("spawn").Process(
        target=_load_harness, args=(theirs, concurrency, latency_s), daemon=True
    )
    harness.start()
    try:
        llm_url = f"http://127.0.0.1:{ours.recv()}/v1"
        with (
            tempfile.TemporaryDirectory() as home,
            _service(
                llm_url, Path(home), processes, SUMMARIZER_SERVICE_CONCURRENCY_PER_TOKEN=str(concurrency)
            ) as (
                url,
                pid,
            ),
        ):
            cpu_before = _cpu_seconds(pid)
            ours.send((int(url.rsplit(":", 1)[1]), texts[:concurrency], texts[concurrency:]))
            latencies, errors, elapsed = ours.recv()
            service_cpu = _cpu_seconds(pid) - cpu_before
    finally:
        harness.join(10)
        if harness.is_alive():
            harness.kill()
    ideal = concurrency / latency_s
    added = sorted(max(0.0, t - latency_s) * 1000 for t in latencies)
    return {
        "requests": len(latencies),
        "concurrency": concurrency,
        "processes": processes,
        "llm_latency_ms": latency_s * 1000,
        "per_s": len(latencies) / elapsed,
        "ideal_per_s": ideal,
        "share": len(latencies) / elapsed / ideal,
        "added_p50_ms": statistics.median(added),
        "added_p99_ms": added[min(len(added) - 1, int(len(added) * 0.99))],
        # warm-up included: an upper bound on the service's CPU per request
        "service_cpu_ms_per_request": service_cpu * 1000 / (len(latencies) + concurrency),
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
