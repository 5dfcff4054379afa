from __future__ import annotations

from summarizer.grounding.align import ArticleIndex
from summarizer.grounding.draft import ground_draft
from summarizer.models import BriefingDraft
from summarizer.text.normalize import NormalizedText, normalize
from summarizer.text.numbers import numbers_in
from tests import drafts
from tests.conftest import seed_text

TEXT = "He said: “We won’t   retreat — ever,” adding that “talks [...] must go on.”"


def test_normalized_offsets_point_back_to_the_original() -> None:
    norm = NormalizedText(TEXT)
    needle = normalize("We won't retreat - ever")
    at = norm.text.find(needle)
    start, end = norm.original_span(at, at + len(needle))
    assert TEXT[start:end] == "We won’t   retreat — ever"


def test_quote_matches_across_quote_styles_dashes_and_spacing() -> None:
    match = ArticleIndex(TEXT).align_quote("We won't retreat - ever,")
    assert match is not None and match.status == "exact"
    assert TEXT[match.span.start : match.span.end] == "We won’t   retreat — ever,"


def test_quote_with_ellipsis_matches_fragments_in_order() -> None:
    match = ArticleIndex(TEXT).align_quote("talks … must go on.")
    assert match is not None
    assert TEXT[match.span.start : match.span.end] == "talks [...] must go on."


def test_paraphrase_is_not_a_quote() -> None:
    assert ArticleIndex(TEXT).align_quote("We will never retreat") is None


def test_fuzzy_alignment_finds_spelling_variants() -> None:
    text = seed_text()
    match = ArticleIndex(text).align_text("Vitaly Klitschko")
    assert match is not None and match.status == "fuzzy"
    assert text[match.span.start : match.span.end].endswith("Klitschko")


def test_numbers_in_handles_words_separators_and_scales() -> None:
    assert numbers_in("nearly 2,500 people") == {2500.0}
    assert 10e9 in numbers_in("$10 billion")
    assert numbers_in("twenty-five") == {25.0}
    assert numbers_in("dozens of") == {24.0}


def test_ground_draft_drops_and_clears_references() -> None:
    raw = drafts.good()
    raw["actors"].append({"id": "a9", "name": "Invented Person", "kind": "person"})
    raw["quotes"][0]["speaker"] = "a9"
    result = ground_draft(BriefingDraft.model_validate(raw), seed_text())
    assert "a9" not in {a.id for a in result.actors}
    assert result.quotes[0].speaker is None
    codes = [w.code for w in result.warnings]
    assert "ungrounded_actor" in codes and "dangling_reference" in codes
    assert any("Invented Person" in line for line in result.ungrounded)
