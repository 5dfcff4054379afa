"""Per-article work shared between grounding and vetting gives what each would compute
alone: vetting takes the article's numbers from grounding's index only where the two views
of the text read the same numbers, and an index kept per thread is the index built anew."""

from __future__ import annotations

import random

import pytest

from summarizer.grounding.align import ArticleIndex, article_index, indexed_already
from summarizer.grounding.draft import ground_draft
from summarizer.grounding.support import SupportingText, _numbers_read_alike
from summarizer.models import BriefingDraft
from summarizer.text.normalize import canonical, normalized_text
from summarizer.text.numbers import numbers_in
from tests.conftest import ROOT

# Pieces of text around numbers: number words in any case, numerals with scales and signs,
# every kind of quote mark, dash and space, ellipses, number-like characters, invisible and
# compatibility characters, Chinese numerals.
PIECES = [
    "twenty", "five", "Twenty", "FIVE", "hundred", "and", "a", "an", "of", "thousand", "million",
    "dozens", "tens", "scores", "half", "third", "minus", "5", "12", "1,000", "2.5", "3.", "$44.6bn",
    "£8.5m", "10m", "5k", "-", "−", "–", "—", "…", "...", "'", "’", "“", "”", '"', "«", "»", " ", "  ",
    "\n", "\n\n", "\t", "\xa0", "\u2009", "\r", "\u3000", "\x0c", "\x1c", "\u2028", "first", "-first",
    "people", "one", "²", "½", "ⅻ", "五百", "百", ".", ",", "(", ")", "İ", "ſ", "e\u0301", "e\u0308",
    "\u200b", "\u00ad", "ｆｉｖｅ", "５", "said", "seventy-two", "Seventy—two", "nine…", "…9", "… 9",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(22)
    made = [
        "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 14)))
        for _ in range(4000)
    ]
    files = sorted((ROOT / "evals").glob("**/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files] + made


def _index_numbers(text: str) -> set[float]:
    return {v for m in ArticleIndex(text, "en").numbers for v in (m.value, m.base)}


def test_where_the_views_read_alike_they_read_the_same_numbers() -> None:
    alike = 0
    for text in _texts():
        if _numbers_read_alike(canonical(text)):
            alike += 1
            assert _index_numbers(text) == numbers_in(canonical(text)), text
    assert alike > 1000  # the check is not vacuous: most texts read alike


@pytest.mark.parametrize(
    "text",
    [
        "twenty–five people",  # the matching view joins "twenty-five"
        "they said…5 died",  # "...5": the number after a dot is not read
        "a toll of –5",  # "-5" is signed
        "twenty\rfive",  # a space joins number words, a carriage return does not
        "twenty\u2029five",
    ],
)
def test_where_the_views_differ_the_numbers_are_read_again(text: str) -> None:
    assert _index_numbers(text) != numbers_in(canonical(text))  # why the check exists
    assert not _numbers_read_alike(canonical(text))
    ground_draft(BriefingDraft(summary=""), text)  # grounding indexed the article
    assert indexed_already(text) is not None
    assert SupportingText(text).numbers == numbers_in(canonical(text))


def test_vetting_takes_the_numbers_grounding_read() -> None:
    text = "Twenty five people died and 1,000 fled, “officials” said… in a statement."
    ground_draft(BriefingDraft(summary=""), text)
    index = indexed_already(text)
    assert index is not None
    assert SupportingText(text).numbers == numbers_in(canonical(text)) == {25.0, 1000.0}
    assert SupportingText(text, lang="de").numbers == numbers_in(canonical(text), "de")


def test_a_kept_index_is_the_index_built_anew() -> None:
    text = "The governor said “we will rebuild”. 12 homes burned."
    kept = article_index(text)
    assert article_index(text) is kept
    fresh = ArticleIndex(text)
    assert kept.numbers == fresh.numbers and kept.quotations == fresh.quotations
    assert kept.norm is normalized_text(text)
    assert article_index(text, "de") is not kept  # another language reads numbers otherwise


def test_name_runs_are_those_the_lookbehind_pattern_finds() -> None:
    """``_NAME_RUN`` matches its capital first and checks the character before it after:
    the same matches as the plain pattern that opens with the lookbehind."""
    import re

    from summarizer.grounding.support import _NAME_RUN

    plain = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+")
    rng = random.Random(7)
    pieces = ["A", "b", " ", "\t", "'", "’", ".", "-", "Ab", "X Y", "_", "5", "É", "\n", "Q"]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    for text in texts:
        assert [m.span() for m in _NAME_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text
