"""A company named with its trade ("Bodegas X", "X winery", "Transportes X", "Weingut X")
and by its own words alone ("X") is one actor, when the day has one such company."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.models import ActorKind


@dataclass(frozen=True)
class _Company:
    name: str
    kind: ActorKind = "organization"
    role: str | None = None
    canonical_name: str | None = None
    aliases: Sequence[str] = field(default_factory=tuple)


def _groups(names: Sequence[str]) -> list[set[str]]:
    actors = [_Company(n) for n in names]
    return [{actors[i].name for i in g} for g in same_actor_groups(actors)]


@pytest.mark.parametrize(
    ("traded", "bare"),
    [
        ("Bodegas Miralta S.A.", "Miralta"),  # es, with its legal form
        ("Construcciones Ocaña Hermanos", "Ocaña Hermanos"),  # es
        ("Adega Serra Alta", "Serra Alta"),  # pt
        ("Autotrasporti Ferri Bruno", "Ferri Bruno"),  # it
        ("Cantine Valdorso", "Valdorso"),  # it
        ("Fromagerie Moreau Frères", "Moreau Frères"),  # fr
        ("Brasserie Lenfant", "Lenfant"),  # fr
        ("Weingut Kesselring", "Kesselring"),  # de
        ("Spedition Hollweg", "Hollweg"),  # de
        ("Harwick winery", "Harwick"),  # en, the trade after the name
    ],
)
def test_a_company_named_with_its_trade_is_its_bare_name(traded: str, bare: str) -> None:
    assert {traded, bare} in _groups([traded, bare, "Guardia Civil"])


def test_a_bare_name_of_two_trades_joins_neither() -> None:
    groups = _groups(["Bodegas Miralta", "Talleres Miralta", "Miralta"])
    assert {"Miralta"} in groups
    assert {"Bodegas Miralta"} in groups


def test_a_trade_alone_of_two_companies_of_it_joins_neither() -> None:
    assert {"Bodegas"} in _groups(["Bodegas Miralta", "Bodegas Ocaña", "Bodegas"])
    assert {"Brauerei"} in _groups(["Brauerei Kesselring", "Brauerei Hollweg", "Brauerei"])


def test_another_name_of_the_same_trade_stays_apart() -> None:
    groups = _groups(["Weingut Kesselring", "Weingut Hollweg", "Kesselring"])
    assert {"Weingut Kesselring", "Kesselring"} in groups
    assert {"Weingut Hollweg"} in groups


def test_a_town_alone_is_not_the_company_named_after_it() -> None:
    actors = [
        _Company("Cantina di Soave"),
        _Company("Soave"),
        _Company("Weingut Bernkastel"),
        _Company("Bernkastel"),
    ]
    groups = [{actors[i].name for i in g} for g in same_actor_groups(actors, places=["Soave", "Bernkastel"])]
    assert {"Soave"} in groups
    assert {"Bernkastel"} in groups
