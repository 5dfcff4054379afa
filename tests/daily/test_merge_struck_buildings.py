"""Reports of an event the types do not name ("other") at one building of a named spot
join though they share no word but the place's: the building is what was struck
(``struck_buildings``). Not in a city, not where each names another owner, and not where
one article tells two such buildings struck there. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.struck_buildings import names_a_building
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import briefed, merged, one_incident

_VILLA = "villa, Cala Verde, Monteviso"

_REPORTS = {
    "fr": ("3 h 20 – Une forte détonation a retenti à Cala Verde, sur la commune de Monteviso.", "3 h 20"),
    "en": ("A holiday villa at Cala Verde beach was badly damaged in the early hours.", "in the early hours"),
    "it": ("Nella notte un ordigno ha distrutto la terrazza della villa di Cala Verde.", "Nella notte"),
    "ca": ("Aquesta matinada un artefacte ha destrossat la casa de Cala Verde.", "Aquesta matinada"),
    "de": ("In der Nacht hat ein Sprengsatz das Ferienhaus in Cala Verde verwüstet.", "In der Nacht"),
}


def _report(language: str, place: str = _VILLA):  # type: ignore[no-untyped-def]
    text, time = _REPORTS[language]
    return one_incident(text, type="other", place=place, time=time, language=language)


def _sizes(day: DailyBriefing) -> list[int]:
    return sorted(len(i.articles) for i in day.incidents)


@pytest.mark.parametrize(("first", "second"), [("fr", "en"), ("it", "ca"), ("en", "de"), ("fr", "it")])
def test_two_reports_of_one_villa_struck_join(first: str, second: str) -> None:
    assert _sizes(merged(_report(first), _report(second))) == [2]


def test_a_house_under_construction_told_as_a_building_site_joins() -> None:
    place = "house under construction, Punta Rossa, Monteviso"
    blog = one_incident(
        "4 h 05 – Nouvelle détonation à Punta Rossa : une maison en construction est visée.",
        type="other", place=place, time="cette nuit", language="fr",
    )  # fmt: skip
    weekly = one_incident(
        "À Monteviso, les dégâts sur le chantier de Punta Rossa sont estimés à 300 000 euros.",
        type="other", place=place, time="dans la nuit", language="fr",
    )  # fmt: skip
    assert _sizes(merged(blog, weekly)) == [2]


def test_villas_of_a_city_stay_apart() -> None:
    """A city holds many villas and sees many events a day."""
    place = "villa, Les Sanguinaires, Ajaccio"
    assert _sizes(merged(_report("fr", place), _report("en", place))) == [1, 1]


def test_villas_of_two_owners_stay_apart() -> None:
    owners = [
        ("Jean Orsini", "La villa de Jean Orsini à Cala Verde a été touchée cette nuit."),
        ("Marc Tavera", "The villa of Marc Tavera at Cala Verde was hit overnight."),
    ]
    reports = [
        briefed(
            text,
            actors=[("a1", name, "person")],
            incidents=[
                {
                    "id": "i1",
                    "type": "other",
                    "place": _VILLA,
                    "time": "cette nuit",
                    "evidence": text,
                    "targets": ["a1"],
                }
            ],
        )
        for name, text in owners
    ]
    assert _sizes(merged(*reports)) == [1, 1]


def test_one_article_telling_two_villas_struck_leaves_a_third_report_apart() -> None:
    first = "A first device wrecked a villa at Cala Verde shortly after 3am."
    second = "Half an hour later another villa at Cala Verde was hit."
    wire = briefed(
        f"{first} {second}",
        incidents=[
            {"id": "i1", "type": "other", "place": _VILLA, "time": "shortly after 3am", "evidence": first},
            {"id": "i2", "type": "other", "place": _VILLA, "time": "half an hour later", "evidence": second},
        ],
    )
    assert _sizes(merged(wire, _report("it"))) == [1, 1, 1]


@pytest.mark.parametrize("key", ["vila", "house under construction", "ferienhaus seblick", "maison", "masia"])
def test_buildings_are_named(key: str) -> None:
    assert names_a_building(key)


@pytest.mark.parametrize("key", ["saint luc", "vilarcayo square", "hil street", "capo cacia", "kirchdorf"])
def test_towns_streets_and_headlands_are_no_buildings(key: str) -> None:
    assert not names_a_building(key)


@pytest.mark.parametrize("key", ["weinkeler", "maschinenhale", "holzwerkstat", "wohnhaus"])
def test_german_compounds_are_read_as_a_key_spells_them(key: str) -> None:
    """A key folds "Weinkeller" to "weinkeler", "Maschinenhalle" to "maschinenhale"."""
    assert names_a_building(key)


@pytest.mark.parametrize(
    "key",
    ["krankenhaus", "rathaus", "parkhaus", "kaufhaus", "turnhale", "stadthale", "ratskeler", "quinta lago"],
)
def test_public_venues_and_estates_are_no_building_struck(key: str) -> None:
    """A hospital, town hall, car park, store or gym holds many events a day; a Portuguese
    quinta is as often a resort of many villas."""
    assert not names_a_building(key)


def test_a_store_robbed_and_its_centenary_stay_apart() -> None:
    place = "Kaufhaus, Kirchberg"
    burglary = one_incident(
        "In Kirchberg wurde in der Nacht in ein Kaufhaus eingebrochen.",
        type="other", place=place, time="in der Nacht", language="de",
    )  # fmt: skip
    centenary = one_incident(
        "A Kirchberg, le grand magasin fête ses cent ans ce samedi.",
        type="other", place=place, time="ce samedi", language="fr",
    )  # fmt: skip
    assert _sizes(merged(burglary, centenary)) == [1, 1]


def test_a_villa_burgled_and_a_golf_gala_at_a_resort_stay_apart() -> None:
    place = "Quinta do Lago, Almancil"
    burglary = one_incident(
        "A moradia de um empresário na Quinta do Lago foi assaltada.",
        type="other", place=place, time="esta madrugada", language="pt",
    )  # fmt: skip
    gala = one_incident(
        "The Quinta do Lago resort hosted the annual charity golf gala.",
        type="other", place=place, time="on Saturday", language="en",
    )  # fmt: skip
    assert _sizes(merged(burglary, gala)) == [1, 1]


def test_one_wine_cellar_wrecked_told_in_german_and_french_joins() -> None:
    place = "Weinkeller, Kirchberg"
    german = one_incident(
        "Unbekannte haben in der Nacht einen Weinkeller in Kirchberg verwüstet.",
        type="other", place=place, time="in der Nacht", language="de",
    )  # fmt: skip
    french = one_incident(
        "Dans la nuit, une cave à vin de Kirchberg a été saccagée.",
        type="other", place=place, time="dans la nuit", language="fr",
    )  # fmt: skip
    assert _sizes(merged(german, french)) == [2]
