"""``summarizer serve`` as a child process on a free loopback port, for tests and benchmarks
that need a real server process (to kill it, signal it, or keep its GIL apart)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx2

from summarizer.llm.tls import shared_tls_context


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def service_process(
    env: dict[str, str], port: int | None = None, processes: int = 1
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The service's URL and process, once ``/healthz`` answers; stopped (SIGTERM, then
    SIGKILL) on exit unless the caller already ended it."""
    port = port or free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "serve", "--port", str(port), "--processes", str(processes)],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    with httpx2.Client(timeout=1, verify=shared_tls_context()) as client:
        while True:
            try:
                if client.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx2.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait(10)
                raise RuntimeError("the service did not start")
            time.sleep(0.05)
    try:
        yield url, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
