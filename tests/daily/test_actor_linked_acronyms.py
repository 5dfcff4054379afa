"""An acronym that spells the preposition joining a name's nouns ("EDF", Électricité de
France; "BoE", Bank of England; "CdR", Cassa di Risparmio) abbreviates that name as one
that leaves it out does; read only when the name does not spell without it, and never
letting a letter stand for a word the name lacks (invented and real names)."""

from __future__ import annotations

import pytest

from summarizer.text.abbreviations import abbreviates
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("EDF", "Électricité de France"),
        ("GDF", "Gaz de France"),
        ("BoE", "Bank of England"),
        ("CdR", "Cassa di Risparmio"),
    ],
)
def test_an_acronym_may_spell_a_linking_preposition(short: str, name: str) -> None:
    assert abbreviates(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("EDFT", "Électricité de France"),  # a letter for no word
        ("EFD", "Électricité de France"),  # out of order
        ("DEF", "Électricité de France"),
        ("BOEE", "Bank of England"),
    ],
)
def test_a_preposition_adds_no_other_letter(short: str, name: str) -> None:
    assert not abbreviates(short, name)


def test_an_acronym_with_its_preposition_joins_the_days_one_body_it_spells() -> None:
    groups = actor_groups(
        ActorStub("EDF", kind="organization"),
        ActorStub("Électricité de France", kind="organization"),
        ActorStub("Enedis", kind="organization"),
    )
    assert ["EDF", "Électricité de France"] in groups


def test_two_bodies_it_spells_leave_it_alone() -> None:
    groups = actor_groups(
        ActorStub("EDF", kind="organization"),
        ActorStub("Électricité de France", kind="organization"),
        ActorStub("Entreprises de France", kind="organization"),
    )
    assert ["EDF"] in groups


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("UDC", "Université de Caen"),  # the Swiss party, in French
        ("CDC", "Cámara de Comercio"),  # the US health agency
        ("FDP", "Fundación de Pensiones"),  # the German party
        ("EDF", "Énergies de Flandre"),
        ("BOE", "Bank of England"),  # Spain's Boletín Oficial del Estado
    ],
)
def test_three_capitals_spell_no_link_but_a_countrys(short: str, name: str) -> None:
    """Any "X de Y" spells a party's or an agency's three capitals: a link is spelled in
    lower case ("BoE") or before a country's name ("EDF", Électricité de France)."""
    assert not abbreviates(short, name)


def test_a_party_and_a_university_of_its_letters_stay_two_bodies() -> None:
    groups = actor_groups(
        ActorStub("UDC", kind="organization"), ActorStub("Université de Caen", kind="organization")
    )
    assert len(groups) == 2, groups
