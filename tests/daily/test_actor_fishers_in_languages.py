"""A fishers' association named by its members in English, French, Italian, Spanish,
Catalan or Dutch ("Acadian Fishermen's Association", "Association des pêcheurs
acadiens") is one body; two places' fishers, or a fishing body and one of another trade,
stay apart (issue 25, day 95; invented names)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Fishermen's Association of Valmora", "Association des pêcheurs de Valmora",
         "Associazione pescatori di Valmora", "Asociación de pescadores de Valmora"],
        ["Valmora fishers' association", "Valmora Fishing Association"],
    ],
)  # fmt: skip
def test_one_fishers_association_in_several_languages_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize("name", ["Associació de pescadors de Valmora", "Vereniging van vissers Valmora"])
def test_catalan_and_dutch_fishers_are_fishing(name: str) -> None:
    assert "fishing" in body_key(name).split()


def test_a_translated_fishers_association_is_the_original() -> None:
    groups = actor_groups(
        ActorStub("Acadian Fishermen's Association", "organization"),
        ActorStub("Association des pêcheurs acadiens", "organization"),
    )
    assert len(groups) == 1, groups


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Breton Fishermen's Association", "Association des pêcheurs acadiens"),
        ("Valmora fishermen's association", "Associazione cacciatori di Valmora"),
        ("Fischer GmbH", "Fishing company"),
    ],
)
def test_two_places_or_trades_stay_apart(one: str, other: str) -> None:
    groups = actor_groups(ActorStub(one, "organization"), ActorStub(other, "organization"))
    assert [one] in groups and [other] in groups, groups
