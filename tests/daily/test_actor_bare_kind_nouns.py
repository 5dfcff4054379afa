"""A body a briefing names by its kind in lower case, its article left out ("collège",
"liceo", "airline"): the day's one body whose name says it is of that kind, as "le collège"
would be; with two such it joins neither, and a public body's kind alone ("gendarmerie")
keeps its own rules, which never make a unit the whole (invented bodies)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _org(name: str) -> ActorStub:
    return ActorStub(name, kind="organization")


@pytest.mark.parametrize(
    ("bare", "named"),
    [
        ("collège", "collège Saint-Aubin"),
        ("liceo", "liceo Tarnau"),
        ("colegio", "Colegio San Ernesto"),
        ("escola", "Escola Básica de Valmora"),
        ("airline", "Norair Airlines"),
    ],
)
def test_a_lower_case_kind_is_the_days_one_body_of_that_kind(bare: str, named: str) -> None:
    groups = actor_groups(_org(bare), _org(named), _org("Kestrel Plastics"))
    assert sorted([bare, named]) in groups, groups


def test_a_lower_case_kind_joins_neither_of_two() -> None:
    groups = actor_groups(_org("collège"), _org("collège Saint-Aubin"), _org("collège Jean-Moulin"))
    assert ["collège"] in groups, groups


def test_a_public_bodys_kind_alone_does_not_make_a_unit_the_whole() -> None:
    groups = actor_groups(
        ActorStub("gendarmerie"),
        ActorStub("peloton de gendarmerie de haute montagne"),
        ActorStub("groupement de gendarmerie départementale de Savoie"),
    )
    assert ["gendarmerie"] in groups, groups


def test_a_capitalised_word_is_a_name_not_a_kind() -> None:
    groups = actor_groups(_org("Airline"), _org("Norair Airlines"))
    assert len(groups) == 2, groups
