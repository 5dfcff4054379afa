"""A national corps its own press names by a second name of another kind: Italy's
"Capitaneria di porto" is its coast guard, "la Finanza" its Guardia di Finanza
(``daily.corps_names``); a Portuguese "Capitania" or a French "capitainerie" stays a
harbour office."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("second", "first"),
    [
        ("Capitaneria di porto", "Guardia Costiera"),
        ("Capitaneria", "Italian Coast Guard"),
        ("Capitaneria di porto di Alghero", "Guàrdia Costera"),
        ("le capitanerie", "guardia costiera"),
        ("Finanza", "Guardia di Finanza"),
        ("la Finanza", "Italy's finance police Guardia di Finanza"),
    ],
)
def test_a_corps_second_name_joins_its_first(second: str, first: str) -> None:
    assert actor_groups(ActorStub(second), ActorStub(first)) == [sorted([second, first])]


@pytest.mark.parametrize(
    "names",
    [
        # Harbour offices of other countries are no coast guard.
        ["Capitania do Porto de Faro", "Guarda Costeira"],
        ["capitainerie de Bastia", "garde-côtes"],
        # A coast guard said to be another country's.
        ["Capitaneria di porto", "garde-côtes français"],
        # Finance elsewhere: a ministry, public finance.
        ["Ministero delle Finanze", "Guardia di Finanza"],
        ["finanza pubblica", "Guardia di Finanza"],
    ],
)
def test_other_bodies_stay_apart(names: list[str]) -> None:
    assert actor_groups(*map(ActorStub, names)) == sorted([name] for name in names)


def test_with_two_coast_guards_the_capitaneria_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("Capitaneria di porto"), ActorStub("Guardia Costiera"), ActorStub("Garde-côtes de Corse")
    )
    assert ["Capitaneria di porto"] in groups
