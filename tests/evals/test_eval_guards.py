"""Evals that cannot pass by accident: prompts the engine cannot honour, records that do
not compare, records never overwritten silently, reports that say what they show."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.testing import ScriptedServer
from summarizer.testing.mock_model import mock_server
from tests.goldutil import ROOT

runner = CliRunner()


@pytest.fixture
def mock() -> Iterator[ScriptedServer]:
    with mock_server() as server:
        yield server


def _eval(*args: str) -> object:
    return runner.invoke(app, ["eval", "--root", str(ROOT), *args])


def test_a_prompt_the_offline_engine_cannot_honour_is_a_usage_error(tmp_path: Path) -> None:
    for args in (["--prompt", "briefing/v2"], ["--prompt", "briefing/v1", "--prompt", "briefing/v2"]):
        result = _eval(*args, "--out", str(tmp_path / "x.json"))
        assert result.exit_code == 2  # type: ignore[attr-defined]
        assert "the offline engine ignores prompts" in result.stderr  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == []


def test_a_record_is_never_overwritten_silently_and_out_takes_a_folder(tmp_path: Path) -> None:
    record = tmp_path / "base.json"
    assert _eval("--engine", "extractive", "--out", str(record)).exit_code == 0  # type: ignore[attr-defined]
    before = record.read_text()
    again = _eval("--engine", "extractive", "--out", str(record))
    assert again.exit_code == 2 and "never overwritten" in again.stderr  # type: ignore[attr-defined]
    assert record.read_text() == before
    forced = _eval("--engine", "extractive", "--out", str(record), "--force")
    assert forced.exit_code == 0  # type: ignore[attr-defined]
    folder = tmp_path / "runs"
    folder.mkdir()
    into = _eval("--engine", "extractive", "--out", str(folder))
    assert into.exit_code == 0, into.stderr  # type: ignore[attr-defined]
    (written,) = folder.glob("*.json")
    assert json.loads(written.read_text())["gold"]
    assert (folder / f"{written.stem}.html").is_file()


def test_a_gate_between_engines_is_refused_unless_forced(tmp_path: Path, mock: ScriptedServer) -> None:
    offline = tmp_path / "offline.json"
    assert _eval("--engine", "extractive", "--out", str(offline)).exit_code == 0  # type: ignore[attr-defined]
    args = ["--prompt", "briefing/v2", "--base-url", mock.base_url, "--baseline", str(offline)]
    refused = _eval(*args, "--out", str(tmp_path / "llm.json"))
    assert refused.exit_code == 2  # type: ignore[attr-defined]
    assert "not comparable: engine extractive in the baseline, llm now" in refused.stderr  # type: ignore[attr-defined]
    assert "model" in refused.stderr and "--force" in refused.stderr  # type: ignore[attr-defined]
    forced = _eval(*args, "--out", str(tmp_path / "llm.json"), "--force")
    assert forced.exit_code in (0, 1), forced.stderr  # type: ignore[attr-defined]


def test_a_cached_variant_reports_the_cost_a_fresh_one_does(tmp_path: Path, mock: ScriptedServer) -> None:
    costs = []
    for name in ("fresh", "cached"):
        result = _eval("--prompt", "briefing/v2", "--base-url", mock.base_url, "--out", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
        assert "cost unknown" in result.stdout and "$0.0000" not in result.stdout  # type: ignore[attr-defined]
        (record,) = (tmp_path / name).glob("*.json") if (tmp_path / name).is_dir() else [tmp_path / name]
        costs.append(json.loads(record.read_text())["variants"])
    assert [next(iter(v.values()))["cost_usd"] for v in costs] == [None, None]
    assert len(mock.requests) == 5  # the second run came from the cache


def test_tables_say_which_f1_and_the_html_report_states_the_verdict_and_marks_regressions(
    tmp_path: Path,
) -> None:
    base = tmp_path / "base.json"
    assert _eval("--engine", "extractive", "--out", str(base)).exit_code == 0  # type: ignore[attr-defined]
    record = json.loads(base.read_text())
    for output in record["variants"]["extractive"]["outputs"]:
        output["briefing"]["quotes"] = output["briefing"]["quotes"][:1]  # the regression
    regressed = tmp_path / "regressed.json"
    regressed.write_text(json.dumps(record))
    out = tmp_path / "gated.json"
    gated = _eval("--rescore", str(regressed), "--baseline", str(base), "--out", str(out))
    assert gated.exit_code == 1  # type: ignore[attr-defined]
    stdout = gated.stdout  # type: ignore[attr-defined]
    assert "lenient F1" in stdout and "strict F1" in stdout and "mean per-article lenient F1" in stdout
    assert "micro" in stdout and "REGRESSION" in stdout
    html = out.with_suffix(".html").read_text()
    assert "gate FAILED" in html and '<tr class="regression"><td>quotes.f1</td>' in html
    markdown = out.with_suffix(".md").read_text()
    assert "gate FAILED" in markdown and "REGRESSION" in markdown
