"""Smaller cuts a user met: CSV columns and numbers, `logs` on an unknown cost, `batch` advice,
a host that does not resolve."""

from __future__ import annotations

import csv
import io
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import summarizer
from summarizer.cli import app
from summarizer.config import resolve_settings
from summarizer.results import Failure
from summarizer.testing.mock_model import mock_server
from tests.conftest import ROOT

runner = CliRunner()


def test_csv_has_article_metadata_bounds_and_integer_counts() -> None:
    result = runner.invoke(app, ["brief", str(ROOT / "examples" / "article.txt"), "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"title", "published", "source", "bound", "value_high"} <= set(rows[0])
    assert {r["title"] for r in rows} == {"Floods close the river road in Riverside"}
    assert {r["published"] for r in rows} == {"2024-03-04"} and {r["source"] for r in rows} == {
        "Example Wire"
    }
    families = next(r for r in rows if r["type"] == "figure" and r["text"].startswith("at least 40"))
    assert families["value"] == "40" and families["bound"] == "at_least"


def test_logs_says_cost_unknown_not_a_question_mark() -> None:
    with mock_server() as mock:
        briefed = runner.invoke(
            app, ["brief", str(ROOT / "examples" / "article.txt"), "--base-url", mock.base_url]
        )
    assert briefed.exit_code == 0, briefed.stderr
    logs = runner.invoke(app, ["logs"])
    assert "cost unknown" in logs.stdout and "$?" not in logs.stdout


def test_batch_without_an_llm_does_not_advise_an_option_it_lacks(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", "submit", str(ROOT / "examples" / "article.txt")])
    assert result.exit_code == 2
    assert "Batch API needs an LLM endpoint" in result.stderr and "--engine" not in result.stderr


def test_a_host_that_does_not_resolve_fails_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lookups: list[Any] = []
    real = socket.getaddrinfo

    def unresolved(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "llm.example-typo":
            lookups.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", unresolved)
    settings = resolve_settings(base_url="http://llm.example-typo/v1", model="m", data_dir=tmp_path)
    (result,) = summarizer.summarize_many(
        ["Heavy rain flooded Riverside on Monday, officials said."], settings=settings
    )
    assert isinstance(result, Failure) and result.stage == "transport"
    assert "could not resolve the host" in result.reason
    assert len(lookups) == 1  # not retried


def test_a_copyright_year_is_not_a_date_and_an_explicit_date_is_used(tmp_path: Path) -> None:
    page = ROOT / "examples" / "page.html"
    assert "Copyright 2024" in page.read_text()
    result = runner.invoke(app, ["brief", str(page), "-f", "json", "--date", "2024-03-04"])
    assert result.exit_code == 0, result.stderr
    assert '"published":"2024-03-04"' in result.stdout.replace(" ", "")
    dated = tmp_path / "dated.html"
    dated.write_text(
        page.read_text().replace(
            "<head>", '<head><meta property="article:published_time" content="2024-03-02T10:00:00Z">'
        )
    )
    marked = runner.invoke(app, ["brief", str(dated), "-f", "json", "--date", "2024-03-04"])
    assert '"published":"2024-03-02"' in marked.stdout.replace(" ", "")  # the page's own date wins


def test_a_day_whose_inputs_all_fail_names_them_not_a_missing_date(tmp_path: Path) -> None:
    """``daily`` on a path that does not exist (a typo) says so, not "give --date": the date
    is missing only because nothing could be read."""
    broken = tmp_path / "day.jsonl"
    broken.write_text('{"id": "a", "text": "Ein Feuer in Tarvik"\n', encoding="utf-8")
    result = runner.invoke(app, ["daily", str(tmp_path / "dya.jsonl"), str(broken)])
    assert result.exit_code == 1, result.stderr
    assert "--date" not in result.stderr
    assert (
        "dya.jsonl: input failed: no such file" in result.stderr
        and "day.jsonl:1: input failed" in result.stderr
    )
