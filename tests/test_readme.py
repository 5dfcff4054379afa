"""The README's runnable blocks, run as written against the mock model (``summarizer mock-llm``).

A block marked ``<!-- readme-test: NAME -->`` is run line by line in a copy of the project's
examples, seeds, gold and prompts: ``summarizer ...`` lines through the CLI in this process,
``export`` lines as environment, and ``summarizer mock-llm &`` as the mock server (on a free
port, put in place of the README's 8089, since other runs may hold that port).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarizer.prompts as prompts
from summarizer.cli import app
from summarizer.cli.mock import DEFAULT_PORT
from summarizer.testing.mock_model import MOCK_MODEL, mock_server
from tests.conftest import ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- readme-test: ([\w-]+) -->\n```bash\n(.*?)```", re.DOTALL)
README_URL = f"http://127.0.0.1:{DEFAULT_PORT}/v1"


def readme_blocks() -> dict[str, list[str]]:
    return {
        name: [line for line in body.splitlines() if line.strip()]
        for name, body in BLOCK.findall(README.read_text(encoding="utf-8"))
    }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of what the README's commands read and write, as the current folder."""
    copy = tmp_path / "project"
    for part in ("examples", "seeds", "evals/gold", "prompts"):
        shutil.copytree(ROOT / part, copy / part)
    monkeypatch.chdir(copy)
    monkeypatch.setattr(prompts, "_prompts_root", lambda: copy / "prompts")
    prompts.load_prompt.cache_clear()
    yield copy
    prompts.load_prompt.cache_clear()


def run_block(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Each line's (command, result); a failing line fails the test with its output."""
    runner = CliRunner()
    results: list[tuple[str, object]] = []
    with mock_server() as mock:
        for line in lines:
            words = shlex.split(line.replace(README_URL, mock.base_url), comments=True)
            if not words:
                continue
            if words == ["summarizer", "mock-llm", "&"]:
                continue  # the mock is running (on its own port)
            if words[0] == "export":
                name, _, value = words[1].partition("=")
                monkeypatch.setenv(name, value)
                continue
            assert words[0] == "summarizer", f"the README runs {line!r}, which this test cannot"
            result = runner.invoke(app, words[1:])
            assert result.exit_code == 0, f"{line}\n{result.output}\n{result.stderr}"
            results.append((line, result))
    return results


def test_readme_blocks_are_marked() -> None:
    assert set(readme_blocks()) >= {"quick-start", "eval-workflow"}


def test_quick_start_runs_as_written(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = run_block(readme_blocks()["quick-start"], monkeypatch)
    assert results


def test_eval_and_prompt_workflow_run_as_written(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = dict(run_block(readme_blocks()["eval-workflow"], monkeypatch))
    baseline = json.loads((project / "evals" / "runs" / "baseline.json").read_text())
    (variant,) = baseline["variants"].values()
    assert variant["identity"]["model"] == MOCK_MODEL  # labelled a mock in the record
    new_version = (project / "prompts" / "briefing" / "v3.yaml").read_text()
    assert "version: v3" in new_version and "TODO" in new_version
    listing = next(r for line, r in results.items() if line.startswith("summarizer prompts  "))
    assert "briefing/v3" in listing.stdout and "unreleased" in listing.stdout  # type: ignore[attr-defined]
    assert "briefing/v3" in (project / "prompts" / "prompts.lock").read_text()


def test_every_example_file_the_readme_names_ships() -> None:
    named = set(re.findall(r"examples/[\w.]+", README.read_text(encoding="utf-8")))
    assert named >= {
        "examples/article.txt",
        "examples/day.jsonl",
        "examples/page.html",
        "examples/article.json",
    }
    assert [name for name in sorted(named) if not (ROOT / name).is_file()] == []


def test_the_readme_states_requirements_and_has_contents_before_the_jobs() -> None:
    text = README.read_text(encoding="utf-8")
    assert "Python 3.11" in text and "Chromium" in text
    headings = re.findall(r"(?m)^## (.+)$", text)
    assert headings.index("Contents") < headings.index("Briefing articles (brief)")
    jobs = [headings.index(h) for h in headings if h.startswith(("Briefing articles", "A day's", "Evals"))]
    assert max(jobs) < headings.index("The HTTP service") < headings.index("The Batch API")
