"""What a body does, in each language its name is written in ("Federación Cántabra de
Espeleología", "Cantabrian Caving Federation", "Federació Càntabra d'Espeleologia"): one
federation of one region; two bodies of one region, or one kind of body of two regions,
stay apart (issue 25, day 107; invented bodies)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub

_DAY = ["cueva del Tornillo, Ruesga, Cantabria", "Llanes, Asturias"]


def _groups(*names: str, places: list[str] = _DAY) -> list[list[str]]:
    actors = [ActorStub(name, kind="organization") for name in names]
    return sorted(sorted(names[i] for i in group) for group in same_actor_groups(actors, places=places))


@pytest.mark.parametrize(
    "home",
    [
        "Federación Cántabra de Espeleología",
        "Federazione Speleologica Cantabra",
        "Federació Càntabra d'Espeleologia",
        "fédération cantabre de spéléologie",
    ],
)
def test_a_regions_caving_federation_is_one_in_each_language(home: str) -> None:
    assert _groups(home, "Cantabrian Caving Federation") == [sorted([home, "Cantabrian Caving Federation"])]


def test_two_bodies_of_one_region_stay_apart() -> None:
    assert len(_groups("Federación Cántabra de Espeleología", "Cantabrian Mountaineering Federation")) == 2


def test_one_kind_of_body_of_two_regions_stays_apart() -> None:
    assert len(_groups("Federación Asturiana de Espeleología", "Cantabrian Caving Federation")) == 2
