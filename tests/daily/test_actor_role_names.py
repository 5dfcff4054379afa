"""A body named shortly whose role names it with its place ("States", role "States of
Guernsey") is keyed by that role: two islands' "States", two Länder's "Landesregierung",
two towns' "la police" are two bodies, each the one its role names (invented articles)."""

from __future__ import annotations

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.role_names import placed_by_role
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def test_two_islands_states_named_by_their_roles_are_two() -> None:
    actors = [
        ActorStub("States", role="States of Guernsey"),
        ActorStub("States", role="States of Jersey"),
        ActorStub("States of Guernsey"),
    ]
    groups = same_actor_groups(actors, places=["Albert Pier, St Peter Port, Guernsey", "St Helier, Jersey"])
    assert sorted(groups) == [[0, 2], [1]]


def test_in_german_french_and_italian() -> None:
    for short, first, second in [
        ("Landesregierung", "Landesregierung Tirol", "Landesregierung Vorarlberg"),
        ("la police", "police de Quimper", "police de Brest"),
        ("la Procura", "Procura di Nuoro", "Procura di Sassari"),
    ]:
        groups = actor_groups(
            ActorStub(short, role=first), ActorStub(short, role=second), ActorStub(first), ActorStub(second)
        )
        assert len(groups) == 2, groups
        assert all(len(g) == 2 for g in groups), groups


def test_a_role_that_adds_more_than_a_place_keys_nothing() -> None:
    assert placed_by_role("States", "States of Guernsey", frozenset({"guernsey"})) == "States of Guernsey"
    assert placed_by_role("la police", "police de Quimper, Finistère", frozenset()) == "police de Quimper"
    # A diving club's role says what club it is, not only where: it is no key.
    assert placed_by_role("club", "club de plongée de Bonifacio", frozenset({"bonifacio"})) is None
    assert placed_by_role("CROSS", "französische Seenotleitstelle", frozenset()) is None
    assert placed_by_role("Police", None, frozenset()) is None
