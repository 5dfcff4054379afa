"""A government named by its level alone ("the regional government", "die
Regionalregierung") on a day naming two regions' governments is the one of the region its
article's places lie in: a story in a province (ISO 3166-2) is its region's, though the
passage naming the body names only a town the data does not place (invented)."""

from __future__ import annotations

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub

REGIONS = ["Junta de Andalucía", "Xunta de Galicia"]


def _groups(bare: str, article_places: list[str], own: list[str]) -> list[list[str]]:
    """The day's two regional governments, each named by an article of its region, and
    ``bare`` in a third article whose incidents are at ``article_places``, its passage's
    at ``own``."""
    names = [*REGIONS, bare]
    articles = ["south", "north", "wire"]
    places = {"south": ["Sevilla"], "north": ["Lugo"], "wire": article_places}
    found = same_actor_groups(
        [ActorStub(n) for n in names],
        articles=articles,
        places=[p for where in places.values() for p in where],
        article_places=places,
        own_places=[places["south"], places["north"], own],
    )
    return sorted(sorted(names[i] for i in group) for group in found)


def test_a_level_alone_is_the_government_of_the_region_holding_its_story() -> None:
    groups = _groups(
        "regional government", ["Villaseca del Olmo", "provincia de Jaén"], ["Villaseca del Olmo"]
    )
    assert ["Junta de Andalucía", "regional government"] in groups
    groups = _groups("die Regionalregierung", ["Provinz Ourense"], [])
    assert ["Xunta de Galicia", "die Regionalregierung"] in groups


def test_a_story_in_both_regions_or_in_a_town_alone_says_neither() -> None:
    for places in (["provincia de Jaén", "provincia de Ourense"], ["Villaseca del Olmo"]):
        groups = _groups("regional government", places, [])
        assert ["regional government"] in groups, places
