"""Two people who share a surname and whose first names only look alike ("An" and "Jan",
"Giulio" and "Giulia") are two people; one first name written two ways is one (invented
people)."""

from __future__ import annotations

import pytest

from summarizer.daily.other_given_names import other_given_names
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _people(*named: tuple[str, str | None]) -> int:
    return len(actor_groups(*(ActorStub(n, kind="person", role=r) for n, r in named)))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("An Verhulst", "Jan Verhulst"),  # Dutch: a letter before
        ("Jan Dvořák", "Jana Dvořák"),  # Czech names in a German report: a letter after
        ("Andrea Bianchi", "Andreas Bianchi"),  # Italian and German
        ("Giulio Ferraro", "Giulia Ferraro"),  # Italian brother and sister
        ("Francesco Amato", "Francesca Amato"),
        ("Paulo Teixeira", "Paula Teixeira"),  # Portuguese
        ("Daniel Kessler", "Daniela Kessler"),  # German, Spanish
        ("Louis Marchal", "Louise Marchal"),  # French
    ],
)
def test_two_people_sharing_a_surname_whose_first_names_only_look_alike_stay_apart(
    one: str, other: str
) -> None:
    assert _people((one, "spokeswoman"), (other, "police spokesman")) == 2
    assert _people((one, None), (other, None)) == 2


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Vitali Morozov", "Vitaly Morozov"),  # one Russian name transliterated two ways
        ("Andrei Sokolov", "Andrey Sokolov"),
        ("Mohammed Benali", "Mohamed Benali"),
        ("Aleksandr Petrov", "Alexandr Petrov"),
    ],
)
def test_one_first_name_written_two_ways_is_still_one_person(one: str, other: str) -> None:
    assert _people((one, None), (other, None)) == 1


def test_names_that_differ_by_an_added_letter_or_a_gendered_ending_are_two_names() -> None:
    assert other_given_names("An", "Jan") and other_given_names("jana", "Jan")
    assert other_given_names("Giulio", "Giulia") and other_given_names("Simone", "Simona")
    assert other_given_names("José", "Josée")
    assert not other_given_names("Vitali", "Vitaly") and not other_given_names("Andrei", "Andrey")
    assert not other_given_names("Jan", "Jan") and not other_given_names("Zoë", "Zoe")


def test_a_feminine_first_name_is_no_short_form_of_the_masculine_even_in_one_office() -> None:
    # The nickname table lists "Louise" under Louis; a short form in one office still joins.
    assert _people(("Louis Marchal", "porte-parole"), ("Louise Marchal", "porte-parole")) == 2
    assert _people(("Mick Doyle", "district president"), ("Michael Doyle", "district president")) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [("Vitali", "Vitaliy"), ("Dmitri", "Dmitriy"), ("Yuri", "Yuriy"), ("Dmitri", "Dmitrij"),
     ("Sara", "Sarah"), ("Hanna", "Hannah"), ("Jon", "John")],
)  # fmt: skip
def test_one_name_transliterated_or_with_a_silent_letter_is_one_person(one: str, other: str) -> None:
    # A Slavic "-iy" written "-i" by another outlet, a silent final "h": one name two ways.
    assert not other_given_names(one, other)
    assert _people((f"{one} Kovalenko", None), (f"{other} Kovalenko", None)) == 1
