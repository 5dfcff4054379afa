"""The daily merge measured on invented day bundles (evals/days/)."""

from __future__ import annotations

from pathlib import Path

from summarizer.evals.daily import DayBundle, DayScore, format_scores, pairwise, score_days

DAYS = Path(__file__).resolve().parents[2] / "evals" / "days"


def test_pairwise_scores_count_only_pairs_of_two_articles() -> None:
    gold = [["a:i1", "b:i1", "c:i1"], ["d:i1"]]
    predicted = [["a:i1", "b:i1"], ["c:i1", "d:i1"]]
    score = pairwise(predicted, gold)
    assert (score.true_positive, score.predicted, score.gold) == (1, 2, 3)
    assert score.precision == 0.5
    assert round(score.recall, 3) == 0.333
    assert pairwise([["a:i1", "a:i2"]], []).predicted == 0  # one article's items never pair


def test_every_bundle_loads_and_its_gold_names_real_items() -> None:
    bundles = [DayBundle.load(path) for path in sorted(DAYS.glob("**/*.json"))]
    assert len(bundles) >= 3
    for bundle in bundles:
        refs = {
            f"{b.article.id}:{item.id}"
            for b in bundle.briefed
            for item in [*b.briefing.incidents, *b.briefing.actors, *b.briefing.figures]
        }
        named = [r for group in [*bundle.events, *bundle.actors, *bundle.conflicts] for r in group]
        named += [r for pair in bundle.must_not_merge for r in pair]
        assert set(named) <= refs, bundle.name


SEED_DAY = "day00_seeds"


def _assert_targets(scores: dict[str, DayScore]) -> None:
    total = sum(scores.values(), start=DayScore.zero())
    report = format_scores(scores)
    assert total.must_not_merge_violations == 0, report
    assert total.incidents.pairwise.f1 >= 0.9, report
    assert total.actors.pairwise.f1 >= 0.9, report
    assert total.incidents.bcubed.f1 >= 0.9, report
    assert total.actors.bcubed.f1 >= 0.9, report
    assert total.conflicts.precision >= 0.95, report
    assert total.conflicts.recall >= 0.85, report


def test_the_merge_meets_its_targets_on_the_invented_days() -> None:
    _assert_targets({name: s for name, s in score_days(DAYS).items() if name != SEED_DAY})


def test_the_merge_meets_its_targets_on_the_seed_day() -> None:
    _assert_targets({SEED_DAY: score_days(DAYS)[SEED_DAY]})


def test_summarizer_eval_daily_prints_the_merge_scores(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    result = CliRunner().invoke(
        app, ["eval", "--daily", "--root", str(DAYS.parents[1]), "--out", f"{tmp_path}/"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.split("unseen days:")[0].splitlines()
    assert lines[0].startswith("day  incidents P/R/F1")
    assert lines[-1].startswith("all  ")
    assert len(lines) == len(list(DAYS.glob("*.json"))) + 2


def test_a_bundle_actor_is_mentioned_wherever_the_text_names_it() -> None:
    """As an engine's briefing lists them: every occurrence of the name, and a person's
    surname alone, so a passage naming a person by surname still names that person."""
    import datetime as dt

    from summarizer.evals.daily import bundle_article

    text = (
        "Mayor Ana Ruiz closed the Tarvik Water Board office on Monday. The Tarvik Water Board "
        "objected. Ruiz said the board had ignored two warnings; Ana Ruiz will speak on Friday."
    )
    entry = {
        "id": "x",
        "text": text,
        "actors": [
            {"id": "a1", "name": "Ana Ruiz", "kind": "person"},
            {"id": "a2", "name": "Tarvik Water Board", "kind": "organization"},
        ],
    }
    ruiz, board = bundle_article(entry, dt.date(2025, 1, 6)).briefing.actors
    assert [text[m.start : m.end] for m in ruiz.mentions] == ["Ana Ruiz", "Ruiz", "Ana Ruiz"]
    assert [text[m.start : m.end] for m in board.mentions] == ["Tarvik Water Board"] * 2


def test_a_flagged_group_is_right_when_it_holds_two_figures_of_one_gold_conflict() -> None:
    """Two figures of the conflict, of two articles or of one article that reports the
    dispute itself, credit the flag; one figure of it alone does not."""
    from summarizer.evals.daily import _conflict_score

    gold = [["wire:f1", "radio:f1", "radio:f2"]]
    assert _conflict_score([["wire:f1", "radio:f2"]], gold).right == 1
    assert _conflict_score([["radio:f1", "radio:f2"]], gold).right == 1
    lone = _conflict_score([["radio:f2", "paper:f4"]], gold)
    assert (lone.right, lone.found, lone.flagged) == (0, 0, 1)
