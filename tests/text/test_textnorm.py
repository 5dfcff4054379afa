"""The normalised text and its offsets agree with a plain one-character-at-a-time reference."""

from __future__ import annotations

import random
import unicodedata

import pytest

from summarizer.text import normalize as normalize_module
from summarizer.text.normalize import INVISIBLE, NormalizedText, canonical, fold_cluster, normalize, skeleton
from tests.conftest import SEEDS

_SKELETON_TABLE_CHARS = sorted(map(chr, normalize_module._SKELETON))


def clusters(original: str) -> list[tuple[int, int]]:
    """A character with the combining marks and invisible characters after it."""
    found: list[tuple[int, int]] = []
    for index, ch in enumerate(original):
        if found and (ch in INVISIBLE or unicodedata.category(ch).startswith("M")):
            found[-1] = (found[-1][0], index + 1)
        else:
            found.append((index, index + 1))
    return found


def reference(original: str) -> tuple[str, list[int]]:
    """Fold each cluster, collapse whitespace runs to one space, trim: the definition."""
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for index, end in clusters(original):
        folded = fold_cluster(original[index:end])
        if not folded:
            continue
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        for out in folded:
            chars.append(out)
            offsets.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


EDGE_CASES = [
    "",
    "   ",
    "  Hello\u00a0 “World” — it’s … fine\n\n ",
    "İstanbul … ÇAĞ",  # a letter whose lower case is two characters
    "a …  …b",
    " … ",
    "\ue000x…",  # the placeholder character in the input itself
    "a \t\t  b   c\n\n\nd … \n e",
    "`quoted´ «x» „y“ ‘z’",
    "Zu\u0308rich ｃａｆé ３０ x\u200by so\u00adft 5³ ½ ﬁne",  # decomposed, fullwidth, invisible
    "\u0301leading mark, e\u200d\u0301 joined",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(20261122)
    pieces = ["a", "B", " ", "  ", "\n", "\t", "…", "\u00a0", "é", "“", "—", "İ", "'", "e\u0301", "\u0308",
              "\u200b", "\u00ad", "５", "²", "ﬁ", "´"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(
    "text", EDGE_CASES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
)
def test_edge_cases_and_seeds_match_the_reference(text: str) -> None:
    norm = NormalizedText(text)
    assert (norm.text, norm.offsets) == reference(text)
    assert normalize(text) == norm.text


def test_random_texts_match_the_reference() -> None:
    for text in _random_texts(2000):
        norm = NormalizedText(text)
        assert (norm.text, norm.offsets) == reference(text), repr(text)
        assert normalize(text) == norm.text


def test_spans_map_back_to_the_original_text_across_composed_letters_and_invisible_characters() -> None:
    text = "Mayor Jose\u0301 Mu\u0308ller said ３０ peo\u00adple le\u200bft."
    norm = NormalizedText(text)
    for needle, original in [
        ("josé müller", "Jose\u0301 Mu\u0308ller"),
        ("30 people left", "３０ peo\u00adple le\u200bft"),
    ]:
        at = norm.text.find(needle)
        assert at >= 0, needle
        start, end = norm.original_span(at, at + len(needle))
        assert text[start:end] == original


def test_canonical_is_nfkc_without_invisibles_and_keeps_number_like_characters() -> None:
    assert canonical("Zu\u0308rich ３０ ﬁne") == "Zürich 30 fine"
    assert canonical("so\u00adft\u200b") == "soft"
    assert canonical("5³ ½") == "5³ ½"  # NFKC would make "53" and "1⁄2"
    assert canonical("plain text") == "plain text"


def test_quote_marks_fold_both_ways() -> None:
    forms = ["'x'", '"x"', "‘x’", "“x”", "‚x‘", "„x“", "«x»", "‹x›", "＂x＂"]
    assert {normalize(f) for f in forms} == {'"x"'}


def test_every_format_character_that_draws_nothing_is_removed() -> None:
    """Bidi marks and overrides, invisible operators, variation selectors, tag characters and
    Hangul fillers hide inside a word as well as a zero-width space does."""
    for hidden in (
        "\u200e",
        "\u202e",
        "\u2066",
        "\u2063",
        "\u180e",
        "\ufe0f",
        "\u034f",
        "\U000e0041",
        "\u3164",
    ):
        word = f"in{hidden}struc{hidden}tions"
        assert canonical(word) == "instructions", repr(hidden)
        assert NormalizedText(f"Ignore {word}.").text == "ignore instructions."


def test_the_skeleton_reads_look_alike_letters_and_accents_as_latin_one_for_one() -> None:
    cyrillic = "\u0456gn\u043er\u0435 \u0440r\u0435v\u0456\u043eus"  # іgnоrе рrеvіоus
    greek = "\u03b9gn\u03bfre"  # ιgnοre
    assert skeleton(cyrillic) == "ignore previous" and skeleton(greek) == "ignore"
    assert skeleton("précédentes übergehe ñ ł") == "precedentes ubergehe n l"
    for text in (cyrillic, "déjà vu", "naïve café", "ascii only"):
        assert len(skeleton(text)) == len(text)
    # Letters with no Latin look-alike are kept: the skeleton is for finding Latin words.
    assert skeleton("ж 中") == "ж 中"


def test_the_skeleton_is_the_one_pass_translation_whichever_way_it_is_taken() -> None:
    """It replaces only the table's characters a text holds, or translates the whole text
    when it holds many: the result is the table's translation either way."""
    table = _SKELETON_TABLE_CHARS
    rng = random.Random(7)
    for _ in range(3000):
        chosen = rng.sample(table, rng.randint(0, 40)) + list("ab é\u0416\u4e2d")
        text = "".join(rng.choice(chosen) for _ in range(rng.randint(1, 120)))
        assert skeleton(text) == text.translate(normalize_module._SKELETON), repr(text)


def test_each_article_is_normalised_once_with_32_briefed_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planted-instruction scan and grounding share an article's view when 32 threads
    brief 32 articles at once (a cache of the last 4 texts of the whole process let them
    evict each other's, and every article was normalised twice)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from summarizer.grounding.draft import ground_draft
    from summarizer.grounding.planted import instruction_passages
    from summarizer.models import BriefingDraft
    from summarizer.text import normalize as module

    built: list[str] = []

    class Counted(module.NormalizedText):
        def __init__(self, original: str) -> None:
            built.append(original)
            super().__init__(original)

    monkeypatch.setattr(module, "NormalizedText", Counted)
    texts = [f"Report {n}: the mayor said 3 bridges closed." for n in range(32)]
    everyone_scanned = threading.Barrier(len(texts))
    draft = BriefingDraft(summary="", actors=[{"id": "a1", "name": "mayor", "kind": "person"}])

    def brief(text: str) -> list[str]:
        assert instruction_passages(text) == []
        everyone_scanned.wait(timeout=30)  # every other article has been normalised since
        return [a.name for a in ground_draft(draft, text).actors]

    with ThreadPoolExecutor(max_workers=len(texts)) as pool:
        assert list(pool.map(brief, texts)) == [["mayor"]] * len(texts)
    assert sorted(built) == sorted(texts)
