"""A country a report names holds its own places only: two reports of one kind of site or of
one town's name, each placed in another country ("Plaza Mayor, Salamanca, Spain" and
"Piazza Maggiore, Bologna, Italy", both a "main square"), or in a region the data knows in
another country ("Paris, Texas" and "Paris, France"), are two places (issue 25). A country
still holds a place nothing sets in another ("Paris, Texas" and "Paris, United States")."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import holders_apart, place_chain, place_holders
from tests.daily.test_daily import merged
from tests.daily.test_merge_saints_and_sites import fire_put_out_by_40


def _apart(a: str, b: str) -> bool:
    return holders_apart(
        place_holders(a), (place_chain(a) or (a,))[0], place_holders(b), (place_chain(b) or (b,))[0]
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Plaza Mayor, Salamanca, Spain", "Piazza Maggiore, Bologna, Italy"),
        ("Plaza Mayor, Salamanca, España", "Piazza Maggiore, Bologna, Italia"),
        ("Paris, Texas", "Paris, France"),
        ("Paris, Texas", "Paris, Frankreich"),
        ("Hauptplatz, Graz, Österreich", "Marktplatz, Kelsried, Deutschland"),
        ("San Jose, California", "San José, Costa Rica"),
    ],
)
def test_places_set_in_two_countries_lie_apart(a: str, b: str) -> None:
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Paris, Texas", "Paris, United States"),
        ("Paris, Texas", "Paris, Estados Unidos"),
        ("Plaza Mayor, Salamanca", "Plaza Mayor, Spain"),
        ("Pic Ardent, Valais", "Pic Ardent, Suisse"),
        ("San Jose, California", "San José, Estados Unidos"),
        # ISO's names of these countries are not the names news writes ("Russian
        # Federation", "Iran, Islamic Republic of", "Viet Nam", "Korea, Republic of").
        ("Kazan, Tatarstan", "Kazan, Russia"),
        ("Karaj, Alborz", "Karaj, Iran"),
        ("Ha Dong, Hanoi", "Ha Dong, Vietnam"),
        ("Suwon, Gyeonggi-do", "Suwon, South Korea"),
    ],
)
def test_a_country_holds_a_place_nothing_sets_in_another(a: str, b: str) -> None:
    assert not _apart(a, b)


def test_fires_on_two_countries_main_squares_stay_two() -> None:
    spain = fire_put_out_by_40(
        "El martes por la tarde 40 bomberos apagaron un incendio en un quiosco de la Plaza Mayor.",
        "Plaza Mayor, Salamanca, Spain",
        "es",
    )
    italy = fire_put_out_by_40(
        "Martedì pomeriggio 40 vigili del fuoco hanno spento un incendio in un chiosco di Piazza Maggiore.",
        "Piazza Maggiore, Bologna, Italy",
        "it",
    )
    day = merged(spain, italy)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]


def test_fires_in_paris_texas_and_paris_france_stay_two() -> None:
    texas = fire_put_out_by_40(
        "On Tuesday afternoon 40 firefighters fought a blaze at a warehouse.", "Paris, Texas", "en"
    )
    france = fire_put_out_by_40(
        "Mardi après-midi, 40 pompiers ont combattu un incendie dans un entrepôt.", "Paris, France", "fr"
    )
    day = merged(texas, france)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]


def test_a_fire_in_paris_texas_told_as_in_the_united_states_is_one() -> None:
    texas = fire_put_out_by_40(
        "On Tuesday afternoon 40 firefighters fought a blaze at a warehouse.", "Paris, Texas", "en"
    )
    country = fire_put_out_by_40(
        "El martes por la tarde 40 bomberos combatieron un incendio en un almacén.",
        "Paris, Estados Unidos",
        "es",
    )
    day = merged(texas, country)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]
