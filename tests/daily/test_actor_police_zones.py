"""A police zone named by its town ("politiezone Vessac", "zone de police de Vessac",
"Polizeizone Vessac") is the police of that town ("police in Vessac", "Vessac police");
another town's police, and a zone of another kind, stay apart (issue 25; invented towns)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub

_PLACES = ["Kerkstraat, Vessac", "rue Haute, Tarrel"]


def _groups(*names: str) -> list[list[str]]:
    found = same_actor_groups([ActorStub(n) for n in names], places=_PLACES)
    return sorted(sorted(names[i] for i in group) for group in found)


@pytest.mark.parametrize(
    ("zone", "police"),
    [
        ("politiezone Vessac", "police in Vessac"),  # Dutch and English
        ("zone de police de Vessac", "Vessac police"),  # French
        ("Polizeizone Vessac", "Polizei Vessac"),  # German
    ],
)
def test_a_police_zone_is_its_towns_police(zone: str, police: str) -> None:
    assert len(_groups(zone, police)) == 1


def test_another_towns_police_and_a_zone_of_another_kind_stay_apart() -> None:
    assert len(_groups("politiezone Vessac", "police in Tarrel")) == 2
    assert len(_groups("zone de secours Vessac", "police in Vessac")) == 2
