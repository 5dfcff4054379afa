"""The German, French and Spanish eval sets (``evals/languages/<lang>/{dev,unseen,heldout2}``):
each loads with the eval runner's own loader and every gold file passes the gold lint, so a
broken gold file fails here and not in someone's scores. ``heldout2`` is scored only once, at
the very end: nothing here reads its articles beyond loading and linting them."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evals.gold import lint_gold, load_gold
from summarizer.evals.runner import load_set
from tests.goldutil import ROOT

LANGUAGES = ROOT / "evals" / "languages"
# Each split: the origin its gold must carry and how many articles it holds.
ORIGIN = {"dev": "invented", "heldout2": "unseen", "unseen": "unseen"}
SIZE = {"dev": 11, "heldout2": 4, "unseen": 3}
SETS = sorted(p for p in LANGUAGES.glob("*/*") if p.is_dir())
GOLD = sorted(LANGUAGES.glob("*/*/*.json"))


def test_there_are_dev_unseen_and_heldout2_sets_in_german_french_and_spanish() -> None:
    assert [f"{p.parent.name}/{p.name}" for p in SETS] == [
        f"{lang}/{split}" for lang in ("de", "es", "fr") for split in sorted(ORIGIN)
    ]


def test_every_article_name_is_used_once_across_languages_and_splits() -> None:
    # Scores and run records are keyed by article name: a held-out article sharing a name
    # with a dev article would be read as the same article.
    names = [p.stem for p in LANGUAGES.glob("*/*/*.txt")]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("folder", SETS, ids=lambda p: f"{p.parent.name}-{p.name}")
def test_each_set_loads_with_the_runner_and_every_article_has_gold(folder: Path) -> None:
    items = load_set(ROOT, str(folder))
    assert sorted(item.gold.article for item in items) == sorted(p.stem for p in folder.glob("*.txt"))
    assert len(items) == SIZE[folder.name]
    for item in items:
        assert item.gold.language == folder.parent.name
        assert item.gold.origin == ORIGIN[folder.name]
        assert item.gold.published is not None and item.gold.notes
        assert item.gold.quotes and item.gold.figures and item.gold.actors


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_lint(path: Path) -> None:
    assert lint_gold(load_gold(path), path.with_suffix(".txt").read_text(encoding="utf-8")) == []
