"""A body named after its place in several languages ("Kantonspolizei Waadt", "police
cantonale vaudoise", "Vaud cantonal police") is one actor; bodies of two places stay
apart (invented bodies, real places of the exonym table)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.text.abbreviations import places_in_english
from tests.daily.test_daily import briefed, merged
from tests.daily.test_multilingual_actors import ActorStub, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Kantonspolizei Waadt", "police cantonale vaudoise", "Vaud cantonal police"],
        ["Gobierno de Navarra", "gouvernement navarrais", "Navarre government", "Regierung von Navarra"],
        ["préfecture des Pyrénées-Atlantiques", "prefectura de Pirineos Atlánticos"],
        ["Tiroler Bauernverband", "Tyrolean Farmers' Association", "Farmers' Association of Tyrol"],
        ["Wiener Stadtwerke", "Vienna Stadtwerke"],
        ["Münchner Polizei", "Munich police", "police de Munich", "Polizei München"],
        ["Walliser Kantonspolizei", "Kantonspolizei Wallis", "police cantonale du Valais"],
    ],
)
def test_a_body_of_a_place_has_one_key_in_every_language(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_bodies_of_two_places_keep_two_keys() -> None:
    assert body_key("Kantonspolizei Wallis") != body_key("police cantonale vaudoise")
    assert body_key("Gobierno de Navarra") != body_key("Gobierno de Aragón")
    assert body_key("préfecture des Hautes-Pyrénées") != body_key("prefectura de Pirineos Atlánticos")


def test_two_cantonal_police_forces_stay_two_actors() -> None:
    actors = [
        ActorStub("Kantonspolizei Waadt"),
        ActorStub("Vaud cantonal police"),
        ActorStub("Walliser Kantonspolizei"),
        ActorStub("Kantonspolizei Wallis"),
        ActorStub("police"),
    ]
    groups = sorted(sorted(actors[i].name for i in g) for g in same_actor_groups(actors))
    assert groups == [
        ["Kantonspolizei Waadt", "Vaud cantonal police"],
        ["Kantonspolizei Wallis", "Walliser Kantonspolizei"],
        ["police"],  # two police forces: the bare word joins neither
    ]


def test_words_that_only_end_like_an_adjective_are_left_alone() -> None:
    # Too short to be a place's adjective, or no place of the table under the ending.
    assert places_in_english(["ian", "an", "verdi", "asturianer"]) == ["ian", "an", "verdi", "asturianer"]
    assert places_in_english(["navarrais", "pirineos", "atlanticos"]) == ["navarre", "pyrenees-atlantiques"]


def test_a_hostile_run_of_place_words_is_read_in_linear_time() -> None:
    words = ["pirineos", "atlanticos", "navarra", "x" * 40] * 5000
    started = time.thread_time()
    found = places_in_english(words)
    assert found[:3] == ["pyrenees-atlantiques", "navarre", "x" * 40]
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    "names",
    [
        ["Land Tirol", "Tyrol provincial government", "Tiroler Landesregierung", "Tyrol state government"],
        ["Land Kärnten", "Carinthia provincial government", "Kärntner Landesregierung"],
        ["Kanton Waadt", "canton de Vaud", "Vaud cantonal government"],
    ],
)
def test_a_level_and_its_place_name_its_government(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


def test_a_level_noun_before_no_known_place_is_a_word_of_the_name() -> None:
    assert body_key("Land Rover") == "land rover"
    assert body_key("Land Registry") == "land registry"
    assert body_key("Land Tirol") != body_key("Tirol Werbung")
    # A level's government is not its city's, nor its police.
    assert body_key("Land Tirol") != body_key("Kantonspolizei Waadt")
    assert body_key("Kanton Waadt") != body_key("Kantonspolizei Waadt")


def test_a_name_translated_word_by_word_is_one_body() -> None:
    actors = [
        ActorStub("Syndicat des mobilités Côte basque-Bidassoa"),
        ActorStub("Sindicato de Movilidad Costa Vasca-Bidassoa"),
        ActorStub("Parti socialiste de Navarre"),
        ActorStub("Partido Socialista de Navarra"),
    ]
    groups = same_actor_groups(actors)
    assert sorted(map(sorted, groups)) == [[0, 1], [2, 3]]


def test_names_alike_but_for_one_word_stay_apart() -> None:
    actors = [
        ActorStub("Unión de Agricultores de Navarra"),
        ActorStub("Union des éleveurs de Navarre"),
        ActorStub("Syndicat des transports de Marseille"),
        ActorStub("Sindicato de Transportes de Madrid"),
    ]
    assert len(same_actor_groups(actors)) == 4


def test_a_translation_that_fits_two_bodies_joins_neither() -> None:
    actors = [
        ActorStub("Banque populaire du Bidassoa"),
        ActorStub("Banco Popular del Bidassoa"),
        ActorStub("Banca Popolare del Bidassoa"),
    ]
    assert len(same_actor_groups(actors)) == 3
    # With one of them the day's only other, the two are one.
    assert len(same_actor_groups(actors[:2])) == 1


def test_words_the_tables_know_are_never_cognates_of_each_other() -> None:
    # "city" and "county" look alike to a consonant skeleton; the tables say they differ.
    actors = [ActorStub("Kessling City Council"), ActorStub("Kessling County Council")]
    assert len(same_actor_groups(actors)) == 2
    actors = [ActorStub("Brenne City Transport Authority"), ActorStub("Brenne County Transport Authority")]
    assert len(same_actor_groups(actors)) == 2


def test_two_bodies_whose_names_differ_by_two_cities_of_like_letters_stay_two() -> None:
    # "Berlin" and "Bern", "León" and "Lyon" look like one word in two spellings; they are
    # two cities, and so two clubs, universities or hospitals.
    for one, other in [
        ("Union Berlin Fans", "Union Bern Fans"),
        ("Hospital Universitario León", "Hospital Universitario Lyon"),
    ]:
        day = merged(
            briefed(f"The {one} protested on Monday.", actors=[("a1", one, "organization")]),
            briefed(f"The {other} protested on Monday.", actors=[("a1", other, "organization")]),
        )
        assert sorted(a.name for a in day.actors) == sorted([one, other])
