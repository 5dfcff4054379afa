"""A bare surname whose office word matches none of its namesakes' ("M. Fernandes, élu chargé
de la protection civile" beside "Paulo Fernandes, vereador da Proteção Civil" and "Carla
Fernandes, vizinha") is the namesake whose role names the same portfolio; with none or two
such it joins neither (issue 25, day 92; invented names)."""

from __future__ import annotations

import pytest

from summarizer.daily.role_portfolios import portfolio
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _person(name: str, role: str | None) -> ActorStub:
    return ActorStub(name, "person", role=role)


@pytest.mark.parametrize(
    ("bare", "full"),
    [
        (("M. Ferrandes", "élu chargé de la protection civile"), ("Paulo Ferrandes", "vereador da Proteção Civil de Caminha")),
        (("Herr Ferrandes", "Beauftragter für Zivilschutz"), ("Paulo Ferrandes", "assessore alla protezione civile")),
        (("Sr. Ferrandes", "edil de Sanidad"), ("Paulo Ferrandes", "conseiller chargé de la santé")),
        (("Ferrandes", "concejal de Deportes"), ("Paulo Ferrandes", "vereador do Desporto")),
        (("Ferrandes", "regidor d'Esports"), ("Paulo Ferrandes", "wethouder van sport")),
    ],
)  # fmt: skip
def test_a_bare_surname_is_the_namesake_of_its_portfolio(
    bare: tuple[str, str], full: tuple[str, str]
) -> None:
    groups = actor_groups(_person(*bare), _person(*full), _person("Carla Ferrandes", "vizinha"))
    assert sorted([bare[0], full[0]]) in groups, groups
    assert ["Carla Ferrandes"] in groups, groups


def test_another_portfolio_joins_neither_namesake() -> None:
    groups = actor_groups(
        _person("M. Ferrandes", "élu chargé des sports"),
        _person("Paulo Ferrandes", "vereador da Proteção Civil de Caminha"),
        _person("Carla Ferrandes", "vizinha"),
    )
    assert ["M. Ferrandes"] in groups, groups


def test_two_namesakes_of_one_portfolio_leave_it_alone() -> None:
    groups = actor_groups(
        _person("M. Ferrandes", "élu chargé de la protection civile"),
        _person("Paulo Ferrandes", "vereador da Proteção Civil de Caminha"),
        _person("Rui Ferrandes", "comandante da Proteção Civil"),
    )
    assert ["M. Ferrandes"] in groups, groups


@pytest.mark.parametrize("role", ["vizinha", "local councillor", "directrice du site", "Bürgermeister"])
def test_a_role_that_names_no_portfolio_has_none(role: str) -> None:
    assert portfolio(role) == frozenset()


def test_a_place_or_a_level_is_no_portfolio() -> None:
    assert portfolio("conseiller régional de Bretagne") == frozenset()
    assert portfolio("ministre français de la Santé") == {"health"}


@pytest.mark.parametrize(
    ("bare", "full"),
    [
        (("García", "patient at the hospital"), ("Ana García", "hospital director")),
        (("García", "paciente del hospital"), ("Ana García", "directora del hospital")),
        (("Brown", "ambulance driver"), ("Ann Brown", "ambulance service director")),
        (("Brown", "ambulance service director"), ("Ann Brown", "ambulance driver")),
    ],
)
def test_a_place_of_work_or_care_is_no_portfolio_held(bare: tuple[str, str], full: tuple[str, str]) -> None:
    """Treated at the hospital or driving its ambulances is holding no office over it: the
    patient García is not the director Ana García for both roles naming the hospital."""
    groups = actor_groups(_person(*bare), _person(*full), _person(f"Tim {bare[0]}", "witness"))
    assert [bare[0]] in groups, groups


@pytest.mark.parametrize(
    ("bare", "full"),
    [
        (("Ferrandes", "tourism councillor"), ("Nieves Ferrandes", "concejala de Turismo")),
        (("Ferrandes", "conseillère au tourisme"), ("Nieves Ferrandes", "consigliera al turismo")),
        (("Ferrandes", "consigliera al turismo"), ("Nieves Ferrandes", "conseillère au tourisme")),
        (("Ferrandes", "vereadora do Turismo"), ("Nieves Ferrandes", "tourism councillor")),
    ],
)  # fmt: skip
def test_an_office_worded_in_another_language_is_the_namesake_of_its_portfolio(
    bare: tuple[str, str], full: tuple[str, str]
) -> None:
    # Issue 25, day 99: "Tourism councillor Pérez" is the concejala de Turismo, not the
    # farmer Pérez of the day's other story, whose role names no office at all.
    groups = actor_groups(
        _person(*bare), _person(*full), _person("Cándido Ferrandes", "propietario de la finca")
    )
    assert sorted([bare[0], full[0]]) in groups, groups
    assert ["Cándido Ferrandes"] in groups, groups


def test_an_office_of_no_shared_portfolio_still_may_be_the_one_of_no_office() -> None:
    # "Ferrandes, alcaldesa" is no councillor for sport; the namesake of no office may be her.
    groups = actor_groups(
        _person("Ferrandes", "alcaldesa"),
        _person("Nieves Ferrandes", "concejala de Deportes"),
        _person("Lucía Ferrandes", None),
    )
    assert ["Ferrandes", "Lucía Ferrandes"] in groups, groups
