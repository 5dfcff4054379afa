"""Two trees fall in one city on one day, on two streets: each report joins the fall at the
street it names, a report of the street alone joining the fall at a number on it ("corso
Italia" and "corso Italia 12": the street holds the house as a town holds its site,
``town_readings.in_its_town``), and a tree's fall tells its kind in every language ("eine
Pinie ... gestürzt", "a pine tree has come down", "un arbre est tombé"), as Italian's "crollo"
did alone: a report telling no kind is not known to be of the collapse another tells
(``signs_of_two.distinct``). Issue 25, day 88: the German report of the Corso Italia pine
stayed alone. A report naming only the city may be of either fall and stays alone. Every
place here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from summarizer.daily.merge import Briefed
from summarizer.daily.town_readings import _a_number_on
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("evidence", "kind"),
    [
        (
            "Am Mittwochmorgen ist am Corso Aurelio eine 20 Meter hohe Pinie auf einen Kiosk gestürzt.",
            "collapse",
        ),
        ("08:41 - A large pine tree has come down on a kiosk on the seafront this morning.", "collapse"),
        ("Two people were hurt in the Corso Aurelio tree fall.", "collapse"),
        ("Un arbre est tombé sur un kiosque du front de mer.", "collapse"),
        ("Un árbol cayó sobre un quiosco del paseo marítimo.", "collapse"),
        ("Un albero è caduto su un chiosco del lungomare.", "collapse"),
        ("Uma árvore caiu em cima de um quiosque.", "collapse"),
        ("Een boom is omgevallen op de Dorpsstraat.", "collapse"),
        ("La chute d'un arbre a blessé deux passants.", "collapse"),
        # Falls and downs of no tree: a man, a government, an aircraft, prices, a mayor.
        ("Ein Mann ist am Morgen vom Dach gestürzt.", None),
        ("Die Regierung wurde im Parlament gestürzt.", None),
        ("The plane came down in the sea off the cape.", None),
        ("Prices have come down since the spring.", None),
        ("Le maire est tombé malade pendant la séance.", None),
    ],
)
def test_a_trees_fall_tells_a_collapse_in_every_language(evidence: str, kind: str | None) -> None:
    assert event_kind(evidence) == kind


@pytest.mark.parametrize(
    ("street", "address", "on_it"),
    [
        ("corso aurelio", "corso aurelio 12", True),
        ("dock road", "12 dock road", True),
        ("corso aurelio", "corso aurelio 14 bis", False),
        ("corso aurelio 12", "corso aurelio 14", False),
        ("via lerca", "corso aurelio 12", False),
        ("corso", "corso aurelio", False),
    ],
)
def test_a_number_on_a_street_is_a_house_of_that_street(street: str, address: str, on_it: bool) -> None:
    assert _a_number_on(street, address) is on_it


def _fall(text: str, place: str, language: str, time: str) -> Briefed:
    return one_incident(text, type="accident", place=place, language=language, time=time)


def _day(*extra: Briefed) -> list[list[str]]:
    wire = _fall(
        "Alle 8.10 un pino marittimo alto 20 metri è crollato su un chiosco davanti al civico 12 di corso Aurelio.",
        "corso Aurelio 12, Portovento",
        "it",
        "alle 8.10",
    )
    blog = _fall(
        "08:41 - A large pine tree has come down on a kiosk on Corso Aurelio this morning.",
        "corso Aurelio, Portovento",
        "en",
        "this morning",
    )
    other = _fall(
        "Nel pomeriggio un platano è crollato su un chiosco in via Lerca: nessun ferito.",
        "via Lerca, Portovento",
        "it",
        "nel pomeriggio",
    )
    day = merged(wire, blog, other, *extra)
    return sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)


def test_a_report_of_the_street_joins_the_fall_at_a_number_on_it_not_the_other_streets() -> None:
    street = _fall(
        "Am Morgen ist am Corso Aurelio eine Pinie auf einen Kiosk gestürzt.",
        "corso Aurelio, Portovento",
        "de",
        "am Morgen",
    )
    groups = _day(street)
    assert sorted(len(g) for g in groups) == [1, 3], groups
    assert any(street.article.meta.id in g and len(g) == 3 for g in groups), groups


def test_a_report_naming_only_the_city_may_be_of_either_fall_and_stays_alone() -> None:
    city = _fall(
        "In Portovento ist am Morgen ein Baum auf einen Kiosk gestürzt.",
        "Portovento",
        "de",
        "am Morgen",
    )
    groups = _day(city)
    assert [city.article.meta.id] in groups, groups
    assert sorted(len(g) for g in groups) == [1, 1, 2], groups
