"""Nothing is lost under faults, crashes and concurrent writers.

* a batch of 300 articles against a loopback server where about 10% of replies are faulty;
* a run killed with SIGKILL and started again resumes without re-sending finished articles;
* several threads and several processes writing the cache and run log at once.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer import Summarizer
from summarizer.article import as_article
from summarizer.cli import app
from summarizer.models import Briefing
from summarizer.pipeline import workers as workers_module
from summarizer.results import Failure
from summarizer.store import open_store
from summarizer.testing import Delay, EmptyChoices, Reply, Reset, ScriptedServer, Status, article_from_request
from tests.conftest import SECRET_KEY, llm_settings
from tests.store_writer import WRITES, write_many

# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")

BATCH = 300
FAULT_RATE = 0.10
TOKENS_PER_REPLY = 150  # the scripted server's default usage: 100 prompt + 50 completion


def synthetic_article(n: int) -> str:
    town, toll = f"Town{n:03d}", n % 7 + 2
    return (
        f"Drones strike {town}\n\n"
        f"Drones struck the town of {town} on Monday, killing {toll} people, officials said. "
        f'"We will rebuild every street of {town}," Mayor Ivan Petrenko{n} told reporters.'
    )


# Articles the endpoint never answers well: they must end as failures, within their budgets.
ALWAYS_DOWN = {synthetic_article(n) for n in range(0, BATCH, 50)}
ALWAYS_INVALID = {synthetic_article(n) for n in range(25, BATCH, 50)}


def good_draft(text: str) -> dict[str, Any]:
    body = text.split("\n\n", 1)[1]
    first = body.split(". ")[0] + "."
    quote = body.split('"')[1].rstrip(",")
    toll = first.split("killing ")[1].split(" people")[0]
    return {
        "summary": f"{first} The mayor spoke.",
        "actors": [{"id": "a1", "name": body.split("Mayor ")[1].split(" told")[0], "kind": "person"}],
        "quotes": [{"text": quote, "speaker": "a1"}],
        "figures": [
            {
                "id": "f1",
                "text": f"{toll} people",
                "value": int(toll),
                "counted": "people",
                "category": "killed",
            }
        ],
        "incidents": [
            {
                "id": "i1",
                "type": "air_drone_strike",
                "description": first,
                "evidence": first,
                "casualty_figures": ["f1"],
            }
        ],
    }


class FaultyEndpoint:
    """Answers well about 90% of the time; otherwise one of every fault a real endpoint shows.

    Counts what it served per article so the test can check the recorded token usage.
    """

    def __init__(self, timeout_s: float, seed: int = 20261122) -> None:
        self.seed = seed
        self.lock = threading.Lock()
        self.timeout_s = timeout_s
        self.faults: Counter[str] = Counter()
        self.served_tokens: Counter[str] = Counter()
        self.requests = 0
        self.requests_for: Counter[str] = Counter()

    def faults_for(self, text: str) -> dict[str, Any]:
        draft = good_draft(text)
        invalid = {**draft, "figures": [{"id": "f1", "text": "x", "value": "many"}]}
        invented = {**draft, "quotes": [{"text": "We surrender everything tonight", "speaker": "a1"}]}
        return {
            "429 Retry-After": Status(429, headers={"Retry-After": "1"}),
            "429": Status(429),
            "500": Status(500),
            "502": Status(502),
            "503": Status(503),
            "reset": Reset(),
            "timeout": Delay(self.timeout_s + 1.0, Reply(draft)),
            "malformed JSON": Reply('{"summary": "cut'),
            "finish_reason=length": Reply(draft, finish_reason="length"),
            "schema-invalid": Reply(invalid),
            "hallucinated quote": Reply(invented),
            "empty choices": EmptyChoices(),
        }

    def __call__(self, body: dict[str, Any]) -> Any:
        text = article_from_request(body)
        with self.lock:
            self.requests += 1
            self.requests_for[text] += 1
            if text in ALWAYS_DOWN:
                return Status(503)
            if text in ALWAYS_INVALID:
                self.served_tokens[text] += TOKENS_PER_REPLY
                return Reply({"summary": 42})
            # Each article's n-th request draws from its own stream, so which request meets which
            # fault does not depend on the order 16 threads reach the server: one shared stream
            # once handed an article three validation faults in a row on a busy machine.
            draw = random.Random(f"{self.seed}/{text}/{self.requests_for[text]}")
            faulty = draw.random() < FAULT_RATE
            kind = draw.choice(sorted(self.faults_for(text))) if faulty else None
            if kind:
                self.faults[kind] += 1
        action = self.faults_for(text)[kind] if kind else Reply(good_draft(text))
        # Replies and empty-choice answers carry usage; a timed-out reply never reaches the client.
        if isinstance(action, Reply | EmptyChoices):
            with self.lock:
                self.served_tokens[text] += TOKENS_PER_REPLY
        return action


def test_fault_injection_batch_accounts_for_every_article(server: ScriptedServer, tmp_path: Path) -> None:
    # An 8 s client timeout: long enough that a good reply is never late on a loaded machine
    # (1 s, then 3 s, flaked at a load average of 12, when a late good reply was counted as
    # served), while the injected timeouts sleep past it; they are about 1% of requests.
    endpoint = FaultyEndpoint(timeout_s=8.0)
    server.default = endpoint
    settings = llm_settings(
        server, timeout_s=8.0, api_key=SECRET_KEY, transport_retries=4, validation_retries=2
    )
    runner = Summarizer(settings)
    texts = [synthetic_article(n) for n in range(BATCH)]
    started = time.perf_counter()
    results = list(runner.summarize_many(texts, concurrency=16))
    elapsed = time.perf_counter() - started

    briefings = [r for r in results if isinstance(r, Briefing)]
    failures = [r for r in results if isinstance(r, Failure)]
    ids = {r.article.id if isinstance(r, Briefing) else r.article_id for r in results}
    assert len(results) == BATCH and len(ids) == BATCH  # every article, exactly once
    by_id = {as_article(text).id: text for text in texts}
    for briefing in briefings:
        p = briefing.provenance
        assert p.validation_reasks <= settings.validation_retries
        assert p.grounding_reasks <= 1
        assert p.attempts <= 1 + settings.validation_retries + 1
        assert p.transport_retries <= settings.transport_retries * p.attempts
        # Usage counts every reply that reached the client, the failed attempts included.
        assert p.usage.total_tokens == endpoint.served_tokens[by_id[briefing.article.id]]
        assert not [q for q in briefing.quotes if "surrender" in q.text]  # hallucination dropped
    unexpected = [
        (f.stage, f.reason) for f in failures if by_id[f.article_id] not in ALWAYS_DOWN | ALWAYS_INVALID
    ]
    assert not unexpected
    assert {by_id[f.article_id] for f in failures} == ALWAYS_DOWN | ALWAYS_INVALID
    for failure in failures:
        text = by_id[failure.article_id]
        if text in ALWAYS_DOWN:  # the first try and every transport retry, then it stops
            assert failure.stage == "transport" and "503" in failure.reason
            assert endpoint.requests_for[text] == 1 + settings.transport_retries
        else:  # the first answer and one re-ask; the same wrong answer would make the next
            # re-ask identical to the last, which is never sent
            assert failure.stage == "validation" and failure.reason
            assert endpoint.requests_for[text] == 2
        assert failure.usage is not None
        assert failure.usage["total_tokens"] == endpoint.served_tokens[by_id[failure.article_id]]
        assert SECRET_KEY not in failure.reason

    store = runner.store
    logged = store.list_calls(limit=10 * BATCH * 10)
    assert len(logged) == endpoint.requests == len(server.requests)  # every HTTP request is in the run log
    assert SECRET_KEY.encode() not in settings.db_path.read_bytes()

    injected = sum(endpoint.faults.values())
    forced = sum(endpoint.requests_for[t] for t in ALWAYS_DOWN | ALWAYS_INVALID)
    assert 0.05 <= injected / (endpoint.requests - forced) <= 0.15
    retries = sum(b.provenance.transport_retries for b in briefings)
    reasks = sum(b.provenance.validation_reasks + b.provenance.grounding_reasks for b in briefings)
    figures = {
        "articles": BATCH,
        "requests": endpoint.requests,
        "random_faults_injected": injected,
        "always_failing_articles": len(ALWAYS_DOWN | ALWAYS_INVALID),
        "requests_to_always_failing": forced,
        "faults_by_kind": dict(sorted(endpoint.faults.items())),
        "transport_retries": retries,
        "reasks": reasks,
        "briefed": len(briefings),
        "failed": len(failures),
        "lost": BATCH - len(ids),
        "seconds": round(elapsed, 1),
    }
    (tmp_path / "fault-batch.json").write_text(json.dumps(figures, indent=2))
    print("\nfault-injection batch:", json.dumps(figures))


# --------------------------------------------------------------------------- SIGKILL and resume


def _cli(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as stderr:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "summarizer", *args], env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )


@pytest.mark.processes
def test_killed_run_resumes_without_resending_finished_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {f"a{n:02d}": synthetic_article(n) for n in range(16)}
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
    out = tmp_path / "out"
    env = {**os.environ, "SUMMARIZER_HOME": str(tmp_path / "home"), "SUMMARIZER_TIMEOUT_S": "10"}
    with ScriptedServer(
        default=lambda body: Reply(good_draft(article_from_request(body))), latency_s=0.08
    ) as srv:
        args = ["brief", str(folder), "--out", str(out), "--format", "json", "--base-url", srv.base_url]
        args += ["--concurrency", "2"]
        first = _cli(args, env, tmp_path / "run.log")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 4:
            time.sleep(0.01)
        first.send_signal(signal.SIGKILL)
        first.wait()
        done_before = {p.stem for p in out.glob("*.json")}
        assert 4 <= len(done_before) < len(texts), "the kill should land mid-run"
        for path in out.iterdir():  # what is there is whole
            if path.suffix == ".json":
                Briefing.model_validate_json(path.read_text())
        sent_before = len(srv.requests)

        # The rerun can be in this process: what matters is what the killed one left behind.
        second = CliRunner().invoke(app, args, env=env)
        assert second.exit_code == 0, second.output
        resent = {article_from_request(r) for r in srv.requests[sent_before:]}

    assert {p.stem for p in out.glob("*.json")} == set(texts)
    assert not [p for p in out.iterdir() if p.suffix != ".json"]  # no temporary files left over
    finished_texts = {texts[name] for name in done_before}
    assert not resent & finished_texts, "a finished article was sent to the LLM again"
    assert len(resent) <= len(texts) - len(done_before) + 2  # at most the in-flight ones were lost


# --------------------------------------------------------------------------- concurrent writers


def test_several_processes_and_threads_write_the_store_at_once(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.db")
    open_store(Path(db))  # create the schema once
    spawn = multiprocessing.get_context("spawn")
    processes = [spawn.Process(target=write_many, args=(db, w)) for w in range(3)]
    threads = [threading.Thread(target=write_many, args=(db, 10 + w)) for w in range(4)]
    for p in processes:
        p.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for p in processes:
        p.join(timeout=120)
        assert p.exitcode == 0, "a writer process failed (database is locked?)"
    store = open_store(Path(db))
    assert len(store.list_calls(limit=10_000)) == 7 * WRITES
    for worker in (0, 2, 10, 13):
        assert store.get_result(f"key-{worker}-{WRITES - 1}") == json.dumps({"n": WRITES - 1})


def test_a_damaged_cache_entry_is_briefed_again(tmp_path: Path) -> None:
    import sqlite3

    from summarizer.config import resolve_settings

    runner = Summarizer(resolve_settings(engine="extractive", data_dir=tmp_path / "home"))
    text = synthetic_article(1)
    first = runner.summarize(text)
    with sqlite3.connect(runner.settings.db_path) as conn:
        conn.execute("UPDATE results SET briefing = '{not json'")
    assert runner.summarize(text).summary == first.summary
    (again,) = list(runner.summarize_many([text]))
    assert isinstance(again, Briefing) and again.summary == first.summary


# --------------------------------------------------------------------------- worker processes


def _texts(count: int) -> list[str]:
    from tests.conftest import SEEDS

    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [f"{seeds[n % len(seeds)]}\n\n(Copy {n}.)" for n in range(count)]


def _comparable(briefing: Briefing) -> dict[str, Any]:
    data = json.loads(briefing.model_dump_json())
    data["provenance"].pop("created_at")
    data["provenance"].pop("latency_ms", None)
    return data


def test_worker_processes_brief_like_one_process_and_share_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.config import resolve_settings

    monkeypatch.setattr(workers_module, "MIN_ARTICLES_PER_PROCESS", 1)  # processes for a few articles

    texts = [*_texts(6), "x" * 70_000]  # the last one is over the article limit
    one = Summarizer(
        resolve_settings(engine="extractive", data_dir=tmp_path / "one", max_document_chars=60_000)
    )
    alone = {r.article.id: _comparable(r) for r in one.summarize_many(texts) if isinstance(r, Briefing)}
    settings = resolve_settings(
        engine="extractive", workers=2, data_dir=tmp_path / "many", max_document_chars=60_000
    )
    with Summarizer(settings) as runner:
        results = list(runner.summarize_many(texts))
        assert len(results) == len(texts)
        briefed = {r.article.id: _comparable(r) for r in results if isinstance(r, Briefing)}
        (failure,) = [r for r in results if isinstance(r, Failure)]
        assert failure.stage == "input" and "over the memory-safety limit" in failure.reason
        assert briefed == alone
        # What the workers briefed is in the store this process reads.
        assert all(runner.cached(as_article(text)) is not None for text in texts[:-1])


def test_a_killed_worker_process_fails_its_articles_and_never_hangs_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.config import resolve_settings

    monkeypatch.setattr(workers_module, "MIN_ARTICLES_PER_PROCESS", 1)

    settings = resolve_settings(engine="extractive", workers=2, cache=False, data_dir=tmp_path)
    texts = _texts(400)
    results = []
    with Summarizer(settings) as runner:
        for result in runner.summarize_many(texts):
            results.append(result)
            if len(results) == 5:
                children = multiprocessing.active_children()
                os.kill(children[0].pid, signal.SIGKILL)  # type: ignore[arg-type]
    assert len(results) == len(texts)  # every article accounted for
    failed = [r for r in results if isinstance(r, Failure)]
    assert failed and all(f.stage == "internal" for f in failed)


def test_a_few_articles_are_briefed_in_this_process_whatever_workers_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker processes take seconds to start: for a handful of articles --workers 2 was 25
    times slower than one process (bench worker_speedup). They start only when each gets
    enough articles to repay it."""
    from summarizer.config import resolve_settings

    started: list[int] = []

    class CountedPool(ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            started.append(kwargs.get("max_workers", 0))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(workers_module, "ProcessPoolExecutor", CountedPool)  # worker_pool's
    settings = resolve_settings(engine="extractive", workers=2, cache=False, data_dir=tmp_path)
    with Summarizer(settings) as runner:
        results = list(runner.summarize_many(_texts(6)))
    assert len(results) == 6 and all(isinstance(r, Briefing) for r in results)
    assert started == []
    assert workers_module.processes_for(6, 2) == 0
    assert workers_module.processes_for(2 * workers_module.MIN_ARTICLES_PER_PROCESS, 8) == 2
    assert workers_module.processes_for(10 * workers_module.MIN_ARTICLES_PER_PROCESS, 4) == 4
