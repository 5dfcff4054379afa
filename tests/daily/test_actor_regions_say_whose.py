"""A body qualified by a region newsrooms name in several languages ("ministère sarrois de
la Justice", "ministerio del Interior de Baviera") is the day's one body of that kind
named without it ("Justizministerium"); with two regions' such bodies a kind alone joins
neither, and two regions' bodies stay apart (invented days, real regions)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("short", "qualified"),
    [
        ("Justizministerium", "ministère sarrois de la Justice"),
        ("Innenministerium", "ministerio del Interior de Baviera"),
        ("ministère de la Santé", "Tyrolean health ministry"),
    ],
)
def test_a_kind_alone_is_the_days_one_regions_body_of_that_kind(short: str, qualified: str) -> None:
    assert actor_groups(ActorStub(short), ActorStub(qualified)) == [sorted([short, qualified])]


@pytest.mark.parametrize(
    "names",
    [
        ["Justizministerium", "ministère sarrois de la Justice", "bayerisches Justizministerium"],
        ["Innenministerium", "Tyrolean interior ministry", "ministerio del Interior de Baviera"],
    ],
)
def test_two_regions_bodies_leave_a_kind_alone_unjoined(names: list[str]) -> None:
    assert actor_groups(*(ActorStub(n) for n in names)) == sorted([n] for n in names)
