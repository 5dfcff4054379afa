"""A hospital, school or station named after a person or a saint is named by that name
alone ("Virgen de la Sierra" of the "Hospital Virgen de la Sierra", "Marie Curie" of the
"Klinikum Marie Curie"); with two such venues of one name the name alone joins neither,
and one word of its own is no name ("Sierra"); nor is a town's ("Santa Cruz"). Invented names
throughout, but for the towns, which the gazetteer must know."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups

ORG = "organization"


@pytest.mark.parametrize(
    ("venue", "name"),
    [
        ("Hospital Virgen de la Sierra", "Virgen de la Sierra"),
        ("Klinikum Marta Quellenberg", "Marta Quellenberg"),
        ("Hôpital Édouard Vernolt", "Édouard Vernolt"),
        ("Tellamar Ruiz Hospital", "Tellamar Ruiz"),
        ("Aeropuerto Tellamar Suárez", "Tellamar Suárez"),  # a surname some city bears too
    ],
)
def test_a_venue_is_named_by_the_person_it_is_named_after(venue: str, name: str) -> None:
    assert actor_groups(ActorStub(venue, ORG), ActorStub(name, ORG)) == [sorted([venue, name])]


def test_two_venues_of_one_name_leave_the_name_alone() -> None:
    names = ["Hospital Virgen de la Sierra", "Escuela Virgen de la Sierra", "Virgen de la Sierra"]
    assert actor_groups(*(ActorStub(n, ORG) for n in names)) == sorted([n] for n in names)


@pytest.mark.parametrize(
    ("venue", "name"),
    [
        ("Hospital Quellenberg", "Quellenberg"),  # one word of its own: maybe its town
        ("Hospital Virgen de la Sierra", "Virgen del Carmen"),  # another saint
        ("Hospital Virgen de la Sierra", "Parroquia Virgen de la Sierra"),  # a parish is no hospital
    ],
)
def test_no_other_name_joins_a_venue(venue: str, name: str) -> None:
    assert actor_groups(ActorStub(venue, ORG), ActorStub(name, ORG)) == sorted([[venue], [name]])


@pytest.mark.parametrize(
    ("venue", "town", "kind"),
    [
        # A town's two words are no person's name, in either order of the key's words.
        ("Hospital Santa Cruz", "Santa Cruz", "government"),
        ("Klinikum Bad Tölz", "Bad Tölz", "government"),  # its key spells "toelz"
        ("Hospital Real Madrid", "Real Madrid", "company"),  # a well-known city among them
    ],
)
def test_a_venue_named_after_a_town_is_not_the_town(venue: str, town: str, kind: str) -> None:
    assert actor_groups(ActorStub(venue, ORG), ActorStub(town, kind)) == sorted([[venue], [town]])
