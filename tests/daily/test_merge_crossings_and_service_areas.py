"""A level crossing and a motorway's service area are kinds of site every newsroom names in
its own words ("passagem de nível de Seixas", "passage à niveau de Seixas", "Bahnübergang
Seixas"; "área de servicio de A Granxa", "aire de repos", "truck stop"). Read as words of a
name, two reports of one crash at one crossing keyed two places and could never meet (issue
25, day 92: every report of two level-crossing crashes and two diesel thefts stayed alone).
Read as one kind of site, they key one place; a crossing of another parish, or a service
area of another town, stays another place. Every place here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain, site_of_key
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "place",
    [
        "level crossing of Vilar Seco, Montalvo",
        "Vilar Seco level crossing, Montalvo",
        "passagem de nível de Vilar Seco, Montalvo",
        "passage à niveau de Vilar Seco, Montalvo",
        "paso a nivel de Vilar Seco, Montalvo",
        "passaggio a livello di Vilar Seco, Montalvo",
        "pas a nivell de Vilar Seco, Montalvo",
        "Bahnübergang Vilar Seco, Montalvo",
        "overweg Vilar Seco, Montalvo",
    ],
)
def test_a_level_crossing_in_any_language_is_one_key(place: str) -> None:
    assert place_chain(place)[:2] == ("vilar seco level_crossing", "montalvo")
    assert site_of_key(place_chain(place)[0]) == "level_crossing"


@pytest.mark.parametrize(
    "place",
    [
        "service area, Soutelo",
        "truck stop, Soutelo",
        "rest area, Soutelo",
        "área de servicio, Soutelo",
        "área de serviço, Soutelo",
        "aire de repos, Soutelo",
        "area di servizio, Soutelo",
        "àrea de servei, Soutelo",
        "Raststätte, Soutelo",
        "verzorgingsplaats, Soutelo",
    ],
)
def test_a_service_area_of_a_town_in_any_language_is_one_key(place: str) -> None:
    assert place_chain(place)[0] == "soutelo service_area"


@pytest.mark.parametrize(
    "place",
    [
        "passagem de nível da Rua da Estação, Vilar Seco, Montalvo",
        "passage à niveau de la rue de la Gare, Vilar Seco, Montalvo",
    ],
)
def test_joining_words_between_kinds_of_site_name_nothing(place: str) -> None:
    """A crossing named by its street only: the site is the parish's, with no "da da" or
    "de la" name of its own that would set it apart from the parish's crossing."""
    first = place_chain(place)[0].split()
    assert first[:2] == ["vilar", "seco"]
    assert {"da", "de", "la"}.isdisjoint(first)


def _crossing_crash(text: str, place: str, language: str, injured: str, value: int) -> object:
    return one_incident(
        text,
        type="accident",
        place=place,
        language=language,
        figures=[{"id": "f1", "text": injured, "value": value, "category": "injured", "counted": "injured"}],
    )


def _theft(text: str, place: str, language: str, lorries: str) -> object:
    return one_incident(
        text,
        type="other",
        place=place,
        language=language,
        figures=[
            {"id": "f1", "text": lorries, "value": 9, "category": "other", "counted": "lorries emptied"}
        ],
    )


def test_reports_of_one_crash_at_one_crossing_in_three_languages_are_one() -> None:
    pt = _crossing_crash(
        "Um comboio regional colheu esta terça-feira uma carrinha na passagem de nível de Vilar Seco; há três feridos.",
        "passagem de nível de Vilar Seco, Montalvo",
        "pt",
        "três feridos",
        3,
    )
    fr = _crossing_crash(
        "Un train régional a percuté mardi une camionnette au passage à niveau de Vilar Seco: trois blessés.",
        "passage à niveau de Vilar Seco, Montalvo",
        "fr",
        "trois blessés",
        3,
    )
    es = _crossing_crash(
        "Un tren regional arrolló el martes una furgoneta en el paso a nivel de Vilar Seco; hay tres heridos.",
        "paso a nivel de Vilar Seco, Montalvo",
        "es",
        "tres heridos",
        3,
    )
    day = merged(pt, fr, es)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


def test_crashes_at_the_crossings_of_two_parishes_of_one_town_stay_two() -> None:
    here = _crossing_crash(
        "Um comboio regional colheu esta terça-feira uma carrinha na passagem de nível de Vilar Seco; há três feridos.",
        "passagem de nível de Vilar Seco, Montalvo",
        "pt",
        "três feridos",
        3,
    )
    there = _crossing_crash(
        "Un train régional a percuté mardi un tracteur au passage à niveau d'Outeiro: trois blessés.",
        "passage à niveau d'Outeiro, Montalvo",
        "fr",
        "trois blessés",
        3,
    )
    day = merged(here, there)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]


def test_thefts_at_one_towns_service_area_told_in_three_languages_are_one() -> None:
    es = _theft(
        "Ladrones vaciaron esta madrugada el gasóleo de nueve camiones en un área de servicio de Soutelo.",
        "área de servicio, Soutelo",
        "es",
        "nueve camiones",
    )
    fr = _theft(
        "Des voleurs ont siphonné dans la nuit le gazole de neuf poids lourds sur une aire de repos de Soutelo.",
        "aire de repos, Soutelo",
        "fr",
        "neuf poids lourds",
    )
    en = _theft(
        "Thieves drained diesel from nine lorries parked overnight at a truck stop in Soutelo.",
        "truck stop, Soutelo",
        "en",
        "nine lorries",
    )
    day = merged(es, fr, en)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


def test_thefts_at_the_service_areas_of_two_towns_stay_two() -> None:
    here = _theft(
        "Ladrones vaciaron esta madrugada el gasóleo de nueve camiones en un área de servicio de Soutelo.",
        "área de servicio, Soutelo",
        "es",
        "nueve camiones",
    )
    there = _theft(
        "Des voleurs ont siphonné dans la nuit le gazole de neuf poids lourds sur une aire de repos de Bouzas.",
        "aire de repos, Bouzas",
        "fr",
        "neuf poids lourds",
    )
    day = merged(here, there)
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]
