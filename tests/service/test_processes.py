"""Large offline briefings run in worker processes (``service/processes.py``): the event
loop never shares its GIL with their regex work. What held in threads still holds: the
same briefing, errors in the log and never sent, 504 at the deadline with the work counted
against its caller until it ends, and a dead worker that takes nothing else down."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

import httpx2
import pytest

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.pipeline.runner import Summarizer
from summarizer.service.access import token_digest
from summarizer.service.processes import PROCESS_MIN_CHARS, Answer, brief_and_render
from tests.service.test_fairness import running

SENTENCE = "Heavy rain flooded the town of Riverside on Monday, officials said, and {n} homes were lost. "
TOKEN = "token-of-caller-a-0123456789"
AS_A = {"Authorization": f"Bearer {TOKEN}"}


def large_text(tag: str, size: int = PROCESS_MIN_CHARS + 1000) -> str:
    text = "".join(SENTENCE.format(n=n) for n in range(size // len(SENTENCE) + 1))
    return f"Report {tag}. {text}"[:size]


def planted_engine_bug(self: Any, article: Any, store: Any) -> Any:
    raise RuntimeError("internal detail /srv/secret/path")


def brief_with_a_planted_bug(
    summarizer: Summarizer, article: Article, tenant: str | None, wanted: str
) -> Answer:
    """``brief_and_render`` in a worker process whose engine has a bug (a monkeypatch in the
    test's process does not reach a spawned one; this function, found by name, does)."""
    from summarizer.engines.extractive import ExtractiveEngine

    ExtractiveEngine.brief = planted_engine_bug  # type: ignore[method-assign]
    return brief_and_render(summarizer, article, tenant, wanted)


def without_run_details(briefing: dict[str, Any]) -> dict[str, Any]:
    provenance = {k: v for k, v in briefing["provenance"].items() if k not in ("created_at", "latency_ms")}
    return briefing | {"provenance": provenance}


def test_a_large_offline_article_is_briefed_in_a_worker_process_like_the_library_briefs_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug planted in this process's engine reaches a small article, which is briefed in a
    thread here, but not a large one: that one was briefed in another process."""
    large = large_text("large")
    library = Summarizer(Settings(engine="extractive", cache=False))
    expected = without_run_details(json.loads(library.summarize(large).model_dump_json()))
    from summarizer.engines.extractive import ExtractiveEngine

    monkeypatch.setattr(ExtractiveEngine, "brief", planted_engine_bug)
    settings = Settings(engine="extractive", cache=False)
    with running(settings) as url, httpx2.Client(base_url=url, timeout=60) as client:
        small = client.post("/v1/briefings", json={"text": "A short report from Riverside, officials said."})
        briefed = client.post("/v1/briefings", json={"text": large})
        markdown = client.post("/v1/briefings", json={"text": large}, headers={"Accept": "text/markdown"})
        metrics = client.get("/metrics").text
    assert small.status_code == 500
    assert briefed.status_code == 200, briefed.text[:300]
    assert without_run_details(briefed.json()) == expected
    assert markdown.status_code == 200 and markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# ")
    assert 'summarizer_briefings_total{engine="extractive",outcome="briefed",stage="-"} 2.0' in metrics


def test_an_error_in_a_worker_process_is_logged_with_its_traceback_and_never_sent(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("summarizer.service.processes.brief_and_render", brief_with_a_planted_bug)
    settings = Settings(engine="extractive", cache=False)
    with (
        caplog.at_level("ERROR", logger="summarizer.service"),
        running(settings) as url,
        httpx2.Client(base_url=url, timeout=60) as client,
    ):
        response = client.post("/v1/briefings", json={"text": large_text("bug")})
    assert response.status_code == 500, response.text[:300]
    body = response.json()
    assert body["stage"] == "internal"
    assert body["detail"] == "an unexpected error occurred; see the server log"
    assert "/srv/secret" not in response.text and "Traceback" not in response.text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "internal detail /srv/secret/path" in logged and "planted_engine_bug" in logged
    assert "Traceback" in logged


def test_work_in_a_worker_process_past_its_deadline_counts_against_its_caller_until_it_ends() -> None:
    settings = Settings(
        engine="extractive",
        cache=False,
        service_token_hashes=token_digest(TOKEN),
        service_concurrency_per_token=1,
        service_request_timeout_s=0.3,  # a worker process alone takes longer to start
    )
    with running(settings) as url, httpx2.Client(base_url=url, timeout=60) as client:
        late = client.post("/v1/briefings", json={"text": large_text("late", 200_000)}, headers=AS_A)
        busy = client.post("/v1/briefings", json={"text": "A short report."}, headers=AS_A)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            retry = client.post("/v1/briefings", json={"text": "A short report."}, headers=AS_A)
            if retry.status_code != 429:
                break
            time.sleep(0.2)
    assert late.status_code == 504 and "deadline of 0.3 s" in late.json()["detail"]
    assert busy.status_code == 429, busy.text  # the abandoned work still holds the one slot
    assert retry.status_code == 200, retry.text  # given back when the work ended


def test_a_worker_process_that_dies_fails_its_request_and_the_next_gets_a_new_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings(engine="extractive", cache=False)
    with (
        caplog.at_level("ERROR", logger="summarizer.service"),
        running(settings) as url,
        httpx2.Client(base_url=url, timeout=120) as client,
    ):
        before = set(multiprocessing.active_children())
        answers: dict[str, httpx2.Response] = {}

        def call() -> None:
            with httpx2.Client(base_url=url, timeout=120) as own:
                answers["r"] = own.post("/v1/briefings", json={"text": large_text("killed", 1_000_000)})

        caller = threading.Thread(target=call)
        caller.start()
        deadline = time.monotonic() + 30
        while not (workers := set(multiprocessing.active_children()) - before):
            assert time.monotonic() < deadline, "no worker process started"
            time.sleep(0.05)
        for worker in workers:
            assert worker.pid is not None
            os.kill(worker.pid, signal.SIGKILL)  # a process this test's server started
        caller.join(60)
        after = client.post("/v1/briefings", json={"text": large_text("after")})
    killed = answers["r"]
    assert killed.status_code == 500 and killed.json()["stage"] == "internal", killed.text
    assert "BrokenProcessPool" not in killed.text and "Traceback" not in killed.text
    assert after.status_code == 200, after.text[:300]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "worker process ended abruptly" in logged and "BrokenProcessPool" in logged


ORPHANING_PARENT = """
import sys, time
from summarizer.config import Settings
from summarizer.pipeline.workers import worker_pool

if __name__ == "__main__":
    pool = worker_pool(Settings(engine="extractive", cache=False, data_dir=sys.argv[1]), "briefing/v1", 1)
    print(pool.submit(__import__("os").getpid).result(), flush=True)
    time.sleep(600)
"""


@pytest.mark.processes
def test_worker_processes_leave_when_the_process_that_started_them_is_killed(tmp_path: Any) -> None:
    script = tmp_path / "parent.py"
    script.write_text(ORPHANING_PARENT, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "home")], stdout=subprocess.PIPE, text=True
    ) as parent:
        try:
            assert parent.stdout is not None
            worker = int(parent.stdout.readline())
        finally:
            parent.kill()  # as the OOM killer would: no clean-up runs
            parent.wait(10)
    deadline = time.monotonic() + 10
    while os.path.exists(f"/proc/{worker}") and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = os.path.exists(f"/proc/{worker}")
    if alive:
        os.kill(worker, signal.SIGKILL)  # this test's own orphan
    assert not alive, "the worker process outlived the process that started it"
