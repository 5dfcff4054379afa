"""A body named by its staff ("Hospital staff", "le personnel de l'hôpital") is the day's
one body of that kind; with two such it joins neither, and a name that only holds a staff
word ("staff union", "Chief of Staff", a firm's "Brightwell staff") is no such name
(invented days)."""

from __future__ import annotations

import pytest

from summarizer.daily.staff_names import staff_body
from tests.daily.test_multilingual_actors import ActorStub, actor_groups, placed_groups


@pytest.mark.parametrize(
    ("staff", "hospital"),
    [("Hospital staff", "Hospital do Divino Espírito Santo"),
     ("staff at the hospital", "Kellertal Hospital"),
     ("the staff of the hospital", "Hospital Universitario de Canarias"),
     ("le personnel de l'hôpital", "Hôpital de la Timone"),
     ("il personale dell'ospedale", "Ospedale San Giovanni"),
     ("het personeel van het ziekenhuis", "Ziekenhuis Oost-Limburg")],
)  # fmt: skip
def test_a_hospitals_staff_in_any_language_is_the_days_one_hospital(staff: str, hospital: str) -> None:
    # A kind noun is read against the heads of the day's names in its own language's word.
    groups = actor_groups(
        ActorStub(hospital, kind="organization"),
        ActorStub(staff, kind="organization"),
        ActorStub("Polícia Marítima"),
    )
    assert sorted([hospital, staff]) in groups


def test_a_hospitals_staff_on_a_day_of_two_hospitals_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("Hospital do Divino Espírito Santo", kind="organization"),
        ActorStub("Hospital staff", kind="organization"),
        ActorStub("Gozo General Hospital", kind="organization"),
    )
    assert ["Hospital staff"] in groups


@pytest.mark.parametrize(
    "name",
    ["staff union", "Chief of Staff", "Brightwell staff", "staff", "General Staff", "hospital staff union"],
)
def test_names_that_only_hold_a_staff_word_are_no_body_named_by_its_staff(name: str) -> None:
    assert staff_body(name) is None


def test_a_staff_union_is_not_the_days_one_union() -> None:
    groups = actor_groups(
        ActorStub("staff union", kind="organization"), ActorStub("Unite union", kind="organization")
    )
    assert len(groups) == 2


@pytest.mark.parametrize(
    ("staff", "hospital"),
    [("le personnel de l'hôpital", "Hôpital Édouard-Herriot"),
     ("l'hôpital", "Hôpital Édouard-Herriot"),
     ("il personale dell'ospedale", "Ospedale San Giovanni")],
)  # fmt: skip
def test_a_hospitals_staff_in_another_regions_story_is_not_the_days_one_hospital(
    staff: str, hospital: str
) -> None:
    # Lyon's hospital, and the staff of the hospital a Marseille report's story happens at.
    groups = placed_groups([("a", ["Lyon"], hospital), ("b", ["Marseille"], staff)], kind="organization")
    assert groups == [[f"a:{hospital}"], [f"b:{staff}"]]
    # In its own region's story it is still the day's one hospital.
    joined = placed_groups([("a", ["Lyon"], hospital), ("b", ["Villeurbanne"], staff)], kind="organization")
    assert joined == [sorted([f"a:{hospital}", f"b:{staff}"])]
