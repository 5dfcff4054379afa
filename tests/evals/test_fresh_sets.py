"""The fresh eval sets (``evals/fresh/{dev,heldout,heldout3}``): new invented articles from
outlets and topics the offline engine's rules were not written against; ``dev`` and
``heldout`` are English, ``heldout3`` holds three articles each in English, German, French and
Spanish, written blind to the engine's rules. Each loads with the eval runner's own loader and
every gold file passes the gold lint. The held-out sets are scored only once, at the very end:
nothing here reads their articles beyond loading and linting them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.evals.gold import lint_gold, load_gold
from summarizer.evals.runner import load_set
from tests.goldutil import ROOT

FRESH = ROOT / "evals" / "fresh"
# Each split: the origin its gold must carry and how many articles it holds.
ORIGIN = {"dev": "invented", "heldout": "unseen", "heldout3": "unseen"}
SIZE = {"dev": 10, "heldout": 5, "heldout3": 12}
# heldout3 names each article h3_<language><nn>_<slug>: the name and the gold must agree.
LANGUAGE_IN_NAME = re.compile(r"^h3_(en|de|fr|es)\d\d_")
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
        named = LANGUAGE_IN_NAME.match(item.gold.article)
        assert item.gold.language == (named.group(1) if named else "en")
        assert item.gold.origin == ORIGIN[split]
        assert item.gold.published is not None and item.gold.notes
        assert item.gold.quotes and item.gold.actors


def test_heldout3_has_three_articles_in_each_of_four_languages() -> None:
    names = [p.stem for p in (FRESH / "heldout3").glob("*.txt")]
    languages = [m.group(1) for m in map(LANGUAGE_IN_NAME.match, names) if m]
    assert len(languages) == len(names)
    assert {lang: languages.count(lang) for lang in set(languages)} == {"en": 3, "de": 3, "fr": 3, "es": 3}


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_lint(path: Path) -> None:
    assert lint_gold(load_gold(path), path.with_suffix(".txt").read_text(encoding="utf-8")) == []
