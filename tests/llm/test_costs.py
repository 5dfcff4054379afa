"""Money: every call priced from the maintained table, unknown never shown as zero."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.llm.costs import cost_usd, priced_provider
from summarizer.models import SCHEMA_VERSION
from summarizer.models.common import Usage
from summarizer.testing import Reply, ScriptedServer
from tests import drafts
from tests.conftest import SEEDS

# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")

USAGE = Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000, total_tokens=2_000_000)


def test_openai_prices_batch_discount_and_unknowns() -> None:
    standard = cost_usd("gpt-4o-mini", "openai", USAGE)
    assert standard is not None and standard > 0
    assert cost_usd("gpt-4o-mini", "openai", USAGE, batch=True) == standard / 2
    assert cost_usd("no-such-model-anywhere", "openai", USAGE) is None  # unknown, not zero
    assert cost_usd("gpt-4o-mini", None, USAGE) is None  # a name on another endpoint says nothing
    assert priced_provider(None) == "openai" and priced_provider("https://api.openai.com/v1") == "openai"
    assert priced_provider("http://127.0.0.1:8080/v1") is None
    assert priced_provider("https://api.openai.com.evil.example/v1") is None


def test_the_run_and_the_log_state_cost_or_say_it_is_unknown(server: ScriptedServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    server.push(Reply(drafts.good(), prompt_tokens=1200, completion_tokens=300))
    seed = str(SEEDS / "000_6acb0b2e29b12f68.txt")
    runner = CliRunner()
    result = runner.invoke(app, ["brief", seed, "--base-url", server.base_url, "--format", "json"])
    assert result.exit_code == 0
    assert "1 LLM call, cost unknown" in result.stderr  # a loopback endpoint: no listed price
    listed = runner.invoke(app, ["logs"])
    assert "cost unknown" in listed.stdout and "$?" not in listed.stdout
    status = runner.invoke(app, ["logs", "status"])
    assert "unknown" in status.stdout and "$0.0000" not in status.stdout


def test_a_priced_call_is_summed_in_the_log(tmp_path: Path) -> None:
    import datetime as dt

    from summarizer.llm.types import CallContext, CallRecord
    from summarizer.store import Store

    store = Store(tmp_path / "s.sqlite3")
    context = CallContext(
        "a1", "llm", "gpt-4o-mini", "tools", "briefing", "v1", "h", "briefing/v2", provider="openai"
    )
    usage = Usage(prompt_tokens=1000, completion_tokens=500, total_tokens=1500)
    for _ in range(2):
        store.log_call(
            context, CallRecord([], {}, "{}", usage, 10.0, None, 200), purpose="extract", attempt=1
        )
    (day,) = store.call_totals()
    expected = 2 * (cost_usd("gpt-4o-mini", "openai", usage) or 0)
    assert day["calls"] == 2 and abs(day["cost_usd"] - expected) < 1e-9
    assert day["day"] == dt.datetime.now(dt.UTC).date().isoformat()
    assert store.calls_since(0) == (2, day["cost_usd"])


def test_max_cost_stops_sending_before_the_limit_and_fails_the_rest(
    server: ScriptedServer, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import summarizer.llm.ask
    import summarizer.llm.costs

    # The loopback server stands in for OpenAI's API, whose prices are listed.
    monkeypatch.setattr(summarizer.llm.costs, "priced_provider", lambda base_url: "openai")
    monkeypatch.setattr(summarizer.llm.ask, "priced_provider", lambda base_url: "openai")
    server.default = lambda body: Reply(drafts.good(), prompt_tokens=100_000, completion_tokens=10_000)
    per_article = cost_usd("gpt-4o-mini", "openai", Usage(prompt_tokens=100_000, completion_tokens=10_000))
    assert per_article is not None
    folder = tmp_path / "day"
    folder.mkdir()
    text = (SEEDS / "000_6acb0b2e29b12f68.txt").read_text(encoding="utf-8")
    for n in range(10):
        (folder / f"a{n}.txt").write_text(f"{text}\n\nUpdate {n}.\n", encoding="utf-8")
    limit = 2.5 * per_article
    args = ["brief", str(folder), "--base-url", server.base_url, "-m", "gpt-4o-mini", "-f", "json"]
    result = CliRunner().invoke(app, [*args, "--max-cost", str(limit)])
    assert result.exit_code == 1  # some articles failed: the unsent ones
    sent = len(server.requests)
    assert 1 <= sent <= 2 and sent * per_article <= limit
    assert result.stderr.count("budget failed: not sent") == 10 - sent
    # An endpoint without listed prices cannot honour a limit: said before anything is sent.
    monkeypatch.setattr(summarizer.llm.costs, "priced_provider", lambda base_url: None)
    unpriced = CliRunner().invoke(app, [*args, "--max-cost", "1"])
    assert unpriced.exit_code == 2 and "--max-cost needs a listed price" in unpriced.stderr
    assert len(server.requests) == sent


def test_an_eval_record_states_what_its_calls_cost(
    server: ScriptedServer, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import json

    import summarizer.llm.ask
    import summarizer.llm.costs

    root = Path(__file__).resolve().parents[2]
    server.default = lambda body: Reply(drafts.good(), prompt_tokens=1000, completion_tokens=200)
    args = ["eval", "--root", str(root), "--base-url", server.base_url, "-m", "gpt-4o-mini"]
    unpriced = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "unpriced.json")])
    assert unpriced.exit_code == 0, unpriced.output
    assert (
        json.loads((tmp_path / "unpriced.json").read_text())["variants"]["briefing/v1@gpt-4o-mini"][
            "cost_usd"
        ]
        is None
    )  # a loopback endpoint: unknown, never zero
    assert "cost unknown" in unpriced.stdout

    # The loopback server stands in for OpenAI's API, whose prices are listed.
    monkeypatch.setattr(summarizer.llm.ask, "priced_provider", lambda base_url: "openai")
    # ... for the briefings' own cost too (a variant costs what its briefings cost).
    monkeypatch.setattr(summarizer.llm.costs, "priced_provider", lambda base_url: "openai")
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "fresh"))  # no cached answers: every article is sent
    sent_before = len(server.requests)
    priced = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "priced.json")])
    assert priced.exit_code == 0, priced.output
    calls = len(server.requests) - sent_before
    assert calls >= 5  # at least one call per seed article
    record = json.loads((tmp_path / "priced.json").read_text())
    per_call = cost_usd("gpt-4o-mini", "openai", Usage(prompt_tokens=1000, completion_tokens=200)) or 0
    assert abs(record["variants"]["briefing/v1@gpt-4o-mini"]["cost_usd"] - calls * per_call) < 1e-9


def test_each_briefing_states_its_cost_in_its_provenance(server: ScriptedServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import summarizer
    import summarizer.llm.ask
    import summarizer.llm.costs
    from summarizer.models import Briefing
    from summarizer.render import briefing_markdown
    from tests.conftest import llm_settings, seed_text

    server.default = lambda body: Reply(drafts.good(), prompt_tokens=1200, completion_tokens=300)
    text = seed_text()
    unpriced = summarizer.summarize(text, settings=llm_settings(server, cache=False))
    assert unpriced.provenance.cost_usd is None  # a loopback endpoint: unknown, never zero
    assert "cost unknown" in briefing_markdown(unpriced)

    for module in (summarizer.llm.costs, summarizer.llm.ask):  # the server stands in for OpenAI's API
        monkeypatch.setattr(module, "priced_provider", lambda base_url: "openai")
    settings = llm_settings(server, cache=False, model="gpt-4o-mini")
    priced = summarizer.summarize(text, settings=settings)
    expected = cost_usd("gpt-4o-mini", "openai", priced.provenance.usage)
    assert expected and priced.provenance.cost_usd == expected  # every call of it, re-asks included
    assert priced.provenance.usage.prompt_tokens >= 1200
    batch = summarizer.summarize(text, settings=settings.model_copy(update={"batch_pricing": True}))
    assert batch.provenance.cost_usd == cost_usd("gpt-4o-mini", "openai", batch.provenance.usage, batch=True)
    # A long document: priced from the usage of every chunk.
    long_text = "\n\n".join(f"{text}\n\nUpdate {n}." for n in range(4))
    chunked = summarizer.summarize(
        long_text, settings=settings.model_copy(update={"max_article_chars": 3000})
    )
    assert chunked.provenance.llm_calls > 1
    assert chunked.provenance.cost_usd == cost_usd("gpt-4o-mini", "openai", chunked.provenance.usage)

    offline = summarizer.summarize(text, settings=summarizer.resolve_settings(engine="extractive"))
    assert offline.provenance.cost_usd == 0.0  # no LLM call
    # A briefing stored under v2 reads as v3, its cost unknown.
    stored = offline.model_dump(mode="json")
    stored["schema_version"] = "briefing/v2"
    del stored["provenance"]["cost_usd"]
    upgraded = Briefing.model_validate(stored)
    assert upgraded.schema_version == SCHEMA_VERSION and upgraded.provenance.cost_usd is None
