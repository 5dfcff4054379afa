"""A Swiss canton's police named by the canton's code ("Kapo VS", "Kantonspolizei ZH") or
by the coined short name alone ("die Kapo") is the canton's police as every language
names it; two cantons' codes stay two police, and two capitals that close any other name
("Roma VS", "Polizei VS") are no canton (invented names)."""

from __future__ import annotations

import pytest

from summarizer.daily.canton_codes import cantonal_name
from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    ("code_name", "names"),
    [
        (
            "Kapo VS",
            [
                "Kantonspolizei Wallis",
                "police cantonale valaisanne",
                "polizia cantonale vallesana",
                "Valais cantonal police",
            ],
        ),
        ("Kapo ZH", ["Kantonspolizei Zürich", "Zurich cantonal police"]),
        (
            "Kapo GR",
            [
                "Kantonspolizei Graubünden",
                "police cantonale grisonne",
                "polizia cantonale grigionese",
                "Bündner Kantonspolizei",
            ],
        ),
        ("Kantonspolizei BE", ["Kantonspolizei Bern", "police cantonale bernoise", "Bern cantonal police"]),
        ("Kapo TI", ["polizia cantonale ticinese", "Kantonspolizei Tessin"]),
    ],
)
def test_a_cantons_code_names_its_police_in_every_language(code_name: str, names: list[str]) -> None:
    keys = {body_key(cantonal_name(n)) for n in [code_name, *names]}
    assert len(keys) == 1
    assert actor_groups(*(ActorStub(n) for n in [code_name, *names])) == [sorted([code_name, *names])]


def test_two_cantons_codes_are_two_police() -> None:
    groups = actor_groups(ActorStub("Kapo VS"), ActorStub("Kapo BE"), ActorStub("Kantonspolizei Wallis"))
    assert groups == [["Kantonspolizei Wallis", "Kapo VS"], ["Kapo BE"]]


def test_a_code_after_no_cantonal_body_is_no_canton() -> None:
    # "VS" after a club, a bare "Polizei" or a city's police says no canton.
    for name in ["Roma VS", "Polizei VS", "Stadtpolizei VS", "Kapo XX"]:
        assert cantonal_name(name) == name
    assert body_key(cantonal_name("Polizei VS")) != body_key("Kantonspolizei Wallis")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Kapo", "Kantonspolizei Graubünden"),
        ("Stapo", "Stadtpolizei Winterthur"),
        ("Kripo", "Kriminalpolizei"),
    ],
)
def test_a_coined_short_name_is_the_days_one_police_of_its_kind(short: str, full: str) -> None:
    assert actor_groups(ActorStub(short), ActorStub(full)) == [sorted([short, full])]


def test_a_coined_short_name_beside_two_cantons_police_joins_neither() -> None:
    groups = actor_groups(ActorStub("Kapo"), ActorStub("Kapo VS"), ActorStub("Kantonspolizei Bern"))
    assert groups == [["Kantonspolizei Bern"], ["Kapo"], ["Kapo VS"]]


def test_a_regions_adjective_in_two_languages_names_one_company() -> None:
    # "valdostane" and "valdôtaines": the Aosta Valley's, in Italian and French.
    assert body_key("Società Autostrade Valdostane") == body_key("Société des autoroutes valdôtaines")
    assert body_key("Società Autostrade Valdostane") != body_key("Società Autostrade Piemontesi")


def test_a_towns_police_in_german_copy_abroad_is_its_local_police() -> None:
    # "Palmaer Ortspolizei" is Palma's "Policia Local", not the Llucmajor one.
    assert body_key("Ortspolizei Palma") == body_key("Policía Local de Palma")
    assert body_key("Ortspolizei Palma") != body_key("Policía Local de Llucmajor")
    assert body_key("Ortspolizei Palma") != body_key("Policía Nacional de Palma")
