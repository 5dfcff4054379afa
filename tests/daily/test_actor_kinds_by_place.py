"""A body named by its kind alone ("die Polizei", "les pompiers") on a day with two bodies
of that kind is its own article's town's, never one actor across two stories (invented
articles, real towns)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.linkage import UnionFind
from tests.daily.test_multilingual_actors import ActorStub

# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def _groups(named: list[Named], with_places: bool = True) -> list[list[str]]:
    actors = [ActorStub(name) for _, _, name in named]
    articles = [article for article, _, _ in named]
    places = {article: where for article, where, _ in named} if with_places else None
    found = same_actor_groups(actors, articles=articles, article_places=places)
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


def test_a_bare_police_of_two_towns_joins_its_own_towns_force() -> None:
    groups = _groups(
        [
            ("crane-de", ["Köln-Ehrenfeld"], "Polizei"),
            ("crane-live", ["Köln-Ehrenfeld"], "Polizei Köln"),
            ("crane-fr", ["Cologne"], "police"),
            ("prison-de", ["Hollweiler", "Saarbrücken"], "Polizei"),
            ("prison-en", ["Saarbrücken"], "Saarland police"),
        ]
    )
    assert ["crane-de:Polizei", "crane-fr:police", "crane-live:Polizei Köln"] in groups
    assert not any("prison-de:Polizei" in g and "crane-de:Polizei" in g for g in groups)


def test_bare_fire_brigades_of_two_stories_stay_apart_in_french_and_spanish() -> None:
    groups = _groups(
        [
            ("lyon-a", ["Lyon"], "les pompiers"),
            ("lyon-b", ["Villeurbanne"], "pompiers de Lyon"),
            ("gre-a", ["Grenoble"], "les pompiers"),
            ("gre-b", ["Grenoble"], "bomberos de Grenoble"),
            ("gre-c", ["Grenoble"], "Bomberos"),
        ]
    )
    assert ["lyon-a:les pompiers", "lyon-b:pompiers de Lyon"] in groups
    assert ["gre-a:les pompiers", "gre-b:bomberos de Grenoble", "gre-c:Bomberos"] in groups


def test_bare_kinds_of_articles_that_share_a_town_are_one_when_no_name_says_which() -> None:
    groups = _groups(
        [
            ("a", ["Lyon"], "la police"),
            ("b", ["Lyon"], "Polizei"),
            ("c", ["Marseille"], "police"),
            ("d", ["Nice"], "police de Nice"),
            ("e", ["Toulon"], "police de Toulon"),
        ]
    )
    assert ["a:la police", "b:Polizei"] in groups
    assert ["c:police"] in groups  # Marseille's police: neither Nice's nor Lyon's


def test_one_force_named_fully_takes_every_bare_kind_of_the_day() -> None:
    groups = _groups(
        [
            ("a", ["Palma"], "police"),
            ("b", ["Majorca"], "police"),
            ("c", ["Palma"], "Policía Nacional"),
            ("d", ["Palma"], "spanische Nationalpolizei"),
            ("e", ["Palma"], "National Police"),
        ]
    )
    assert len(groups) == 1, groups


def test_without_the_articles_places_bare_kinds_of_one_key_are_one() -> None:
    named = [
        ("a", ["Lyon"], "police"),
        ("b", ["Nice"], "police"),
        ("c", [], "police de Nice"),
        ("d", [], "police de Lyon"),
    ]
    assert ["a:police", "b:police"] in _groups(named, with_places=False)


def test_a_hostile_place_list_is_read_in_time() -> None:
    import time

    hostile = ["Köln-" + "Ehrenfeld-" * 2000, "x" * 50_000, "Ä" * 10_000 + " 東京"]
    named = [(f"a{n}", [*hostile, f"Ort{n}"], "Polizei") for n in range(200)]
    named += [("k", ["Köln"], "Polizei Köln"), ("s", ["Saarbrücken"], "Saarland police")]
    _groups(named[-2:])  # the place tables load once, before the clock starts
    started = time.thread_time()
    groups = _groups(named)
    assert time.thread_time() - started < 5
    assert any("k:Polizei Köln" in g and "a0:Polizei" in g for g in groups)


def test_a_kind_given_as_a_short_name_joins_no_other_towns_body() -> None:
    actors = [
        ActorStub("Polizei Köln", aliases=("Polizei",)),
        ActorStub("police sarroise", aliases=("police",)),
        ActorStub("Saarland police"),
    ]
    groups = same_actor_groups(actors, articles=["a", "b", "c"], article_places={"a": [], "b": [], "c": []})
    assert [0] in groups and not any(0 in g and 1 in g for g in groups)


def test_a_kind_given_as_a_short_name_still_joins_the_days_one_other_body_of_its_kind() -> None:
    actors = [
        ActorStub("pompiers du Rhône", aliases=("pompiers",)),
        ActorStub("Service départemental-métropolitain d'incendie et de secours", aliases=("SDMIS",)),
    ]
    assert len(same_actor_groups(actors)) == 1


def test_a_bare_kind_whose_town_names_no_body_joins_the_bare_kind_beside_it_in_that_town() -> None:
    groups = _groups(
        [
            ("a", ["Köln-Ehrenfeld"], "Polizei"),
            ("b", ["Ehrenfeld"], "police"),
            ("c", [], "Polizei Köln"),
            ("d", ["Hollweiler"], "Polizei"),
            ("e", ["Saarbrücken"], "Saarland police"),
        ]
    )
    assert ["a:Polizei", "b:police", "c:Polizei Köln"] in groups
    assert ["d:Polizei"] in groups


def test_bare_kinds_of_one_town_are_joined_once_not_pairwise(monkeypatch: pytest.MonkeyPatch) -> None:
    # A day whose every article names one city: its bare kinds join as one bucket, in a
    # number of unions that grows with them, not with their pairs.
    calls = 0
    union = UnionFind.union

    def counted(self: UnionFind, a: int, b: int) -> None:
        nonlocal calls
        calls += 1
        union(self, a, b)

    monkeypatch.setattr(UnionFind, "union", counted)
    many = 400
    named = [(f"a{n}", ["Lyon"], "police") for n in range(many)]
    groups = _groups([*named, ("n", ["Nice"], "police de Nice"), ("t", ["Toulon"], "police de Toulon")])
    assert sorted(len(g) for g in groups) == [1, 1, many]
    assert calls < 4 * many, calls
