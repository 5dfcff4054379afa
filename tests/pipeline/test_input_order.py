"""Several results come back in input order, whatever finishes first: ``summarize_many`` and
``brief`` on stdout (the first article is answered last here)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import summarizer
from summarizer.cli import app
from summarizer.config import resolve_settings
from summarizer.models import Briefing
from summarizer.pipeline.runner import in_input_order
from summarizer.testing import Delay, Reply, ScriptedServer, article_from_request
from summarizer.testing.mock_model import respond

TEXTS = [
    f"The {name} council met in Riverside on Monday and approved {n} new homes, the mayor said."
    for n, name in enumerate(["first", "second", "third", "fourth"], start=10)
]


def _slow_first(body: dict[str, object]) -> Delay | Reply:
    reply = respond(body)
    return Delay(0.6, reply) if "first" in article_from_request(body) else reply


def test_in_input_order_waits_for_earlier_positions_only() -> None:
    arrivals = [(2, "c"), (0, "a"), (3, "d"), (1, "b")]
    assert list(in_input_order(iter(arrivals), 5, {4: "e"})) == [
        (0, "a"), (1, "b"), (2, "c"), (3, "d"), (4, "e")
    ]  # fmt: skip


def test_summarize_many_yields_in_input_order(tmp_path: Path) -> None:
    with ScriptedServer(default=_slow_first) as server:
        settings = resolve_settings(base_url=server.base_url, data_dir=tmp_path, cache=False)
        results = list(summarizer.summarize_many([*TEXTS, "   "], concurrency=4, settings=settings))
    assert [r.summary.split()[1] for r in results[:4] if isinstance(r, Briefing)] == [
        "first", "second", "third", "fourth"
    ]  # fmt: skip
    assert not isinstance(results[4], Briefing) and results[4].stage == "input"


def test_brief_prints_several_articles_in_input_order(tmp_path: Path) -> None:
    paths = []
    for n, text in enumerate(TEXTS):
        path = tmp_path / f"{n}.txt"
        path.write_text(text)
        paths.append(str(path))
    with ScriptedServer(default=_slow_first) as server:
        result = CliRunner().invoke(
            app, ["brief", *paths, "--base-url", server.base_url, "-f", "json", "--concurrency", "4"]
        )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["summary"].split()[1] for line in lines] == ["first", "second", "third", "fourth"]


def test_failures_are_listed_in_input_order(tmp_path: Path) -> None:
    empty, good, missing = tmp_path / "b-empty.txt", tmp_path / "a-good.txt", tmp_path / "c-missing.txt"
    empty.write_text("  \n")
    good.write_text(TEXTS[0])
    with ScriptedServer(default=lambda body: Reply({}, finish_reason="length")) as server:
        result = CliRunner().invoke(
            app, ["brief", str(good), str(empty), str(missing), "--base-url", server.base_url]
        )
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("FAILED")]
    assert [next(n for n in ("a-good", "b-empty", "c-missing") if n in line) for line in failed] == [
        "a-good", "b-empty", "c-missing"
    ]  # fmt: skip
