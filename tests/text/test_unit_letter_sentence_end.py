"""A unit's letter after a numeral ends a sentence at its full stop ("vers 18 h. Un peu plus
tard", "à 800 m. Les pompiers"): a single lower-case letter was read as a name's initial,
so the next sentence, often another event, was glued to it. Initials and titles still hold
("J. Dupont", "M. Dupont", "5 p.m. Smith")."""

from __future__ import annotations

import pytest

from summarizer.text.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        (
            "L'OMU prévoit autoriser le retour des résidents vers 18 h. Un peu plus tard, un camion a pris le fossé.",
            "fr",
            "L'OMU prévoit autoriser le retour des résidents vers 18 h.",
        ),
        (
            "Le trafic circule normalement depuis 11 h. Deux hommes ont été interpellés.",
            "fr",
            "Le trafic circule normalement depuis 11 h.",
        ),
        ("La fumée montait à 800 m. Les pompiers sont restés sur place.", "fr", "La fumée montait à 800 m."),
        (
            "La carretera se reabrió a las 18 h. Después llegó la grúa.",
            "es",
            "La carretera se reabrió a las 18 h.",
        ),
        (
            "La strada è stata riaperta alle 18 h. Poi è arrivata la gru.",
            "it",
            "La strada è stata riaperta alle 18 h.",
        ),
    ],
)
def test_a_units_letter_after_a_numeral_ends_the_sentence(text: str, lang: str, first: str) -> None:
    sentences = split_sentences(text, lang)
    assert len(sentences) == 2
    assert sentences[0].text == first


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il a vu J. Dupont hier.", "fr"),
        ("Le chef, M. Dupont, est arrivé.", "fr"),
        ("At 5 p.m. Smith left the court.", "en"),
        ("Der Zeuge, H. Meier aus Bern, sah den Wagen.", "de"),
    ],
)
def test_initials_titles_and_clock_abbreviations_still_hold(text: str, lang: str) -> None:
    assert len(split_sentences(text, lang)) == 1
