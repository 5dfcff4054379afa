"""``serve``'s access log: one line per request, on by default, quiet-able, and never a
token, a query string or a forged line."""

from __future__ import annotations

import re
from pathlib import Path

import httpx2
import pytest
from typer.testing import CliRunner

from summarizer.cli import app as cli_app
from summarizer.config import Settings
from summarizer.service.access import token_digest
from summarizer.service.app import create_app
from summarizer.service.transport import server_options
from summarizer.testing.asgi import serve_in_thread
from tests.service.test_trust import raw_exchange

TOKEN = "access-log-token-5up3r-s3cret"
TEXT = "Heavy rain flooded the town of Riverside on Monday, officials said."
LINE = re.compile(
    r"^access (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+\.\d)ms caller=(?P<caller>\S+)$"
)


def test_each_request_is_one_line_with_the_token_id_and_no_secret(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    settings = Settings(
        engine="extractive",
        data_dir=tmp_path / "home",
        service_token_hashes=token_digest(TOKEN),
        service_access_log=str(log),
    )
    authorized = {"Authorization": f"Bearer {TOKEN}"}
    with serve_in_thread(create_app(settings)) as url, httpx2.Client(base_url=url, timeout=30) as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/v1/jobs?api_key=sk-in-the-query", headers=authorized).status_code == 200
        assert client.get("/v1/jobs", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
        assert client.post("/v1/briefings", json={"text": TEXT}, headers=authorized).status_code == 200
        host = url.removeprefix("http://")
        # A path carrying a line break (percent-encoded, or raw) cannot forge a second line.
        forged = b"GET /v1/%0aaccess%20GET%20/admin%20200 HTTP/1.1\r\nHost: " + host.encode() + b"\r\n\r\n"
        assert raw_exchange(url, forged).startswith(b"HTTP/1.1 401")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5, lines
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    seen = [(m["method"], m["path"], m["status"], m["caller"]) for m in parsed if m]
    caller = token_digest(TOKEN)[:12]  # the id jobs record as their owner
    assert seen == [
        ("GET", "/healthz", "200", "-"),
        ("GET", "/v1/jobs", "200", caller),
        ("GET", "/v1/jobs", "401", "-"),
        ("POST", "/v1/briefings", "200", caller),
        ("GET", "/v1/%0aaccess%20GET%20/admin%20200", "401", "-"),
    ]
    assert all(float(m["ms"]) > 0 for m in parsed if m)
    text = log.read_text(encoding="utf-8")
    for secret in (TOKEN, "wrong-token", "sk-in-the-query", token_digest(TOKEN), "Riverside"):
        assert secret not in text, secret


def test_the_log_goes_to_stderr_by_default_and_off_turns_it_off(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    for destination, expected in (("-", 1), ("off", 0)):
        settings = Settings(engine="extractive", data_dir=tmp_path / "home", service_access_log=destination)
        with serve_in_thread(create_app(settings)) as url:
            assert httpx2.get(url + "/healthz", timeout=10).status_code == 200
        written = [line for line in capfd.readouterr().err.splitlines() if line.startswith("access ")]
        assert len(written) == expected, (destination, written)
    assert Settings().service_access_log == "-"  # on unless turned off


def test_an_access_log_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    where = tmp_path / "no-such-folder" / "access.log"
    result = CliRunner().invoke(cli_app, ["serve", "--engine", "extractive", "--access-log", str(where)])
    assert result.exit_code == 2, result.output
    assert "cannot open the access log" in result.output and "Traceback" not in result.output


def test_no_credential_in_a_request_target_reaches_the_log(tmp_path: Path) -> None:
    """A request line may carry a whole URL (``GET http://user:pass@host/path``), an
    authority (``CONNECT user:pass@host:443``) or a fragment: the log shows the scheme and the
    path, never the authority (where user information is), the query or the fragment. Served with ``serve``'s own
    request parser, which passes such targets through as they were sent."""
    log = tmp_path / "access.log"
    settings = Settings(engine="extractive", data_dir=tmp_path / "home", service_access_log=str(log))
    with serve_in_thread(create_app(settings), **server_options(60)) as url:
        host = url.removeprefix("http://").encode()
        for target in (
            b"http://alice:s3cret-pass@" + host + b"/v1/jobs?api_key=sk-query-key",
            b"//bob:s3cret-pass@" + host + b"/v1/jobs",
            b"carol:s3cret-pass@" + host,
            b"/v1/jobs#access_token=sk-fragment-key",
            # A password with '?', '#' or '/' left unencoded: all of it is still user information.
            b"http://dave:s3cret?pass@" + host + b"/v1/jobs",
            b"http://erin:s3cret/pass@" + host + b"/v1/jobs",
            b"http://frank:s3cret#pass@" + host + b"/v1/jobs",
        ):
            method = b"CONNECT" if target.startswith(b"carol") else b"GET"
            head = method + b" " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\n\r\n"
            assert raw_exchange(url, head).startswith(b"HTTP/1.1 ")
    text = log.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 7, text
    for secret in (
        *("alice", "bob", "carol", "dave", "erin", "frank", "s3cret", "pass@"),
        *("sk-query-key", "sk-fragment-key", "access_token"),
    ):
        assert secret not in text, (secret, text)
    assert "GET http://*/v1/jobs " in text and "GET /v1/jobs " in text and "CONNECT * " in text


def test_a_client_chosen_value_in_the_server_log_cannot_forge_a_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The server log names the article id of an internal failure and its reason: both may
    be the client's, so a line break in them is shown escaped."""
    from summarizer.results import Failure
    from summarizer.service.state import logged

    logged(Failure("a1\nERROR forged line", "internal", "boom\nERROR forged reason"))
    (message,) = [r.getMessage() for r in caplog.records]
    assert "a1\\x0aERROR forged line" in message and "boom\\x0aERROR forged reason" in message
    assert not [line for line in message.splitlines() if line.startswith("ERROR forged")]


def test_a_request_that_met_a_bug_is_one_problem_one_log_line_and_the_connection_lives_on(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    """The path is logged as the access log shows it (escaped), the traceback once, and the
    client may keep its connection: its next request on it is answered, not reset."""
    from fastapi import FastAPI

    from summarizer.service.problems import install

    bug = FastAPI()
    install(bug)

    @bug.get("/boom/{anything}")
    async def boom(anything: str) -> None:
        raise RuntimeError("a bug")

    with serve_in_thread(bug) as url, httpx2.Client(base_url=url, timeout=10) as client:
        for _ in range(3):  # one connection, kept
            answer = client.get("/boom/x%0AERROR%20forged%20line")
            assert answer.status_code == 500 and answer.json()["stage"] == "internal"
    messages = [r.getMessage() for r in caplog.records if "unexpected error" in r.getMessage()]
    assert messages == ["unexpected error on /boom/x%0AERROR%20forged%20line: RuntimeError"] * 3
    assert "Exception in ASGI application" not in capfd.readouterr().err


def test_a_made_up_method_neither_fills_the_log_nor_adds_a_metrics_series(tmp_path: Path) -> None:
    """Any token is a method to the parser, 60,000 letters long or new on every request."""
    log = tmp_path / "access.log"
    settings = Settings(engine="extractive", data_dir=tmp_path / "home", service_access_log=str(log))
    with serve_in_thread(create_app(settings), **server_options(60)) as url:
        host = url.removeprefix("http://").encode()
        for method in [b"X" * 60_000, *(b"M%dX" % n for n in range(20))]:
            head = method + b" /healthz HTTP/1.1\r\nHost: " + host + b"\r\n\r\n"
            assert raw_exchange(url, head).startswith(b"HTTP/1.1 405")
        scraped = httpx2.get(url + "/metrics", timeout=10).text
    lines = log.read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("access OTHER /healthz 405 ") for line in lines[:21]), lines[:3]
    assert max(len(line) for line in lines) < 200
    requests = [s for s in scraped.splitlines() if s.startswith("summarizer_http_requests_total{")]
    assert [s for s in requests if 'method="OTHER"' in s] and all(
        "M1X" not in s and "XXXX" not in s for s in requests
    )
