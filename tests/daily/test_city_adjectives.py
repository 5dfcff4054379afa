"""A day's city named by its adjective in a body's name ("les pompiers bruxellois",
"Brusselse brandweer", "Berliner Feuerwehr", "polizia milanese") keys as the city, and
an actor's own incident's places, without a road's heading, say which of two bodies of
one kind a bare kind is (invented articles, real cities)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.body_city_names import day_city_names, with_city_names
from summarizer.daily.city_adjectives import city_adjectives
from tests.daily.test_multilingual_actors import ActorStub


def _groups(names: list[str], places: tuple[str, ...] = ()) -> list[list[str]]:
    actors = [ActorStub(n) for n in names]
    return sorted(sorted(names[i] for i in g) for g in same_actor_groups(actors, places=places))


@pytest.mark.parametrize(
    ("names", "places"),
    [
        (["les pompiers bruxellois", "Brusselse brandweer", "Brussels fire service"], ("Laeken, Bruxelles",)),
        (["Berliner Feuerwehr", "pompiers berlinois", "Berlin fire service"], ("Berlin-Mitte",)),
        (["polizia milanese", "police milanaise", "Milan police"], ("Milano",)),
    ],
)
def test_a_days_citys_adjective_names_its_body_in_every_language(
    names: list[str], places: tuple[str, ...]
) -> None:
    assert _groups(names, places) == [sorted(names)]


def test_an_adjective_of_a_city_the_day_does_not_name_is_no_city() -> None:
    # No Hamburg on the day: "Hamburger" is read as written, and keys no Brussels body.
    renamed = day_city_names(["Brussels", "Bruxelles", "Hamburger Hafen", "pompiers bruxellois"])
    assert "hamburger" not in renamed
    assert with_city_names("pompiers bruxellois", renamed) == "pompiers brussels"


def test_a_word_that_is_a_name_or_a_common_word_is_no_adjective() -> None:
    names = {"gent": "gent", "bruxelles": "brussels", "brussels": "brussels"}
    # "gente" takes no demonym ending; "brussels" is a name of the city, not its adjective.
    assert city_adjectives(["gente", "brussels", "bruxellois", "Gentse"], names) == {
        "bruxellois": "brussels",
        "gentse": "gent",
    }


def test_an_adjective_of_two_of_the_days_cities_is_neither() -> None:
    # "Lyon" and "Lyons" (two towns of one day) share the stem of "lyonnais": neither's.
    assert city_adjectives(["lyonnais"], {"lyon": "lyon", "lyons": "lyons"}) == {}
    assert city_adjectives(["lyonnais"], {"lyon": "lyon"}) == {"lyonnais": "lyon"}


def test_a_city_adjective_keeps_two_cities_bodies_apart() -> None:
    groups = _groups(["pompiers bruxellois", "Berliner Feuerwehr"], ("Bruxelles", "Berlin"))
    assert groups == [["Berliner Feuerwehr"], ["pompiers bruxellois"]]


def _kinds(named: list[tuple[str, list[str], list[str], str]]) -> list[list[str]]:
    actors = [ActorStub(name) for *_, name in named]
    articles = [article for article, *_ in named]
    article_places = {article: whole for article, whole, _, _ in named}
    own = [own for _, _, own, _ in named]
    found = same_actor_groups(actors, articles=articles, article_places=article_places, own_places=own)
    return sorted(sorted(f"{named[i][0]}:{named[i][3]}" for i in g) for g in found)


def test_a_bare_kind_is_its_own_incidents_bodys_not_the_next_storys() -> None:
    # One German article reports a pile-up on a road heading for Brussels and a bridge
    # crash in Brussels; its "Feuerwehr" is named in the pile-up's passage.
    crash = "Van Praetbrug, Laken, Brussel"
    pileup = "E40 richting Brussel, Erpe-Mere"
    groups = _kinds(
        [
            ("de", [pileup, crash], [pileup], "Feuerwehr"),
            ("nl", [crash], [crash], "Brusselse brandweer"),
            ("nl2", [pileup], [pileup], "Brandweerzone Oost"),
        ]
    )
    assert not any("de:Feuerwehr" in g and "nl:Brusselse brandweer" in g for g in groups)
