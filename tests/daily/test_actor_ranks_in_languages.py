"""A police, gendarmerie, fire-service or military rank before a person's name, in each
language read, is a title, not part of the name: "maresciallo Rossi" is the day's one
Marco Rossi. A rank says no first name: with two Rossis it joins neither, and a rank's
word that is someone's surname ("Gerhart Hauptmann") stays that surname."""

from __future__ import annotations

import pytest

from summarizer.daily.people import untitled
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _person(name: str) -> ActorStub:
    return ActorStub(name, kind="person")


@pytest.mark.parametrize(
    ("ranked", "full"),
    [
        ("maresciallo Rossi", "Marco Rossi"),
        ("Hauptmann Keller", "Anna Keller"),
        ("hoofdinspecteur Janssens", "Pieter Janssens"),
        ("el sargento López", "Ana López"),
        ("le commandant Favre", "Julien Favre"),
        ("capitão Silva", "João Silva"),
        ("Oberst Brunner", "Reto Brunner"),
    ],
)
def test_a_ranked_surname_is_the_days_one_person_of_that_name(ranked: str, full: str) -> None:
    assert actor_groups(_person(ranked), _person(full)) == [sorted([ranked, full])]


def test_a_rank_joins_neither_of_two_people_of_one_surname() -> None:
    groups = actor_groups(_person("maresciallo Rossi"), _person("Marco Rossi"), _person("Luca Rossi"))
    assert groups == [["Luca Rossi"], ["Marco Rossi"], ["maresciallo Rossi"]]


@pytest.mark.parametrize("name", ["gerhart hauptmann", "hauptmann", "luis coronel"])
def test_a_rank_word_that_is_a_name_stays_the_name(name: str) -> None:
    assert untitled(name) == name
