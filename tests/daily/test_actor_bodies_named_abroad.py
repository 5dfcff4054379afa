"""Public bodies a foreign newsroom names in its own words (en, fr, de, es, it, pt, nl): a
road police by what it polices, a country's coast guard by the country's adjective,
Belgium's federal police in German, a port or a library in Dutch, a maritime authority
and a civil defence in Portuguese, a poison centre in Italian, a court in Spanish, a
diocese and a fisheries and fauna office in each language. Each has one key however
it is translated; bodies of other kinds, countries or fields keep their own (invented
towns)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        [
            "Polizia Stradale",
            "traffic police",
            "Verkehrspolizei",
            "Policía de Tráfico",
            "Polícia de Trânsito",
        ],
        ["Föderalpolizei", "federale politie", "federal police", "police fédérale", "Bundespolizei"],
        ["irische Küstenwache", "Irish Coast Guard", "garde-côtes irlandais", "guardia costiera irlandese"],
        ["belgische Küstenwache", "Belgian coast guard", "garde-côtes belges"],
        ["Autoridade Marítima Nacional", "Autoridad Marítima Nacional", "National Maritime Authority"],
        ["Defesa Civil", "Defensa Civil", "civil defense", "Difesa Civile"],
        ["Haven van Tarnau", "Port of Tarnau", "Port de Tarnau", "Hafen Tarnau", "Puerto de Tarnau"],
        ["bibliotheek van Tarnau", "bibliotheek in Tarnau"],
        ["Centro antiveleni di Valmora", "Valmora poison centre", "centre antipoison de Valmora"],
        ["Azienda per i servizi sanitari", "Azienda per servizi sanitari"],
        ["juzgado de Tarnau", "tribunal de Tarnau", "court of Tarnau", "Gericht Tarnau"],
        [
            "évêché de Valmora",
            "diocese of Valmora",
            "diócesis de Valmora",
            "diocesi di Valmora",
            "Bistum Valmora",
        ],
        ["Service de la pêche et de la faune", "Amt für Fischerei und Fauna", "servicio de pesca y fauna"],
    ],
)
def test_a_body_named_abroad_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    "names",
    [
        # A German "Verkehrs-" is traffic before a police, transport before a ministry; a
        # transport police (railways) is not the traffic police.
        ["Verkehrspolizei", "Verkehrsministerium", "transport police"],
        # One country's coast guard is not another's.
        ["irische Küstenwache", "belgische Küstenwache", "Küstenwache"],
        # A port is not its town, a poison centre not the town's hospital.
        ["Haven van Tarnau", "gemeente Tarnau", "Centro antiveleni di Tarnau", "ospedale di Tarnau"],
        # Civil defence is not civil protection nor the defence ministry.
        ["Defesa Civil", "Proteção Civil", "Ministério da Defesa"],
        # Two towns' courts and dioceses; a bishop's see is not its town's council.
        [
            "juzgado de Tarnau",
            "Amtsgericht Valmora",
            "diócesis de Tarnau",
            "diocese of Valmora",
            "Tarnau council",
        ],
        # A fisheries office is not a fauna office, nor a wildlife office.
        ["Service de la pêche", "Service de la faune", "office de la faune sauvage"],
    ],
)
def test_bodies_of_other_kinds_or_countries_keep_their_own_keys(names: list[str]) -> None:
    keys = [body_key(n) for n in names]
    assert len(set(keys)) == len(names), dict(zip(names, keys, strict=True))


def test_a_countrys_body_named_in_three_languages_is_one_actor() -> None:
    groups = actor_groups(
        ActorStub("Irish Coast Guard"), ActorStub("irische Küstenwache"), ActorStub("coast guard")
    )
    assert len(groups) == 1, groups


def test_two_countries_coast_guards_stay_apart_and_the_bare_one_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("irische Küstenwache"), ActorStub("Belgian coast guard"), ActorStub("coast guard")
    )
    assert len(groups) == 3, groups
