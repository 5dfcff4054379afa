"""Vetting reads numbers as the article's language writes them (invented articles)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.grounding.support import SupportingText
from summarizer.grounding.vetting import vet_briefing

GERMAN = (
    "Bei einem Brand in einer Lagerhalle in Kranichfeld sind 1.200 Tiere verendet. "
    "Der Schaden wird auf 2,5 Millionen Euro geschätzt, vier Feuerwehrleute wurden verletzt."
)
FRENCH = "À Valmont-sur-Loire, 1 500 habitants ont été évacués et vingt-cinq maisons inondées."
SPANISH = "En Villaseca, 1.300 vecinos fueron desalojados y doce personas resultaron heridas."


@pytest.mark.parametrize(
    ("lang", "article", "sentence"),
    [
        ("de", GERMAN, "In Kranichfeld verendeten 1.200 Tiere."),
        ("de", GERMAN, "Der Schaden liegt bei 2,5 Millionen Euro."),
        ("de", GERMAN, "Vier Feuerwehrleute wurden verletzt."),
        ("fr", FRENCH, "Vingt-cinq maisons ont été inondées et 1 500 habitants évacués."),
        ("es", SPANISH, "Doce personas resultaron heridas y 1.300 vecinos desalojados."),
        # A summary asked for in English: its numbers are read the English way.
        ("de", GERMAN, "A fire killed 1,200 animals and caused 2.5 million euros of damage."),
        ("de", GERMAN, "Four firefighters were injured."),
        ("fr", FRENCH, "Some 1,500 residents were evacuated."),
    ],
)
def test_numbers_the_article_writes_are_supported(lang: str, article: str, sentence: str) -> None:
    assert SupportingText(article, lang=lang).problems(sentence) == []


@pytest.mark.parametrize(
    ("lang", "article", "sentence"),
    [
        # Read the English way, "2,5 Millionen" was 2 and 5 in both texts: a changed scale passed.
        ("de", GERMAN, "Der Schaden liegt bei 2,5 Milliarden Euro."),
        ("de", GERMAN, "Fünf Feuerwehrleute wurden verletzt."),  # number words were not read
        ("de", GERMAN, "In Kranichfeld verendeten 1.300 Tiere."),
        ("fr", FRENCH, "Vingt-six maisons ont été inondées."),
        ("fr", FRENCH, "1 600 habitants ont été évacués."),  # read as 1 and 600 before, both unwritten
        ("es", SPANISH, "Trece personas resultaron heridas."),
        ("de", GERMAN, "Three firefighters were injured."),  # an English summary's number words
    ],
)
def test_numbers_the_article_does_not_write_are_flagged(lang: str, article: str, sentence: str) -> None:
    assert any("number" in p for p in SupportingText(article, lang=lang).problems(sentence))


def test_english_articles_still_read_numbers_the_english_way() -> None:
    support = SupportingText("Officials said 1,200 people fled and 2.5 million dollars were lost.")
    assert support.problems("About 1,200 people fled.") == []
    assert support.problems("Officials said 2.5 million dollars were lost.") == []
    assert support.problems("About 1.200 people fled.")  # 1.2 is not written


def test_vet_briefing_reads_the_briefing_language() -> None:
    article = Article(text=GERMAN, language="de")
    briefing = ExtractiveEngine().brief(article, None)
    assert briefing.language == "de"
    made_up = briefing.model_copy(
        update={"summary": "In Kranichfeld verendeten 1.200 Tiere. Verletzt wurden sieben Feuerwehrleute."}
    )
    vetted = vet_briefing(made_up, GERMAN)
    # Read the English way, "sieben" was no number at all and the sentence passed.
    assert vetted.summary == "In Kranichfeld verendeten 1.200 Tiere."
    assert [w.item for w in vetted.warnings if w.code == "text_ungrounded"] == [
        "Verletzt wurden sieben Feuerwehrleute."
    ]
