"""A figure that counts part of a whole ("five of the injured") is one measure with the
whole but never its rival: a report that gives a toll and then its serious cases is not a
source disagreeing with itself or with another source's whole."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.subcounts import is_subcount
from summarizer.models.common import Span
from tests.daily.test_daily import briefed, merged, one_incident


def _subcount(text: str, figure: str) -> bool:
    start = text.index(figure)
    return is_subcount(text, figure, Span(start=start, end=start + len(figure)))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Twelve people were injured. Five of the injured were in a serious condition.",
            "Five of the injured",
        ),
        ("Police said 20 passengers were hurt; the hospital treated 8 of them.", "8"),
        ("Douze personnes ont été blessées, dont cinq grièvement.", "cinq"),
        (
            "Douze personnes ont été blessées. Cinq d'entre elles sont dans un état grave.",
            "Cinq d'entre elles",
        ),
        ("Zwölf Menschen wurden verletzt, darunter zwei Kinder.", "zwei Kinder"),
        ("Zwölf Menschen wurden verletzt, drei von ihnen schwer.", "drei"),
        ("Doce personas resultaron heridas, dos de ellas de gravedad.", "dos"),
        ("Murieron 14 personas, entre ellos tres menores.", "tres menores"),
        ("The blast killed 30 people, including four children.", "four children"),
    ],
)
def test_a_part_of_a_count_given_is_a_subcount(text: str, figure: str) -> None:
    assert _subcount(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Twelve people were injured, the interior ministry said.", "Twelve people were injured"),
        ("12 residents of the town were hurt when the roof fell.", "12 residents"),  # whose, not a part
        ("Die Polizei zählte 3.000 Teilnehmer.", "3.000 Teilnehmer"),
        ("Selon la préfecture, 250 habitants ont été évacués.", "250 habitants"),
        ("Cinco personas murieron en el incendio de la fábrica.", "Cinco personas"),
        ("Of the 40 workers on site, none was hurt.", "40 workers"),  # the whole, named first
    ],
)
def test_a_whole_count_is_no_subcount(text: str, figure: str) -> None:
    assert not _subcount(text, figure)


def _injured(figure_id: str, text: str, value: int, **more: Any) -> dict[str, Any]:
    return {"id": figure_id, "text": text, "value": value, "category": "injured", **more}


def test_a_toll_and_its_serious_cases_from_two_parties_of_one_article_are_no_dispute() -> None:
    text = (
        "A gas explosion tore through a block of flats in Ashby on Monday. Twelve people were "
        "injured, the interior ministry said. Five of the injured were in a serious condition, "
        "St Mary's Hospital said."
    )
    report = briefed(
        text,
        actors=[("a1", "interior ministry", "government"), ("a2", "St Mary's Hospital", "organization")],
        incidents=[{"id": "i1", "type": "accident", "place": "Ashby", "evidence": text.split(". ")[0]}],
        figures=[
            _injured("f1", "Twelve people were injured", 12, claimed_by="a1"),
            _injured("f2", "Five of the injured", 5, claimed_by="a2"),
        ],
    )
    (figure,) = [f for f in merged(report).figures if len(f.values) == 2]
    assert not figure.conflict


def test_a_subcount_still_conflicts_with_a_whole_smaller_than_it() -> None:
    """ "Six of the injured" says at least six were injured: another source's three is a
    true disagreement, its twelve is not."""
    part = one_incident(
        "A bus overturned near Ashby on Monday. Six of the injured were flown to hospital.",
        place="Ashby",
        type="accident",
        figures=[_injured("f1", "Six of the injured", 6)],
    )
    smaller = one_incident(
        "A bus overturned near Ashby on Monday, injuring three people.",
        place="Ashby",
        type="accident",
        figures=[_injured("f1", "three people", 3)],
    )
    larger = one_incident(
        "A bus overturned near Ashby on Monday, injuring twelve people.",
        place="Ashby",
        type="accident",
        figures=[_injured("f1", "twelve people", 12)],
    )
    for whole, disagree in ((smaller, True), (larger, False)):
        day = merged(part, whole)
        assert len(day.incidents) == 1
        (figure,) = [f for f in day.figures if f.category == "injured"]
        assert figure.conflict is disagree, [v.text for v in figure.values]
