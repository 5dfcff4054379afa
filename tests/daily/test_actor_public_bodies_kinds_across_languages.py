"""A public body's kind named in another language (issue 25, days 82, 83 and 87): a town's
local police ("Policía Local", "Ortspolizei", "polizia locale"), a university hospital
("Hospital Universitario", "Uniklinik"), a Dutch safety region ("veiligheidsregio", "région
de sécurité", "regional safety authority"), a town's government ("Gemeinde", "gemeente",
"Stadt", "Ajuntament", "council"), a region named with a compass point in each language
("Zuid-Limburg", "Süd-Limburg"), a force named by its country's adjective or its officers
("police néerlandaise", "Nederlandse agenten"). Near-misses stay apart: another kind of
force, another town, another region, two bodies sharing an acronym. Invented bodies and
towns, real regions."""

from __future__ import annotations

import pytest

from summarizer.daily.actors import same_actor_groups
from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


def _day(names: list[str], places: list[str]) -> list[list[str]]:
    actors = [ActorStub(n) for n in names]
    found = same_actor_groups(actors, places=places)
    return sorted(sorted(actors[i].name for i in group) for group in found)


@pytest.mark.parametrize(
    "names",
    [
        # A town's own police: es/ca/pt "Local", it "locale", fr "locale", nl "lokale", de "Ortspolizei".
        [
            "Policía Local de Vessac",
            "Policia Local de Vessac",
            "Ortspolizei Vessac",
            "polizia locale di Vessac",
            "police locale de Vessac",
            "lokale politie Vessac",
            "Vessac local police",
            "police municipale de Vessac",
        ],
        # A university hospital in es, de, it, fr, nl, ca, en.
        [
            "Hospital Universitario Vall Serena",
            "Uniklinik Vall Serena",
            "Universitätsklinikum Vall Serena",
            "ospedale universitario Vall Serena",
            "hôpital universitaire Vall Serena",
            "Hospital Universitari Vall Serena",
            "Vall Serena university hospital",
        ],
        # The Netherlands' safety regions, as nl, fr, en, es, it, pt, ca name them.
        [
            "veiligheidsregio",
            "région de sécurité",
            "regional safety authority",
            "safety region",
            "región de seguridad",
            "regione di sicurezza",
            "região de segurança",
            "regió de seguretat",
        ],
        # A region opened by a compass point, in nl, de (with and without its umlaut), en, fr.
        [
            "Brandweer Zuid-Limburg",
            "Feuerwehr Süd-Limburg",
            "Feuerwehr Sued-Limburg",
            "South Limburg fire service",
        ],
        # A force named by its officers (nl, de, fr, it) is the force.
        ["Nederlandse agenten", "niederländische Polizisten", "policiers néerlandais", "poliziotti olandesi"],
    ],
)
def test_a_public_bodys_kind_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    "names",
    [
        # A town's police is not the plain police, a canton's, nor a river's.
        ["Policía Local de Vessac", "Polizei Vessac", "Kantonspolizei Vessac", "Wasserschutzpolizei Vessac"],
        # A university hospital is not the university, nor a plain hospital.
        ["Uniklinik Vall Serena", "Universität Vall Serena", "Klinik Vall Serena"],
        # Compass points of one region are its parts: South Limburg is no North Limburg.
        ["Brandweer Zuid-Limburg", "Brandweer Noord-Limburg", "Brandweer Limburg"],
        # A safety region is no region's government, nor a security company.
        ["veiligheidsregio", "regional authority", "Sicherheitsdienst"],
    ],
)
def test_near_kinds_keep_their_own_keys(names: list[str]) -> None:
    keys = [body_key(n) for n in names]
    assert len(set(keys)) == len(names), dict(zip(names, keys, strict=True))


def test_a_compass_point_ends_no_translation_and_french_sur_is_no_point() -> None:
    # "Gare du Nord" and "Waasland-Noord" keep their last word; "sur" of a French town is "on".
    assert body_key("Gare du Nord") == "gare nord"
    assert "noord" in body_key("Politiezone Waasland-Noord").split()
    assert "south" not in body_key("Boulogne-sur-Mer council").split()


@pytest.mark.parametrize(
    "names",
    [
        ["Gemeinde Calvià", "Ajuntament de Calvià", "Calvià council", "Ayuntamiento de Calvià"],
        ["gemeente Maastricht", "Stadt Maastricht", "ville de Maastricht", "comune di Maastricht"],
        ["gemeente Hulst", "commune de Hulst", "Hulst town hall", "Câmara Municipal de Hulst"],
    ],
)
def test_a_towns_government_is_one_actor_in_every_language(names: list[str]) -> None:
    town = names[0].split()[-1]
    assert _day(names, [f"Plaza Mayor, {town}"]) == [sorted(names)]


def test_two_towns_governments_and_a_towns_police_stay_apart() -> None:
    groups = _day(
        ["Gemeinde Calvià", "Ajuntament de Palma", "Policia Local de Palma", "Consell de Mallorca"],
        ["Magaluf, Calvià", "Palma"],
    )
    assert len(groups) == 4, groups


def test_a_towns_police_named_by_the_town_alone_is_its_local_police() -> None:
    groups = _day(
        ["Policia Local de Palma", "Palma police", "Ortspolizei Palma", "Policía Local de Llucmajor"],
        ["airport, Palma", "s'Arenal, Llucmajor"],
    )
    assert ["Ortspolizei Palma", "Palma police", "Policia Local de Palma"] in groups, groups
    assert ["Policía Local de Llucmajor"] in groups, groups


def test_a_polish_towns_name_is_no_word_of_a_town_government() -> None:
    # "Police" is a town in Poland: Montréal's police service is not the Ville de Montréal.
    groups = _day(["Service de police de la Ville de Montréal", "Ville de Montréal"], ["Montréal"])
    assert len(groups) == 2, groups


def test_a_safety_region_by_its_country_is_the_days_one_safety_region() -> None:
    groups = actor_groups(
        ActorStub("Veiligheidsregio Midden-Dal"),
        ActorStub("région de sécurité néerlandaise"),
        ActorStub("veiligheidsregio"),
        ActorStub("regional safety authority"),
    )
    assert len(groups) == 1, groups


def test_of_two_safety_regions_the_country_named_one_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("Veiligheidsregio Midden-Dal"),
        ActorStub("Veiligheidsregio Westerkust"),
        ActorStub("région de sécurité néerlandaise"),
    )
    assert ["région de sécurité néerlandaise"] in groups, groups


def test_a_force_by_its_country_or_its_officers_is_the_force_of_a_province_of_that_country() -> None:
    groups = actor_groups(
        ActorStub("police in the province of Zeeland"),
        ActorStub("police néerlandaise"),
        ActorStub("Nederlandse agenten"),
        ActorStub("Polizei Saarland"),
        ActorStub("Politiezone Waasland-Noord"),
    )
    assert ["Nederlandse agenten", "police in the province of Zeeland", "police néerlandaise"] in groups, (
        groups
    )
    assert ["Polizei Saarland"] in groups and ["Politiezone Waasland-Noord"] in groups, groups


@pytest.mark.parametrize(
    "other",
    [
        "Politiezone Waasland-Noord",  # a police zone is another kind of force
        "Politie Amsterdam",  # a city's: no table says whose country it is in
        "police du Jura",  # a part France and Switzerland both have
        "Polizei Nord",  # a compass point is no place
    ],
)
def test_a_country_named_force_joins_no_force_it_cannot_place(other: str) -> None:
    groups = actor_groups(ActorStub(other), ActorStub("police néerlandaise"))
    assert ["police néerlandaise"] in groups, groups


def test_an_acronym_of_an_agency_and_of_an_association_names_two_bodies() -> None:
    # Two bodies of two kinds that an article each gives one acronym ("ATV").
    groups = actor_groups(
        ActorStub("Agència de Turisme de Vall Serena", aliases=("ATV",)),
        ActorStub("Asociación de Taxistas de Vall Serena", kind="organization", aliases=("ATV",)),
    )
    assert len(groups) == 2, groups


def test_a_clubs_verein_spells_its_letter_so_two_avs_stay_two_bodies() -> None:
    # "AVS" of the Alpenverein Südtirol (its "Verein" spells the V, as in "DAV", Deutscher
    # Alpenverein) and of the Associazione Vittime della Strada, each article saying which.
    groups = actor_groups(
        ActorStub("AVS", kind="organization", role="Alpenverein Südtirol"),
        ActorStub("AVS", kind="organization", role="Associazione Vittime della Strada"),
        ActorStub("Alpenverein Südtirol", kind="organization"),
    )
    assert len(groups) == 2, groups
    assert ["AVS", "Alpenverein Südtirol"] in groups, groups
