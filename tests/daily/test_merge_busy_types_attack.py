"""Attacks on the one-place prior's crime families (``busy_types.busy_link``): words a crime
family's stems begin that tell no crime ("payer" a fee, a ship that "atracó", a walker
"im Eis eingebrochen", "Raubkunst") must not link two "other" reports of a small town.
Every report here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import merged
from tests.daily.test_merge_busy_types import _sizes, _told

NOT_CRIMES = {
    "fees": (
        ("Les habitants de Tarvel devront payer pour se garer au centre dès lundi.", "lundi"),
        ("In Tarvel müssen Eltern ab Montag für das Mittagessen in der Schule bezahlen.", "ab Montag"),
    ),
    "ship and hold-up": (
        ("El crucero Aurora atracó el martes en Tarvel con dos mil pasajeros.", "el martes"),
        ("Un bijoutier de Tarvel a été braqué mardi par deux hommes armés.", "mardi"),
    ),
    "ice and burglary": (
        (
            "Ein Spaziergänger ist am Dienstag in Tarvel im Eis eingebrochen und wurde gerettet.",
            "am Dienstag",
        ),
        ("A clockmaker's workshop in Tarvel was burgled on Tuesday.", "on Tuesday"),
    ),
    "looted art and hold-up": (
        ("Das Museum in Tarvel zeigt ab Dienstag Raubkunst aus dem Krieg.", "ab Dienstag"),
        ("Un bijoutier de Tarvel a été braqué mardi par deux hommes armés.", "mardi"),
    ),
}


# Stems of a crime family that also begin another word, as the merge's folded words read
# them: still linked (known, left for a change of ``CRIME_FAMILIES`` and ``CRIME_CUES``).
_AMBIGUOUS_STEM = pytest.mark.xfail(strict=True, reason="stem reads another word as a crime")


@pytest.mark.parametrize(
    "case",
    [
        "fees",
        pytest.param("ship and hold-up", marks=_AMBIGUOUS_STEM),  # "atracó", folded, is "atraco"
        pytest.param("ice and burglary", marks=_AMBIGUOUS_STEM),  # "eingebrochen" of ice or prices
        pytest.param("looted art and hold-up", marks=_AMBIGUOUS_STEM),  # "raub" begins "Raubkunst"
    ],
)
def test_words_a_crime_family_begins_that_tell_no_crime_link_nothing(case: str) -> None:
    day = merged(*(_told(text, "other", "Tarvel", when) for text, when in NOT_CRIMES[case]))
    assert _sizes(day) == [1, 1]


def test_one_burglary_told_in_spanish_italian_and_dutch_is_one_event() -> None:
    """The family holds for the other languages the merge reads, not the three of the change's test."""
    day = merged(
        _told("Robo con butrón en una relojería de Tarvel la pasada noche.", "other", "Tarvel", "la pasada noche"),
        _told("Furto con scasso in un laboratorio di orologeria a Tarvel stanotte.", "other", "Tarvel", "stanotte"),
        _told("Inbraak bij een horlogemaker in Tarvel vannacht.", "other", "Tarvel", "vannacht"),
    )  # fmt: skip
    assert _sizes(day) == [3]


def test_two_burglaries_of_two_named_sites_of_one_town_stay_apart() -> None:
    """A school and a bakery broken into in one night: one family of crime, two sites."""
    day = merged(
        _told("Einbrecher sind in der Nacht in die Grundschule von Tarvel eingestiegen.", "other", "Tarvel",
              "in der Nacht", location="Grundschule, Tarvel"),
        _told("La boulangerie Dumas de Tarvel a été cambriolée cette nuit.", "other", "Tarvel", "cette nuit",
              location="boulangerie Dumas, Tarvel"),
    )  # fmt: skip
    assert _sizes(day) == [1, 1]
