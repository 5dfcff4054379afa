"""The Batch API path against a loopback Files and Batches server: every status, per-request
errors, partial completion, re-asks as a follow-up batch or synchronously, a crash between
submit and collect, and the cache a later `brief` reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.article import Article
from summarizer.batch.runner import BatchRunner
from summarizer.cli import app
from summarizer.config import Settings, resolve_settings
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.results import Failure
from summarizer.testing import Reply, article_from_request
from summarizer.testing.batch_server import BatchScript, BatchServer, batch_server
from tests.conftest import SECRET_KEY

# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")

TEXTS = [
    f'Heavy rain flooded Riverside on Monday, officials said. "We moved {n} families," Mayor Ana Ruiz said.'
    for n in range(3)
]


def lead_and_quote(body: dict[str, Any]) -> Reply:
    """A grounded reply: the lead sentence as summary and the article's real quote."""
    article = article_from_request(body)
    first = article.strip().split(". ")[0].rstrip(".") + "."
    quote = article.split('"')[1]
    return Reply(
        {
            "summary": first,
            "actors": [{"id": "a1", "name": "Ana Ruiz", "kind": "person"}],
            "quotes": [{"text": quote, "speaker": "a1", "speaker_as_written": "Mayor Ana Ruiz"}],
            "figures": [],
            "incidents": [],
        }
    )


def invent_first(body: dict[str, Any]) -> Reply:
    """An invented quote in the first answer; the re-ask (which names it) gets a true one."""
    if "not found in the article" in json.dumps(body["messages"][-1]).lower() or len(body["messages"]) > 2:
        return lead_and_quote(body)
    reply = lead_and_quote(body)
    assert isinstance(reply.payload, dict)
    reply.payload["quotes"] = [{"text": "We will never give up on this town", "speaker": "a1"}]
    return reply


@pytest.fixture
def server() -> Iterator[BatchServer]:
    with batch_server(lead_and_quote) as running:
        yield running


def settings_for(server: BatchServer, tmp_path: Path) -> Settings:
    return resolve_settings(base_url=server.base_url, data_dir=tmp_path / "home", api_key=SECRET_KEY)


def collect_until_done(runner: BatchRunner, **options: Any) -> list[tuple[Article, Briefing | Failure]]:
    results = []
    for _ in range(12):
        found, _ = runner.collect(**options)
        results += found
        if runner.pending() == 0:
            break
    return results


def test_a_completed_batch_is_briefed_like_brief_and_lands_in_the_cache(
    server: BatchServer, tmp_path: Path
) -> None:
    settings = settings_for(server, tmp_path)
    articles = [Article(text=t) for t in TEXTS]
    with BatchRunner(settings) as runner:
        state, settled = runner.submit(articles)
        assert state is not None and settled == [] and state.counts["total"] == 3
        statuses = [runner.refresh()[0].status for _ in range(3)]
        assert statuses == ["in_progress", "finalizing", "completed"]
        results = collect_until_done(runner)
    assert len(results) == 3 and all(isinstance(r, Briefing) for _, r in results)
    for article, briefing in results:
        assert isinstance(briefing, Briefing)
        assert briefing.quotes[0].text in article.text and briefing.provenance.engine == "llm"
    sent = len(server.answered)
    assert sent == 3
    with Summarizer(settings) as again:  # a later `brief` of the same articles is free
        assert all(again.cached(a) is not None for a in articles)
    assert len(server.answered) == sent
    store_dump = "\n".join(
        str(row) for row in Summarizer(settings).store.connection().execute("SELECT * FROM batch_requests")
    )
    assert SECRET_KEY not in store_dump


def test_re_asks_go_out_as_a_follow_up_batch_or_at_once(tmp_path: Path) -> None:
    with batch_server(invent_first) as server:
        settings = settings_for(server, tmp_path)
        with BatchRunner(settings) as runner:
            runner.submit([Article(text=TEXTS[0])])
            for _ in range(3):
                runner.refresh()
            results, follow_up = runner.collect()
            assert results == [] and follow_up is not None  # the grounding re-ask, batched
            (_, briefing), *_ = collect_until_done(runner)
        assert isinstance(briefing, Briefing) and briefing.provenance.grounding_reasks == 1
        assert all("never give up" not in q.text for q in briefing.quotes)
        assert len(server.batches) == 2

    with batch_server(invent_first) as server:
        settings = settings_for(server, tmp_path / "sync")
        with BatchRunner(settings) as runner:
            runner.submit([Article(text=TEXTS[1])])
            for _ in range(3):
                runner.refresh()
            results, follow_up = runner.collect(sync_reasks=True)
        assert follow_up is None and len(results) == 1 and len(server.batches) == 1
        assert isinstance(results[0][1], Briefing) and results[0][1].provenance.grounding_reasks == 1


def test_per_request_errors_fail_their_articles_only(server: BatchServer, tmp_path: Path) -> None:
    server.scripts.append(BatchScript(fails=lambda body: "moved 1 families" in json.dumps(body)))
    with BatchRunner(settings_for(server, tmp_path)) as runner:
        runner.submit([Article(text=t) for t in TEXTS])
        results = collect_until_done(runner)
    outcomes = {article.text: result for article, result in results}
    failed = outcomes[TEXTS[1]]
    assert isinstance(failed, Failure) and failed.stage == "transport" and "HTTP 500" in failed.reason
    assert isinstance(outcomes[TEXTS[0]], Briefing) and isinstance(outcomes[TEXTS[2]], Briefing)


def _as_string(field: str) -> Any:
    def rewrite(body: dict[str, Any], line: dict[str, Any]) -> dict[str, Any]:
        if "moved 1 families" not in json.dumps(body):
            return line
        if field == "error body":
            return line | {"response": {"status_code": 500, "body": {"error": "overloaded"}}, "error": None}
        return line | {field: "something went wrong"}

    return rewrite


@pytest.mark.parametrize("field", ["response", "error", "error body"])
def test_a_line_whose_answer_is_a_string_fails_its_article_only(
    server: BatchServer, tmp_path: Path, field: str
) -> None:
    server.scripts.append(BatchScript(rewrite=_as_string(field)))
    with BatchRunner(settings_for(server, tmp_path)) as runner:
        runner.submit([Article(text=t) for t in TEXTS])
        results = collect_until_done(runner)
        assert runner.pending() == 0  # nothing left wedged for the next collect
    outcomes = {article.text: result for article, result in results}
    failed = outcomes[TEXTS[1]]
    assert isinstance(failed, Failure) and failed.reason, failed
    assert "AttributeError" not in failed.reason and failed.stage != "internal"
    assert isinstance(outcomes[TEXTS[0]], Briefing) and isinstance(outcomes[TEXTS[2]], Briefing)


@pytest.mark.parametrize(
    ("script", "briefed", "reason"),
    [
        (BatchScript(end="failed"), 0, "ended failed"),
        (BatchScript(end="expired", done_before_end=1), 1, "batch_expired"),
    ],
)
def test_failed_and_expired_batches_keep_what_was_done_and_resubmit_only_the_rest(
    server: BatchServer, tmp_path: Path, script: BatchScript, briefed: int, reason: str
) -> None:
    server.scripts.append(script)
    articles = [Article(text=t) for t in TEXTS]
    with BatchRunner(settings_for(server, tmp_path)) as runner:
        runner.submit(articles)
        results = collect_until_done(runner)
        assert sum(isinstance(r, Briefing) for _, r in results) == briefed
        failures = [r for _, r in results if isinstance(r, Failure)]
        assert len(failures) == 3 - briefed and all(reason in f.reason for f in failures)
        state, settled = runner.submit(articles)  # again: only what is missing is sent
    assert state is not None and state.counts["total"] == 3 - briefed and len(settled) == briefed


def test_a_crash_between_submit_and_collect_loses_nothing(server: BatchServer, tmp_path: Path) -> None:
    settings = settings_for(server, tmp_path)
    first = BatchRunner(settings)
    first.submit([Article(text=t) for t in TEXTS])
    del first  # the process that submitted is gone; everything it knew is in the store
    with BatchRunner(settings) as later:
        assert later.pending() == 3
        results = collect_until_done(later)
    assert sorted(a.text for a, r in results if isinstance(r, Briefing)) == sorted(TEXTS)


def test_the_cli_submits_follows_collects_and_cancels(
    server: BatchServer, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SUMMARIZER_BASE_URL", server.base_url)
    day = tmp_path / "day.jsonl"
    day.write_text("".join(json.dumps({"id": f"r{n}", "text": t}) + "\n" for n, t in enumerate(TEXTS)))
    cli = CliRunner()
    submitted = cli.invoke(app, ["batch", "submit", str(day)])
    assert submitted.exit_code == 0 and "submitted batch_" in submitted.stderr
    status = cli.invoke(app, ["batch", "status"])
    assert "in_progress" in status.stderr and "3 article(s) waiting" in status.stderr
    out = tmp_path / "out"
    collected = cli.invoke(app, ["batch", "collect", "--wait", "--poll", "0", "--out", str(out)])
    assert collected.exit_code == 0, collected.output
    assert sorted(p.name for p in out.iterdir()) == ["r0.json", "r1.json", "r2.json"]
    # a second batch, cancelled before it runs: its articles fail with the reason
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({"id": "late", "text": TEXTS[0] + " Later."}) + "\n")
    assert cli.invoke(app, ["batch", "submit", str(more)]).exit_code == 0
    batch_id = next(b for b in server.batches.values() if b.status == "validating").id
    cancelled = cli.invoke(app, ["batch", "cancel", batch_id])
    assert "cancelling" in cancelled.stderr
    after = cli.invoke(app, ["batch", "collect", "--wait", "--poll", "0"])
    assert after.exit_code == 1 and "batch_cancelled" in after.stderr


def test_an_endpoint_without_the_batch_api_is_one_clear_line(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from summarizer.testing import ScriptedServer

    with ScriptedServer(default=lead_and_quote) as plain:  # chat completions only: /files is a 404
        monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
        monkeypatch.setenv("SUMMARIZER_BASE_URL", plain.base_url)
        monkeypatch.setenv("SUMMARIZER_API_KEY", SECRET_KEY)
        day = tmp_path / "day.jsonl"
        day.write_text(json.dumps({"text": TEXTS[0]}) + "\n")
        result = CliRunner().invoke(app, ["batch", "submit", str(day)])
    assert result.exit_code == 1
    assert "uploading the batch input at http://127.0.0.1" in result.stderr and "404" in result.stderr
    assert "Traceback" not in result.output and SECRET_KEY not in result.output


def test_collect_uses_the_prompt_and_model_each_article_was_submitted_with(
    server: BatchServer, tmp_path: Path
) -> None:
    submitted = settings_for(server, tmp_path).model_copy(update={"model": "gpt-4.1-mini"})
    with BatchRunner(submitted, "briefing/v2") as first:
        first.submit([Article(text=TEXTS[0])])
    with BatchRunner(settings_for(server, tmp_path)) as later:  # the defaults: another prompt and model
        results = collect_until_done(later)
    assert len(server.batches) == 1  # nothing re-sent with the wrong prompt or model
    (_, briefing), *_ = results
    assert isinstance(briefing, Briefing)
    assert briefing.provenance.prompt_version == "v2" and briefing.provenance.model == "gpt-4.1-mini"


def test_a_long_document_goes_out_as_one_request_per_chunk_and_comes_back_whole(
    server: BatchServer, tmp_path: Path
) -> None:
    from summarizer.pipeline.long_documents import chunk_spans

    text = "\n\n".join(TEXTS[n % 3].replace("Monday", f"day {n}") for n in range(40))
    settings = settings_for(server, tmp_path).model_copy(update={"max_article_chars": 1_000})
    with BatchRunner(settings) as runner:
        state, _ = runner.submit([Article(text=text)])
        assert state is not None and state.counts["total"] == len(chunk_spans(text, 1_000, 250))
        ((_, briefing),) = collect_until_done(runner)
    assert isinstance(briefing, Briefing) and len(server.batches) == 1
    assert all(text[q.span.start : q.span.end] == q.text for q in briefing.quotes) and briefing.quotes


def labels_for(body: dict[str, Any]) -> Reply:
    """A grounded-engine answer: whatever the per-article schema asks, answered plainly."""
    keys = body["response_format"]["json_schema"]["schema"].get("$defs", {})
    reply: dict[str, Any] = {"summary": "Heavy rain flooded Riverside on Monday.", "missing_actors": []}
    if "Speakers" in keys:
        reply["speakers"] = dict.fromkeys(keys["Speakers"]["properties"], "unnamed")
    return Reply(reply)


def test_the_grounded_engine_goes_out_as_a_batch_and_comes_back_the_same(tmp_path: Path) -> None:
    """The default engine through the Batch API: its per-article request is rebuilt the same
    at collect time (the rules are deterministic), so the batch's answer is found."""
    articles = [Article(text=t) for t in TEXTS]
    with batch_server(labels_for) as server:
        settings = settings_for(server, tmp_path)
        with BatchRunner(settings, "grounded/v1") as runner:
            runner.submit(articles)
            for _ in range(3):
                runner.refresh()
            results = collect_until_done(runner)
        assert len(server.batches) == 1 and len(server.answered) == 3
    assert len(results) == 3
    for article, briefing in results:
        assert isinstance(briefing, Briefing) and briefing.provenance.prompt_id == "grounded"
        assert [q.text for q in briefing.quotes] == [article.text.split('"')[1].rstrip(",")]
        assert briefing.quotes[0].speaker is not None  # the rules' attribution: Mayor Ana Ruiz
