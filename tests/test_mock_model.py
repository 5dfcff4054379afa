"""The mock model (``summarizer mock-llm``): answers from the offline engine in the shape each
request's schema asks for, labelled ``mock-offline`` everywhere."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from summarizer.testing.mock_model import MOCK_MODEL, UNNAMED, mock_answer, mock_server, top_line_from
from tests.conftest import ROOT

ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8").split("---\n", 2)[2]


def _messages(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"Title: x\n\n<article>\n{text}\n</article>\n"}]


def test_grounded_labels_are_answered_from_the_rules_in_any_dialect() -> None:
    schema = {
        "type": "object",
        "properties": {
            "summary": {"type": "string"},
            "speakers": {"$ref": "#/$defs/Speakers"},
            "missing_actors": {"type": "array", "items": {"type": "string"}},
        },
        "$defs": {"Speakers": {"type": "object", "properties": {"q1 We opened two": {"type": "string"}}}},
        "required": ["summary", "speakers", "missing_actors"],
    }
    marked = ARTICLE.replace('"We opened', '[q1]"We opened')
    for dialect in (
        {"response_format": {"type": "json_schema", "json_schema": {"name": "Labels", "schema": schema}}},
        {"response_format": {"type": "json_object", "schema": schema}},
        {"tools": [{"type": "function", "function": {"name": "Labels", "parameters": schema}}]},
    ):
        answer = mock_answer({"messages": _messages(marked), **dialect})
        assert answer["speakers"] == {"q1 We opened two": UNNAMED}
        assert answer["missing_actors"] == []
        assert answer["summary"].startswith("Heavy rain flooded") and "[q1]" not in answer["summary"]


def test_free_generation_gets_the_offline_briefing_as_a_draft_and_other_schemas_their_keys() -> None:
    draft = mock_answer({"messages": _messages(ARTICLE)})
    assert {q["text"] for q in draft["quotes"]} >= {
        "We opened two shelters before midnight and nobody was hurt"
    }
    assert all("span" not in q for q in draft["quotes"])
    other = {"type": "object", "properties": {"top_line": {"type": "string"}, "n": {"type": "integer"}},
             "required": ["top_line", "n"]}  # fmt: skip
    answer = mock_answer(
        {"messages": _messages(ARTICLE), "response_format": {"type": "json_object", "schema": other}}
    )
    assert set(answer) == {"top_line", "n"} and MOCK_MODEL in answer["top_line"]


def test_mock_llm_command_serves_and_says_it_is_a_mock(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "mock-llm", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        assert "mock-offline is a mock, not a model" in process.stderr.readline()
        with urllib.request.urlopen(f"{url}/models", timeout=10) as response:
            listed = json.load(response)
        assert [m["id"] for m in listed["data"]] == [MOCK_MODEL]
        request = urllib.request.Request(
            f"{url}/chat/completions",
            data=json.dumps({"model": "anything", "messages": _messages(ARTICLE)}).encode(),
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            completion = json.load(response)
        assert completion["model"] == MOCK_MODEL
        assert json.loads(completion["choices"][0]["message"]["content"])["quotes"]
    finally:
        process.terminate()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_the_daily_path_through_the_mock_reads_like_a_real_one(tmp_path: Path) -> None:
    """The mock's top line is written from the day's items, passes the top line's check and
    is used (not the offline fallback, not a placeholder)."""
    from summarizer.article import Article
    from summarizer.config import resolve_settings
    from summarizer.daily import daily_briefing

    lines = (ROOT / "examples" / "day.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article(**json.loads(line)) for line in lines if line.strip()]
    with mock_server() as server:
        settings = resolve_settings(base_url=server.base_url, data_dir=tmp_path / "home", cache=False)
        day = daily_briefing(articles, date=dt.date(2024, 3, 4), settings=settings)
    assert day.provenance.top_line_engine == "llm" and day.provenance.model == MOCK_MODEL
    assert MOCK_MODEL not in day.top_line and "(mock answer" not in day.top_line
    assert not [w for w in day.warnings if "top line" in w]
    top = sorted(day.incidents, key=lambda i: -len(i.articles))[0]
    # The most-reported event, said as prose (what, where when the day knows where), not
    # its sentence pasted.
    where = f" in {top.place}" if top.place else ""
    assert day.top_line.startswith(f"The most reported event is a political decision{where}")
    assert top.description.rstrip(".") not in day.top_line


def test_the_mock_top_line_names_a_conflict_in_the_items_words() -> None:
    items = {
        "events": [
            {
                "type": "air_drone_strike",
                "place": "Kharkiv",
                "time": "Monday night",
                "description": "Drones struck Kharkiv on Monday night",
                "figures": [
                    {
                        "measure": "people (killed)",
                        "category": "killed",
                        "values": ["three people", "At least five people"],
                        "conflict": True,
                    }
                ],
            },
            {"type": "shelling", "place": "Kherson", "description": "Shelling hit Kherson.", "figures": []},
            {"type": "other", "description": "A third event.", "figures": []},
        ]
    }
    line = top_line_from(items)
    assert line == (
        "The most reported event is an air or drone strike in Kharkiv on Monday night; next comes "
        "shelling in Kherson. The sources disagree on the death toll in Kharkiv (three people in one "
        "report, at least five people in another)."
    )
    assert top_line_from({"events": []}) == "The day's articles report no events."


def _exchange(url: str, request: bytes, wait_s: float = 10.0) -> bytes:
    """What the server sends back to ``request`` before it closes the connection or goes quiet."""
    host, port = url.removeprefix("http://").split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=wait_s) as sock:
        sock.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
        return received


def _post(body: bytes, length: str | None = None, key: str = "sk-mock-secret-0123456789") -> bytes:
    size = str(len(body)) if length is None else length
    return (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {size}\r\n\r\n"
    ).encode("latin-1") + body


def test_the_mock_answers_every_malformed_request_with_a_4xx_and_logs_nothing(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A body that is no chat request, a length that is no number or a huge one, JSON nested
    a hundred thousand deep: each gets its 4xx at once, with no traceback on the console and
    the API key nowhere."""
    chat = json.dumps({"model": "m", "messages": _messages(ARTICLE)}).encode()
    with mock_server() as server:
        for request, status in [
            (_post(b"[1]"), b"400"),
            (_post(b'{"messages": "x"}'), b"400"),
            (_post(b'{"messages": [1, 2]}'), b"400"),
            (_post(b'{"messages": [], "tools": ["not a tool"]}'), b"400"),
            (_post(b"[" * 100_000 + b"]" * 100_000), b"400"),
            (_post(b"{}", length="abc"), b"400"),
            (_post(b"{}", length="-1"), b"400"),
            (_post(b"{}", length="\u00b2"), b"400"),  # a digit, to str.isdigit
            (_post(b"{}", length=str(10**12)), b"413"),  # never read
            (_post(chat), b"200"),
        ]:
            answer = _exchange(server.base_url, request)
            assert answer.split(b" ")[1] == status, (request[:80], answer[:200])
            assert b"sk-mock-secret" not in answer
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "sk-mock-secret" not in out + err


def test_the_mock_drops_a_client_that_stops_sending_mid_request() -> None:
    with mock_server(client_timeout_s=0.3) as server:
        started = time.monotonic()
        # A head that never ends (slowloris), and a body that never comes.
        for partial in (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n", _post(b"", length="100")):
            assert _exchange(server.base_url, partial, wait_s=10) == b""  # closed, not held
        assert time.monotonic() - started < 5


def test_the_long_running_mock_keeps_no_request_in_memory() -> None:
    """``mock-llm`` runs for as long as an eval workflow takes: request bodies (up to 64 MB
    each) are answered and forgotten, where a test's server keeps them to read back."""
    chat = json.dumps({"model": "m", "messages": _messages(ARTICLE)}).encode()
    for keep, kept in ((False, 0), (True, 1)):
        with mock_server(keep_requests=keep) as server:
            assert _exchange(server.base_url, _post(chat)).split(b" ")[1] == b"200"
            assert len(server.requests) == kept


def test_a_client_that_resets_its_connection_prints_no_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    """A client that reads its answer and then resets the connection (as one closing with
    bytes unread does) leaves the server waiting for a next request that fails with
    ECONNRESET: that is the client's hang-up, not a server error to print."""
    with mock_server() as server:
        host, port = server.base_url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
        for _ in range(5):
            with socket.create_connection((host, int(port)), timeout=10) as sock:
                sock.sendall(_post(b"[1]"))
                received = b""
                while b"not a chat request" not in received:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    received += chunk
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        time.sleep(0.3)  # the server's threads meet the resets
    out, err = capfd.readouterr()
    assert b"400" in received and "Traceback" not in out + err
