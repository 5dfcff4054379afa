"""An emergency service named by its number alone joins the day's one body whose name holds
that number (``daily.service_numbers``)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("number", "named"),
    [
        ("118", "Genoa's 118 emergency service"),  # English paper, Italian number
        ("118", "servizio 118 di Genova"),
        ("112", "Centro de Emergencias 112 de Galicia"),
        ("144", "Sanitätsnotruf 144 Wallis"),
        ("15", "SAMU (15) de la Moselle"),
        ("112", "Noodcentrale 112 Antwerpen"),
    ],
)
def test_a_number_alone_joins_the_one_body_holding_it(number: str, named: str) -> None:
    assert actor_groups(ActorStub(number), ActorStub(named)) == [sorted([number, named])]


def test_a_number_held_by_two_bodies_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("118"), ActorStub("servizio 118 di Genova"), ActorStub("servizio 118 di Savona")
    )
    assert ["118"] in groups


@pytest.mark.parametrize(
    "other",
    [
        "Line 1180 bus company",  # its digits inside a longer number
        "Ferrovie 2.118",  # a figure's digits
        "Brigade 11",  # another number
        # the number of something else than a service one dials
        "Bus line 118 operator",
        "Route 118 residents' association",
        "Radio 118 FM",
        "Linea 118 di Trenord",
    ],
)
def test_a_number_is_no_body_by_digits_it_only_shares(other: str) -> None:
    assert actor_groups(ActorStub("118"), ActorStub(other)) == sorted([["118"], [other]])


def test_a_person_never_joins_a_number() -> None:
    person = ActorStub("Agent 118 Rossi", kind="person")
    assert actor_groups(ActorStub("118"), person) == sorted([["118"], ["Agent 118 Rossi"]])


@pytest.mark.parametrize(
    ("year", "named"), [("2026", "Paris 2026 organising committee"), ("1992", "Expo 1992 Sevilla")]
)
def test_a_year_is_no_service_number(year: str, named: str) -> None:
    assert actor_groups(ActorStub(year), ActorStub(named)) == sorted([[year], [named]])
