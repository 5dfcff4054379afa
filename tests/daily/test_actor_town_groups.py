"""A group of people named by its town in each newsroom's words ("young men from the
Bavarian town of Tittmoning", "un gruppo di giovani di Tittmoning", "Burschenverein
Tittmoning") is one group when the reports tell it at one place; two groups of one town in
two stories, and two clubs of one town, stay apart (``town_groups``; invented articles,
real places)."""

from __future__ import annotations

import time

from tests.daily.test_multilingual_actors import Named, placed_groups, together


def _groups(named: list[Named], with_places: bool = True) -> list[list[str]]:
    return placed_groups(named, with_places, kind="group")


MAYPOLE = ["Feuerwehrhaus, Ostermiething", "Gasthof Post, Tittmoning"]


def test_one_towns_group_told_at_one_place_in_english_italian_and_german() -> None:
    groups = _groups(
        [
            ("en", MAYPOLE, "young men from the Bavarian town of Tittmoning"),
            ("it", MAYPOLE, "un gruppo di giovani di Tittmoning"),
            ("de", MAYPOLE, "Burschenverein Tittmoning"),
        ]
    )
    assert together(
        groups,
        "en:young men from the Bavarian town of Tittmoning",
        "it:un gruppo di giovani di Tittmoning",
        "de:Burschenverein Tittmoning",
    )


def test_described_groups_in_french_spanish_and_dutch() -> None:
    where = ["place de l'Église, Wissembourg"]
    groups = _groups(
        [
            ("fr", where, "des jeunes de Wissembourg"),
            ("es", where, "un grupo de jóvenes de Wissembourg"),
            ("nl", where, "een groep jongeren uit Wissembourg"),
        ]
    )
    assert len([g for g in groups if len(g) == 3]) == 1


def test_one_towns_groups_in_two_stories_stay_apart() -> None:
    groups = _groups(
        [
            ("maypole", ["Feuerwehrhaus, Ostermiething"], "young men from Tittmoning"),
            ("match", ["Stadion, Salzburg"], "un gruppo di giovani di Tittmoning"),
        ]
    )
    assert not together(
        groups, "maypole:young men from Tittmoning", "match:un gruppo di giovani di Tittmoning"
    )


def test_two_clubs_of_one_town_at_one_place_stay_apart_and_take_no_description() -> None:
    groups = _groups(
        [
            ("a", MAYPOLE, "Burschenverein Tittmoning"),
            ("b", MAYPOLE, "Schützenverein Tittmoning"),
            ("c", MAYPOLE, "young men from Tittmoning"),
        ]
    )
    assert not together(groups, "a:Burschenverein Tittmoning", "b:Schützenverein Tittmoning")
    assert not together(groups, "a:Burschenverein Tittmoning", "c:young men from Tittmoning")
    assert not together(groups, "b:Schützenverein Tittmoning", "c:young men from Tittmoning")


def test_groups_of_two_towns_at_one_place_stay_apart() -> None:
    groups = _groups(
        [
            ("a", MAYPOLE, "young men from Tittmoning"),
            ("b", MAYPOLE, "un gruppo di giovani di Ostermiething"),
        ]
    )
    assert not together(groups, "a:young men from Tittmoning", "b:un gruppo di giovani di Ostermiething")


def test_a_towns_residents_and_its_youths_at_one_place_stay_apart() -> None:
    groups = _groups(
        [
            ("en", MAYPOLE, "residents of Tittmoning"),
            ("it", MAYPOLE, "un gruppo di giovani di Tittmoning"),
            ("de", MAYPOLE, "Frauen aus Tittmoning"),
            ("fr", MAYPOLE, "des jeunes hommes de Tittmoning"),
        ]
    )
    assert not together(groups, "en:residents of Tittmoning", "it:un gruppo di giovani di Tittmoning")
    assert not together(groups, "de:Frauen aus Tittmoning", "fr:des jeunes hommes de Tittmoning")
    assert not together(groups, "en:residents of Tittmoning", "de:Frauen aus Tittmoning")


def test_a_group_saying_no_kind_of_people_joins_neither_of_two_kinds() -> None:
    groups = _groups(
        [
            ("es", MAYPOLE, "un grupo de Tittmoning"),
            ("en", MAYPOLE, "young men from Tittmoning"),
            ("nl", MAYPOLE, "vrouwen uit Tittmoning"),
        ]
    )
    assert not together(groups, "en:young men from Tittmoning", "nl:vrouwen uit Tittmoning")


def test_thousands_of_reports_of_one_towns_group_are_read_in_linear_time() -> None:
    names = ["young men from Tittmoning", "giovani di Tittmoning", "Burschenverein Tittmoning"]
    named: list[Named] = [(f"a{n}", MAYPOLE, names[n % 3]) for n in range(4000)]
    started = time.thread_time()
    groups = _groups(named)
    assert time.thread_time() - started < 2.5
    assert len(groups) == 1
