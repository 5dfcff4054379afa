"""``eval --daily`` scores clustering with B-cubed too, and keeps the single-article evals'
record, reports, comparison and gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.cli.app import EXIT_FAILURES
from summarizer.evals import daily_session
from summarizer.evals.clustering import bcubed, pair_differences
from summarizer.evals.daily import DayBundle, DayOutput
from summarizer.evals.record import load_record

ROOT = Path(__file__).resolve().parents[2]


def test_bcubed_matches_a_worked_example() -> None:
    gold = [["a:1", "a:2", "a:3"], ["b:1"]]
    predicted = [["a:1", "a:2"], ["a:3", "b:1"]]
    score = bcubed(predicted, gold, ["a:1", "a:2", "a:3", "b:1"])
    # a:1 and a:2: P 2/2, R 2/3; a:3: P 1/2, R 1/3; b:1: P 1/2, R 1/1.
    assert score.precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert score.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_bcubed_punishes_one_big_cluster_and_all_singletons_each_on_its_side() -> None:
    items = [f"x{n}:1" for n in range(6)]
    gold = [items[:3], items[3:]]
    lumped = bcubed([items], gold, items)
    assert (lumped.precision, lumped.recall) == (pytest.approx(0.5), 1.0)
    alone = bcubed([], gold, items)  # no cluster named: every item stands alone
    assert (alone.precision, alone.recall) == (1.0, pytest.approx(1 / 3))
    assert bcubed(gold, gold, items).f1 == 1.0


def test_pair_differences_name_wrong_and_missed_merges() -> None:
    wrong, missed = pair_differences([["a:1", "b:1", "c:1"]], [["a:1", "b:1"], ["c:1", "d:1"]])
    assert wrong == [("a:1", "c:1"), ("b:1", "c:1")]
    assert missed == [("c:1", "d:1")]


def _eval(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["eval", "--daily", "--root", str(ROOT), *args])
    return result.exit_code, result.output


def test_a_daily_run_writes_a_record_and_reports_that_rescore_to_the_same_scores(tmp_path: Path) -> None:
    code, output = _eval("--out", str(tmp_path / "base.json"))
    assert code == 0, output
    record = load_record(tmp_path / "base.json")
    assert record.set == "days" and record.gold and record.git_revision is not None
    scores = record.variants["merge"].scores
    assert "unseen/day05_rail_court" in scores["per_day"]
    assert set(scores["gated"]["incidents"]) >= {"pairwise", "bcubed"}
    markdown = (tmp_path / "base.md").read_text()
    assert "incidents B3 P/R/F1" in markdown and "all unseen days" in markdown
    assert "<script" not in (tmp_path / "base.html").read_text()
    # Re-scored from its stored merge decisions, a record gives the same scores.
    code, output = _eval("--rescore", str(tmp_path / "base.json"), "--out", str(tmp_path / "again.json"))
    assert code == 0, output
    assert load_record(tmp_path / "again.json").variants["merge"].scores == scores
    # A record is evidence: never replaced unless --force.
    code, output = _eval("--out", str(tmp_path / "base.json"))
    assert code != 0 and "never overwritten" in output


def test_rescoring_reads_the_stored_decisions_not_a_new_merge(tmp_path: Path) -> None:
    _eval("--out", str(tmp_path / "base.json"))
    data = json.loads((tmp_path / "base.json").read_text())
    day01 = next(o for o in data["variants"]["merge"]["outputs"] if o["day"] == "day01_flood_strikes")
    day01["incidents"] = [[ref] for cluster in day01["incidents"] for ref in cluster]  # split every event
    (tmp_path / "split.json").write_text(json.dumps(data))
    code, output = _eval("--rescore", str(tmp_path / "split.json"), "--out", str(tmp_path / "rescored.json"))
    assert code == 0, output
    rescored = load_record(tmp_path / "rescored.json").variants["merge"].scores
    assert rescored["per_day"]["day01_flood_strikes"]["incidents.pairwise_f1"] == 0.0
    assert rescored["per_day"]["day01_flood_strikes"]["incidents.bcubed_f1"] < 0.9


def test_the_gate_fails_a_merge_that_lumps_events_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output = _eval("--out", str(tmp_path / "base.json"))
    assert code == 0, output

    def lumped(bundle: DayBundle, day: object) -> DayOutput:
        return DayOutput([bundle.refs("incidents")], [bundle.refs("actors")], [])

    monkeypatch.setattr(daily_session, "merge_output", lumped)
    code, output = _eval("--baseline", str(tmp_path / "base.json"), "--out", str(tmp_path / "worse.json"))
    assert code == EXIT_FAILURES, output
    assert "must-not-merge violations rose from" in output
    assert "incidents.pairwise_f1" in output and "REGRESSION" in output
    report = (tmp_path / "worse.md").read_text()
    assert "gate FAILED" in report and "REGRESSION" in report
    # The same merge as the baseline passes.
    monkeypatch.undo()
    code, output = _eval("--baseline", str(tmp_path / "base.json"), "--out", str(tmp_path / "same.json"))
    assert code == 0, output
    assert "gate passed" in (tmp_path / "same.md").read_text()


def test_a_baseline_of_another_set_or_gold_is_refused_unless_forced(tmp_path: Path) -> None:
    _eval("--out", str(tmp_path / "base.json"))
    data = json.loads((tmp_path / "base.json").read_text())
    (tmp_path / "other_set.json").write_text(json.dumps({**data, "set": "seeds"}))
    (tmp_path / "other_gold.json").write_text(json.dumps({**data, "gold": "0000000000000000"}))
    for name, why in (("other_set.json", "set seeds"), ("other_gold.json", "the gold changed")):
        code, output = _eval("--baseline", str(tmp_path / name), "--out", f"{tmp_path}/")
        assert code != 0 and why in output, output
    code, output = _eval("--baseline", str(tmp_path / "other_gold.json"), "--force", "--out", f"{tmp_path}/")
    assert code == 0, output


def test_a_single_article_record_is_not_rescored_as_a_day(tmp_path: Path) -> None:
    _eval("--out", str(tmp_path / "base.json"))
    data = json.loads((tmp_path / "base.json").read_text())
    data["set"] = "seeds"
    (tmp_path / "seeds.json").write_text(json.dumps(data))
    code, output = _eval("--rescore", str(tmp_path / "seeds.json"), "--out", f"{tmp_path}/")
    assert code != 0 and "not a record of the daily merge" in output
    assert "Traceback" not in output
