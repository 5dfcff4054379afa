"""A force named by a noun that says what it guards and the place it polices ("Sûreté du
Québec") is that place's police: one actor with "Quebec provincial police" and a live
blog's bare "Police" of the same story (issue 25, day 74). The noun alone or before
anything but a place ("Autorité de sûreté nucléaire", "Sûreté de l'État", a state
security service) is no police (invented articles, real bodies)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.organisations import organisation_key
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


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sûreté du Québec", "police quebec"),
        ("Sûreté du Luxembourg", "luxembourg police"),
        # What a body guards, not a police: nuclear safety, the state's security.
        ("Autorité de sûreté nucléaire", "nuclear office surete"),
        ("Sûreté de l'État", "state surete"),
        ("Sûreté", "surete"),
    ],
)
def test_the_noun_is_a_police_only_before_the_place_it_polices(name: str, key: str) -> None:
    assert organisation_key(name_key(name)) == key


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
