"""A force named with its seat after a preposition ("Polizia Stradale di Brescia",
"brigade de gendarmerie de Colmar", "Bomberos de Huesca") says the seat is a place of
the day, so the force named by its kind alone in other copy is that body though no
incident is placed there; two seats' forces keep the kind alone on its own, and a field a
ministry is named after is no seat."""

from __future__ import annotations

import pytest

from summarizer.daily.body_seats import named_seats
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    "names",
    [
        ["Polizia Stradale di Brescia", "Polizia Stradale", "traffic police", "Verkehrspolizei"],
        ["Bomberos de Huesca", "los bomberos"],
        ["Feuerwehr der Stadt Graz", "Feuerwehr"],
        ["Polícia Municipal de Lisboa", "Polícia Municipal", "police municipale"],
    ],
)
def test_a_body_named_with_its_seat_is_the_one_its_kind_alone_names(names: list[str]) -> None:
    groups = actor_groups(*(ActorStub(n) for n in names))
    assert len(groups) == 1, groups


def test_two_seats_forces_leave_the_kind_alone_on_its_own() -> None:
    groups = actor_groups(
        ActorStub("Polizia Stradale di Brescia"),
        ActorStub("Polizia Stradale di Verona"),
        ActorStub("Polizia Stradale"),
    )
    assert len(groups) == 3, groups


@pytest.mark.parametrize(
    ("name", "seat"),
    [
        ("Polizia Stradale di Brescia", "Brescia"),
        ("commissariat de police de Lyon", "Lyon"),
        ("Landgericht Hamburg", "Hamburg"),
        ("Ministerio de Fomento", None),  # a ministry is no force, and Fomento a field
        ("Ministry of Justice", None),  # a body's field the tables know
        ("Azione Cattolica di Verona", None),  # no body's word: not a public body's seat
        ("brigade de gendarmerie de Colmar", "Colmar"),
    ],
)
def test_only_a_known_place_after_a_bodys_words_is_a_seat(name: str, seat: str | None) -> None:
    assert named_seats([ActorStub(name, kind="government")]) == ({seat} if seat else set())


def test_a_seat_is_read_of_forces_only() -> None:
    # An emergency service is named by its region: it is no force named by its kind alone,
    # and "the emergency service" stays apart from two regions' (see translated bodies).
    assert named_seats([ActorStub("emergency service of Aragon")]) == set()
    assert named_seats([ActorStub("Fiscalía de Huesca"), ActorStub("Feuerwehr der Stadt Graz")]) == {
        "Huesca",
        "Graz",
    }
