"""A region named as the upper or lower part of a larger one, in two languages
(``region_halves``): "Oberelsass" and "Haut-Rhin", "Niederbayern" and "Basse-Bavière" may
name one part, so two reports of one village placed one by each are not set apart by what
holds them (``place_chains.holders_apart``). Two parts of one way the data knows, or of two
ways, or of two wholes, stay two."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import holders_apart, place_chain, place_holders
from summarizer.daily.place_keys import place_key
from summarizer.daily.region_halves import halves_of_one_region


def _apart(a: str, b: str) -> bool:
    return holders_apart(place_holders(a), place_chain(a)[0], place_holders(b), place_chain(b)[0])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Oberelsass", "Haut-Rhin"),  # de / fr: the whole by its name, and by what the data says holds it
        ("Unterelsass", "Bas-Rhin"),  # de / fr, the lower part
        ("Niederbayern", "Basse-Bavière"),  # de / fr
        ("Oberbayern", "Alta Baviera"),  # de / it
        ("Upper Bavaria", "Alta Baviera"),  # en / it
        ("Baja Baviera", "Basse-Bavière"),  # es / fr
        ("Baixa Baviera", "Niederbayern"),  # pt / de
    ],
)
def test_one_way_of_one_whole_in_two_languages_may_be_one_part(one: str, other: str) -> None:
    assert halves_of_one_region(place_key(one), place_key(other))
    assert halves_of_one_region(place_key(other), place_key(one))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Unterelsass", "Haut-Rhin"),  # two ways of one whole
        ("Oberbayern", "Niederbayern"),
        ("Bassa Baviera", "Oberbayern"),
        ("Hautes-Pyrénées", "Haute-Garonne"),  # one way, one whole, both parts the data knows
        ("Oberfranken", "Haute-Bavière"),  # a whole no data knows
        ("Oberelsass", "Haute-Bavière"),  # two wholes
        ("Haut-Rhin", "Haut-Rhin"),  # one name is no two names of one part
        ("Alsace", "Haut-Rhin"),  # a name of no way: the whole and its part (``_may_hold``' own rule)
    ],
)
def test_two_ways_two_wholes_or_two_known_parts_are_two(one: str, other: str) -> None:
    assert not halves_of_one_region(place_key(one), place_key(other))
    assert not halves_of_one_region(place_key(other), place_key(one))


def test_a_village_placed_in_each_name_of_one_part_is_not_set_apart() -> None:
    assert not _apart("Breitenbach-la-Vallée, Oberelsass", "Breitenbach-la-Vallée, Haut-Rhin")
    assert not _apart("Kirchberg, Basse-Bavière", "Kirchberg, Niederbayern")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Breitenbach-la-Vallée, Unterelsass", "Breitenbach-la-Vallée, Haut-Rhin"),
        ("Saint-Martin, Hautes-Pyrénées", "Saint-Martin, Haute-Garonne"),
        ("Kirchberg, Oberbayern", "Kirchberg, Niederbayern"),
    ],
)
def test_a_village_in_two_parts_stays_apart(one: str, other: str) -> None:
    assert _apart(one, other)
    assert _apart(other, one)
