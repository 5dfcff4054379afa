"""One rule for first names and initials, shared by the offline engine and the daily
merge: hyphenated and accented initials, names written out, never another first name."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.people import given_initials
from summarizer.engines.extractive.actor_mentions import other_given_name
from summarizer.engines.extractive.names import Candidate
from summarizer.text.given_names import initials_fit, initials_of, may_be_given_name


@pytest.mark.parametrize(
    ("written", "letters"),
    [("T.", ("t",)), ("t", ("t",)), ("J.-P.", ("j", "p")), ("J.P.", ("j", "p")), ("É.", ("e",)),
     ("Ł.", ("l",)), ("Å.-M.", ("a", "m"))],
)  # fmt: skip
def test_initials_are_read_with_hyphens_and_accents(written: str, letters: tuple[str, ...]) -> None:
    assert initials_of(written) == letters


@pytest.mark.parametrize("written", ["Al", "Jo", "Jean", "J-P", "JP", "J..P", "3.", "-", ".", ""])
def test_a_short_first_name_or_a_stray_mark_is_no_initial(written: str) -> None:
    assert initials_of(written) is None


@pytest.mark.parametrize(
    ("written", "given"),
    [
        ("J.-P.", ["Jean-Pierre"]),
        ("J.P.", ["Jean-Pierre"]),
        ("J.", ["Jean-Pierre"]),
        ("É.", ["Élodie"]),
        ("E.", ["Élodie"]),
        ("É.", ["Elodie"]),
        ("T.", ["Tomas", "Erik"]),
        ("Élodie", ["Elodie"]),
        ("Jean-Pierre", ["Jean-Pierre"]),
        ("jean-pierre", ["Jean-Pierre"]),
        ("Pierre", ["Jean-Pierre"]),
        ("Erik", ["Tomas", "Erik"]),
        ("Tomas", ["T."]),
        ("Jean-Pierre", ["J.-P."]),
        ("Jean-Pierre", ["J."]),
        ("T.", ["T."]),
    ],
)
def test_a_first_name_fits_its_own_person(written: str, given: list[str]) -> None:
    assert may_be_given_name(written, given)


@pytest.mark.parametrize(
    ("written", "given"),
    [
        ("J.-M.", ["Jean-Pierre"]),
        ("P.", ["Jean-Pierre"]),
        ("E.", ["Tomas", "Erik"]),  # a reporter's initial is the first name's
        ("E.", ["Tomas"]),
        ("Elena", ["Tomas"]),
        ("Tomas", ["E."]),
        ("Jean-Marc", ["Jean-Pierre"]),
        ("Jean-Marc", ["J.-P."]),
        ("É.", ["Aurélie"]),
        ("J.-P.", ["Jean"]),
    ],
)
def test_another_first_name_never_fits(written: str, given: list[str]) -> None:
    assert not may_be_given_name(written, given)


def test_initials_fit_only_their_own_first_names_in_order() -> None:
    assert initials_fit(("t",), ["tomas"])
    assert initials_fit(("j", "p"), ["jean-pierre"])
    assert not initials_fit(("e",), ["tomas"])
    assert not initials_fit(("j", "m"), ["jean-pierre"])
    assert not initials_fit((), ["tomas"])


def test_the_engine_and_the_merge_agree_on_initials() -> None:
    """The engine's "is this another first name" and the merge's initials are one rule."""
    dupont = Candidate(name="Jean-Pierre Dupont", kind="person")
    darras = Candidate(name="Élodie Darras", kind="person")
    for written, person, same in [
        ("J.-P. Dupont", dupont, True),
        ("J.P. Dupont", dupont, True),
        ("J.-M. Dupont", dupont, False),
        ("E. Darras", darras, True),
        ("É. Darras", darras, True),
        ("R. Darras", darras, False),
    ]:
        assert other_given_name(written.split(), person) is not same, written
        key = written.casefold()
        letters = given_initials(key)
        assert letters is not None
        assert initials_fit(letters, person.name.split()[:-1]) is same, written


def test_hostile_initials_are_read_in_linear_time() -> None:
    word = "J.-" * 20000 + "P."
    started = time.thread_time()
    assert initials_of(word) is not None
    assert initials_of("J.-" * 20000 + "Pierre") is None
    assert not may_be_given_name("x" * 100000, ["Jean-Pierre"])
    assert time.thread_time() - started < 1.0
