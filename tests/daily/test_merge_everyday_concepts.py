"""Reports of one event in two languages that share no word as written share the everyday
nouns of what happened (``text.lexicons.concepts_everyday``): the tug that freed a ferry,
the autopsy of a body, the forged notes, the vandalised war memorial, the
sports hall. Two events of one
town that share only such a noun, and nothing of their own, stay apart. Every report here
is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import report_words
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("first", "second", "concept"),
    [
        (
            "Ein Schlepper hat die auf Grund gelaufene Fähre am Montag bei Varnholm wieder freigezogen.",
            "Un remorqueur a dégagé lundi le ferry échoué devant Varnholm.",
            "tug",
        ),
        (
            "La fiscalía ha ordenado la autopsia del cazador hallado muerto en Ostrava del Monte.",
            "Il corpo del cacciatore trovato a Ostrava del Monte sarà sottoposto ad autopsia.",
            "autopsy",
        ),
        (
            "Händler in Belmar haben am Samstag gefälschte Geldscheine angenommen.",
            "Traders in Belmar took counterfeit banknotes at Saturday's market.",
            "fake",
        ),
        (
            "Des inconnus ont saccagé le monument aux morts de Lüttenfeld dans la nuit.",
            "Unbekannte haben in der Nacht das Kriegerdenkmal von Lüttenfeld beschädigt.",
            "memorial",
        ),
        (
            "O pavilhão desportivo de Arcozelo foi encerrado depois do acidente.",
            "Le gymnase d'Arcozelo est fermé après l'accident.",
            "gym",
        ),
    ],
)  # fmt: skip
def test_one_event_told_in_two_languages_shares_its_everyday_noun(
    first: str, second: str, concept: str
) -> None:
    assert concept in report_words(first) & report_words(second)


def test_a_tug_freeing_a_ferry_told_in_three_languages_is_one_event() -> None:
    """The passengers' ferry is "ferry", "Fähre" in every report; the tug that freed it is
    what this event has and the day's other ferry news has not."""
    place, time = "Varnholm", "Monday"
    day = merged(
        one_incident(
            "Ein Schlepper hat die auf Grund gelaufene Fähre am Montag bei Varnholm wieder freigezogen.",
            type="other",
            place=place,
            time=time,
        ),
        one_incident(
            "Un remorqueur a dégagé lundi le bateau échoué devant Varnholm.",
            type="other",
            place=place,
            time=time,
        ),
        one_incident(
            "A tug pulled the grounded vessel free off Varnholm on Monday.",
            type="other",
            place=place,
            time=time,
        ),
    )
    assert len(day.incidents) == 1


def test_forged_notes_told_in_two_languages_are_one_event() -> None:
    place, time = "Belmar", "Saturday"
    day = merged(
        one_incident(
            "Marktstände in Belmar haben am Samstag Falschgeld angenommen, meldet die Polizei.",
            type="other",
            place=place,
            time=time,
        ),
        one_incident(
            "Des commerçants de Belmar ont reçu samedi de faux billets, selon la police.",
            type="other",
            place=place,
            time=time,
        ),
    )
    assert len(day.incidents) == 1


@pytest.mark.parametrize(
    ("place", "first", "first_time", "second", "second_time"),
    [
        # An autopsy follows every death: the hunter shot in the morning and the swimmer
        # found in the evening are two deaths of one town.
        ("Ostrava del Monte",
         "A hunter was shot dead in the forest above Ostrava del Monte on Tuesday morning; an autopsy was ordered.",
         "Tuesday morning",
         "Le corps d'une nageuse a été retrouvé mardi soir dans le lac d'Ostrava del Monte; une autopsie doit avoir lieu.",
         "mardi soir"),
        # The harbour's tug freed a ferry in the morning and sank in the evening.
        ("Varnholm",
         "Ein Schlepper hat die Fähre am Montagmorgen bei Varnholm freigezogen.",
         "Montagmorgen",
         "Un remorqueur a coulé lundi soir dans le port de Varnholm.",
         "lundi soir"),
        # A report that says its memorial is a second one tells another event.
        ("Lüttenfeld",
         "Unbekannte haben in der Nacht das Kriegerdenkmal am Kirchplatz in Lüttenfeld beschädigt.",
         "overnight",
         "A second memorial was vandalised in Lüttenfeld, this time on Station Road.",
         "overnight"),
    ],
)  # fmt: skip
def test_two_events_of_one_town_sharing_an_everyday_noun_stay_apart_on_a_sign_of_two(
    place: str, first: str, first_time: str, second: str, second_time: str
) -> None:
    """The shared noun is one specific, as the same word written alike in one language is;
    the day's signs of two events (hours apart, "a second") still set them apart."""
    day = merged(
        one_incident(first, type="other", place=place, time=first_time),
        one_incident(second, type="other", place=place, time=second_time),
    )
    assert len(day.incidents) == 2


def test_a_word_another_language_writes_alike_is_read_as_neither() -> None:
    """French "tombe" (falls) and "grave" (serious), Spanish "camino" (a path) and "nave" (a
    hall) are words of every report: none of them is read as a tomb, a chimney or a ship."""
    for text, never in [
        ("Un homme tombe d'un toit, blessé grave.", {"tomb"}),
        ("El camino hacia la nave industrial está cortado.", {"chimney", "ship"}),
    ]:
        assert not report_words(text) & never, text
