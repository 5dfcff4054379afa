"""An evacuation and the one hazard told at its very spot are one event (issue 25, day 91: a
live blog's "Une quinzaine de maisons de la rue ... restent évacuées" beside the wires' silo
blast): the evacuation's report shares nothing with the blast's but the spot. Not when the
spot holds two hazards, when the evacuation names a hazard the other report does not tell,
when the two share only a town, or when they are of two days. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import count_measure, merged, one_incident

_SPOT = "Coopérative Val-Fleuri silo, rue des Quatre Vents, Morvillers"

# The blast, told by a wire in its language.
_BLASTS = [
    ("fr", "Trois ouvriers ont été blessés mardi matin dans l'explosion d'un silo à grains de la coopérative "
           "Val-Fleuri, rue des Quatre Vents à Morvillers."),
    ("en", "Three workers were hurt on Tuesday morning when a grain silo exploded at the Val-Fleuri "
           "cooperative on rue des Quatre Vents in Morvillers."),
    ("de", "In Morvillers ist am Dienstagmorgen ein Getreidesilo der Genossenschaft Val-Fleuri explodiert; "
           "drei Arbeiter wurden verletzt."),
]  # fmt: skip
# What followed at the spot, told by another outlet with nothing of the blast's words.
_EVACUATIONS = [
    ("fr", "Une vingtaine de maisons de la rue des Quatre Vents restent évacuées ce mardi."),
    ("nl", "Een twintigtal woningen in de rue des Quatre Vents blijven dinsdag ontruimd."),
    ("es", "Una veintena de viviendas de la rue des Quatre Vents siguen desalojadas este martes."),
]  # fmt: skip


def _blast(language: str, text: str) -> Briefed:
    return one_incident(text, type="accident", place=_SPOT, time="mardi matin", language=language)


def _evacuation(language: str, text: str, place: str = _SPOT, time: str = "mardi") -> Briefed:
    return one_incident(text, type="evacuation", place=place, time=time, language=language)


@pytest.mark.parametrize(("language", "text"), _BLASTS)
@pytest.mark.parametrize(("evacuated_in", "evacuated"), _EVACUATIONS)
def test_an_evacuation_at_the_one_hazards_spot_is_that_hazards_event(
    language: str, text: str, evacuated_in: str, evacuated: str
) -> None:
    day = merged(_blast(language, text), _evacuation(evacuated_in, evacuated))
    assert len(day.incidents) == 1


def test_two_hazards_at_the_spot_leave_the_evacuation_apart() -> None:
    crane = one_incident(
        "Mardi après-midi, une grue s'est effondrée sur le parking de la coopérative Val-Fleuri, rue des "
        "Quatre Vents à Morvillers, sans faire de blessé.",
        type="accident", place=_SPOT, time="mardi après-midi", language="fr",
    )  # fmt: skip
    day = merged(_blast(*_BLASTS[1]), crane, _evacuation(*_EVACUATIONS[0]))
    evacuation = next(i for i in day.incidents if "evacuation" in i.types)
    assert evacuation.types == ["evacuation"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Une vingtaine de maisons de la rue des Quatre Vents restent évacuées ce mardi après une fuite de gaz.",
        ),
        (
            "de",
            "Wegen eines Gaslecks bleiben zwanzig Häuser in der Rue des Quatre Vents am Dienstag geräumt.",
        ),
        ("en", "Twenty homes on rue des Quatre Vents remain evacuated on Tuesday after a gas leak."),
    ],
)
def test_an_evacuation_for_another_hazard_stays_apart(language: str, text: str) -> None:
    day = merged(_blast(*_BLASTS[1]), _evacuation(language, text))
    assert len(day.incidents) == 2


def test_an_evacuation_that_shares_only_the_town_stays_apart() -> None:
    evacuated = _evacuation(
        "fr", "Une vingtaine de maisons restent évacuées ce mardi à Morvillers.", place="Morvillers"
    )
    day = merged(_blast(*_BLASTS[0]), evacuated)
    assert len(day.incidents) == 2


def test_an_evacuation_of_another_day_stays_apart() -> None:
    evacuated = _evacuation(
        "en", "Twenty homes on rue des Quatre Vents were evacuated on Sunday.", time="Sunday"
    )
    day = merged(_blast(*_BLASTS[1]), evacuated)
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Une quinzaine de maisons", "maisons évacuées"),
        ("fifteen houses", "houses evacuated"),
        ("15 Häuser", "evakuierte Häuser"),
        ("quince viviendas", "viviendas desalojadas"),
        ("vijftien woningen", "geëvacueerde woningen"),
    ],
)
def test_homes_evacuated_are_homes_not_people(text: str, counted: str) -> None:
    """Fifteen houses and thirty residents evacuated are no dispute of one count."""
    assert count_measure(text, counted, "displaced") == "displaced:home"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Une trentaine de riverains", "riverains évacués"),
        ("30 Bewohner", "evakuierte Bewohner"),
        ("treinta personas", "evacuados de sus casas"),
        ("30 families", "families evacuated from their homes"),
    ],
)
def test_people_evacuated_from_homes_are_people(text: str, counted: str) -> None:
    assert count_measure(text, counted, "displaced") == "displaced:people"
