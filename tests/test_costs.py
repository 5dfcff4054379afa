"""Money: every call priced from the maintained table, unknown never shown as zero."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.costs import cost_usd, priced_provider
from summarizer.models.common import Usage
from summarizer.testing import Reply, ScriptedServer
from tests import drafts
from tests.conftest import SEEDS

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
    assert "$?" in listed.stdout
    status = runner.invoke(app, ["logs", "status"])
    assert "unknown" in status.stdout and "$0.0000" not in status.stdout


def test_a_priced_call_is_summed_in_the_log(tmp_path: Path) -> None:
    import datetime as dt

    from summarizer.llm.types import CallRecord
    from summarizer.store import CallContext, Store

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
