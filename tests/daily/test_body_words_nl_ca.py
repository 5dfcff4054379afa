"""Words of bodies' names read in Catalan, Dutch and the Spanish press's own aliases:
"Associació", "vereniging" are associations, "Turisme", "toerisme" tourism, "la Benemérita"
the Civil Guard, a "Krankenhaus" in a German compound a hospital (``lexicons``)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (
            ["Vereniging Dorpsbelang", "Associació Dorpsbelang", "association Dorpsbelang"],
            "association dorpsbelang",
        ),
        (["toerisme", "Turisme", "Turismo", "Tourism"], "tourism"),
        (["Benemérita", "la Benemérita", "Guardia Civil"], "civil guard"),
        (["Universitätskrankenhaus", "Hospital Universitario", "university hospital"], "hospital university"),
        (["Kreiskrankenhaus", "district hospital"], "district hospital"),
    ],
)
def test_names_in_several_languages_have_one_key(names: list[str], key: str | None) -> None:
    keys = {body_key(name) for name in names}
    assert len(keys) == 1
    assert key is None or keys == {key}


@pytest.mark.parametrize(
    "name",
    ["Associació de Comerciants", "vereniging van winkeliers", "Associacions de Veïns", "Verenigingen"],
)
def test_catalan_and_dutch_associations_are_associations(name: str) -> None:
    assert "association" in body_key(name).split()


def test_a_tourism_portfolio_in_catalan_and_dutch_is_tourism() -> None:
    assert {"tourism"} <= set(body_key("Regidoria de Turisme").split())
    assert {"tourism"} <= set(body_key("wethouder toerisme").split())


def test_the_benemerita_joins_the_civil_guard_and_not_the_national_police() -> None:
    groups = actor_groups(
        ActorStub("la Benemérita"), ActorStub("Guardia Civil"), ActorStub("Policía Nacional")
    )
    assert groups == [["Guardia Civil", "la Benemérita"], ["Policía Nacional"]]


def test_two_associations_stay_apart() -> None:
    names = ["Associació de Veïns del Born", "Vereniging Oud-Hoorn", "Associació de Comerciants"]
    assert actor_groups(*map(ActorStub, names)) == sorted([name] for name in names)


def test_two_hospitals_of_one_town_stay_apart() -> None:
    names = ["Universitätskrankenhaus Eppendorf", "Kreiskrankenhaus Eppendorf"]
    assert actor_groups(*map(ActorStub, names)) == sorted([name] for name in names)
