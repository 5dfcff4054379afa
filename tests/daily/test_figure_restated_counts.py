"""A count a party restates in its own words ("Local fire officials have put the number of
injured at twelve", "la CEF eleva la cifra a más de 1.100 medicamentos", "the Carabinieri
put the crowd at about 150") is a rival to the count its article gave first of the measure,
whatever each calls what it counts (issue 25: days 28, 39, 60 and 61 never flagged such a
dispute, the article's own). Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_standing import standing_of
from summarizer.daily.merge import Briefed
from summarizer.models import Figure
from tests.daily.test_daily import briefed, merged, span_of


def _restates(text: str, figure: str, lang: str) -> bool:
    made = Figure(id="f1", text=figure, value=12, unit="count", category="injured", bound="exact",
                  span=span_of(text, figure))  # fmt: skip
    return standing_of(text, made, [(made.span.start, "injured")], lang).restates


@pytest.mark.parametrize(
    ("text", "figure", "lang"),
    [
        ("Local fire officials have put the number of injured at twelve.", "twelve", "en"),
        ("The Carabinieri put the crowd at about 150, but the square was full.", "about 150", "en"),
        (
            "La CEF eleva la cifra a más de 1.100 medicamentos, según una encuesta.",
            "más de 1.100 medicamentos",
            "es",
        ),
        ("El SEM cifra en 14 los heridos.", "14", "es"),
        ("Die Feuerwehr korrigierte die Zahl der Verletzten auf zwölf.", "zwölf", "de"),
        ("Les pompiers chiffrent à douze le nombre de blessés.", "douze", "fr"),
    ],
)
def test_a_count_restated_as_a_partys_figure_is_read_so(text: str, figure: str, lang: str) -> None:
    assert _restates(text, figure, lang)


@pytest.mark.parametrize(
    ("text", "figure", "lang"),
    [
        ("The bus was carrying twelve people when it left the road.", "twelve people", "en"),
        ("Police put the driver at fault. Twelve people were hurt.", "Twelve people", "en"),
        ("El temporal obligó a desalojar a 200 vecinos.", "200 vecinos", "es"),
        ("Zwölf Menschen wurden verletzt, sagte die Feuerwehr.", "Zwölf Menschen", "de"),
    ],
)
def test_a_count_told_plainly_is_no_restated_count(text: str, figure: str, lang: str) -> None:
    assert not _restates(text, figure, lang)


def _report(
    text: str, actors: list[tuple[str, str, str]], figures: list[dict[str, Any]], lang: str
) -> Briefed:
    numbered = [{"id": f"f{n}", **f} for n, f in enumerate(figures, 1)]
    made = briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "evidence": text.split(". ")[0], "type": "other", "place": "Oelsburg",
                    "time": "Thursday", "casualty_figures": [f["id"] for f in numbered]}],
        figures=numbered,
    )  # fmt: skip
    return Briefed(made.article, made.briefing.model_copy(update={"language": lang}))


@pytest.mark.parametrize(("restated", "value", "disagree"), [("twelve", 12, True), ("seven", 7, False)])
def test_officials_number_of_injured_disputes_the_passengers_hurt(
    restated: str, value: int, disagree: bool
) -> None:
    text = (
        "A smoke-filled plane landed at Oelsburg on Thursday. Seven passengers suffered minor injuries, "
        f"NordLink Air said. Local fire officials have put the number of injured at {restated}."
    )
    report = _report(
        text,
        [("a1", "NordLink Air", "organization")],
        [
            {"text": "Seven passengers", "value": 7, "category": "injured", "counted": "passengers with minor injuries",
             "claimed_by": "a1"},
            {"text": f"the number of injured at {restated}", "value": value, "category": "injured",
             "counted": "injured"},
        ],
        "en",
    )  # fmt: skip
    (figure,) = [f for f in merged(report).figures if f.category == "injured"]
    assert figure.conflict is disagree, [v.text for v in figure.values]


@pytest.mark.parametrize(("raised", "value", "disagree"), [("1.100", 1100, True), ("600", 600, False)])
def test_a_party_that_raises_the_figure_disputes_the_count_given_first(
    raised: str, value: int, disagree: bool
) -> None:
    text = (
        "Sanidad admite este miércoles que 612 presentaciones de medicamentos sufren problemas de suministro. "
        f"La Confederación de Farmacias eleva la cifra a más de {raised} medicamentos."
    )
    report = _report(
        text,
        [("a1", "Sanidad", "government"), ("a2", "Confederación de Farmacias", "organization")],
        [
            {"text": "612 presentaciones", "value": 612, "category": "other",
             "counted": "presentaciones con problemas de suministro", "claimed_by": "a1"},
            {"text": f"más de {raised} medicamentos", "value": value, "bound": "more_than", "category": "other",
             "counted": "medicamentos en falta", "claimed_by": "a2"},
        ],
        "es",
    )  # fmt: skip
    (figure,) = [f for f in merged(report).figures if len(f.values) == 2]
    assert figure.conflict is disagree, [v.text for v in figure.values]


@pytest.mark.parametrize(("put", "value", "disagree"), [("about 150", 150, True), ("about 280", 280, False)])
def test_a_partys_crowd_disputes_the_reports_own_count(put: str, value: int, disagree: bool) -> None:
    text = (
        "Around three hundred people gathered last night at the war memorial in Marein. "
        f"The Carabinieri put the crowd at {put}, but the square was full."
    )
    report = _report(
        text,
        [("a1", "Carabinieri", "government")],
        [
            {"text": "Around three hundred people", "value": 300, "bound": "approximately", "category": "other",
             "counted": "people at the vigil"},
            {"text": put, "value": value, "bound": "approximately", "category": "other",
             "counted": "people at the vigil", "claimed_by": "a1"},
        ],
        "en",
    )  # fmt: skip
    (figure,) = [f for f in merged(report).figures if len(f.values) == 2]
    assert figure.conflict is disagree, [v.text for v in figure.values]


def test_a_restated_count_of_people_never_joins_a_count_of_things() -> None:
    """ "Police stopped 40 lorries ... the union put the number of strikers at 3,000": two
    measures of one blockade, whatever the union's verb."""
    text = (
        "Police stopped 40 lorries at the Oelsburg depot blockade on Thursday. "
        "The union put the number of strikers at 3,000."
    )
    report = _report(
        text,
        [("a1", "Police", "government"), ("a2", "union", "organization")],
        [
            {"text": "40 lorries", "value": 40, "category": "other", "counted": "lorries stopped", "claimed_by": "a1"},
            {"text": "3,000", "value": 3000, "category": "other", "counted": "strikers", "claimed_by": "a2"},
        ],
        "en",
    )  # fmt: skip
    day = merged(report)
    assert not [f for f in day.figures if f.conflict]
    assert all(len(f.values) == 1 for f in day.figures)


def test_a_restated_count_of_another_thing_never_joins_the_reports_count() -> None:
    """ "1,200 homes without power ... the council put the number of fallen trees at 400":
    "the number of" what the article had not counted is another count, not a rival."""
    text = (
        "A storm left 1,200 homes in Oelsburg without power on Thursday, the utility said. "
        "The council put the number of fallen trees at 400."
    )
    report = _report(
        text,
        [("a1", "utility", "organization"), ("a2", "council", "government")],
        [
            {"text": "1,200 homes", "value": 1200, "category": "other", "counted": "homes without power",
             "claimed_by": "a1"},
            {"text": "400", "value": 400, "category": "other", "counted": "fallen trees", "claimed_by": "a2"},
        ],
        "en",
    )  # fmt: skip
    day = merged(report)
    assert not [f for f in day.figures if f.conflict]
    assert all(len(f.values) == 1 for f in day.figures)
