"""The service's trust boundary, attacked from outside as a stranger would: through a raw
socket or an HTTP client on 127.0.0.1, against real uvicorn."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx2
from typer.testing import CliRunner

from summarizer.cli import app as cli_app
from summarizer.config import Settings
from summarizer.service.access import token_digest
from summarizer.service.app import create_app
from summarizer.testing.asgi import serve_in_thread
from summarizer.testing.service import service_process

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


PROTECTED = (
    "/readyz",
    "/metrics",
    "/docs",
    "/openapi.json",
    "/v1/prompts",
    "/v1/schemas",
    "/v1/jobs",
    "/v1/stories",
    "/v1/stories/2024-03-04.i1",
)


def test_with_tokens_every_endpoint_but_healthz_and_the_static_page_needs_one() -> None:
    settings = Settings(service_token_hashes=token_digest(TOKEN), engine="extractive")
    with running(settings) as url, httpx2.Client(base_url=url, timeout=30) as client:
        assert client.get("/healthz").status_code == 200
        for path in PROTECTED:
            assert client.get(path).status_code == 401, path
        # The page must load before it can ask for the token; it holds no data, and only
        # reading it is open: any other method on its paths needs the token.
        assert client.get("/").status_code == 200 and client.get("/app.js").status_code == 200
        assert client.post("/", content=b"x").status_code == 401
        authorized = {"Authorization": f"Bearer {TOKEN}"}
        assert client.get("/readyz", headers=authorized).status_code == 200
        refused = 'summarizer_http_requests_total{method="GET",route="refused",status="401"}'
        assert f"{refused} {len(PROTECTED)}.0" in client.get("/metrics", headers=authorized).text


CREDENTIALS = "alice:s3cret-pass-word"


def test_credentials_in_the_base_url_are_never_shown_or_stored(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    base_url = f"http://{CREDENTIALS}@127.0.0.1:{port}/v1"
    settings = Settings(base_url=base_url, model="m", data_dir=tmp_path / "home")
    with running(settings) as url, httpx2.Client(base_url=url, timeout=30) as client:
        ready = client.get("/readyz")
        failed = client.post("/v1/briefings", json={"text": TEXT})
    assert f"127.0.0.1:{port}/v1" in ready.text and str(tmp_path) not in ready.text
    assert failed.status_code == 502 and "connection refused" in failed.text
    for shown in (ready.text, failed.text):
        assert "s3cret" not in shown and "alice" not in shown
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    result = CliRunner().invoke(cli_app, ["brief", str(article), "--base-url", base_url, "--model", "m"])
    assert f"127.0.0.1:{port}/v1" in result.stderr and "connection refused" in result.stderr
    assert "s3cret" not in result.output + result.stderr and "alice" not in result.stderr
    unlisted = CliRunner().invoke(cli_app, ["brief", str(article), "--base-url", base_url])  # asks /models
    assert f"127.0.0.1:{port}/v1/models" in unlisted.stderr and "s3cret" not in unlisted.stderr
    stored = "\n".join(sqlite3.connect(settings.db_path).iterdump())
    assert "s3cret" not in stored


def test_the_tokenless_service_answers_only_its_own_host_and_origin() -> None:
    with running(Settings(engine="extractive")) as url, httpx2.Client(base_url=url, timeout=30) as client:
        port = urlsplit(url).port
        # DNS rebinding: evil.example resolves to 127.0.0.1, the browser sends its own name.
        for host in ("evil.example", f"evil.example:{port}", "127.0.0.1:1", f"127.0.0.1.evil.example:{port}"):
            assert client.get("/v1/jobs", headers={"Host": host}).status_code == 421, host
        for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"LOCALHOST:{port}"):
            assert client.get("/v1/jobs", headers={"Host": host}).status_code == 200, host
        # A page on another site posts a "simple" request, which browsers send without asking.
        article = b'[{"text": "' + TEXT.encode() + b'"}]'
        simple = {"Content-Type": "text/plain", "Origin": "http://evil.example"}
        assert client.post("/v1/jobs", content=article, headers=simple).status_code == 403
        fetched = {"Content-Type": "text/plain", "Sec-Fetch-Site": "cross-site"}
        assert client.post("/v1/jobs", content=article, headers=fetched).status_code == 403
        null = {"Origin": "null"}  # a sandboxed frame or a file: page
        assert client.post("/v1/jobs", content=article, headers=null).status_code == 403
        assert client.delete("/v1/jobs/x", headers={"Origin": "http://evil.example"}).status_code == 403
        own = {"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"}
        assert client.post("/v1/jobs", content=article, headers=own).status_code == 202
        assert client.post("/v1/jobs", content=article).status_code == 202  # curl sends no Origin
        assert client.get("/v1/jobs").status_code == 200 and len(client.get("/v1/jobs").json()) == 2


def _client_mistake(response: httpx2.Response) -> dict[str, object]:
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, object] = response.json()
    assert body["stage"] == "input" and "Traceback" not in response.text
    return body


def test_client_mistakes_are_4xx_problems_with_a_stage_never_500() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    huge_number = b'[{"text": "' + TEXT.encode() + b'", "id": ' + b"9" * 5000 + b"}]"
    one = [{"text": TEXT}]
    with running(Settings(engine="extractive")) as url, httpx2.Client(base_url=url, timeout=30) as client:
        mistakes = [
            client.post("/v1/jobs?engine=gpt", json=one),
            client.post("/v1/jobs?colour=blue", json=one),
            client.post("/v1/jobs", json={"articles": one, "engine": "nope"}),
            client.post("/v1/jobs", json={"articles": one, "colour": "blue"}),
            client.post("/v1/jobs", json={"articles": one, "engine": ["llm"]}),
            client.post("/v1/jobs", files={"file": ("a.jsonl", b"{}")}, data={"engine": "nope"}),
            client.post("/v1/jobs", content=deep),
            client.post("/v1/jobs", content=huge_number),
            client.post("/v1/jobs", content=b'[{"text": "caf\xe9"}]'),  # not UTF-8
            client.post("/v1/jobs", json=[1]),
            client.post("/v1/jobs?engine=llm", json=one),  # no LLM configured here
            client.post("/v1/jobs?prompt=nope/v9", json=one),
        ]
        for path in ("/v1/briefings", "/v1/daily"):
            mistakes += [
                client.post(path, content=b"{not json", headers={"content-type": "application/json"}),
                client.post(path, content=deep, headers={"content-type": "application/json"}),
                client.post(path, content=huge_number[1:-1], headers={"content-type": "application/json"}),
            ]
        for response in mistakes:
            _client_mistake(response)


def test_the_readme_uploads_of_a_one_article_day_work_as_written() -> None:
    day = (json.dumps({"text": TEXT, "id": "a1"}) + "\n").encode()
    with running(Settings(engine="extractive")) as url, httpx2.Client(base_url=url, timeout=30) as client:
        # curl $B/v1/jobs -H 'content-type: application/x-ndjson' --data-binary @day.jsonl
        lines = client.post("/v1/jobs", content=day, headers={"content-type": "application/x-ndjson"})
        # curl $B/v1/jobs -F file=@day.jsonl -F engine=extractive
        upload = client.post("/v1/jobs", files={"file": ("day.jsonl", day)}, data={"engine": "extractive"})
        for job in (lines, upload):
            assert job.status_code == 202 and job.json()["total"] == 1, job.text


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """True when the server closes (or resets) the connection within ``seconds``."""
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionError:
        pass
    return True


def test_huge_headers_and_slow_requests_are_cut_off(tmp_path: Path) -> None:
    env = {"SUMMARIZER_SERVICE_READ_TIMEOUT_S": "1", "SUMMARIZER_ENGINE": "extractive"}
    with service_process(env) as (url, _process):
        parts = urlsplit(url)
        address = (parts.hostname or "", parts.port or 80)
        host = parts.netloc
        with socket.create_connection(address, timeout=5) as bomb:
            bomb.sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n".encode())
            sent = 0
            try:
                while sent < 50 * 2**20:  # the service buffered 300 MB of this before
                    bomb.sendall(b"X-Pad: " + b"a" * 8000 + b"\r\n")
                    sent += 8000
            except ConnectionError:
                pass
            assert sent < 2**20 or _closed_within(bomb, 2)
        # Slowloris: a request head (or a body) that never finishes.
        slow = [socket.create_connection(address, timeout=5) for _ in range(3)]
        slow[0].sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-Slow: a".encode())
        slow[1].sendall(f"POST /v1/jobs HTTP/1.1\r\nHost: {host}\r\nContent-Length: 100\r\n\r\n[".encode())
        started = time.monotonic()
        for sock in slow:
            assert _closed_within(sock, 4)
            sock.close()
        assert time.monotonic() - started < 4
        with socket.create_connection(address, timeout=5) as fine:  # a normal request is served
            fine.sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            assert fine.recv(100).startswith(b"HTTP/1.1 200")


def test_nothing_is_loaded_from_a_cdn_and_the_page_cannot_be_framed() -> None:
    with running(Settings(engine="extractive")) as url, httpx2.Client(base_url=url, timeout=30) as client:
        for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
            assert client.get(path).status_code == 404, path  # no page that pulls scripts from a CDN
        assert "/v1/jobs" in client.get("/openapi.json").json()["paths"]
        page = client.get("/")
        assert "https://" not in page.text and 'href="/openapi.json"' in page.text
        for response in (page, client.get("/app.js")):
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            assert response.headers["x-frame-options"] == "DENY"


def test_the_page_script_never_writes_html() -> None:
    """The page's script puts strings in the page as text only (the browser tests show a
    hostile article stays text; this keeps any new code path from writing HTML)."""
    from importlib.resources import files

    script = files("summarizer.service").joinpath("static", "app.js").read_text(encoding="utf-8")
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("//"))
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in code, sink
    assert "localStorage" not in code  # the token is kept for the tab only


def test_a_credential_in_the_base_urls_query_is_never_shown_or_stored(tmp_path: Path) -> None:
    """A gateway that takes its key in the query ("?key=...", "?access_token=...") is
    named without it, as one that takes ``user:password@`` is; other parameters stay."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    base_url = f"http://127.0.0.1:{port}/v1?api-version=2026-01&api_key=qk-Secret0123456&access_token=tok%2F987654321"
    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps({"id": "a1", "text": TEXT, "published": "2026-03-02"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli_app, ["daily", str(day), "--base-url", base_url, "--model", "m", "-o", str(out)]
    )
    assert "connection refused" in result.stderr and "api-version=2026-01" in result.stderr
    shown = result.output + result.stderr + (out / "daily-2026-03-02.md").read_text(encoding="utf-8")
    stored = "\n".join(sqlite3.connect(tmp_path / "home" / "summarizer.sqlite3").iterdump())
    for secret in ("qk-Secret0123456", "tok%2F987654321", "tok/987654321"):
        assert secret not in shown and secret not in stored
