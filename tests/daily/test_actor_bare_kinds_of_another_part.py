"""A kind alone ("police", "Polizei", "policía") on a day that names one body of that kind
more fully joins it only when its article's place may lie in that body's: "Kent Police"
is not the police of a story in Leeds, another part of England, though it is the day's one
force (invented articles, real places)."""

from __future__ import annotations

from tests.daily.test_actor_kinds_by_place import _groups


def test_a_bare_police_of_another_part_stays_apart_from_the_days_one_force() -> None:
    groups = _groups([("leeds", ["Leeds"], "police"), ("kent", ["Maidstone"], "Kent Police")])
    assert ["leeds:police"] in groups


def test_the_bare_police_of_the_forces_own_stories_still_join_it() -> None:
    groups = _groups(
        [
            ("leeds", ["Leeds"], "police"),
            ("kent", ["Maidstone"], "Kent Police"),
            ("kent-2", ["Maidstone"], "police"),
            ("kent-3", ["Canterbury, Kent"], "the police"),
        ]
    )
    assert ["kent-2:police", "kent-3:the police", "kent:Kent Police"] in groups
    assert ["leeds:police"] in groups


def test_in_german_and_spanish_a_part_apart_or_within() -> None:
    tirol = ("t", ["Pinnistal"], "Landespolizeidirektion Tirol")
    # Vorarlberg is another Land; Innsbruck, a town, says no part and may lie in Tirol.
    assert ["v:Polizei"] in _groups([("v", ["Bregenz, Vorarlberg"], "Polizei"), tirol])
    assert ["i:Polizei", "t:Landespolizeidirektion Tirol"] in _groups(
        [("i", ["Innsbruck"], "Polizei"), tirol]
    )
    # Girona lies in Catalonia: its bare "policía" is the Catalan force.
    groups = _groups([("g", ["Girona"], "policía"), ("c", ["Barcelona"], "Policía de Cataluña")])
    assert len(groups) == 1, groups


def test_a_force_whose_name_says_no_place_takes_every_bare_kind() -> None:
    groups = _groups(
        [("a", ["Kent"], "police"), ("b", ["Leeds"], "police"), ("c", ["Leeds"], "National Police")]
    )
    assert len(groups) == 1, groups
