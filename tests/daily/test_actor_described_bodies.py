"""A body described by its country and field alone ("die französische Gesundheitsbehörde")
is the day's one body of that country and field it fits, and none when the day names two
that cannot be one (a national agency and a regional authority): a false join is worse
than a missed one. Invented names throughout."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub


def _together(*names: str) -> list[list[str]]:
    actors = [ActorStub(n) for n in names]
    return sorted(sorted(actors[i].name for i in group) for group in same_actor_groups(actors))


@pytest.mark.parametrize(
    "description",
    [
        "französische Gesundheitsbehörde",
        "French health authority",
        "l'autorité sanitaire française".replace("sanitaire", "de santé"),
        "autoridad sanitaria francesa".replace("sanitaria", "de salud"),
    ],
)
def test_a_described_body_with_a_national_and_a_regional_candidate_joins_neither(description: str) -> None:
    groups = _together("Agence nationale de la santé Velmont", "Agence régionale de santé", description)
    assert [description] in groups, groups


def test_two_descriptions_of_a_field_on_such_a_day_stay_apart_too() -> None:
    groups = _together(
        "Agence régionale de santé",
        "Santé Velmont France",
        "französische Gesundheitsbehörde",
        "French health authority",
    )
    assert ["französische Gesundheitsbehörde"] in groups and ["French health authority"] in groups, groups


def test_a_described_body_joins_the_one_body_it_fits() -> None:
    groups = _together(
        "Agencia Estatal de Salud", "französische Gesundheitsbehörde".replace("französische", "spanische")
    )
    assert len(groups) == 1, groups
    # Two spellings of one national body (a level word and an unread one) are not two.
    groups = _together("Federal Avalanche Office", "Eidgenössisches Lawinenamt", "Swiss avalanche service")
    assert len(groups) == 1, groups


def test_the_same_description_word_for_word_in_two_articles_is_still_one() -> None:
    actors = [
        ActorStub(n)
        for n in ("Agence régionale de santé", "Santé publique Velmont", "French health authority")
    ]
    actors.append(ActorStub("French health authority"))
    groups = same_actor_groups(actors)
    assert [2, 3] in [sorted(g) for g in groups], groups


def test_a_ministry_or_another_country_does_not_make_a_description_ambiguous() -> None:
    # A health ministry is no health authority; Germany's health office is not France's.
    groups = _together("Agence régionale de santé", "Gesundheitsministerium", "deutsche Gesundheitsbehörde")
    assert len(groups) == 3  # nothing fits the German authority; nothing joins it wrongly


def test_an_ambiguous_description_is_said_in_the_notes() -> None:
    ambiguous: list[tuple[int, list[int]]] = []
    actors = [
        ActorStub(n)
        for n in ("Agence régionale de santé", "Santé publique Velmont", "French health authority")
    ]
    same_actor_groups(actors, ambiguous)
    assert ambiguous and ambiguous[0][0] == 2


def test_a_busy_day_of_health_offices_is_read_quickly() -> None:
    names = [f"Gesundheitsamt Ort{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}" for n in range(600)]
    names += ["Agence régionale de santé", "French health authority"] * 50
    start = time.thread_time()
    _together(*names)
    assert time.thread_time() - start < 10.0
