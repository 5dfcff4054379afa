"""The service's trust boundary, attacked from outside as a stranger would: through a raw
socket or an HTTP client on 127.0.0.1, against real uvicorn."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from summarizer.config import Settings
from summarizer.service.access import token_digest
from summarizer.service.app import create_app
from summarizer.testing.asgi import serve_in_thread

TOKEN = "service-token-0123456789"
TEXT = "Heavy rain flooded the town of Riverside on Monday, officials said."


@contextmanager
def running(settings: Settings) -> Iterator[str]:
    with serve_in_thread(create_app(settings)) as url:
        yield url


def raw_exchange(url: str, head: bytes, body: bytes = b"", wait_s: float = 5.0) -> bytes:
    """What the server answers to ``head`` (and ``body``) within ``wait_s``, as raw bytes."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=wait_s) as sock:
        sock.sendall(head + body)
        received = b""
        try:
            while b"\r\n\r\n" not in received:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
        except TimeoutError:
            pass
    return received


def test_a_huge_body_without_a_token_is_refused_before_it_is_read(tmp_path: object) -> None:
    settings = Settings(service_token_hashes=token_digest(TOKEN), engine="extractive")
    with running(settings) as url:
        host = urlsplit(url).netloc
        head = (
            f"POST /v1/jobs HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: 20000000\r\n\r\n"
        ).encode()
        started = time.monotonic()
        # Only the headers and the first bytes are sent: an answer proves the body was not awaited.
        answer = raw_exchange(url, head, b"[" + b" " * 1000)
        elapsed = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert elapsed < 2.0
