"""A force named by its station or what it guards and the place it serves ("Sûreté du
Québec", "commissariat de Quimper", "stazione dei carabinieri di Merano") is that place's
force: one actor with "Quebec provincial police" and a live blog's bare "Police" of the
same story (issue 25, days 74 and 48). The noun alone or with anything but a place
("Autorité de sûreté nucléaire", "Sûreté de l'État", a state security service,
"Haut-Commissariat aux réfugiés") is no police (invented articles, real bodies)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.organisations import organisation_key, placed_key
from summarizer.linkage import name_key
from tests.daily.test_multilingual_actors import ActorStub

# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def _groups(named: list[Named]) -> list[list[str]]:
    actors = [ActorStub(name) for _, _, name in named]
    articles = [article for article, _, _ in named]
    places = {article: where for article, where, _ in named}
    every = [place for _, where, _ in named for place in where]
    found = same_actor_groups(actors, articles=articles, article_places=places, places=every)
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


_PLACES = frozenset({"quimper", "vigo", "rimini", "girona", "ashby", "merano", "thann"})


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sûreté du Québec", "police quebec"),
        ("Sûreté du Luxembourg", "luxembourg police"),
        ("commissariat de Quimper", "police quimper"),
        ("comisaría de Vigo", "police vigo"),
        ("commissariato di Rimini", "police rimini"),
        ("comissaria de Girona", "girona police"),
        ("police station in Ashby", "ashby police"),
        ("stazione dei carabinieri di Merano", "carabinieri merano"),
        ("caserma dei carabinieri di Merano", "carabinieri merano"),
        ("compagnie de gendarmerie de Thann", "gendarmerie thann"),
        # What a body guards or oversees, not a police: nuclear safety, the state's
        # security, refugees, atomic energy.
        ("Autorité de sûreté nucléaire", "nuclear office surete"),
        ("Sûreté de l'État", "state surete"),
        ("Haut-Commissariat aux réfugiés", "commissariat refugies upper"),
        ("Commissariat à l'énergie atomique", "a atomique commissariat energy"),
        # No place: no force of one.
        ("Sûreté", "surete"),
        ("police station", "police station"),
        ("commissariat", "commissariat"),
    ],
)
def test_a_station_is_its_places_force_only_with_its_place_alone(name: str, key: str) -> None:
    assert placed_key(organisation_key(name_key(name)), _PLACES) == key


def test_a_bare_police_is_the_days_one_station_named_by_its_town() -> None:
    groups = _groups(
        [
            ("fr", ["pharmacie du Marché, Quimper"], "commissariat de Quimper"),
            ("en", ["Quimper"], "Police"),
            ("de", ["Quimper"], "Polizei"),
        ]
    )
    assert groups == [["de:Polizei", "en:Police", "fr:commissariat de Quimper"]]


def test_two_towns_stations_stay_apart() -> None:
    groups = _groups(
        [
            ("fr", ["Quimper"], "commissariat de Quimper"),
            ("fr2", ["Brest"], "commissariat de Brest"),
            ("it", ["Merano"], "stazione dei carabinieri di Merano"),
            ("it2", ["Bolzano"], "carabinieri di Bolzano"),
        ]
    )
    assert len(groups) == 4, groups


@pytest.mark.parametrize("bare", ["Police", "la police", "die Polizei", "la policía"])
def test_the_sq_its_english_name_and_a_bare_police_of_its_story_are_one(bare: str) -> None:
    groups = _groups(
        [
            ("fr", ["Saint-Félicien, Lac-Saint-Jean"], "Sûreté du Québec"),
            ("en", ["Saint-Félicien, Lac-Saint-Jean"], "Quebec provincial police"),
            ("live", ["Saint-Félicien, Lac-Saint-Jean"], bare),
            # Another story's police, elsewhere.
            ("it", ["Nus, Valle d'Aosta"], "polizia stradale"),
        ]
    )
    assert sorted(["fr:Sûreté du Québec", "en:Quebec provincial police", f"live:{bare}"]) in groups, groups


def test_a_nuclear_safety_authority_is_no_police() -> None:
    groups = _groups(
        [
            ("fr", ["Cattenom, Moselle"], "Autorité de sûreté nucléaire"),
            ("fr2", ["Cattenom, Moselle"], "la police"),
        ]
    )
    assert len(groups) == 2, groups


def test_two_provinces_forces_at_one_story_leave_a_bare_police_alone() -> None:
    groups = _groups(
        [
            ("fr", ["Gatineau, Outaouais"], "Sûreté du Québec"),
            ("en", ["Gatineau, Outaouais"], "Ontario Provincial Police"),
            ("live", ["Gatineau, Outaouais"], "Police"),
        ]
    )
    assert ["live:Police"] in groups, groups
