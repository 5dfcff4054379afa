from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.evals.gold import lint_gold
from summarizer.evals.report import _item_text, aligned
from summarizer.evals.scoring import score_article
from summarizer.models import SCHEMA_VERSION
from summarizer.testing import Reply, ScriptedServer, article_from_request
from tests.fifos import planted_fifos
from tests.goldutil import ROOT, gold_and_text, gold_files, gold_to_briefing, gold_to_draft

runner = CliRunner()


def test_every_seed_has_gold() -> None:
    assert sorted(p.stem for p in gold_files()) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def test_every_invented_article_has_gold() -> None:
    invented = sorted(p.stem for p in gold_files("invented"))
    assert len(invented) >= 8
    assert invented == sorted(p.stem for p in (ROOT / "evals" / "invented").glob("*.txt"))


ALL_GOLD = gold_files() + gold_files("invented") + gold_files("unseen")


def test_every_unseen_article_has_gold() -> None:
    unseen = sorted(p.stem for p in gold_files("unseen"))
    assert unseen == sorted(p.stem for p in (ROOT / "evals" / "unseen").glob("*.txt"))


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: p.stem)
def test_gold_lint(path: Path) -> None:
    gold, text = gold_and_text(path)
    assert lint_gold(gold, text) == []


def test_lint_catches_a_quote_not_in_the_article() -> None:
    gold, text = gold_and_text(gold_files()[0])
    gold.quotes[0].text = "words nobody said"
    gold.quotes[1].speaker = "a404"
    problems = lint_gold(gold, text)
    assert any("not found verbatim" in p for p in problems)
    assert any("a404" in p for p in problems)


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: p.stem)
def test_gold_against_itself_scores_one(path: Path) -> None:
    gold, text = gold_and_text(path)
    score = score_article(gold_to_briefing(gold, text), gold, text)
    for item_type, type_score in score.types.items():
        assert type_score.prf(strict=True)["f1"] == 1.0, item_type


def test_known_perturbation_gives_known_score() -> None:
    gold, text = gold_and_text(gold_files()[0])  # 18 quotes, 6 figures
    briefing = gold_to_briefing(gold, text)
    briefing.quotes = briefing.quotes[:9]  # drop half the quotes
    briefing.quotes[0].speaker = None  # one wrong speaker (gold: Li Hui)
    briefing.figures[0].value = 3  # "Two civilians" now says 3: no value match
    score = score_article(briefing, gold, text)
    quotes = score.types["quotes"]
    assert quotes.prf()["precision"] == 1.0 and quotes.prf()["recall"] == pytest.approx(9 / 18)
    assert quotes.prf(strict=True)["recall"] == pytest.approx(8 / 18)
    assert quotes.field_hits["speaker"] == [8, 9]
    figures = score.types["figures"]
    # the 3 pairs with nothing: one miss and one spurious, so P = R = 5/6
    assert figures.prf()["precision"] == pytest.approx(5 / 6) and figures.prf()["recall"] == pytest.approx(
        5 / 6
    )


def test_empty_prediction_gives_recall_zero() -> None:
    gold, text = gold_and_text(gold_files()[0])
    briefing = gold_to_briefing(gold, text)
    briefing.actors, briefing.quotes, briefing.figures, briefing.incidents = [], [], [], []
    score = score_article(briefing, gold, text)
    for type_score in score.types.values():
        assert type_score.prf()["recall"] == 0.0


def test_eval_writes_record_and_reports_and_rescore_matches(tmp_path: Path) -> None:
    record_path = tmp_path / "run.json"
    result = runner.invoke(
        app, ["eval", "--engine", "extractive", "--root", str(ROOT), "--out", str(record_path)]
    )
    assert result.exit_code == 0, result.output
    assert "quotes" in result.stdout and "grounded 100.0%" in result.stdout
    record = json.loads(record_path.read_text())
    assert record["git_revision"] and record["schema_version"] == SCHEMA_VERSION
    assert len(record["variants"]["extractive"]["outputs"]) == 5
    html = (tmp_path / "run.html").read_text()
    assert "<details>" in html and "<script" not in html
    assert (tmp_path / "run.md").read_text().startswith("# Eval report")
    rescored = runner.invoke(
        app, ["eval", "--rescore", str(record_path), "--root", str(ROOT), "--out", str(tmp_path / "re.json")]
    )
    assert rescored.exit_code == 0
    again = json.loads((tmp_path / "re.json").read_text())
    assert (
        again["variants"]["extractive"]["scores"]["micro"]
        == record["variants"]["extractive"]["scores"]["micro"]
    )


@pytest.mark.parametrize("daily", [False, True])
def test_out_with_a_trailing_slash_is_a_folder_even_before_it_exists(tmp_path: Path, daily: bool) -> None:
    """ "--out runs/" names a folder: the record goes inside it, never into a file "runs"."""
    folder = tmp_path / "runs"
    command = ["eval", "--daily"] if daily else ["eval", "--engine", "extractive", "--set", "unseen"]
    result = runner.invoke(app, [*command, "--root", str(ROOT), "--out", f"{folder}/"])
    assert result.exit_code == 0, result.output
    assert folder.is_dir()
    records = list(folder.glob("*.json"))
    assert len(records) == 1 and f"record: {records[0]}" in result.stdout


def test_gate_fails_on_injected_regression_and_passes_without(tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    assert (
        runner.invoke(
            app, ["eval", "--engine", "extractive", "--root", str(ROOT), "--out", str(base)]
        ).exit_code
        == 0
    )
    same = runner.invoke(
        app,
        [
            "eval",
            "--engine",
            "extractive",
            "--root",
            str(ROOT),
            "--out",
            str(tmp_path / "same.json"),
            "--baseline",
            str(base),
        ],
    )
    assert same.exit_code == 0, same.output
    assert "gate passed" in same.stderr

    record = json.loads(base.read_text())
    for output in record["variants"]["extractive"]["outputs"]:
        output["briefing"]["quotes"] = output["briefing"]["quotes"][:1]  # the regression
    regressed = tmp_path / "regressed.json"
    regressed.write_text(json.dumps(record))
    gated = runner.invoke(
        app, ["eval", "--rescore", str(regressed), "--root", str(ROOT), "--baseline", str(base)]
    )
    assert gated.exit_code == 1
    assert "GATE" in gated.stderr and "quotes.f1" in gated.stderr


def test_two_prompt_versions_compared_on_scripted_server(server: ScriptedServer, tmp_path: Path) -> None:
    drafts = {}
    for path in gold_files():
        gold, text = gold_and_text(path)
        drafts[text[:200]] = gold_to_draft(gold)

    def respond(body: dict[str, object]) -> Reply:
        draft = json.loads(json.dumps(drafts[article_from_request(body)[:200]]))
        if "pronoun" not in str(body["messages"]):  # v1 lacks the speaker guidance: no speakers
            for quote in draft["quotes"]:
                quote["speaker"] = None
        return Reply(draft)

    server.default = respond
    out = tmp_path / "cmp.json"
    result = runner.invoke(
        app,
        ["eval", "--prompt", "briefing/v1", "--prompt", "briefing/v2", "--base-url", server.base_url,
         "--root", str(ROOT), "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text())
    speaker = next(d for d in record["comparison"] if d["metric"] == "quotes.speaker")
    assert speaker["delta"] > 0 and speaker["low"] <= speaker["delta"] <= speaker["high"]
    assert speaker["improved"] >= 3 and speaker["worsened"] == 0
    assert "95% CI" in result.stdout


def test_eval_without_gold_is_a_usage_error_that_creates_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from summarizer.cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--engine", "extractive"])
    assert result.exit_code == 2
    assert f"no gold annotations (*.json) of the seeds set in {Path('evals') / 'gold'}" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no evals/runs/ made in the current folder


def test_invented_set_is_scored_on_its_own_and_an_unknown_set_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "invented.json"
    scored = runner.invoke(
        app, ["eval", "--engine", "extractive", "--set", "invented", "--root", str(ROOT), "--out", str(out)]
    )
    assert scored.exit_code == 0, scored.stderr
    record = json.loads(out.read_text())
    articles = {o["article"] for o in record["variants"]["extractive"]["outputs"]}
    assert articles == {p.stem for p in gold_files("invented")}
    unknown = runner.invoke(app, ["eval", "--engine", "extractive", "--set", "nope", "--root", str(ROOT)])
    assert unknown.exit_code == 2
    assert "--set 'nope' is neither a named set (seeds, invented, unseen) nor a folder" in unknown.stderr


def test_any_folder_of_gold_files_is_a_set_and_its_runs_stay_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "my set"
    mine.mkdir()
    for name in ("inv06_court", "inv11_wildfire"):  # gold beside its article, as a user keeps them
        (mine / f"{name}.json").write_bytes((ROOT / "evals" / "gold" / f"{name}.json").read_bytes())
        (mine / f"{name}.txt").write_bytes((ROOT / "evals" / "invented" / f"{name}.txt").read_bytes())
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    scored = runner.invoke(app, ["eval", "--engine", "extractive", "--set", str(mine)])
    assert scored.exit_code == 0, scored.output
    [record] = (mine / "runs").glob("*.json")
    outputs = json.loads(record.read_text())["variants"]["extractive"]["outputs"]
    assert {o["article"] for o in outputs} == {"inv06_court", "inv11_wildfire"}
    assert list(elsewhere.iterdir()) == []  # nothing made where the command ran

    (mine / "inv11_wildfire.txt").unlink()
    missing = runner.invoke(app, ["eval", "--engine", "extractive", "--set", str(mine)])
    assert missing.exit_code == 2 and "inv11_wildfire.json scores" in missing.stderr
    (tmp_path / "secret.txt").write_text("not an article")
    hostile = json.loads((mine / "inv06_court.json").read_text()) | {"article": "../secret"}
    (mine / "hostile.json").write_text(json.dumps(hostile))
    escaped = runner.invoke(app, ["eval", "--engine", "extractive", "--set", str(mine)])
    assert escaped.exit_code == 2 and "hostile.json is not a gold file" in escaped.stderr  # never read
    (mine / "hostile.json").unlink()
    (mine / "broken.json").write_text('{"article": 3')
    broken = runner.invoke(app, ["eval", "--engine", "extractive", "--set", str(mine)])
    assert broken.exit_code == 2 and "broken.json is not a gold file" in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1
    (mine / "broken.json").unlink()
    with planted_fifos(mine / "waiting.json") as opened:  # read as a file, it would wait forever
        fifo = runner.invoke(app, ["eval", "--engine", "extractive", "--set", str(mine)])
    assert opened == []
    assert (
        fifo.exit_code == 2 and "waiting.json is not a gold file: not a regular file (a FIFO)" in fifo.stderr
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = runner.invoke(app, ["eval", "--engine", "extractive", "--set", str(empty)])
    assert nothing.exit_code == 2 and "no gold annotations (*.json)" in nothing.stderr


def test_report_names_speakers_and_formats_values() -> None:
    names = {"a1": "Ana Ruiz"}
    assert (
        _item_text("quotes", {"text": "We will rebuild", "speaker": "a1"}, names)
        == "“We will rebuild” — Ana Ruiz"
    )
    assert _item_text("quotes", {"text": "all", "speaker": None}, names) == "“all” — no speaker"
    figure = {"text": "$2.3 billion", "value": 2300000000.0, "category": ["other", "damage_cost"]}
    assert _item_text("figures", figure, names) == "$2.3 billion = 2,300,000,000 [other / damage_cost]"
    assert (
        _item_text("figures", {"text": "4.6%", "value": 4.6, "category": "other"}, names)
        == "4.6% = 4.6 [other]"
    )
    table = aligned([["variant", "type", "fields"], ["a-very-long-variant-name/v3", "quotes", "speaker 0.9"]])
    first, second = table.splitlines()
    assert first.index("type") == second.index("quotes")


def test_eval_html_report_shows_no_actor_ids(tmp_path: Path) -> None:
    out = tmp_path / "run.json"
    result = runner.invoke(app, ["eval", "--engine", "extractive", "--root", str(ROOT), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.with_suffix(".html").read_text()
    assert "” — a1<" not in page and not re.search(r"” — a\d+<", page)
    assert "[['" not in page and "] [" not in page


def test_run_record_is_versioned_and_rescore_writes_a_new_record(tmp_path: Path) -> None:
    original = tmp_path / "run.json"
    first = runner.invoke(
        app, ["eval", "--engine", "extractive", "--root", str(ROOT), "--out", str(original)]
    )
    assert first.exit_code == 0, first.stderr
    stored = original.read_text()
    assert json.loads(stored)["format"] == "eval-record/v1"
    again = runner.invoke(app, ["eval", "--rescore", str(original), "--root", str(ROOT)])
    assert again.exit_code == 0, again.stderr
    assert original.read_text() == stored  # the stored record is left as it was
    (rescored,) = tmp_path.glob("run.rescored-*.json")
    new = json.loads(rescored.read_text())
    assert new["format"] == "eval-record/v1" and new["rescored_from"] == str(original)
    assert new["variants"]["extractive"]["scores"] == json.loads(stored)["variants"]["extractive"]["scores"]
    # A record from before the format had a version still loads.
    legacy = json.loads(stored)
    del legacy["format"]
    (tmp_path / "legacy.json").write_text(json.dumps(legacy))
    assert (
        runner.invoke(
            app, ["eval", "--rescore", str(tmp_path / "legacy.json"), "--root", str(ROOT)]
        ).exit_code
        == 0
    )
    # Anything else is one line naming the file.
    (tmp_path / "bad.json").write_text(json.dumps({"variants": "nope"}))
    bad = runner.invoke(app, ["eval", "--rescore", str(tmp_path / "bad.json"), "--root", str(ROOT)])
    assert bad.exit_code == 2
    assert (
        "bad.json is not an eval run record (eval-record/v1)" in bad.stderr and "Traceback" not in bad.output
    )
