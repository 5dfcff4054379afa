"""A town's government named by its level alone ("the city", "la Ville", "die Gemeinde",
"the municipality") is its own article's town's, as "the police" is (issue 25): on a day of
two stories in two towns, each town's government also named in full, the two "the city" are
two actors; of one town they stay one. Every body here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub

# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def _groups(named: list[Named]) -> list[list[str]]:
    actors = [ActorStub(name) for _, _, name in named]
    articles = [article for article, _, _ in named]
    places = {article: where for article, where, _ in named}
    found = same_actor_groups(actors, articles=articles, article_places=places)
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


@pytest.mark.parametrize(
    ("first", "second", "named_first"),
    [
        ("The city", "la Ville", "Ville de Vessac"),
        ("the town", "the town", "Town of Vessac"),
        ("die Stadt", "the city", "Stadt Vessac"),
        ("la municipalité", "the municipality", "municipalité de Vessac"),
    ],
)
def test_two_towns_bare_governments_stay_apart(first: str, second: str, named_first: str) -> None:
    groups = _groups(
        [
            ("vessac-update", ["Route 9, Vessac"], first),
            ("vessac-fr", ["route 9, Vessac"], named_first),
            ("tarrel-news", ["Tarrel"], second),
            ("tarrel-release", ["rue Haute, Tarrel"], "Ville de Tarrel"),
        ]
    )
    assert not any(f"vessac-update:{first}" in g and f"tarrel-news:{second}" in g for g in groups), groups


def test_one_towns_bare_governments_are_one() -> None:
    """The look-alike that must still join: two articles of one town's story."""
    groups = _groups(
        [
            ("tarrel-metro", ["rue Haute, Tarrel"], "la Ville"),
            ("tarrel-radio", ["Tarrel"], "the city"),
            ("vessac-news", ["Vessac"], "Police de Vessac"),
        ]
    )
    assert ["tarrel-metro:la Ville", "tarrel-radio:the city"] in groups, groups
