"""An acronym of a body's name in another language than the day's name of it ("SBB", "CFF"
of "Swiss Federal Railways") is that body when it is the day's only one it spells; never
when two bodies fit, nor when the acronym is too short (invented and real-pattern names)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.translated_acronyms import spells_translation
from tests.daily.test_multilingual_actors import ActorStub


def _groups(*names: str) -> list[list[str]]:
    actors = [ActorStub(n, kind="organization") for n in names]
    return sorted(sorted(actors[i].name for i in g) for g in same_actor_groups(actors))


@pytest.mark.parametrize(
    ("acronym", "key", "spelt"),
    [
        ("SBB", "federal railway switzerland", True),  # Schweizerische Bundesbahnen
        ("CFF", "federal railway switzerland", True),  # Chemins de fer fédéraux (suisses)
        ("FFS", "federal railway switzerland", True),
        ("BGM", "health ministry", False),  # a letter no word of the name gives
        ("MS", "health ministry", False),  # too short to say
        ("Sbb", "federal railway switzerland", False),  # not written as an acronym
        ("SBBX", "federal railway switzerland", False),  # a letter left over
    ],
)
def test_an_acronym_is_read_against_each_languages_words_for_the_name(
    acronym: str, key: str, spelt: bool
) -> None:
    assert spells_translation(acronym, key) is spelt


def test_the_acronyms_of_three_languages_join_the_name_in_a_fourth() -> None:
    assert _groups("SBB", "CFF", "Swiss Federal Railways", "Kantonspolizei Waadt") == [
        ["CFF", "SBB", "Swiss Federal Railways"],
        ["Kantonspolizei Waadt"],
    ]


def test_an_acronym_two_bodies_fit_joins_neither() -> None:
    groups = _groups("CFF", "Swiss Federal Railways", "Austrian Federal Railways")
    assert ["CFF"] in groups  # "fédéraux", the country left out: either railway


def test_an_acronym_already_joined_is_not_read_again() -> None:
    # "SBB" defined for the Swiss railways by its article stays theirs.
    actors = [
        ActorStub("SBB", kind="organization"),
        ActorStub("Schweizerische Bundesbahnen", kind="organization", aliases=("SBB",)),
        ActorStub("Swiss Federal Railways", kind="organization"),
    ]
    assert len(same_actor_groups(actors)) == 1


def test_a_long_acronym_against_a_long_name_is_read_quickly() -> None:
    started = time.thread_time()
    for _ in range(50):
        spells_translation("ABCDEFGH", "federal health interior ministry")
    assert time.thread_time() - started < 1.0


def test_a_busy_day_of_unresolved_acronyms_and_compounds_is_merged_quickly() -> None:
    # Every acronym meets only the names whose initials hold its letters, and every short
    # form only the names a compound opens: not every name of the day.
    letters = "BCDFGHKLMNPRSTVW"
    actors = [
        ActorStub(f"{p}{q}stadt {kind}", kind="organization")
        for p in letters
        for q in "aeiou"
        for kind in ("Health Office", "Kantonspolizei", "Water Agency", "Federal Railways")
    ]
    actors += [
        ActorStub(a + b + c, kind="organization") for a in letters for b in "AEIOU" for c in letters[:8]
    ]
    started = time.thread_time()
    same_actor_groups(actors)
    assert time.thread_time() - started < 8.0
