"""A body named in Italian or Portuguese, or for what it guards (borders, birds, tenants),
is the body named in English, German, French or Spanish; a country's adjective in those
languages says whose it is. Look-alikes stay apart: two countries' customs, two
ministries, two associations of one town (invented names throughout)."""

from __future__ import annotations

import time

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Bundesamt für Zoll und Grenzsicherheit", "Office fédéral de la douane et de la sécurité des frontières",
         "Ufficio federale della dogana e della sicurezza dei confini", "Federal Office for Customs and Border Security"],
        ["Tierschutzverein Kellbach und Umgebung", "Kellbach Animal Welfare Association",
         "Tierschutzverein Kellbach"],
        ["Association des locataires de Pradelle", "Pradelle tenants' association",
         "Asociación de inquilinos de Pradelle", "Associazione inquilini di Pradelle"],
        ["Société lorraine de protection des oiseaux", "Lorraine Bird Protection Society"],
        ["Ministero della Salute", "Ministerio da Saude", "Gesundheitsministerium", "Health Ministry"],
        ["Sindacato dei ferrovieri", "sindicato dos ferrovieri"],
        ["dogana francese", "douane française", "französischer Zoll", "French customs"],
        ["Globos del Tormes", "Tormes Balloons", "Montgolfières du Tormes"],  # a company named by common nouns
        ["Associazione allevatori ovini della Valdora", "Schafzuchtverband Valdora", "Valdora sheep breeders' association"],
        ["Ufficio provinciale fauna selvatica", "provincial wildlife office", "office provincial de la faune sauvage"],
        ["Agenzia spagnola del farmaco", "Agencia Española de Medicamentos", "Spanish Medicines Agency"],
        ["confederazione dei farmacisti spagnoli", "Confederación Española de Farmacias", "Spanish pharmacists' confederation"],
        ["Bundesamt für Gesundheit", "Federal Office of Public Health", "Ufficio federale della sanità pubblica"],
    ],
)  # fmt: skip
def test_one_body_named_in_several_languages_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("dogana francese", "dogana svizzera"),  # two countries' customs
        ("douane française", "Bundesamt für Zoll und Grenzsicherheit"),
        ("Ministero della Salute", "Ministero dell'Interno"),  # two ministries
        ("Tierschutzverein Kellbach", "Mieterverein Kellbach"),  # two associations of one town
        ("Association des locataires de Pradelle", "Association des commerçants de Pradelle"),
        ("Lorraine Bird Protection Society", "Lorraine Animal Protection Society"),
        ("Globos del Tormes", "Globos del Alagón"),  # two rivers' balloon companies
        ("Schafzuchtverband Valdora", "Rinderzuchtverband Valdora"),  # sheep breeders, cattle breeders
        ("Agenzia spagnola del farmaco", "Agencia Española de Seguridad Alimentaria"),
        ("Confederación Española de Farmacias", "Confederación Española de Médicos"),
        ("Ufficio provinciale fauna selvatica", "Ufficio regionale fauna selvatica"),
        ("Gesundheitsministerium", "Agencia de Salud Pública"),
    ],
)
def test_two_bodies_that_differ_in_field_or_country_stay_apart(one: str, other: str) -> None:
    assert body_key(one) != body_key(other)
    assert actor_groups(ActorStub(one), ActorStub(other)) == sorted([[one], [other]])


def test_hostile_names_are_keyed_quickly() -> None:
    hostile = ["santé publique " * 3000, "Grenz" * 5000 + "sicherheit", "dogana " * 4000 + "ж" * 2000]
    start = time.thread_time()
    for name in hostile:
        body_key(name)
    assert time.thread_time() - start < 2.0
