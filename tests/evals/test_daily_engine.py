"""``eval --daily --engine ...``: the whole daily flow (engine, then merge) scored against the
day bundles' gold, with the engine's items read as the gold items they overlap."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.evals.daily import DayBundle, bundle_article
from summarizer.evals.daily_engine import _relabel, engine_output, found_line, gold_reading
from summarizer.evals.record import load_record
from summarizer.models import Briefing
from summarizer.results import Failure

DAY = dt.date(2026, 3, 2)
FIRE = (
    "A fire destroyed a timber warehouse in Ashby on Monday, killing three workers, police said. "
    '"We lost everything," owner Maria Lund said.'
)
FIRE_AGAIN = (
    "Three workers died on Monday when fire swept through a timber warehouse in Ashby, police "
    'said. Its owner, Maria Lund, said: "We lost everything."'
)
VOTE = "The Ashby council voted 7 to 2 on Monday to close the old library, mayor Tom Reyes said."


def _entry(article_id: str, text: str, **items: Any) -> dict[str, Any]:
    return {"id": article_id, "source": "Wire", "text": text, **items}


def test_an_engine_item_reads_as_the_gold_item_it_overlaps_most_or_as_none() -> None:
    text = "Floods hit Riverside on Monday. Separately, a bus crashed in Elm on Monday, Jo Brant said."
    gold = bundle_article(
        _entry(
            "a",
            text,
            incidents=[
                {"id": "i1", "type": "disaster", "evidence": "Floods hit Riverside on Monday."},
                {"id": "i2", "type": "accident", "evidence": "a bus crashed in Elm on Monday"},
            ],
            actors=[{"id": "a1", "name": "Jo Brant", "kind": "person"}],
        ),
        DAY,
    ).briefing
    found = bundle_article(
        _entry(
            "a",
            text,
            incidents=[
                # overlaps both gold incidents; the bus crash by more characters
                {"id": "x1", "type": "accident", "evidence": "Separately, a bus crashed in Elm on Monday"},
                {"id": "x2", "type": "other", "evidence": "Jo Brant said."},  # overlaps none
            ],
            actors=[
                {"id": "p1", "name": "Brant", "kind": "person"},  # a mention inside the gold one's
                {"id": "p2", "name": "Riverside", "kind": "organization"},  # not a gold actor
            ],
        ),
        DAY,
    ).briefing
    reading = gold_reading(gold, found)
    assert reading["incidents"] == {"x1": "i2"}
    assert reading["actors"] == {"p1": "a1"}


def test_relabelled_clusters_keep_each_gold_item_once_and_drop_what_no_gold_item_reads_as() -> None:
    as_gold = {"a:x1": "a:i1", "a:x2": "a:i1", "b:x1": "b:i1", "c:x1": "c:i1"}
    clusters = [["a:x1", "b:x1"], ["a:x2", "c:x1"], ["d:x9"]]
    assert _relabel(clusters, as_gold) == [["a:i1", "b:i1"], ["c:i1"]]


def _bundle_file(folder: Path) -> Path:
    fire = {"id": "i1", "type": "disaster", "place": "Ashby", "time": "Monday"}
    bundle = {
        "date": DAY.isoformat(),
        "about": "A warehouse fire told twice, and a council vote in the same town and day.",
        "articles": [
            _entry(
                "fire-wire",
                FIRE,
                incidents=[{**fire, "evidence": FIRE.split(" police")[0]}],
                actors=[{"id": "a1", "name": "Maria Lund", "kind": "person"}],
            ),
            _entry(
                "fire-paper",
                FIRE_AGAIN,
                incidents=[{**fire, "evidence": FIRE_AGAIN.split(", police")[0]}],
                actors=[{"id": "a1", "name": "Maria Lund", "kind": "person"}],
            ),
            _entry(
                "vote",
                VOTE,
                incidents=[{"id": "i1", "type": "political_decision", "place": "Ashby", "evidence": VOTE}],
                actors=[{"id": "a1", "name": "Tom Reyes", "kind": "person"}],
            ),
        ],
        "gold": {
            "events": [["fire-wire:i1", "fire-paper:i1"], ["vote:i1"]],
            "actors": [["fire-wire:a1", "fire-paper:a1"], ["vote:a1"]],
            "conflicts": [],
            "must_not_merge": [["fire-wire:i1", "vote:i1"], ["fire-paper:i1", "vote:i1"]],
        },
    }
    path = folder / "evals" / "days" / "day01_fire_vote.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_a_failed_article_contributes_nothing_and_is_counted(tmp_path: Path) -> None:
    bundle = DayBundle.load(_bundle_file(tmp_path))
    results: list[Briefing | Failure] = [b.briefing for b in bundle.briefed]
    results[2] = Failure("vote", "transport", "the endpoint answered 500")
    output = engine_output(bundle, results)
    assert output["failed_articles"] == 1
    assert output["found"]["incidents"] == [2, 3]  # the failed article's incident was not found
    assert output["incidents"] == [["fire-wire:i1", "fire-paper:i1"]]
    assert "incidents 2/3" in found_line([output]) and "failed: 1" in found_line([output])


def test_eval_daily_with_an_engine_scores_the_whole_flow_and_says_what_it_found(tmp_path: Path) -> None:
    _bundle_file(tmp_path)
    runner = CliRunner()
    home = {"SUMMARIZER_HOME": str(tmp_path / "home")}
    flow = runner.invoke(
        app,
        [
            "eval",
            "--daily",
            "--engine",
            "extractive",
            "--root",
            str(tmp_path),
            "--out",
            f"{tmp_path}/flow.json",
        ],
        env=home,
    )
    assert flow.exit_code == 0, flow.output
    assert "gold items the engine found: incidents " in flow.stdout
    record = load_record(tmp_path / "flow.json")
    variant = record.variants["merge"]
    assert variant.identity["engine"] == "extractive+daily-merge"
    (output,) = variant.outputs
    assert output["found"]["incidents"][1] == 3 and output["found"]["actors"][1] == 3
    assert all(":i" in ref for cluster in output["incidents"] for ref in cluster)  # gold references
    # The hand-written briefings' merge is another engine: no baseline across the two by accident.
    merge_only = runner.invoke(
        app, ["eval", "--daily", "--root", str(tmp_path), "--out", f"{tmp_path}/m.json"]
    )
    assert merge_only.exit_code == 0, merge_only.output
    assert "gold items the engine found" not in merge_only.stdout
    compared = runner.invoke(
        app,
        [
            "eval",
            "--daily",
            "--root",
            str(tmp_path),
            "--baseline",
            f"{tmp_path}/flow.json",
            "--out",
            f"{tmp_path}/c/",
        ],
    )
    assert compared.exit_code != 0 and "not comparable" in compared.output


def test_the_whole_flow_keeps_two_trials_at_one_court_apart() -> None:
    """Day 16 through the offline engine: a jury acquits Marcus Hale and a judge jails Kevin
    Hale at one court the same day. The engine places both at "Port Adela Crown", which also
    reads as a port (a site); sharing a site once joined them, though each names a man the
    other does not (a must-not-merge pair of the gold)."""
    from summarizer.engines.extractive import ExtractiveEngine

    days = Path(__file__).resolve().parents[2] / "evals" / "days"
    bundle = DayBundle.load(days / "day16_strike_two_hales.json")
    engine = ExtractiveEngine()
    output = engine_output(bundle, [engine.brief(b.article, None) for b in bundle.briefed])
    cluster_of = {ref: n for n, cluster in enumerate(output["incidents"]) for ref in cluster}
    joined = [
        (a, b) for a, b in bundle.must_not_merge if a in cluster_of and cluster_of[a] == cluster_of.get(b)
    ]
    assert joined == []
