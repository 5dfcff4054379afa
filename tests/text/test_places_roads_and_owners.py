"""A road or a street named before its town lies in the town, and a country's region is the
region (``text.places.find_place``). Every sentence here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.spots import streets_apart, streets_in
from summarizer.text.place_levels import region_level
from summarizer.text.places import find_place


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A coach overturned on the B12 near Tarvel on Monday.", "en", ("B12 near Tarvel", "Tarvel")),
        (
            "A lorry jack-knifed on the M-40 motorway outside Brask, police said.",
            "en",
            ("M-40 motorway outside Brask", "Brask"),
        ),
        (
            "El camión volcó en la autovía A-9 a la altura de Brenna.",
            "es",
            ("A-9 a la altura de Brenna", "Brenna"),
        ),
        (
            "Un choque en la CV-12, a la altura de Olmeda, dejó dos heridos.",
            "es",
            ("CV-12, a la altura de Olmeda", "Olmeda"),
        ),
        (
            "Fire gutted a warehouse on Mill Road in Tarvel's west end.",
            "en",
            ("Mill Road in Tarvel", "Tarvel"),
        ),
        (
            "Un camion s'est renversé sur l'autoroute A8 près de Morvelle.",
            "fr",
            ("A8 près de Morvelle", "Morvelle"),
        ),
        ("Ein Lastwagen kippte auf der Autobahn A7 bei Kelbach um.", "de", ("A7 bei Kelbach", "Kelbach")),
        # A road with no town after it is still the place; a town far after it is not its town.
        ("A coach overturned on the B12 on Monday.", "en", ("B12", "B12")),
        # A street named with a region stays the street only when no town follows it.
        ("Fire gutted a warehouse on Mill Road.", "en", ("Mill Road", "Mill Road")),
    ],
)
def test_a_road_or_a_street_before_a_town_is_in_the_town(
    sentence: str, lang: str, expected: tuple[str, str]
) -> None:
    assert find_place(sentence, lang) == expected


def test_two_streets_of_one_town_still_tell_two_places() -> None:
    mill = find_place("Fire gutted a warehouse on Mill Road in Tarvel's west end.")[0]
    dock = find_place("Fire gutted a depot on Dock Street in Tarvel's east end.")[0]
    assert streets_apart(streets_in(mill), streets_in(dock))


def test_a_town_written_long_after_the_road_is_not_its_town() -> None:
    sentence = (
        "A coach overturned on the B12 on Monday, and the driver, who had set out from a depot many "
        "miles away the evening before, was taken to hospital in Tarvel."
    )
    assert find_place(sentence) == ("B12", "B12")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Floods swept homes in Spain's Osmara region on Monday.", ("Osmara region", "Osmara")),
        ("Voters in Austria's Varesque province chose a new council.", ("Varesque province", "Varesque")),
        ("Shelling in Russia's Tarvel region killed two.", ("Tarvel region", "Tarvel")),
        # A saint's or a town's possessive is no country's: kept as written.
        ("Nurses walked out at St Olaf's Hospital on Monday.", ("St Olaf's Hospital", "St Olaf's Hospital")),
        ("A fire broke out in Tarvel's Linden district.", ("Tarvel's Linden district", "Tarvel's Linden")),
    ],
)
def test_a_country_owning_a_region_is_no_part_of_its_name(sentence: str, expected: tuple[str, str]) -> None:
    assert find_place(sentence) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "on the " + "A1 near " * 4000 + "Tarvel",
        "on " + "Mill Road in " * 3000 + "Tarvel's",
        "in " + "Spain's " * 5000 + "Osmara region",
        "en la " + "A-9 a la altura de " * 3000 + "Brenna",
        "on the A1 near " + "Ω" * 20000 + " Tarvel",
    ],
)
def test_hostile_text_is_read_quickly(hostile: str) -> None:
    for lang in ("en", "es"):
        started = time.thread_time()
        find_place(hostile, lang)
        assert time.thread_time() - started < 2.0


def test_a_road_in_a_region_is_placed_in_the_region_with_its_level() -> None:
    location, place = find_place(
        "El vuelco de un autobús en la A-9, en la provincia de Osmara, dejó 14 heridos.", "es"
    )
    assert (location, place) == ("provincia de Osmara", "Osmara")
    assert region_level(location) == "provincia"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Osmara Appliances will close its Tarvel factory next year.", ("Tarvel", "Tarvel")),
        ("The firm will shut its Tarvel laundry facility in March.", ("Tarvel", "Tarvel")),
        ("A strike shut most of Brask port's container terminals on Tuesday.", ("Brask", "Brask")),
        ("A gangway gave way at the Kelby Haven ferry terminal on Monday.", ("Kelby Haven", "Kelby Haven")),
        # A street, a demonym, a company or a body before the works names no town.
        ("The firm will shut its Mill Road washing-machine plant.", (None, None)),
        ("The Russian plant was hit on Monday.", (None, None)),
        ("Workers said the Tuesday plant closure hurt.", (None, None)),
    ],
)
def test_a_works_named_by_its_town_is_in_the_town(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert find_place(sentence) == expected


def test_a_company_before_a_works_without_a_preposition_is_no_town() -> None:
    assert find_place("Osmara Plastics factory workers walked out on Monday.") == (None, None)
    assert find_place("Its Osmara Plastics factory closed.") == (None, None)


@pytest.mark.parametrize(
    "hostile",
    [
        "its " + "Tarvel " * 5000 + "factory",
        "its Tarvel " + "laundry " * 5000 + "plant",
        "the " + "Kelby Haven " * 3000 + "port's",
        "its " + "Ω" * 20000 + " factory",
    ],
)
def test_hostile_works_text_is_read_quickly(hostile: str) -> None:
    started = time.thread_time()
    find_place(hostile)
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Most buses stayed in their depots in the Osmaran capital Tarvel.", ("Tarvel", "Tarvel")),
        ("Clashes broke out in the port town Kelby on Monday.", ("Kelby", "Kelby")),
        # A country that sets the scene gives way to the place in it the sentence names.
        ("A mudslide in Austria buried two houses in the Varesque region.", ("Varesque region", "Varesque")),
        ("A storm in the UK flooded the port near Brask.", ("Brask", "Brask")),
        # A country alone, or two countries, stay the place.
        ("A mudslide in Austria buried two houses.", ("Austria", "Austria")),
        ("Strikes spread in Spain and in France on Monday.", ("Spain", "Spain")),
        # Sentence-opening words that are no places.
        ("In March, prices rose by two percent.", (None, None)),
        ("Talks in the capital on Monday failed.", (None, None)),
    ],
)
def test_a_place_named_after_its_kind_or_inside_a_country(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert find_place(sentence) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "in the " + "Osmaran " * 5000 + "capital Tarvel",
        "in the capital" + ", " * 10000 + "Tarvel",
        "in Austria, " * 3000 + "in Tarvel",
    ],
)
def test_hostile_scene_text_is_read_quickly(hostile: str) -> None:
    started = time.thread_time()
    find_place(hostile)
    assert time.thread_time() - started < 2.0
