"""Harm named as the case a sentence asks or speaks about ("A UGT pediu ao Governo que
acompanhe o caso de um soldador ferido em Ferrol") was reported before: the sentence is
the request, not a report of the injury, and a day's merge must not join it to the accident
as one more report of it. In every language the engine reads (invented sentences); harm
reported in the sentence itself, or told beside "case" with no "case of" before it, stays
harm."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The union asked the ministry to follow the case of a welder injured at a shipyard in Brenna.",
            "en",
        ),
        (
            "A UGT pediu hoje ao Governo que acompanhe o caso de um soldador ferido num estaleiro de Brenna.",
            "pt",
        ),
        ("Le syndicat demande des nouvelles du cas de l'ouvrier blessé à Brenna.", "fr"),
        ("Die Gewerkschaft fordert Aufklärung im Fall des verletzten Arbeiters aus Kelbach.", "de"),
        ("El sindicato pide explicaciones sobre el caso del trabajador herido en Toriel.", "es"),
        ("Il sindacato chiede chiarezza sul caso dell'operaio ferito a Toriel.", "it"),
        ("De vakbond vraagt opheldering over het geval van de gewonde arbeider in Kelbach.", "nl"),
    ],
)
def test_harm_named_as_a_case_is_not_reported_again(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) != "civilian_harm"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Un soldador resultó herido en el astillero de Toriel.", "es"),
        ("Two workers were injured at a shipyard in Brenna, in a case police called unusual.", "en"),
        ("Um soldador ficou ferido num estaleiro de Brenna; o caso está a ser investigado.", "pt"),
        ("In diesem Fall wurden zwei Arbeiter verletzt.", "de"),
        # "In the case of" a place's story, then a verb that tells the harm: reported here.
        ("En el caso del astillero dos trabajadores resultaron heridos.", "es"),
        ("No caso do estaleiro dois operários ficaram feridos.", "pt"),
    ],
)
def test_harm_reported_in_the_sentence_stays_harm(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "civilian_harm"
