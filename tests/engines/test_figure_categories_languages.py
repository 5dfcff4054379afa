"""Currency figures outside English: their unit through "de"/"d'", and a damage bill named
by the language's own words (invented sentences)."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.figures import find_figures


def figures(sentence: str, lang: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.unit, f.category) for f in find_figures(sentence, 0, len(sentence), lang)]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Der Sachschaden wird auf 2,5 Millionen Euro geschätzt.", ("2,5 Millionen Euro", "EUR")),
        ("de", "Die Unwetterschäden belaufen sich auf 40.000 Franken.", ("40.000 Franken", "CHF")),
        ("de", "Die Versicherer rechnen mit Schäden von 800 Millionen Euro.", ("800 Millionen Euro", "EUR")),
        ("fr", "Les dégâts sont estimés à 3,4 millions d'euros.", ("3,4 millions d'euros", "EUR")),
        ("fr", "Les dommages atteignent 1,2 milliard d’euros.", ("1,2 milliard d’euros", "EUR")),
        ("es", "Los daños ascienden a 12 millones de euros.", ("12 millones de euros", "EUR")),
        ("es", "Las pérdidas materiales superan los 900.000 euros.", ("900.000 euros", "EUR")),
    ],
)
def test_a_damage_bill_is_damage_cost(lang: str, sentence: str, expected: tuple[str, str]) -> None:
    assert figures(sentence, lang) == [(*expected, "damage_cost")]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # Money that is no damage: a budget, compensation a court awards, a company's results.
        ("de", "Der Stadtrat bewilligte 3,1 Millionen Euro für die Schule.", ("3,1 Millionen Euro", "EUR")),
        ("fr", "Le tribunal lui accorde 50 000 euros de dommages et intérêts.", ("50 000 euros", "EUR")),
        ("fr", "La région investit 12 millions d'euros dans le tramway.", ("12 millions d'euros", "EUR")),
        ("es", "El juez fijó 30.000 euros por daños y perjuicios.", ("30.000 euros", "EUR")),
        (
            "es",
            "La empresa cerró el año con pérdidas de 4,5 millones de euros.",
            ("4,5 millones de euros", "EUR"),
        ),
    ],
)
def test_other_money_is_other(lang: str, sentence: str, expected: tuple[str, str]) -> None:
    assert figures(sentence, lang) == [(*expected, "other")]


def test_de_joins_a_unit_only_after_a_number() -> None:
    # "de" that is no link to a unit leaves the count alone.
    assert figures("Llegaron 15 de los 20 autobuses.", "es") == [
        ("15", "count", "other"),
        ("20 autobuses", "count", "other"),
    ]
    assert figures("Huit millions de personnes sont concernées.", "fr")[0][1] == "count"


def test_english_damage_words_are_unchanged() -> None:
    sentence = "The storm caused at least $10 billion in damage."
    assert figures(sentence, "en") == [("at least $10 billion", "USD", "damage_cost")]
    assert figures("The council approved a $3 million budget.", "en")[0][1:] == ("USD", "other")
