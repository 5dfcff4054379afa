"""An acronym's description in apposition is a name of that body (``apposed_names``)."""

from __future__ import annotations

import pytest

from summarizer.daily.apposed_names import apposed_names


def _apposed(text: str, name: str) -> list[str]:
    return apposed_names(text, name, [text.index(name) + len(name)])


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        (
            "Personne n'a été blessé, selon le SIAMU, les pompiers bruxellois.",
            "SIAMU",
            "les pompiers bruxellois",
        ),
        (
            "La STIB, la société des transports bruxellois, dévie ses bus.",
            "STIB",
            "la société des transports bruxellois",
        ),
        ("Die BVG, Berlins Verkehrsbetriebe, teilte am Morgen mit", "BVG", "Berlins Verkehrsbetriebe"),
        ("Según el SAMU, el servicio de urgencias, no hubo heridos.", "SAMU", "el servicio de urgencias"),
        ("Secondo l'ASL, l'azienda sanitaria locale, i casi sono tre.", "ASL", "l'azienda sanitaria locale"),
        (
            "The PGHM, the gendarmerie's mountain rescue unit, found them.",
            "PGHM",
            "the gendarmerie's mountain rescue unit",
        ),
    ],
)
def test_an_acronyms_apposition_naming_a_body_is_its_name(text: str, name: str, found: str) -> None:
    assert _apposed(text, name) == [found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of bodies, not the acronym's own name
        ("Les bus de la STIB, la SNCB et De Lijn sont déviés.", "STIB"),
        ("Busse der BVG, der S-Bahn und der DB fahren nicht.", "BVG"),
        # a person in apposition
        ("Le SIAMU, Jean Dupont, a confirmé.", "SIAMU"),
        # a clause after a fronted acronym, not a description
        ("Selon la STIB, la police a dit que tout allait bien.", "STIB"),
        ("According to STIB, the police said.", "STIB"),
        ("Según el SAMU, la empresa dijo.", "SAMU"),
        # a description that names no body
        ("According to STIB, the bridge will stay closed.", "STIB"),
        # only an acronym is declared so: a full name's apposition is a description of it
        ("Le directeur, la société des transports, a parlé.", "directeur"),
    ],
)
def test_a_list_a_person_or_a_clause_after_an_acronym_is_no_name_of_it(text: str, name: str) -> None:
    assert _apposed(text, name) == []
