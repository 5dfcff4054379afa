"""Two events of one type in one town, one in its west and one in its east, are two, in
every language the product reads, whatever words they share; one event told in one side of
its town by two outlets stays one (issue 25). Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.spots import town_quarters
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("location", "points"),
    [
        ("in der Weststadt", {"west"}), ("im Östlichen Ringgebiet von Kelsdorf", {"east"}),
        ("in der Kelsdorfer Südstadt", {"south"}), ("in the west of the city", {"west"}),
        ("the western districts of Kelsdorf", {"west"}), ("dans l'est de Lyon", {"east"}),
        ("en la zona sur de Madrid", {"south"}), ("barrio del oeste", {"west"}),
        # Not a part of a town: a region's name, "il est", "sur le trottoir", "este barrio".
        ("in Nordrhein-Westfalen", set()), ("an der Ostsee", set()), ("il est à Lyon", set()),
        ("sur le trottoir de la rue des Glycines", set()), ("en este barrio", set()),
        ("Southend-on-Sea", set()), ("Westminster", set()), (None, set()), ("in Norden", set()),
        # German's part by its noun, French with a typographer's apostrophe.
        ("im Westen der Stadt", {"west"}), ("im Süden von Kelsdorf", {"south"}), ("dans l’est de Lyon", {"east"}),
    ],
)  # fmt: skip
def test_the_part_of_its_town_a_location_names(location: str | None, points: set[str]) -> None:
    assert town_quarters(location) == points


def _fire(text: str, location: str, language: str) -> Briefed:
    """A fire with its 80 firefighters, in whichever language's words the text gives them."""
    crew = next(
        w for w in ("80 firefighters", "80 Feuerwehrleute", "80 pompiers", "80 bomberos") if w in text
    )
    return one_incident(
        text,
        type="disaster",
        place="Kelsdorf",
        location=location,
        language=language,
        figures=[{"id": "f1", "text": crew, "value": 80, "category": "other", "counted": "firefighters"}],
    )


def test_a_fire_in_the_west_and_one_in_the_east_of_one_town_stay_two() -> None:
    west = _fire(
        "A warehouse fire in the west of Kelsdorf drew 80 firefighters on Tuesday.",
        "in the west of Kelsdorf",
        "en",
    )
    west_de = _fire(
        "Ein Lagerhallenbrand in der Kelsdorfer Weststadt rief am Dienstag 80 Feuerwehrleute auf den Plan.",
        "in der Kelsdorfer Weststadt",
        "de",
    )
    east = _fire(
        "A warehouse fire in the east of Kelsdorf drew 80 firefighters on Tuesday.",
        "in the east of Kelsdorf",
        "en",
    )
    east_fr = _fire(
        "Un incendie d'entrepôt dans l'est de Kelsdorf a mobilisé mardi 80 pompiers.",
        "dans l'est de Kelsdorf",
        "fr",
    )
    east_es = _fire(
        "Un incendio en un almacén al este de Kelsdorf movilizó el martes a 80 bomberos.",
        "al este de Kelsdorf",
        "es",
    )
    items = (west, west_de, east, east_fr, east_es)
    day = merged(*items)
    side = {west.article.id: "w", west_de.article.id: "w"}
    for incident in day.incidents:
        assert len({side.get(r.article_id, "e") for r in incident.reports}) == 1, incident.reports
    # The west's two reports are one fire.
    assert any({r.article_id for r in i.reports} == set(side) for i in day.incidents)


def test_one_power_cut_told_by_its_district_and_by_its_side_is_one() -> None:
    street = one_incident(
        "A power cut left 9,000 homes in Kelsdorf's west without electricity on Tuesday morning.",
        type="other",
        place="Kelsdorf",
        location="Kelsdorf's west",
        time="Tuesday morning",
        figures=[{"id": "f1", "text": "9,000 homes", "value": 9000, "category": "other", "counted": "homes"}],
    )
    district = one_incident(
        "Am Dienstagvormittag waren in der Weststadt von Kelsdorf 9000 Haushalte ohne Strom.",
        type="other",
        place="Kelsdorf",
        location="in der Weststadt von Kelsdorf",
        time="Am Dienstagvormittag",
        language="de",
        figures=[
            {"id": "f1", "text": "9000 Haushalte", "value": 9000, "category": "other", "counted": "Haushalte"}
        ],
    )
    assert len(merged(street, district).incidents) == 1


def _cut_in(side: str, text: str, language: str) -> Briefed:
    return one_incident(
        text,
        type="other",
        place="Kelsdorf",
        location=side,
        language=language,
        figures=[{"id": "f1", "text": "9000", "value": 9000, "category": "other", "counted": "homes"}],
    )


@pytest.mark.parametrize(
    ("west", "east", "language"),
    [
        ("im Westen von Kelsdorf", "im Osten von Kelsdorf", "de"),
        ("dans l’ouest de Kelsdorf", "dans l’est de Kelsdorf", "fr"),
    ],
)
def test_two_power_cuts_in_the_west_and_the_east_written_as_copy_writes_them_stay_two(
    west: str, east: str, language: str
) -> None:
    """German names a side by its noun ("im Westen"), French copy with a typographer's
    apostrophe ("l’est"): the two cuts share their day, town and count, not their side."""
    said = {
        "de": "Am Dienstag waren {side} 9000 Haushalte nach einem Stromausfall ohne Strom.",
        "fr": "Mardi, 9000 foyers ont été privés de courant {side} après une panne.",
    }[language]
    items = [_cut_in(side, said.format(side=side), language) for side in (west, east)]
    assert len(merged(*items).incidents) == 2


def test_hostile_locations_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in ("west" * 50_000, "l'est " * 20_000, "nordstadt-" * 20_000, "el " * 30_000 + "este"):
        town_quarters(text)
    assert time.thread_time() - started < 2.0
