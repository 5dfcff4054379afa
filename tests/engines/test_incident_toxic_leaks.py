"""A toxic gas let out of a plant, a cold store or a pool (ammonia, chlorine) is a leak, told
so in every language the engine briefs: without its cue a wire's "after ammonia leaked
from a cold store" gave no incident at all, and "une fuite d'ammoniac ... a fait trois
blessés" came as harm to people, which a leak's other reports could not meet (issue 25,
the whole flow). Invented sentences."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.incidents import incident_kind, incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Three workers were taken to hospital after ammonia leaked from a cold store in Marlow.", "en"),
        ("A chlorine leak at the municipal pool forced the evacuation of 40 swimmers.", "en"),
        (
            "Une fuite d'ammoniac dans un entrepôt frigorifique de Valcourt a fait trois blessés ce lundi.",
            "fr",
        ),
        ("Une fuite de chlore à la piscine municipale a fait douze blessés légers.", "fr"),
        (
            "Aus einem Tank der Eisfabrik ist am Morgen Ammoniak ausgetreten, drei Arbeiter wurden verletzt.",
            "de",
        ),
        ("Nach einem Chlorgasaustritt im Hallenbad wurden zwölf Menschen verletzt.", "de"),
        ("Una fuga de amoníaco en una cámara frigorífica de Torrealba hirió a tres operarios.", "es"),
        ("Uma fuga de amoníaco numa fábrica de gelo feriu dois trabalhadores esta manhã.", "pt"),
    ],
)
def test_a_toxic_gas_let_out_is_an_accident(sentence: str, lang: str) -> None:
    """A leak's kind, or an accident's where the language's table names the leak already."""
    assert incident_kind(sentence, lang) in ("leak", "accident")
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A substance named beside a verb that tells no leak.
        ("The chlorine escaped the notice of inspectors for years, the report found.", "en"),
        ("Die Chlorwerte im Becken sind gestiegen, wie das Labor mitteilte.", "de"),
        ("Le prix de l'ammoniac a doublé en un an pour les agriculteurs.", "fr"),
    ],
)
def test_a_toxic_gas_named_without_a_leak_is_none(sentence: str, lang: str) -> None:
    assert incident_kind(sentence, lang) is None
