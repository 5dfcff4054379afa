"""A club named with its founding year is the club named without it; two clubs a year
apart stay two, and a bare name that could be either joins neither (invented clubs)."""

from __future__ import annotations

import time

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub


def _groups(*names: str) -> list[list[str]]:
    actors = [ActorStub(n, kind="organization") for n in names]
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors))


def test_a_club_with_and_without_its_founding_year_is_one() -> None:
    assert len(_groups("TSV Kellbach 1898", "TSV Kellbach")) == 1
    assert len(_groups("FC Vallmar 1911", "FC Vallmar")) == 1
    assert len(_groups("SV Rüdenau 1920", "SV Ruedenau")) == 1  # umlaut written out too


def test_two_clubs_a_year_apart_stay_two_and_the_bare_name_joins_neither() -> None:
    groups = _groups("TSV Kellbach 1898", "TSV Kellbach 1920", "TSV Kellbach")
    assert len(groups) == 3, groups


def test_a_year_does_not_join_two_clubs_of_two_towns_or_a_kind_alone() -> None:
    assert len(_groups("TSV Kellbach 1898", "TSV Vallmar")) == 2
    assert len(_groups("Verband 1950", "Verband Kellbach")) == 2


def test_many_clubs_with_years_are_read_quickly() -> None:
    names = [f"SV Ort{chr(65 + n % 26)}{chr(65 + n // 26 % 26)} {1850 + n % 150}" for n in range(800)]
    names += ["SV " + "1" * 5000, "FC 1900 " * 2000]
    start = time.thread_time()
    _groups(*names)
    assert time.thread_time() - start < 10
