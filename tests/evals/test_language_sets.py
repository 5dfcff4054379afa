"""The German, French, Spanish, Italian and Portuguese eval sets
(``evals/languages/<lang>/{dev,unseen,heldout2}``; Italian and Portuguese have no heldout2 yet):
each loads with the eval runner's own loader and every gold file passes the gold lint, so a
broken gold file fails here and not in someone's scores. ``heldout2`` is scored only once, at
the very end: nothing here reads its articles beyond loading and linting them."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evals.gold import lint_gold, load_gold
from summarizer.evals.runner import load_set
from summarizer.grounding.align import ArticleIndex
from tests.goldutil import ROOT

LANGUAGES = ROOT / "evals" / "languages"
# Each split: the origin its gold must carry and how many articles it holds.
ORIGIN = {"dev": "invented", "heldout2": "unseen", "unseen": "unseen"}
SIZE = {"dev": 11, "heldout2": 4, "unseen": 3}
# The languages whose dev set was written smaller, and which have no heldout2 set yet.
DEV_SIZE = {"it": 6, "pt": 5}
SPLITS = {lang: sorted(ORIGIN) for lang in ("de", "es", "fr")} | {
    lang: ["dev", "unseen"] for lang in ("it", "pt")
}
# Gold quotations the quotation reader cannot find, each checked verbatim below. The
# Portuguese travessão ("— Texto — disse.") is read since the Portuguese lexicon: none left.
UNREAD_DIALOGUE: dict[str, list[str]] = {}
SETS = sorted(p for p in LANGUAGES.glob("*/*") if p.is_dir())
GOLD = sorted(LANGUAGES.glob("*/*/*.json"))


def test_there_are_the_expected_sets_in_each_language() -> None:
    assert [f"{p.parent.name}/{p.name}" for p in SETS] == [
        f"{lang}/{split}" for lang, splits in SPLITS.items() for split in splits
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
    expected = DEV_SIZE.get(folder.parent.name) if folder.name == "dev" else None
    assert len(items) == (expected or SIZE[folder.name])
    for item in items:
        assert item.gold.language == folder.parent.name
        assert item.gold.origin == ORIGIN[folder.name]
        assert item.gold.published is not None and item.gold.notes
        assert item.gold.quotes and item.gold.figures and item.gold.actors


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_lint(path: Path) -> None:
    gold = load_gold(path)
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    unread = UNREAD_DIALOGUE.get(path.stem, [])
    assert sorted(q.text for q in gold.quotes if q.text in unread) == sorted(unread)
    gold.quotes = [q for q in gold.quotes if q.text not in unread]
    assert lint_gold(gold, text) == []
    index = ArticleIndex(text, gold.language)
    for quote in unread:
        assert quote in text and index.align_quote(quote) is None
