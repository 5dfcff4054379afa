"""A body named by what it is and then its short name ("Schweizerische Rettungsflugwacht
Rega") is the body named by that short name alone and, so named, by its description in
another language. A town after a body's kind, a word of a subsidiary's name and a name
two bodies share are no label (invented names throughout)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.labelled_names import labelled
from tests.daily.test_multilingual_actors import ActorStub, actor_groups

ORG = "organization"


@pytest.mark.parametrize(
    ("full", "short", "translated"),
    [
        ("Schweizerische Rettungsflugwacht Varnolt", "Varnolt", "Guardia Aérea Suiza de Rescate"),
        ("Schweizerische Lawinenrettung Sorvik", "Sorvik", "Swiss avalanche rescue"),
        ("Société de sauvetage maritime Lorvane", "Lorvane", "Maritime Rescue Society"),
        ("Asociación de protección animal Tellvida", "Tellvida", "association de protection des animaux"),
    ],
)
def test_a_description_and_its_label_are_one_body(full: str, short: str, translated: str | None) -> None:
    names = [full, short, *([translated] if translated else [])]
    assert actor_groups(*(ActorStub(n, ORG) for n in names)) == [sorted(names)]


@pytest.mark.parametrize(
    "name",
    [
        "Feuerwehr Lindau",  # a town after a body's kind
        "Kantonspolizei Zürich",
        "Gewerkschaft Verdi",  # a kind and a name, read by shorter forms already
        "Bundesamt Tellmann",  # a kind and a level alone say nothing of what it does
        "Rettungsdienst GmbH",  # a legal form
        "Deutsche Bahn Security",  # a word the concept tables know
        "Rega",
        "",
    ],
)
def test_no_label_is_read_where_there_is_none(name: str) -> None:
    assert labelled(name, frozenset({"lindau"})) is None


def test_a_label_two_bodies_share_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("Tierschutzverein Kellbach", ORG), ActorStub("Kellbach", ORG), ActorStub("FC Kellbach", ORG)
    )
    assert ["Tierschutzverein Kellbach"] in groups


def test_a_label_nobody_uses_alone_joins_no_description() -> None:
    # "Cargo" is never named alone: the railway's freight arm is not the railway.
    groups = actor_groups(ActorStub("Deutsche Bahn Cargo", ORG), ActorStub("Deutsche Bahn", ORG))
    assert groups == [["Deutsche Bahn"], ["Deutsche Bahn Cargo"]]


def test_hostile_names_are_read_quickly() -> None:
    start = time.thread_time()
    for name in [
        "Rettung " * 5000 + "Varnolt",
        "A" * 100_000,
        "Société de " * 3000 + "Lorvane",
        "é" * 50_000 + " Ω",
    ]:
        labelled(name, frozenset())
    assert time.thread_time() - start < 2


@pytest.mark.parametrize(
    ("full", "government", "foreign"),
    [
        # An island's town named by a government of its own: the coast guard is its, not "Lampedusa".
        ("Guardia Costiera Lampedusa", "Lampedusa", "Coast Guard"),
        # A region ISO 3166-2 names: the region's health agency, not one called "Occitanie".
        ("Agence régionale de santé Occitanie", "Occitanie", "Regional health agency"),
        ("Protezione civile Lombardia", "Lombardia", "Protection civile"),
    ],
)
def test_a_place_after_a_body_is_whose_it_is_not_its_label(full: str, government: str, foreign: str) -> None:
    groups = actor_groups(ActorStub(full, ORG), ActorStub(government, "government"), ActorStub(foreign, ORG))
    assert [government] in groups
    assert not any(full in group and foreign in group and government in group for group in groups)
