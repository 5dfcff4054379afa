"""A government named by its level alone ("die Kreisverwaltung", "the district
authorities", "la Ville", "die Stadt") is the day's one government of that level named
with its place; with two districts or two towns it joins neither, and a district's Red
Cross or police, or a town's utility, is never the district or town; a town's council is
its government (invented places throughout)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _groups(*names: str) -> list[list[str]]:
    actors = [ActorStub(n) for n in names]
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors))


@pytest.mark.parametrize(
    ("named", "alone"),
    [
        ("Landkreis Selmark", "Kreisverwaltung"),
        ("Landkreis Selmark", "the district authorities"),
        ("Landkreis Selmark", "las autoridades del distrito"),
        ("Vorn-Elbe-Kreis", "Kreisverwaltung"),
        ("city of Tarrel", "la Ville"),
        ("Stadt Tarrel", "die Stadt"),
        ("ville de Tarrel", "the city"),
    ],
)
def test_a_level_alone_is_the_days_one_government_of_that_level(named: str, alone: str) -> None:
    assert len(_groups(named, alone)) == 1, _groups(named, alone)


def test_with_two_districts_or_two_towns_it_joins_neither() -> None:
    assert ["Kreisverwaltung"] in _groups("Landkreis Selmark", "Landkreis Tolmbach", "Kreisverwaltung")
    assert ["la Ville"] in _groups("city of Tarrel", "Stadt Vormund", "la Ville")


def test_a_districts_red_cross_or_police_or_a_towns_utility_is_not_the_district_or_town() -> None:
    groups = _groups(
        "Kreisverband Selmark des Deutschen Roten Kreuzes",
        "Kreispolizeibehörde Selmark",
        "Stadtwerke Tarrel",
        "Kreisverwaltung",
        "la Ville",
    )
    assert len(groups) == 5, groups


def test_a_towns_council_is_its_government() -> None:
    """News names a town's government by its council as often as by its level ("Calvià
    council", "Ajuntament de Calvià", "Gemeinde Calvià"): one actor (issue 25, day 87)."""
    assert _groups("conseil municipal de Tarrel", "la Ville") == [["conseil municipal de Tarrel", "la Ville"]]


def test_the_one_district_joins_even_beside_its_red_cross() -> None:
    groups = _groups(
        "Landkreis Selmark", "Kreisverband Selmark des Deutschen Roten Kreuzes", "Kreisverwaltung"
    )
    assert ["Kreisverwaltung", "Landkreis Selmark"] in groups, groups


def test_many_districts_are_read_quickly() -> None:
    names = [f"Landkreis Ort{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}" for n in range(600)]
    names += ["Kreisverwaltung", "the district authorities"] * 100 + ["Kreis" * 3000]
    start = time.thread_time()
    _groups(*names)
    assert time.thread_time() - start < 10


def _placed_groups(places: list[str], *actors: ActorStub) -> list[list[str]]:
    return sorted(sorted(actors[i].name for i in g) for g in same_actor_groups(actors, places=places))


@pytest.mark.parametrize(
    ("named", "traders", "alone", "places"),
    [
        ("Stadt Aachen", "Märkte- und Aktionskreis City", "Stadt", []),
        ("Stadt Aachen", "Märkte- und Aktionskreis City", "City officials", []),
        ("ville de Tarrel", "Werbegemeinschaft City", "la Ville", ["Tarrel"]),
        ("Stadt Tarrel", "Werbegemeinschaft City", "A cidade", ["Tarrel"]),
    ],
)
def test_a_level_alone_is_the_town_named_with_a_place_not_a_traders_city(
    named: str, traders: str, alone: str, places: list[str]
) -> None:
    groups = _placed_groups(
        places, ActorStub(named), ActorStub(traders, kind="organization"), ActorStub(alone)
    )
    assert sorted([named, alone]) in groups, groups


def test_two_towns_named_with_places_still_join_neither() -> None:
    groups = _placed_groups(
        ["Tarrel", "Vormund"],
        ActorStub("city of Tarrel"),
        ActorStub("Stadt Vormund"),
        ActorStub("Werbegemeinschaft City", kind="organization"),
        ActorStub("la Ville"),
    )
    assert ["la Ville"] in groups, groups


def test_a_club_or_team_named_for_its_town_is_not_the_towns_government() -> None:
    """ "Manchester City" and "Kansas City Chiefs" read, word by word, as a town named with its
    level; a body labelled an organisation whose words name no known place is no town's
    government, while one labelled a government or naming a place still is."""
    teams = [ActorStub("Manchester City", kind="organization"), ActorStub("the city")]
    assert len(same_actor_groups(teams)) == 2
    club = [ActorStub("Tarrel City Rowing Club", kind="organization"), ActorStub("the city")]
    assert len(same_actor_groups(club)) == 2
    council = [ActorStub("Tarrel City Council", kind="organization"), ActorStub("the city")]
    assert len(same_actor_groups(council, places=["Tarrel"])) == 1
    assert len(same_actor_groups([ActorStub("Tarrel City Council"), ActorStub("the city")])) == 1


def test_a_club_named_for_its_town_is_keyed_apart_from_the_towns_council() -> None:
    """A town's government named with its town is keyed as its council
    (``kinds_by_place.town_government_key``); a club whose name reads, word by word, as
    the town and its level is not: "Manchester City" is no "Manchester City Council"."""
    groups = actor_groups(
        ActorStub("Manchester City Council"),
        ActorStub("Manchester City", kind="organization"),
        ActorStub("the city"),
    )
    assert ["Manchester City"] in groups, groups
