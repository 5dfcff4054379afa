"""People named by an office in every language the merge reads: a Dutch "wethouder", a
German "Beigeordnete", a Belgian "échevin" and an Italian "assessore" hold one office; a
"bourgmestre de Hulst" is the day's one mayor whose role names Hulst; "the company's
spokeswoman" whose role says whose she speaks for is that company's one named spokeswoman.
Two namesakes, two towns' mayors and two companies' spokeswomen stay apart (invented people)."""

from __future__ import annotations

import pytest

from summarizer.daily.office_words import offices
from tests.daily.test_merge_offices import _Actor, _groups


@pytest.mark.parametrize(
    ("one", "other", "office"),
    [
        ("wethouder", "Beigeordnete", "alderman"),
        ("échevine", "assessore", "alderman"),
        ("schepen", "alderman", "alderman"),
        ("bourgmestre", "burgemeester", "mayor"),
        ("sindaca", "batlle", "mayor"),
        ("woordvoerster", "portavoce", "spokesperson"),
        ("porta-voz", "portaveu", "spokesperson"),
    ],
)
def test_one_office_in_two_languages(one: str, other: str, office: str) -> None:
    assert office in offices(one) & offices(other)


def test_a_titled_surname_joins_the_namesake_of_its_office() -> None:
    alderman = _Actor("Ria Janssen", role="wethouder van Maastricht")
    farmer = _Actor("Wim Janssen", role="melkveehouder uit Piringen")
    titled = _Actor("Beigeordnete Janssen", role="Beigeordnete der Stadt Maastricht")
    assert _groups(alderman, farmer, titled) == [
        ["Beigeordnete Janssen/Beigeordnete der Stadt Maastricht", "Ria Janssen/wethouder van Maastricht"],
        ["Wim Janssen/melkveehouder uit Piringen"],
    ]


def test_two_namesakes_of_one_office_leave_a_titled_surname_alone() -> None:
    # Two towns' aldermen named Peeters: the German title alone says neither.
    one = _Actor("Els Peeters", role="schepen van Tongeren")
    two = _Actor("Jan Peeters", role="schepen van Riemst")
    titled = _Actor("Beigeordnete Peeters")
    assert len(_groups(one, two, titled)) == 3


def test_a_towns_office_joins_that_towns_holder_not_another_towns() -> None:
    hulst = _Actor("Jan Verbeke", role="burgemeester van Hulst")
    bergen = _Actor("Marieke de Wolf", role="burgemeester van Bergen op Zoom")
    groups = _groups(hulst, bergen, _Actor("bourgmestre de Hulst", role="bourgmestre de Hulst"))
    assert ["Jan Verbeke/burgemeester van Hulst", "bourgmestre de Hulst/bourgmestre de Hulst"] in groups
    assert len(groups) == 2
    # A third town's mayor is neither.
    groups = _groups(hulst, bergen, _Actor("il sindaco di Sluis", role="sindaco di Sluis"))
    assert len(groups) == 3


def test_a_spokeswoman_is_the_one_whose_role_names_her_company() -> None:
    maas = _Actor("Linda Maas", role="woordvoerster Scheldevries")
    other = _Actor("Petra Vos", role="woordvoerster Havenbedrijf")
    spokeswoman = _Actor("The company's spokeswoman", role="spokeswoman for Scheldevries")
    groups = _groups(maas, other, spokeswoman)
    assert [
        "Linda Maas/woordvoerster Scheldevries",
        "The company's spokeswoman/spokeswoman for Scheldevries",
    ] in groups
    assert len(groups) == 2


def test_a_spokeswoman_whose_role_names_another_company_joins_no_one() -> None:
    maas = _Actor("Linda Maas", role="woordvoerster Scheldevries")
    spokeswoman = _Actor("the company's spokeswoman", role="portavoce della Frigoveneta")
    assert len(_groups(maas, spokeswoman)) == 2


def test_two_towns_mayors_named_by_office_alone_stay_two_people() -> None:
    """Two reports' "the mayor", one of Tormo and one of Calvià, are one group by their
    names; each finding its own town's mayor would make the two mayors one person."""
    ferrer = _Actor("Joan Ferrer", role="batlle de Tormo")
    puig = _Actor("Maria Puig", role="alcaldesa de Calvià")
    groups = _groups(
        ferrer, puig, _Actor("the mayor", role="mayor of Tormo"), _Actor("the mayor", role="mayor of Calvià")
    )
    assert ["Joan Ferrer/batlle de Tormo"] in groups and ["Maria Puig/alcaldesa de Calvià"] in groups, groups
