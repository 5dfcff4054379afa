"""The fresh English eval sets (``evals/fresh/{dev,heldout}``): new invented articles from
outlets and topics the offline engine's rules were not written against. Each loads with the
eval runner's own loader and every gold file passes the gold lint. ``heldout`` is scored only
once, at the very end: nothing here reads its articles beyond loading and linting them."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evals.gold import lint_gold, load_gold
from summarizer.evals.runner import load_set
from tests.goldutil import ROOT

FRESH = ROOT / "evals" / "fresh"
# Each split: the origin its gold must carry and how many articles it holds.
ORIGIN = {"dev": "invented", "heldout": "unseen"}
SIZE = {"dev": 10, "heldout": 5}
GOLD = sorted(FRESH.glob("*/*.json"))


def test_article_names_are_unique_across_the_fresh_and_older_sets() -> None:
    # Run records key scores by article name: a clash would merge two articles.
    fresh = [p.stem for p in FRESH.glob("*/*.txt")]
    older = {p.stem for p in (ROOT / "evals").glob("**/*.txt") if FRESH not in p.parents}
    assert len(fresh) == len(set(fresh)) and not set(fresh) & older


@pytest.mark.parametrize("split", sorted(ORIGIN))
def test_each_fresh_set_loads_with_the_runner_and_every_article_has_gold(split: str) -> None:
    folder = FRESH / split
    items = load_set(ROOT, str(folder))
    assert sorted(item.gold.article for item in items) == sorted(p.stem for p in folder.glob("*.txt"))
    assert len(items) == SIZE[split]
    for item in items:
        assert item.gold.language == "en"
        assert item.gold.origin == ORIGIN[split]
        assert item.gold.published is not None and item.gold.notes
        assert item.gold.quotes and item.gold.actors


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_lint(path: Path) -> None:
    assert lint_gold(load_gold(path), path.with_suffix(".txt").read_text(encoding="utf-8")) == []
