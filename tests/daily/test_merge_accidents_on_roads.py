"""An accident placed on a road by its number ("Champfontaine, A12", "Ortmannsdorf, B27",
"junction 4, M25") is a road's event, as one told by a vehicle or a road user is: a town's
motorway junction sees many a day, so the day's prior of one accident per place
(``one_place_prior``) does not read it. A load spilled at the town's motorway junction
and a school roof's solar panels blown off in the town stay two (issue 25, day 58), while
two reports of the roof, sharing nothing but the town, are still one. Every report here
is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from summarizer.text.roads_and_works import is_road_number
from tests.daily.test_daily import merged, one_incident


def _accident(text: str, place: str, time: str, language: str) -> Briefed:
    return one_incident(text, type="accident", place=place, time=time, language=language)


ROOF = {
    "fr": ("Une rafale a arraché vendredi des panneaux solaires du toit de l'école de Valtrembloz.",
           "Valtrembloz", "vendredi"),
    "de": ("Eine Sturmböe hat am Freitag Solarmodule vom Dach der Schule in Valtrembloz gerissen.",
           "Valtrembloz", "am Freitag"),
    "en": ("A gust tore solar panels off the roof of the school in Valtrembloz on Friday.",
           "Valtrembloz", "on Friday"),
}  # fmt: skip
SPILL = {
    "fr": ("Le matin, des aliments pour porcs s'étaient déversés sur l'A12 à Valtrembloz.",
           "Valtrembloz, A12", "le matin"),
    "de": ("Am Morgen hatte Schweinefutter die A12 bei Valtrembloz bedeckt.", "Valtrembloz, A12", "am Morgen"),
    "es": ("Por la mañana se derramó pienso para cerdos en la A-12 a la altura de Valtrembloz.",
           "Valtrembloz, A-12", "por la mañana"),
}  # fmt: skip


@pytest.mark.parametrize("roof_language", sorted(ROOF))
@pytest.mark.parametrize("spill_language", sorted(SPILL))
def test_a_spill_on_a_towns_motorway_and_a_roof_in_the_town_stay_two(
    roof_language: str, spill_language: str
) -> None:
    roof = _accident(*ROOF[roof_language], roof_language)
    spill = _accident(*SPILL[spill_language], spill_language)
    day = merged(roof, spill)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]


def test_two_reports_of_the_roof_sharing_only_the_town_are_one() -> None:
    day = merged(_accident(*ROOF["fr"], "fr"), _accident(*ROOF["en"], "en"))
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


@pytest.mark.parametrize("key", ["a12", "a-7", "b27", "m25", "n-340", "cv-50", "i-95"])
def test_a_roads_number_is_read_in_a_place_key(key: str) -> None:
    assert is_road_number(key)


@pytest.mark.parametrize("key", ["valtrembloz", "a", "12", "district 8", "a12 junction", "abcd12", "b27x"])
def test_a_place_key_of_no_roads_number_is_none(key: str) -> None:
    assert not is_road_number(key)
