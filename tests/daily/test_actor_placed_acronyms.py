"""An acronym its article writes with its body's place ("la PJ de Metz", "el CNP de Vigo",
"the CID of Northfield") is that place's body: two places' are two bodies, and a bare one
of another story is not it by its letters alone; a bare one joins it where the day's
places say so (invented articles, real towns)."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.placed_acronyms import placed_acronyms
from tests.daily.test_multilingual_actors import ActorStub


def _mentioned(text: str, name: str) -> list[str]:
    return placed_acronyms(text, name, [text.index(name) + len(name)])


@pytest.mark.parametrize(
    ("text", "name", "placed"),
    [
        ("Le parquet a confié l'enquête à la PJ de Metz.", "PJ", "PJ Metz"),
        ("La investigación corre a cargo del CNP de Vigo.", "CNP", "CNP Vigo"),
        ("Detectives from the CID of Northfield were called.", "CID", "CID Northfield"),
        ("Die Ermittlungen führt die KPI von Bozen.", "KPI", "KPI Bozen"),
    ],
)
def test_an_acronym_with_its_place_is_named_with_it(text: str, name: str, placed: str) -> None:
    assert _mentioned(text, name) == [placed]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The PJ has opened an inquiry into the ride's brakes.", "PJ"),
        ("La PJ de garde a été saisie.", "PJ"),  # lower case: no place
        ("Selon la Police judiciaire de Metz, rien.", "Police judiciaire"),  # no acronym
    ],
)
def test_no_place_after_it_names_none(text: str, name: str) -> None:
    assert _mentioned(text, name) == []


def test_two_places_acronyms_are_two_bodies() -> None:
    metz = ActorStub("PJ", aliases=("PJ Metz",))
    nancy = ActorStub("PJ", aliases=("PJ Nancy",))
    bare = ActorStub("PJ")
    groups = same_actor_groups([metz, nancy, bare], places=["Thionville", "Luxembourg"])
    assert groups == [[0], [1], [2]]


def test_a_bare_acronym_joins_the_days_place_body() -> None:
    metz = ActorStub("PJ", aliases=("PJ Metz",))
    groups = same_actor_groups([metz, ActorStub("PJ")], places=["Metz"])
    assert groups == [[0, 1]]


def test_an_acronym_its_article_writes_with_two_places_is_named_with_neither() -> None:
    """One article's "PJ" of Metz and of Nancy is one actor by its name: named with both
    places, it would make the day's PJ of Metz and PJ of Nancy one body."""
    text = "La PJ de Metz a transmis le dossier à la PJ de Nancy."
    ends = [at + len("PJ") for at in range(len(text)) if text.startswith("PJ", at)]
    assert placed_acronyms(text, "PJ", ends) == []
    both = ActorStub("PJ", aliases=tuple(placed_acronyms(text, "PJ", ends)))
    metz, nancy = ActorStub("PJ", aliases=("PJ Metz",)), ActorStub("PJ", aliases=("PJ Nancy",))
    groups = same_actor_groups([metz, nancy, both], places=["Metz", "Nancy"])
    assert not any({0, 1} <= set(group) for group in groups), groups
