from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.testing import Reply, ScriptedServer, Status, article_from_request
from tests import drafts
from tests.conftest import SECRET_KEY, SEEDS

runner = CliRunner()


def _echo_draft(body: dict[str, object]) -> Reply:
    """A minimal grounded draft for whatever article was sent: its first sentence as evidence."""
    text = article_from_request(body)  # type: ignore[arg-type]
    first = text.strip().splitlines()[0]
    return Reply(
        {
            "summary": f"{first}. It is reported.",
            "incidents": [{"id": "i1", "type": "other", "description": first, "evidence": first}],
        }
    )


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_brief_folder_against_endpoint_writes_one_valid_file_per_seed(
    server: ScriptedServer, tmp_path: Path
) -> None:
    server.default = _echo_draft
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["brief", str(SEEDS), "--base-url", server.base_url, "--out", str(out), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.json"))
    assert [f.stem for f in files] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for path in files:
        data = json.loads(path.read_text())
        assert data["provenance"]["engine"] == "llm" and len(data["incidents"]) == 1
    assert "engine: llm" in result.stderr


def test_failures_give_exit_1_and_one_line_each(server: ScriptedServer, tmp_path: Path) -> None:
    server.default = lambda body: Status(400, message="no")
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = runner.invoke(
        app,
        [
            "brief",
            str(SEEDS / "000_6acb0b2e29b12f68.txt"),
            str(missing),
            str(empty),
            "--base-url",
            server.base_url,
        ],
    )
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 3
    assert any("missing.txt: input failed: " in line and "no such file" in line for line in failed)
    assert any("empty article" in line for line in failed)


def test_llm_engine_without_configuration_says_what_to_set() -> None:
    result = runner.invoke(app, ["brief", str(SEEDS), "--engine", "llm"])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr and "--base-url" in result.stderr


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_logs_list_and_show_never_print_the_key(server: ScriptedServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("OPENAI_API_KEY", SECRET_KEY)
    server.push(Reply(drafts.good()))
    seed = str(SEEDS / "000_6acb0b2e29b12f68.txt")
    brief = runner.invoke(app, ["brief", seed, "--base-url", server.base_url, "--format", "md"])
    assert brief.exit_code == 0, brief.output
    assert "Vitali Klitschko" in brief.stdout
    listed = runner.invoke(app, ["logs", "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 1
    shown = runner.invoke(app, ["logs", "show", str(rows[0]["id"])])
    assert shown.exit_code == 0 and '"request_messages"' in shown.stdout
    for output in (brief.output, listed.output, shown.output):
        assert SECRET_KEY not in output


def test_version_is_printed() -> None:
    from summarizer import __version__

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"summarizer {__version__}"


def test_several_articles_on_stdout_stay_machine_readable() -> None:
    from summarizer.models import Briefing

    seeds = [str(SEEDS / "000_6acb0b2e29b12f68.txt"), str(SEEDS / "001_0366c24000c99fd9.txt")]
    as_json = runner.invoke(app, ["brief", *seeds, "--engine", "extractive", "--format", "json"])
    assert as_json.exit_code == 0
    lines = as_json.stdout.splitlines()
    assert len(lines) == 2 and all(Briefing.model_validate_json(line) for line in lines)
    one = runner.invoke(app, ["brief", seeds[0], "--engine", "extractive", "--format", "json"])
    assert Briefing.model_validate_json(one.stdout)  # one article: one (pretty) document
    as_md = runner.invoke(app, ["brief", *seeds, "--engine", "extractive"])
    assert as_md.stdout.count("\n---\n\n") == 1
    as_html = runner.invoke(app, ["brief", *seeds, "--engine", "extractive", "--format", "html"])
    assert as_html.exit_code == 2 and "give --out FOLDER" in as_html.stderr and as_html.stdout == ""


@pytest.mark.usefixtures("free_generation")  # scripted whole briefing drafts
def test_logs_filter_search_and_summarise_like_llm_logs(server: ScriptedServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUMMARIZER_BASE_URL", server.base_url)
    empty = runner.invoke(app, ["logs"])
    assert empty.exit_code == 0 and "no LLM calls in the run log" in empty.stderr
    server.default = _echo_draft
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))[:3]
    assert runner.invoke(app, ["brief", *seeds, "--format", "json"]).exit_code == 0
    rows = [
        json.loads(line) for line in runner.invoke(app, ["logs", "--json", "-n", "10"]).stdout.splitlines()
    ]
    assert len(rows) == 3
    assert isinstance(rows[0]["request_messages"], list) and isinstance(rows[0]["parameters"], dict)
    assert len(runner.invoke(app, ["logs", "-n", "2"]).stdout.splitlines()) == 2
    word = "Klitschko"  # in one seed only
    found = runner.invoke(app, ["logs", "-q", word, "--json"]).stdout.splitlines()
    holding = [r for r in rows if word in json.dumps(r["request_messages"])]
    assert len(found) == len(holding) >= 1
    hostile = runner.invoke(app, ["logs", "-q", 'NEAR( "unbalanced OR * -'])  # words, never query syntax
    assert hostile.exit_code == 0 and "no matching LLM calls" in hostile.stderr
    assert runner.invoke(app, ["logs", "-m", "no-such-model"]).stderr.startswith("no matching")
    assert len(runner.invoke(app, ["logs", "--prompt", "briefing/v1"]).stdout.splitlines()) == 3
    status = runner.invoke(app, ["logs", "status"])
    assert status.exit_code == 0 and " 3 " in status.stdout and "completion tok" in status.stdout
    assert runner.invoke(app, ["logs", "path"]).stdout.strip().endswith("summarizer.sqlite3")


def test_cli_conventions_short_flags_choices_and_unused_prompt(tmp_path: Path) -> None:
    seed = str(SEEDS / "000_6acb0b2e29b12f68.txt")
    wrong = runner.invoke(app, ["brief", seed, "--engine", "gpt"])
    assert wrong.exit_code == 2
    assert "--engine: Input should be 'auto', 'llm' or 'extractive' (got 'gpt')" in wrong.stderr
    assert "errors.pydantic.dev" not in wrong.output and len(wrong.stderr.strip().splitlines()) == 1
    out = tmp_path / "out"
    short = runner.invoke(app, ["brief", seed, "--engine", "extractive", "-f", "json", "-o", str(out)])
    assert short.exit_code == 0 and [p.suffix for p in out.iterdir()] == [".json"]
    ignored = runner.invoke(app, ["brief", seed, "--engine", "extractive", "--prompt", "briefing/v9"])
    assert "--prompt briefing/v9 is ignored" in ignored.stderr
    assert "--install-completion" in runner.invoke(app, ["--help"]).output


def test_csv_has_a_row_per_item_one_header_and_no_formulas(tmp_path: Path) -> None:
    import csv
    import io

    seeds = [str(SEEDS / "000_6acb0b2e29b12f68.txt"), str(SEEDS / "001_0366c24000c99fd9.txt")]
    table = runner.invoke(app, ["brief", *seeds, "--engine", "extractive", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert table.exit_code == 0 and table.stdout.count("article,title,published,source,type,text") == 1
    assert {r["type"] for r in rows} >= {"actor", "quote", "figure", "incident"}
    assert len({r["article"] for r in rows}) == 2
    one = runner.invoke(app, ["brief", seeds[0], "--engine", "extractive", "-f", "csv"]).stdout
    text = (SEEDS / "000_6acb0b2e29b12f68.txt").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(one)):
        if row["type"] in ("quote", "figure"):
            assert text[int(row["start"]) : int(row["end"])] == row["text"]
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        'Officials met on Monday in Riverside, the mayor said.\n\n"=HYPERLINK(""http://x.invalid"")," '
        "Mayor Ana Ruiz said. Another 12 people were evacuated, police said.\n",
        encoding="utf-8",
    )
    cells = runner.invoke(app, ["brief", str(hostile), "--engine", "extractive", "-f", "csv"]).stdout
    for row in csv.reader(io.StringIO(cells)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    assert "'=HYPERLINK" in cells


# Options that set a setting: option name -> Settings field.
SETTING_OPTIONS = {
    "model": "model",
    "base_url": "base_url",
    "engine": "engine",
    "concurrency": "concurrency",
    "workers": "workers",
    "passes": "passes",
    "max_cost": "max_cost_usd",
    "no_cache": "cache",
}


def _env_names(field: str) -> list[str]:
    """The variables pydantic-settings reads ``field`` from, from the model itself."""
    from pydantic import AliasChoices

    from summarizer.config import Settings

    alias = Settings.model_fields[field].validation_alias
    if isinstance(alias, AliasChoices):
        return [c for c in alias.choices if isinstance(c, str) and c.isupper()]
    return [f"SUMMARIZER_{field.upper()}"]


def _commands() -> list[tuple[str, Any]]:
    import typer

    def walk(command: Any, path: list[str]) -> list[tuple[str, Any]]:
        found = [(" ".join(path), command)]
        for name, sub in (getattr(command, "commands", None) or {}).items():
            found += walk(sub, [*path, name])
        return found

    return walk(typer.main.get_command(app), [])


def test_every_option_has_help_a_metavar_and_its_environment_variables() -> None:
    for name, command in _commands():
        for param in command.params:
            label = f"{name or 'summarizer'} {param.opts[0]}"
            assert param.help, f"{label} has no help"
            if name != "logs" and param.name in SETTING_OPTIONS:  # logs' --model filters
                for variable in _env_names(SETTING_OPTIONS[param.name]):
                    assert variable in param.help, f"{label} does not name {variable}"
        shown = runner.invoke(app, [*name.split(), "--help"], env={"COLUMNS": "200"})
        assert shown.exit_code == 0, name
        type_label = r"<(?:str|int|float|bool|path|list\[.*?\]|(?:int|float) range|\w+(?:\|\w+)+)>"
        assert not re.search(type_label, shown.output), f"a Python type in {name} --help"
