"""The HTTP service, through real uvicorn on 127.0.0.1 with the scripted LLM server behind
it: every endpoint, content negotiation, tokens, limits, problem+json, streamed results,
cancel, and, as real processes (marked ``processes``, run on their own), SIGKILL-and-restart
and SIGTERM drain. Its page in a browser is checked in test_pages_in_browser."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import pytest

from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.models import SCHEMA_VERSION
from summarizer.service import check_bind
from summarizer.service.access import token_digest
from summarizer.service.app import create_app
from summarizer.store import Store
from summarizer.store.migrations import MIGRATIONS
from summarizer.testing import Delay, Reply, ScriptedServer, Status, article_from_request
from summarizer.testing.asgi import serve_in_thread
from summarizer.testing.service import free_port, service_process
from tests.conftest import llm_settings

TEXT = (
    "Heavy rain flooded the town of Riverside on Monday, officials said. At least 12 people were evacuated."
)
TOKEN = "service-token-0123456789"


def lead_sentence_draft(body: dict[str, Any]) -> Reply:
    """A grounded reply for any article: its first sentence as the summary."""
    article = article_from_request(body)
    first = article.strip().split(". ")[0].rstrip(".") + "."
    return Reply({"summary": first, "actors": [], "quotes": [], "figures": [], "incidents": []})


@contextmanager
def running(settings: Settings) -> Iterator[str]:
    with serve_in_thread(create_app(settings)) as url:
        yield url


@pytest.fixture
def llm(server: ScriptedServer) -> ScriptedServer:
    server.default = lead_sentence_draft
    return server


def _problem(response: httpx2.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_one_briefing_in_three_formats_and_the_same_article_costs_one_llm_call(llm: ScriptedServer) -> None:
    with running(llm_settings(llm)) as url, httpx2.Client(base_url=url, timeout=30) as client:
        first = client.post("/v1/briefings", json={"text": TEXT, "title": "Floods", "source": "Wire"})
        assert first.status_code == 200 and first.json()["schema_version"] == SCHEMA_VERSION
        assert first.json()["article"]["source"] == "Wire"
        md = client.post("/v1/briefings", json={"text": TEXT}, headers={"Accept": "text/markdown"})
        assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# ")
        html = client.post("/v1/briefings", json={"text": TEXT}, headers={"Accept": "text/html"})
        assert html.headers["content-type"].startswith("text/html") and "<html" in html.text
        assert len(llm.requests) == 1  # the cache answered the other two
        offline = client.post("/v1/briefings", json={"text": TEXT, "engine": "extractive"})
        assert offline.json()["provenance"]["engine"] == "extractive"
        assert "/v1/briefings" in client.get("/openapi.json").json()["paths"]


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_tokens_are_required_compared_and_never_echoed(llm: ScriptedServer) -> None:
    settings = llm_settings(llm, service_token_hashes=token_digest(TOKEN))
    with running(settings) as url, httpx2.Client(base_url=url, timeout=30) as client:
        assert client.get("/healthz").status_code == 200
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
            response = client.post("/v1/briefings", json={"text": TEXT}, headers=headers)
            _problem(response, 401)
            assert response.headers["www-authenticate"].startswith("Bearer")
        ok = client.post("/v1/briefings", json={"text": TEXT}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and TOKEN not in ok.text
        job = client.post("/v1/jobs", json=[{"text": TEXT}], headers={"Authorization": f"Bearer {TOKEN}"})
        assert job.status_code == 202
        other = token_digest("someone-else-token")
        assert client.get(job.headers["location"]).status_code == 401
        assert other not in client.get("/metrics").text and TOKEN not in client.get("/metrics").text
    dump = "\n".join(sqlite3.connect(settings.db_path).iterdump())
    assert TOKEN not in dump


def test_non_loopback_bind_needs_tokens(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="SUMMARIZER_SERVICE_TOKEN_HASHES"):
        check_bind("0.0.0.0", Settings())
    check_bind("0.0.0.0", Settings(service_token_hashes=token_digest(TOKEN)))
    check_bind("127.0.0.1", Settings())
    with pytest.raises(ConfigurationError, match="SHA-256"):
        check_bind("0.0.0.0", Settings(service_token_hashes="plain-token"))


def test_limits_are_problems_with_the_limit_named(llm: ScriptedServer) -> None:
    settings = llm_settings(
        llm, service_max_body_bytes=50_000, max_document_chars=1_000, service_max_queued_items=2
    )
    with running(settings) as url, httpx2.Client(base_url=url, timeout=30) as client:
        big = client.post(
            "/v1/briefings",
            content=b'{"text": "' + b"a" * 60_000 + b'"}',
            headers={"content-type": "application/json"},
        )
        assert "50,000 bytes" in _problem(big, 413)["detail"]

        def chunks() -> Iterator[bytes]:  # no content-length: the limit still holds
            yield b'{"text": "'
            for _ in range(100):
                yield b"a" * 1000
            yield b'"}'

        streamed = client.post(
            "/v1/briefings", content=chunks(), headers={"content-type": "application/json"}
        )
        _problem(streamed, 413)
        long = client.post("/v1/briefings", json={"text": "word " * 400})
        assert "over the limit of 1,000" in _problem(long, 413)["detail"]
        full = client.post("/v1/jobs", json=[{"text": f"{TEXT} {n}"} for n in range(3)])
        assert _problem(full, 429) and full.headers["retry-after"]
        empty = client.post("/v1/briefings", json={"text": "   "})
        assert _problem(empty, 422)["stage"] == "input"
        bad = client.post("/v1/briefings", content=b"{not json", headers={"content-type": "application/json"})
        _problem(bad, 422)
        assert _problem(client.get("/v1/jobs/nope"), 404)
        assert _problem(client.post("/v1/briefings", json={"text": TEXT, "prompt": "daily/v1"}), 400)


def test_per_token_concurrency_and_the_request_deadline(llm: ScriptedServer) -> None:
    llm.default = lambda body: Delay(1.0, lead_sentence_draft(body))
    settings = llm_settings(llm, service_concurrency_per_token=1, service_request_timeout_s=0.5, cache=False)
    with running(settings) as url:
        results: list[httpx2.Response] = []

        def call(n: int) -> None:
            with httpx2.Client(base_url=url, timeout=30) as client:
                results.append(client.post("/v1/briefings", json={"text": f"{TEXT} Case {n}."}))

        threads = [threading.Thread(target=call, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
            time.sleep(0.2)
        for thread in threads:
            thread.join()
    statuses = sorted(r.status_code for r in results)
    assert statuses == [429, 504], [r.text for r in results]
    too_many = next(r for r in results if r.status_code == 429)
    assert too_many.headers["retry-after"] == "1"
    assert "deadline of 0.5 s" in next(r for r in results if r.status_code == 504).json()["detail"]


def test_endpoint_failures_keep_the_cli_stage_vocabulary(server: ScriptedServer) -> None:
    server.default = lambda body: Status(503)
    with (
        running(llm_settings(server, transport_retries=1)) as url,
        httpx2.Client(base_url=url, timeout=30) as client,
    ):
        body = _problem(client.post("/v1/briefings", json={"text": TEXT}), 502)
        assert body["stage"] == "transport" and "503" in body["detail"]


def _job_lines(client: httpx2.Client, job: httpx2.Response) -> list[dict[str, Any]]:
    with client.stream("GET", job.json()["results"]) as stream:
        assert stream.headers["content-type"].startswith("application/x-ndjson")
        return [json.loads(line) for line in stream.iter_lines() if line.strip()]


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_jobs_from_json_jsonl_and_upload_stream_every_result(llm: ScriptedServer) -> None:
    articles = [{"text": f"{TEXT} Report {n}.", "id": f"r{n}"} for n in range(5)]
    with running(llm_settings(llm)) as url, httpx2.Client(base_url=url, timeout=60) as client:
        as_json = client.post("/v1/jobs", json=articles)
        jsonl = "\n".join(json.dumps(a) for a in articles)
        as_lines = client.post("/v1/jobs", content=jsonl, headers={"content-type": "application/x-ndjson"})
        upload = client.post(
            "/v1/jobs", files={"file": ("day.jsonl", jsonl.encode())}, data={"engine": "extractive"}
        )
        bad = client.post(
            "/v1/jobs", content='{"text": "ok"}\n{"txt": 1}', headers={"content-type": "application/x-ndjson"}
        )
        assert "article 2" in _problem(bad, 422)["detail"]
        for job in (as_json, as_lines, upload):
            assert job.status_code == 202 and job.headers["location"] == job.json()["url"]
            lines = _job_lines(client, job)
            assert sorted(line["seq"] for line in lines) == list(range(5))
            assert all(line["status"] == "briefed" for line in lines)
            assert {line["briefing"]["article"]["id"] for line in lines} == {f"r{n}" for n in range(5)}
            status = client.get(job.json()["url"]).json()
            assert (
                status["state"] == "done" and status["counts"]["briefed"] == 5 and status["progress"] == 1.0
            )
        engines = {line["briefing"]["provenance"]["engine"] for line in _job_lines(client, upload)}
        assert engines == {"extractive"}
        listed = client.get("/v1/jobs").json()
        assert {j["id"] for j in listed} >= {as_json.json()["id"], upload.json()["id"]}


def test_a_cancelled_job_stops_and_its_stream_ends(llm: ScriptedServer) -> None:
    llm.default = lambda body: Delay(0.15, lead_sentence_draft(body))
    settings = llm_settings(llm, service_workers=1, cache=False)
    with running(settings) as url, httpx2.Client(base_url=url, timeout=60) as client:
        job = client.post("/v1/jobs", json=[{"text": f"{TEXT} Report {n}."} for n in range(20)])
        time.sleep(0.25)
        cancelled = client.delete(job.json()["url"])
        assert cancelled.status_code == 200
        lines = _job_lines(client, job)
        status = client.get(job.json()["url"]).json()
    assert status["state"] == "cancelled" and status["counts"]["cancelled"] >= 10
    assert (
        len(lines) == 20
        and sum(line["status"] == "cancelled" for line in lines) == status["counts"]["cancelled"]
    )
    assert len(llm.requests) < 20


def test_daily_schemas_prompts_readiness_metrics_and_page(llm: ScriptedServer) -> None:
    with (
        running(llm_settings(llm, engine="extractive")) as url,
        httpx2.Client(base_url=url, timeout=60) as client,
    ):
        day = client.post(
            "/v1/daily",
            json={
                "articles": [
                    {"text": TEXT, "published": "2024-03-04"},
                    {"text": TEXT.replace("12", "14"), "published": "2024-03-04"},
                ]
            },
        )
        assert day.status_code == 200 and day.json()["date"] == "2024-03-04"
        assert (
            "<html"
            in client.post(
                "/v1/daily",
                json={"date": "2024-03-04", "articles": [{"text": TEXT}]},
                headers={"Accept": "text/html"},
            ).text
        )
        assert {"briefing.v2.json", "briefing.v3.json"} <= set(client.get("/v1/schemas").json())
        schema = client.get("/v1/schemas/briefing.v3.json").json()
        assert schema["properties"]["schema_version"]["const"] == "briefing/v3"
        _problem(client.get("/v1/schemas/../../etc/passwd"), 404)
        prompts = client.get("/v1/prompts").json()
        assert {"id": "briefing", "version": "v1"}.items() <= prompts[0].items() and len(
            prompts[0]["hash"]
        ) == 16
        ready = client.get("/readyz").json()
        assert ready["ready"] and ready["checks"]["store"]["ok"]
        metrics = client.get("/metrics").text
        assert 'summarizer_http_requests_total{method="POST",route="/v1/daily",status="200"}' in metrics
        assert "summarizer_job_queue_depth" in metrics and "summarizer_briefings_total" in metrics
        page = client.get("/")
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert "sandbox" in page.text and client.get("/app.js").status_code == 200


def test_readiness_fails_when_the_llm_endpoint_is_unreachable() -> None:
    settings = Settings(base_url=f"http://127.0.0.1:{free_port()}/v1")  # nothing listens there
    with running(settings) as url, httpx2.Client(base_url=url, timeout=30) as client:
        ready = client.get("/readyz")
    assert ready.status_code == 503 and not ready.json()["checks"]["llm"]["ok"]


def test_a_store_written_by_the_first_release_is_upgraded_with_everything_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    for statement in MIGRATIONS[0][1]:
        old.execute(statement)
    old.execute("INSERT INTO results VALUES ('k1', 'a1', 'llm', '{\"x\": 1}', '2026-01-01')")
    old.execute("INSERT INTO calls (created_at, article_id, model) VALUES ('2026-01-01', 'a1', 'm')")
    old.commit()
    old.close()
    store = Store(path)
    conn = store.connection()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.get_result("k1") == '{"x": 1}'
    assert [dict(r)["model"] for r in store.list_calls()] == ["m"]
    assert conn.execute("SELECT COUNT(*) FROM jobs").fetchone()[0] == 0
    newer = tmp_path / "newer.sqlite3"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    fallback = Store(newer)
    assert fallback.path != newer and "newer release" in " ".join(fallback.take_warnings())


# --------------------------------------------------------------------------- processes


@contextmanager
def serve_process(env: dict[str, str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    with service_process(env, port) as (_, process):
        yield process


@pytest.mark.processes
def test_a_killed_server_resumes_its_jobs_and_never_resends_a_finished_article(
    server: ScriptedServer, tmp_path: Path
) -> None:
    server.default = lambda body: Delay(0.08, lead_sentence_draft(body))
    env = {
        "SUMMARIZER_HOME": str(tmp_path / "home"),
        "SUMMARIZER_BASE_URL": server.base_url,
        "SUMMARIZER_SERVICE_WORKERS": "2",
        "SUMMARIZER_PROMPT": "briefing/v1",  # the endpoint answers whole briefing drafts
    }
    port = free_port()
    # Each article's headline (its first line) names it in the store and in what is sent.
    articles = [{"text": f"Report number {n}\n\n{TEXT}"} for n in range(16)]
    with serve_process(env, port) as process, httpx2.Client(base_url=f"http://127.0.0.1:{port}") as http:
        job = http.post("/v1/jobs", json=articles, timeout=30).json()
        while http.get(job["url"], timeout=5).json()["counts"]["briefed"] < 4:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finished_before = {
        json.loads(row[0])["briefing"]["article"]["title"]
        for row in sqlite3.connect(tmp_path / "home" / "summarizer.sqlite3").execute(
            "SELECT result FROM job_items WHERE state = 'briefed'"
        )
    }
    sent_before = len(server.requests)
    # The restart can be in this process: what matters is the store the killed one left.
    restarted = llm_settings(server, service_workers=2, prompt="briefing/v1")
    assert restarted.db_path == tmp_path / "home" / "summarizer.sqlite3"
    with running(restarted) as url, httpx2.Client(base_url=url) as http:
        lines: list[dict[str, Any]] = []
        with http.stream("GET", job["results"], timeout=60) as stream:
            lines = [json.loads(line) for line in stream.iter_lines() if line.strip()]
    assert sorted(line["seq"] for line in lines) == list(range(16))
    assert all(line["status"] == "briefed" for line in lines)
    resent = [article_from_request(r) for r in server.requests[sent_before:]]
    assert 4 <= len(finished_before) < 16, "the kill should land mid-job"
    assert not any(text.split("\n")[0] in finished_before for text in resent)  # finished: never sent again
    assert len(server.requests) <= 16 + 2  # at most the two items in hand at the kill are sent twice


@pytest.mark.processes
def test_server_processes_share_the_port_store_cache_jobs_and_metrics_and_drain_on_sigterm(
    server: ScriptedServer, tmp_path: Path
) -> None:
    server.default = lead_sentence_draft
    env = {
        "SUMMARIZER_HOME": str(tmp_path / "home"),
        "SUMMARIZER_BASE_URL": server.base_url,
        "SUMMARIZER_PROMPT": "briefing/v1",  # the endpoint answers whole briefing drafts
    }
    with service_process(env, processes=2) as (url, process), httpx2.Client(base_url=url, timeout=60) as http:
        children = [
            child
            for child in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
            if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes()
        ]
        assert len(children) == 2
        texts = [f"{TEXT} Report number {n}." for n in range(10)]
        closing = {"connection": "close"}  # a new connection each: the processes take turns at accepting
        for text in texts:
            assert http.post("/v1/briefings", json={"text": text}, headers=closing).status_code == 200
        for text in texts:  # whichever process answers, the shared cache has it
            assert http.post("/v1/briefings", json={"text": text}, headers=closing).status_code == 200
        assert len(server.requests) == 10
        job = http.post("/v1/jobs", json=[{"text": f"{TEXT} Item {n}."} for n in range(12)])
        lines = _job_lines(http, job)
        assert sorted(line["seq"] for line in lines) == list(range(12))
        assert len(server.requests) == 22  # each job article briefed once, by one process
        metrics = http.get("/metrics", headers=closing).text
        counted = sum(
            float(line.rsplit(" ", 1)[1])
            for line in metrics.splitlines()
            if line.startswith("summarizer_http_requests_total{") and 'route="/v1/briefings"' in line
        )
        assert counted == 20  # both processes' requests, whichever answered the scrape

        # SIGTERM drains: a request in flight is answered before the processes end.
        server.default = lambda body: Delay(1.0, lead_sentence_draft(body))
        in_flight: dict[str, httpx2.Response] = {}
        caller = threading.Thread(
            target=lambda: in_flight.update(r=http.post("/v1/briefings", json={"text": f"{TEXT} Last."}))
        )
        caller.start()
        deadline = time.monotonic() + 30
        while len(server.requests) < 23 and time.monotonic() < deadline:  # it reached the LLM
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        caller.join(30)
        # uvicorn re-raises the signal once it has shut down, so the exit is the usual one for
        # SIGTERM; what matters is that the request in flight was answered.
        assert process.wait(30) in (0, -signal.SIGTERM)
    assert in_flight["r"].status_code == 200 and in_flight["r"].json()["summary"]
    for child in children:
        assert not Path(f"/proc/{child}").exists()


def test_a_starting_process_requeues_only_the_items_of_processes_that_died(tmp_path: Path) -> None:
    from summarizer.article import Article
    from summarizer.service.jobs import JobStore, this_process

    jobs = JobStore(Store(tmp_path / "s.sqlite3"))
    jobs.create([Article(text=f"{TEXT} {n}") for n in range(4)], {}, owner=None, max_queued=100)
    claimed = [jobs.claim() for _ in range(4)]
    assert all(claimed)
    dead_pid = subprocess.Popen(["true"])  # a process that has ended
    dead_pid.wait()
    host, _, _ = this_process(os.getpid()).partition(":")
    with jobs.store.transaction() as conn:
        claims = [f"{host}:{dead_pid.pid}:12345", None, f"elsewhere:{dead_pid.pid}:1"]
        for seq, claimer in zip((1, 2, 3), claims, strict=True):
            conn.execute("UPDATE job_items SET claimed_by = ? WHERE seq = ?", (claimer, seq))
    assert jobs.requeue_interrupted() == 3  # a dead process, no claimer (older store), another host
    states = dict(jobs.store.connection().execute("SELECT seq, state FROM job_items").fetchall())
    assert states == {0: "running", 1: "queued", 2: "queued", 3: "queued"}  # this live process keeps its item


def test_an_unexpected_error_inside_briefing_is_logged_and_never_sent(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug inside briefing (planted in the engine) is a 500 that says only that; its
    message and traceback go to the server log."""
    from summarizer.engines.extractive import ExtractiveEngine

    def planted_engine_bug(self: Any, article: Any, store: Any) -> Any:
        raise RuntimeError("internal detail /srv/secret/path")

    monkeypatch.setattr(ExtractiveEngine, "brief", planted_engine_bug)
    settings = Settings(engine="extractive", cache=False)
    with (
        caplog.at_level("ERROR", logger="summarizer.service"),
        running(settings) as url,
        httpx2.Client(base_url=url, timeout=30) as client,
    ):
        response = client.post("/v1/briefings", json={"text": TEXT})
        body = _problem(response, 500)
    assert body["stage"] == "internal"
    assert body["detail"] == "an unexpected error occurred; see the server log"
    assert "/srv/secret" not in response.text
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    logged += "\n".join(str(getattr(r, "failure_traceback", "")) for r in caplog.records)
    assert "internal detail /srv/secret/path" in logged and "planted_engine_bug" in logged


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_the_service_asks_the_model_the_library_asks(llm: ScriptedServer) -> None:
    """No model given, an endpoint given: the library asks the endpoint which model it
    serves (GET /models), and the service must send that model too, not the default."""
    from summarizer import summarize

    settings = llm_settings(llm, cache=False)
    summarize(TEXT, settings=settings)
    library_model = llm.requests[-1]["model"]
    assert library_model == "scripted-model"
    with running(settings) as url, httpx2.Client(base_url=url, timeout=30) as client:
        response = client.post("/v1/briefings", json={"text": TEXT})
        assert response.status_code == 200, response.text
        assert response.json()["provenance"]["model"] == library_model
        chosen = client.post("/v1/briefings", json={"text": TEXT, "model": library_model})
        assert chosen.status_code == 200, chosen.text
    assert llm.requests[-1]["model"] == library_model


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_job_results_are_listed_in_input_order_and_cancelling_a_finished_job_changes_nothing(
    llm: ScriptedServer,
) -> None:
    def slow_first(body: dict[str, Any]) -> Delay | Reply:
        reply = lead_sentence_draft(body)
        return Delay(0.5, reply) if "Report 0." in article_from_request(body) else reply

    llm.default = slow_first
    settings = llm_settings(llm, service_workers=4, cache=False)
    with running(settings) as url, httpx2.Client(base_url=url, timeout=60) as client:
        job = client.post("/v1/jobs", json=[{"text": f"{TEXT} Report {n}.", "id": f"r{n}"} for n in range(5)])
        lines = _job_lines(client, job)
        assert [line["seq"] for line in lines] == list(range(5))  # the first finished last
        assert [line["briefing"]["article"]["id"] for line in lines] == [f"r{n}" for n in range(5)]
        cancelled = client.delete(job.json()["url"]).json()
    assert cancelled["state"] == "done" and cancelled["counts"]["cancelled"] == 0


def test_stories_are_served_from_the_days_the_service_merged(tmp_path: Path) -> None:
    settings = Settings(engine="extractive", data_dir=tmp_path / "home")
    flood = "Heavy rain flooded the town of Riverside on Monday, killing 12 people, Mayor Ana Lund said."
    worse = "The flood in the town of Riverside killed 15 people by Tuesday, Mayor Ana Lund said."
    with running(settings) as url, httpx2.Client(base_url=url, timeout=60) as client:
        assert client.get("/v1/stories").json() == []
        first = client.post("/v1/daily", json={"date": "2024-03-04", "articles": [{"text": flood}]}).json()
        second = client.post("/v1/daily", json={"date": "2024-03-05", "articles": [{"text": worse}]}).json()
        assert first["schema_version"] == "daily/v2" and first["stories"][0]["status"] == "new"
        story_id = first["stories"][0]["story"]
        assert second["stories"][0]["story"] == story_id
        assert second["stories"][0]["status"] == "updated"
        listed = client.get("/v1/stories").json()
        assert [(s["id"], s["days"], s["status"]) for s in listed] == [(story_id, 2, "updated")]
        story = client.get(f"/v1/stories/{story_id}").json()
        assert [d["date"] for d in story["days"]] == ["2024-03-04", "2024-03-05"]
        assert any("12" in c and "15" in c for c in story["days"][1]["changes"])
        _problem(client.get("/v1/stories/2099-01-01.i1"), 404)
        # Hostile ids are ids that name no story: never a path, never SQL, never a 500.
        for hostile in (
            "..%2F..%2Fetc%2Fpasswd",
            "x'%20OR%20'1'%3D'1",
            "%E2%80%AE" * 500,
            "%00",
            "2024-03-04.i1%0A",
        ):
            _problem(client.get(f"/v1/stories/{hostile}"), 404)
        assert [s["id"] for s in client.get("/v1/stories").json()] == [story_id]
        assert client.get("/v1/stories?limit=0").status_code == 422
        _problem(client.post("/v1/daily", json={"date": "2024-03-05", "articles": []}), 422)
        assert [d["date"] for d in client.get(f"/v1/stories/{story_id}").json()["days"]][-1] == "2024-03-05"
        assert client.get("/v1/stories?limit=1000000000000000000000").status_code == 422


def test_stories_are_kept_per_token_as_jobs_are(tmp_path: Path) -> None:
    """One token's days are another's secret, and one token's run of a day never replaces
    the stories another token kept for that day (a story's id is only unique per token)."""
    other = "second-service-token-9876543210"
    settings = Settings(
        engine="extractive",
        data_dir=tmp_path / "home",
        service_token_hashes=f"{token_digest(TOKEN)},{token_digest(other)}",
    )
    flood = "Heavy rain flooded the town of Riverside on Monday, killing 12 people, Mayor Ana Lund said."
    fire = "An explosion at a chemical plant in Millbrook on Monday killed 4 workers, police said."
    mine, theirs = {"Authorization": f"Bearer {TOKEN}"}, {"Authorization": f"Bearer {other}"}
    with running(settings) as url, httpx2.Client(base_url=url, timeout=60) as client:
        day = {"date": "2024-03-04", "articles": [{"text": flood}]}
        story_id = client.post("/v1/daily", json=day, headers=mine).json()["stories"][0]["story"]
        assert client.get("/v1/stories", headers=theirs).json() == []
        _problem(client.get(f"/v1/stories/{story_id}", headers=theirs), 404)
        their_day = {"date": "2024-03-04", "articles": [{"text": fire}]}
        assert client.post("/v1/daily", json=their_day, headers=theirs).status_code == 200
        listed = client.get("/v1/stories", headers=mine).json()
        assert [(s["id"], s["description"]) for s in listed] == [(story_id, flood)]
        (their_story,) = client.get("/v1/stories", headers=theirs).json()
        assert "Millbrook" in their_story["description"]
