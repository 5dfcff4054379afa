"""An acronym beside the proper name a body's full name ends with ("PZ Dijle-Aldegonde",
"politiezone Dijle-Aldegonde") is that body when it spells the words before the shared
name; with two such bodies, or one of another kind, it stays on its own."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("PZ Dijle-Aldegonde", "politiezone Dijle-Aldegonde"),  # Dutch compound's parts
        ("CHU Liège", "Centre hospitalier universitaire de Liège"),
        ("SDIS Haute-Savoie", "Service départemental d'incendie et de secours de Haute-Savoie"),
        ("ASL Bergamo", "Azienda sanitaria locale di Bergamo"),
        ("PL Valladolid", "Policía Local de Valladolid"),
    ],
)
def test_an_acronym_beside_a_shared_name_is_its_body(short: str, full: str) -> None:
    assert actor_groups(ActorStub(short), ActorStub(full)) == [sorted([short, full])]


def test_two_bodies_the_acronym_spells_join_neither() -> None:
    groups = actor_groups(
        ActorStub("SP Bern"), ActorStub("Sozialdemokratische Partei Bern"), ActorStub("Stadtpolizei Bern")
    )
    assert groups == [["SP Bern"], ["Sozialdemokratische Partei Bern"], ["Stadtpolizei Bern"]]


def test_a_body_of_another_kind_is_not_the_acronyms() -> None:
    groups = actor_groups(ActorStub("SP Bern", kind="organization"), ActorStub("Stadtpolizei Bern"))
    assert groups == [["SP Bern"], ["Stadtpolizei Bern"]]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("PZ Dijle-Aldegonde", "politiezone Haute-Meuse"),  # another zone
        ("CHU Liège", "Centre hospitalier régional de Liège"),  # letters it does not spell
        ("PZ Polizei", "politiezone Polizei"),  # the rest is a kind of body, no name of its own
    ],
)
def test_an_acronym_joins_no_body_it_does_not_name(short: str, full: str) -> None:
    assert len(actor_groups(ActorStub(short), ActorStub(full))) == 2
