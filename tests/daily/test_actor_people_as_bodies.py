"""An organisation an engine took for a person ("Naviera Majorera" of kind person) is the
day's organisation of that name, in any language; a name that opens with a given name, a
surname alone and a kind alone stay people (invented names)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub


def _person(name: str) -> ActorStub:
    return ActorStub(name, kind="person")


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Naviera Tarrelia", "Naviera Tarrelia"),
        ("Geneva Airport", "Genève Aéroport"),
        ("Kessling Events GmbH", "Kessling Events"),
        ("Ministerio de Sanidad", "Ministerio de Sanidad"),
    ],
)
def test_a_body_taken_for_a_person_is_the_days_body(body: str, person: str) -> None:
    actors = [ActorStub(body, kind="organization"), _person(person)]
    assert len(same_actor_groups(actors)) == 1


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Joan Ferrà", "Joan Ferrà"),  # a jeweller named after its owner: the owner is a person
        ("Ferrà Joiers", "Joan Ferra"),
        ("Cabrera", "Cabrera"),  # a surname alone
        ("Federal Office of Civil Aviation", "Civil Aviation"),  # not the body's key
    ],
)
def test_people_named_like_a_body_stay_people(body: str, person: str) -> None:
    actors = [ActorStub(body, kind="organization"), _person(person)]
    assert len(same_actor_groups(actors)) == 2


def test_a_body_taken_for_a_person_joins_its_own_body_not_a_look_alike() -> None:
    actors = [
        ActorStub("Tarrel Events GmbH", kind="organization"),
        ActorStub("Kestrel Events", kind="organization"),
        _person("Tarrel Events"),
        _person("Kestrel Eventos"),  # no body of the day is so keyed
    ]
    groups = sorted(same_actor_groups(actors))
    assert groups == [[0, 2], [1], [3]]


def test_many_people_are_read_in_time() -> None:
    actors = [_person(f"Name{n} Surname{n}") for n in range(3000)] + [ActorStub("Name1 Surname1 GmbH")]
    started = time.thread_time()
    groups = same_actor_groups(actors)
    assert time.thread_time() - started < 20
    assert any(1 in g and 3000 in g for g in groups)
