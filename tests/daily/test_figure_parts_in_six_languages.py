"""A part of a toll is no rival to the whole, in every language the project reads (issue 25:
a pile-up's update that said only "Dei due feriti gravi ..." was flagged against every
other source's 14 injured, and Italian and Portuguese partitives, "due dei quali", "tra cui
due bambini", "Dois deles", were not read as parts at all). Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.subcounts import is_subcount, told_by_severity
from summarizer.models.common import Span
from tests.daily.test_daily import merged, one_incident


def _subcount(text: str, figure: str) -> bool:
    start = text.index(figure)
    return is_subcount(text, figure, Span(start=start, end=start + len(figure)))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Quattordici feriti, due dei quali in gravi condizioni.", "due dei quali"),
        ("Dodici feriti, di cui tre gravi, sono stati portati in ospedale.", "tre gravi"),
        ("Cinque persone sono ricoverate, tra cui due bambini di 6 e 9 anni.", "due bambini"),
        ("Trenta persone sono rimaste ferite, tre dei feriti sono gravi.", "tre dei feriti"),
        ("Sete turistas ficaram feridos. Dois deles seguem internados.", "Dois deles"),
        ("Doze pessoas ficaram feridas, incluindo três crianças.", "três crianças"),
        ("Vinte passageiros feridos, dois dos quais em estado grave.", "dois dos quais"),
    ],
)
def test_italian_and_portuguese_parts_of_a_count_are_subcounts(text: str, figure: str) -> None:
    assert _subcount(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("SIPTU said 120 people work there, about 30 of them on seasonal contracts.", "about 30 of them"),
        ("Im Werk arbeiten 120 Menschen, rund 30 von ihnen als Saisonkräfte.", "rund 30 von ihnen"),
        ("L'usine emploie 120 salariés, dont environ 30 saisonniers.", "environ 30 saisonniers"),
        ("La planta emplea a 120 personas, unos 30 de ellos temporeros.", "unos 30 de ellos"),
        ("Lo stabilimento impiega 120 persone, circa 30 di loro stagionali.", "circa 30 di loro"),
    ],
)
def test_a_part_with_a_bound_before_its_number_is_a_subcount(text: str, figure: str) -> None:
    """ "About 30 of them": the bound opens the figure's words, the partitive follows its
    number (day68's seasonal workers were flagged against the union's 120)."""
    assert _subcount(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 30 people work at the plant, the union said.", "About 30 people"),
        ("Rund 30 Menschen arbeiten im Werk.", "Rund 30 Menschen"),
        ("Cinque persone della stessa famiglia sono ricoverate.", "Cinque persone"),  # whose, not a part
        ("Sete turistas de Porto Alegre ficaram feridos.", "Sete turistas"),
        ("Due giorni dopo, tre operai sono stati dimessi.", "tre operai"),
        ("Cinco pessoas morreram no incêndio da fábrica.", "Cinco pessoas"),
        ("A Defesa Civil fala em cinco feridos.", "cinco feridos"),
    ],
)
def test_a_whole_count_in_italian_or_portuguese_is_no_subcount(text: str, figure: str) -> None:
    assert not _subcount(text, figure)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("due feriti gravi", "feriti gravi del tamponamento"),
        ("two people", "people seriously injured"),
        ("zwei Schwerverletzte", "Schwerverletzte"),
        ("deux blessés graves", "blessés graves"),
        ("tres heridos", "heridos de gravedad, graves"),
        ("dois feridos graves", "feridos em estado grave"),
        ("due in condizioni serie", "intossicati in condizioni serie"),
    ],
)
def test_injured_told_by_how_badly_they_were_hurt_are_a_part(text: str, counted: str) -> None:
    assert told_by_severity("injured", text, counted)


@pytest.mark.parametrize(
    ("category", "text", "counted"),
    [
        # The police's whole toll: light injuries are often all there are.
        ("injured", "deux blessés légers", "blessés légers"),
        ("injured", "Deux enfants", "enfants légèrement blessés"),
        ("injured", "cinco heridos", "heridos"),
        ("injured", "14 Menschen", "Verletzte der Massenkarambolage"),
        ("killed", "two people", "people killed in a serious accident"),  # only the injured have a severity
    ],
)
def test_a_toll_not_told_by_its_severity_is_no_part(category: str, text: str, counted: str) -> None:
    assert not told_by_severity(category, text, counted)


def _injured(text: str, value: int, counted: str, **more: Any) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "category": "injured", "counted": counted, **more}


_PILEUP = "Ventitré veicoli coinvolti e quattordici feriti nel tamponamento sull'A4 tra Desenzano e Sirmione."


def _update(text: str, figure: dict[str, Any]) -> Any:
    return one_incident(
        f"{_PILEUP} {text}", evidence=_PILEUP, place="A4, Desenzano", type="accident", figures=[figure]
    )


def _whole_toll() -> Any:
    """The first report of the pile-up, with its whole toll of 14 injured."""
    return one_incident(
        _PILEUP,
        place="A4, Desenzano",
        type="accident",
        figures=[_injured("quattordici feriti", 14, "feriti nel tamponamento")],
    )


def test_an_update_on_the_serious_cases_alone_is_no_dispute_with_the_toll() -> None:
    toll = _whole_toll()
    serious = _update(
        "Dei due feriti gravi, un camionista è stato trasferito in elicottero a Brescia.",
        _injured("due feriti gravi", 2, "feriti gravi del tamponamento"),
    )
    day = merged(toll, serious)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "injured"]
    assert len(figure.values) == 2
    assert not figure.conflict


def test_a_smaller_whole_toll_still_disputes_the_toll() -> None:
    """The near miss: "two injured" with no word of severity is the source's whole toll."""
    toll = _whole_toll()
    smaller = _update(
        "Secondo la Stradale i feriti sono soltanto due.",
        _injured("soltanto due", 2, "feriti del tamponamento"),
    )
    day = merged(toll, smaller)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "injured"]
    assert figure.conflict
