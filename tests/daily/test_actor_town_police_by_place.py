"""A town's own police named without its town ("police municipale", "Polizia Municipale",
"Policía Local", "local police", "Stadtpolizei") is its own article's town's, as a town's
government alone is: two towns' stay two actors however alike their keys; of one town's
story they stay one. An acronym ("la PM") that is a shorter form of one town's force and
spells another's joins neither by the shorter form (issue 25). Every body and town here is
invented."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub, placed_groups


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("police municipale", "Polizia Municipale"),  # French and Italian towns
        ("Policía Local", "local police"),  # Spanish and English
        ("Polícia Municipal", "policia local"),  # Portuguese and Catalan
        ("Stadtpolizei", "city police"),  # German and English
        ("polizia locale", "Policía Local"),
    ],
)
def test_two_towns_police_named_without_their_towns_stay_apart(first: str, second: str) -> None:
    groups = placed_groups(
        [
            ("vessac-paper", ["plage du Nord, Vessac"], first),
            ("tarrel-paper", ["mercato, Tarrel", "lungomare, Orvia"], second),
        ]
    )
    assert len(groups) == 2, groups


@pytest.mark.parametrize("name", ["police municipale", "Policía Local", "Stadtpolizei"])
def test_one_towns_police_in_two_reports_is_one(name: str) -> None:
    """The look-alike that must still join: two reports of one town, one of them also of
    a second town (a report on two stories)."""
    groups = placed_groups(
        [
            ("vessac-wire", ["Vessac"], name),
            ("vessac-paper", ["rue Haute, Vessac", "Paris"], name),
        ]
    )
    assert len(groups) == 1, groups


def test_a_towns_police_joins_its_own_towns_named_force() -> None:
    groups = placed_groups(
        [
            ("vessac-wire", ["Vessac"], "Policía Local"),
            ("vessac-paper", ["Vessac"], "Policía Local de Vessac"),
            ("tarrel-paper", ["Tarrel"], "Policía Local"),
        ]
    )
    assert ["tarrel-paper:Policía Local"] in groups, groups
    assert ["vessac-paper:Policía Local de Vessac", "vessac-wire:Policía Local"] in groups, groups


def _day(*names: str) -> list[list[str]]:
    actors = [ActorStub(name) for name in names]
    found = same_actor_groups(actors, places=["lungomare, Orvia", "mercato, Tarrel"])
    return sorted(sorted(names[i] for i in group) for group in found)


def test_an_acronym_of_one_towns_force_and_anothers_full_name_joins_neither_by_its_form() -> None:
    groups = _day("PM di Orvia", "PM", "Polizia Municipale", "police municipale")
    assert not any({"PM", "PM di Orvia"} <= set(group) for group in groups), groups
    # Alone with the one force it is a shorter form of, it still joins it.
    assert len(_day("PM di Orvia", "PM")) == 1
