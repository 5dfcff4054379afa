"""A count told as the running total after a new victim ("which brings the toll to two",
"ce qui porte le bilan à deux morts", "lo que eleva la cifra a dos", "Damit kamen zwei
Menschen ums Leben") is the count of its writer's hour, as one told as risen is
(``figure_updates``): an outlet's earlier "one dead" is the count before it, not a dispute
(issue 25: a light aircraft's second death, reported by the same paper's update, was
flagged against its first report). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.figure_updates import told_as_risen
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


def _risen(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return told_as_risen(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A second passenger died overnight, which brings the death toll to two.", "two"),
        ("The arrest of another man brought the number of suspects held to four.", "four"),
        ("Un deuxième passager est décédé, ce qui porte le bilan à deux morts.", "deux morts"),
        ("Falleció un segundo pasajero, lo que eleva la cifra a dos muertos.", "dos muertos"),
        ("Der Passagier ist in der Nacht gestorben. Damit kamen beim Absturz zwei Menschen ums Leben.",
         "zwei Menschen"),
    ],
)  # fmt: skip
def test_a_running_total_is_read_as_risen_in_four_languages(sentence: str, figure: str) -> None:
    assert _risen(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Two people were brought to hospital.", "Two people"),  # "brought" after its count
        ("Die Polizei sperrte die Straße, damit zwei Kräne arbeiten konnten.", "zwei Kräne"),  # "so that"
        ("Damit, sagte er, seien zwei Menschen gestorben.", "zwei Menschen"),  # another clause
        ("La CGT porte plainte; deux blessés.", "deux blessés"),  # "porter plainte", no total
        ("Damit steigt der Druck. Zwei Menschen starben.", "Zwei Menschen"),  # another sentence
        # Review 2: the verb's object is no count ("porter préjudice à", "poner en peligro a")
        ("Une fermeture qui porte préjudice à 200 commerçants.", "200 commerçants"),
        ("L'association qui porte le projet a 300 adhérents.", "300 adhérents"),
        ("El incendio avanza, lo que pone en peligro a 300 vecinos.", "300 vecinos"),
        ("La sequía persiste, lo que sitúa en alerta a 12 municipios.", "12 municipios"),
        ("Parents bringing their children to 3 schools were turned away.", "3 schools"),
    ],
)
def test_what_is_no_running_total_is_not_read_as_one(sentence: str, figure: str) -> None:
    assert not _risen(sentence, figure)


def _crash(text: str, figure: str, value: float) -> Briefed:
    toll = {"id": "f1", "text": figure, "value": value, "counted": "Tote", "category": "killed"}
    return one_incident(text, figures=[toll], type="accident", place="Altbrück", time="Samstag",
                        location="Flugplatz Ebnet", casualty_figures=["f1"], language="de")  # fmt: skip


FIRST = (
    "Ein Kleinflugzeug ist am Samstag beim Flugplatz Ebnet in Altbrück abgestürzt. Eine Person kam ums Leben."
)
UPDATE = ("Der Absturz vom Samstag beim Flugplatz Ebnet in Altbrück fordert ein zweites Todesopfer: der Passagier "
          "ist gestorben. Damit kamen zwei Menschen ums Leben.")  # fmt: skip
OTHER = "Ein Kleinflugzeug ist am Samstag beim Flugplatz Ebnet in Altbrück abgestürzt. Zwei Menschen kamen ums Leben."


def test_an_update_s_running_total_is_no_dispute_with_the_first_toll() -> None:
    day = merged(_crash(FIRST, "Eine Person", 1), _crash(UPDATE, "zwei Menschen", 2))
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures if f.category == "killed")


def test_two_tolls_told_without_a_running_total_are_still_a_dispute() -> None:
    day = merged(_crash(FIRST, "Eine Person", 1), _crash(OTHER, "Zwei Menschen", 2))
    assert len(day.incidents) == 1
    assert any(f.conflict for f in day.figures if f.category == "killed")
