"""A motorway junction is named after its town: "la jonction de Saint-Nicolas", "l'échangeur
de Vienne", "el enlace de Alzira" are in that town (issue 25, the whole flow of day 58: the
engine read no place in the evening's spill at the Saint-Nicolas junction, and the merge
joined it with the morning's spill at Champfontaine that the next sentence named). Not
"sortie" nor "salida": a remark and a departure as often as an exit."""

from __future__ import annotations

import pytest

from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        (
            "La jonction de Saint-Nicolas a été partiellement fermée vendredi soir après qu'un semi-remorque "
            "a perdu trois tonnes de maïs.",
            "fr",
            "Saint-Nicolas",
        ),
        ("Un poids lourd s'est couché sur l'échangeur de Vienne ce matin.", "fr", "Vienne"),
        ("Un camión volcó en el enlace de Alzira de la A-7.", "es", "Alzira"),
    ],
)
def test_a_junction_is_in_the_town_it_is_named_after(sentence: str, lang: str, place: str) -> None:
    assert find_place(sentence, lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("La sortie de Macron sur les retraites a choqué.", "fr"),
        ("La salida de Sánchez del Gobierno no está prevista.", "es"),
    ],
)
def test_an_exit_of_a_person_is_no_place(sentence: str, lang: str) -> None:
    assert find_place(sentence, lang)[1] is None
