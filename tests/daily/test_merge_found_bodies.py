"""Two bodies found in one town on one day, a woman's in a flat and a man's pulled from the
canal, are two events, though their reports share the town, the day and the finding; one
woman's body told by two outlets stays one (``found_bodies``, ``event_marks``). A report
naming both a man and a woman tells no one body's. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.found_bodies import whose_body
from tests.daily.test_daily import merged, one_incident


def _found(text: str, language: str) -> object:
    return one_incident(text, type="other", place="Vilaret", time="mardi", language=language)


@pytest.mark.parametrize(
    ("woman", "man", "language"),
    [
        ("Le corps d'une femme a été découvert mardi dans un appartement de Vilaret.",
         "Le corps d'un homme a été repêché mardi dans le canal à Vilaret.", "fr"),
        ("A woman's body was found in a flat in Vilaret on Tuesday.",
         "A man's body was pulled from the canal in Vilaret on Tuesday.", "en"),
        ("In Vilaret wurde am Dienstag die Leiche einer Frau in einer Wohnung gefunden.",
         "Die Leiche eines Mannes wurde am Dienstag in Vilaret aus dem Kanal geborgen.", "de"),
        ("El cuerpo de una mujer fue hallado el martes en un piso de Vilaret.",
         "El cuerpo de un hombre fue rescatado el martes del canal en Vilaret.", "es"),
    ],
)  # fmt: skip
def test_a_womans_body_and_a_mans_found_in_one_town_are_two_events(
    woman: str, man: str, language: str
) -> None:
    assert len(merged(_found(woman, language), _found(man, language)).incidents) == 2


def test_one_womans_body_told_by_two_outlets_is_one_event() -> None:
    day = merged(
        _found("A woman's body was found in a flat in Vilaret on Tuesday.", "en"),
        _found("Police said the body of a woman was found in a flat in Vilaret on Tuesday.", "en"),
    )
    assert len(day.incidents) == 1


@pytest.mark.parametrize(
    ("evidence", "whose"),
    [
        ("Il corpo di una donna è stato trovato a Vilaret.", "woman"),
        ("O corpo de um homem foi encontrado em Vilaret.", "man"),
        ("Het lichaam van een vrouw is gevonden in Vilaret.", "woman"),
        ("El cos d'un home ha aparegut a Vilaret.", "man"),
        ("The body of a young woman was found.", "woman"),
        ("The bodies of a man and a woman were found.", None),
        ("The body of a man and that of a woman were found.", None),
        ("A man's body was found by a woman walking her dog.", None),
        ("The body of a manager was found.", None),
        # Catalan "home" is a man only in its own "el cos d'un home", never English's home.
        ("Police found the body of the home owner in the garden.", None),
        ("Han trobat el cos d'un home gran al canal.", "man"),
    ],
)
def test_whose_body_a_report_tells(evidence: str, whose: str | None) -> None:
    assert whose_body(evidence) == whose
