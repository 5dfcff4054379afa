"""A figure that counts part of a whole ("five of the injured") is one measure with the
whole but never its rival: a report that gives a toll and then its serious cases is not a
source disagreeing with itself or with another source's whole."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.subcounts import is_subcount, own_whole
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
        # The partitive taken into the figure's own words (issue 25, a town-centre crash).
        ("Le bilan reste de quatre blessés selon la mairie, dont un hospitalisé.", "dont un"),
        ("Zwölf Menschen wurden verletzt, darunter zwei Kinder.", "darunter zwei Kinder"),
        ("Hubo doce heridos, entre ellos dos menores.", "entre ellos dos menores"),
        ("Twelve people were hurt, Including three children.", "Including three children"),
        ("Dodici persone sono rimaste ferite, tra cui due bambini.", "tra cui due bambini"),
        ("Doze pessoas ficaram feridas, incluindo duas crianças.", "incluindo duas crianças"),
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
        # A preposition that is no partitive opening the figure ("unter 50 Metern", "von elf").
        ("Die Sicht lag unter 50 Metern.", "unter 50 Metern"),
        ("Die Polizei sprach von elf Verletzten.", "von elf Verletzten"),
        ("Entre 30 y 40 personas resultaron heridas.", "Entre 30 y 40 personas"),
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


def _parts_of(text: str, figures: list[tuple[str, str]]) -> list[bool]:
    """Each figure (its text, category) of ``text`` as a part of a whole or not, as the
    day's record reads it (``subcounts.own_whole`` after ``is_subcount``)."""
    spans = [Span(start=text.index(f), end=text.index(f) + len(f)) for f, _ in figures]
    placed = [(span.start, category) for span, (_, category) in zip(spans, figures, strict=True)]
    return [
        is_subcount(text, f, span) and not own_whole(text, f, span, category, placed)
        for span, (f, category) in zip(spans, figures, strict=True)
    ]


@pytest.mark.parametrize(
    "text, whole, part",
    [
        ("Six skiers were swept away. Two of them died.", "Six skiers", "Two of them"),
        (
            "Une avalanche a emporté six skieurs. Deux d'entre eux sont morts.",
            "six skieurs",
            "Deux d'entre eux",
        ),
        ("Eine Lawine riss sechs Skifahrer mit, zwei von ihnen starben.", "sechs Skifahrer", "zwei"),
        ("El autobús llevaba 40 pasajeros, dos de ellos murieron.", "40 pasajeros", "dos"),
        ("Le car transportait 40 passagers, dont cinq ont été tués.", "40 passagers", "cinq"),
    ],
)
def test_a_pronoun_part_of_another_kind_of_count_is_the_whole_toll(text: str, whole: str, part: str) -> None:
    """ "Two of them died" of six skiers swept away says two died, not at least two."""
    assert _parts_of(text, [(whole, "other"), (part, "killed")]) == [False, False]


@pytest.mark.parametrize(
    "text, figures",
    [
        # The partitive names its whole: the injured, not the passengers on board.
        (
            "A bus carrying 40 passengers overturned. Five of the injured were flown to hospital.",
            [("40 passengers", "other"), ("Five of the injured", "injured")],
        ),
        (
            "El autobús llevaba 40 pasajeros. Cinco de los heridos están graves.",
            [("40 pasajeros", "other"), ("Cinco de los heridos", "injured")],
        ),
        # A whole of its own kind stands earlier, whatever was counted in between.
        (
            "Zwölf Menschen wurden verletzt, 40 Feuerwehrleute waren im Einsatz. Fünf von ihnen schwer.",
            [("Zwölf Menschen", "injured"), ("40 Feuerwehrleute", "other"), ("Fünf", "injured")],
        ),
        # Nothing counted before: the whole is unknown, the part a lower bound.
        ("Cinq d'entre eux sont dans un état grave.", [("Cinq d'entre eux", "injured")]),
    ],
)
def test_a_part_whose_whole_is_its_own_kind_stays_a_part(text: str, figures: list[tuple[str, str]]) -> None:
    assert _parts_of(text, figures)[-1] is True


@pytest.mark.parametrize(
    "part_text, part_whole, part_sub, other_text, other_value, disagree",
    [
        # A whole and its part against another source's whole: the wholes are compared.
        (
            "Twelve people were injured, five of them seriously.",
            "Twelve people",
            "five",
            "Fourteen people were injured.",
            14,
            True,
        ),
        (
            "Zwölf Menschen wurden verletzt, darunter fünf Deutsche.",
            "Zwölf Menschen",
            "fünf Deutsche",
            "14 Menschen wurden verletzt.",
            14,
            True,
        ),
        (
            "Douze personnes ont été blessées, dont cinq grièvement.",
            "Douze personnes",
            "cinq",
            "Quatorze blessés.",
            14,
            True,
        ),
        (
            "Doce personas resultaron heridas, dos de ellas graves.",
            "Doce personas",
            "dos",
            "Hubo nueve heridos.",
            9,
            True,
        ),
        # A bound in the whole keeps it compatible; so does the same number.
        (
            "At least ten people were injured, two of them seriously.",
            "At least ten people",
            "two",
            "Fourteen people were injured.",
            14,
            False,
        ),
        (
            "Doce personas resultaron heridas, dos de ellas graves.",
            "Doce personas",
            "dos",
            "Hubo doce heridos.",
            12,
            False,
        ),
    ],
)
def test_a_part_beside_its_whole_does_not_stretch_its_source(
    part_text: str, part_whole: str, part_sub: str, other_text: str, other_value: int, disagree: bool
) -> None:
    """A source's part of its own whole says nothing the whole does not: it must not widen
    the source to "at least the part", which no other source's count could disagree with."""
    whole_value = 10 if part_whole.startswith("At least") else 12
    bound = {"bound": "at_least"} if part_whole.startswith("At least") else {}
    sub_value = 2 if part_sub in ("two", "dos") else 5
    one = one_incident(
        f"A ferry ran aground off Ashby on Monday. {part_text}",
        place="Ashby",
        type="accident",
        figures=[_injured("f1", part_whole, whole_value, **bound), _injured("f2", part_sub, sub_value)],
    )
    other = one_incident(
        f"A ferry ran aground off Ashby on Monday. {other_text}",
        place="Ashby",
        type="accident",
        figures=[_injured("f1", other_text.split(" w")[0].split(" r")[0].rstrip("."), other_value)],
    )
    day = merged(one, other)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "injured"]
    assert figure.conflict is disagree, [v.text for v in figure.values]


def test_a_raised_toll_against_a_pronoun_part_of_another_count_is_flagged() -> None:
    """ "Six skiers swept away, two of them died" against a later "three died": a revision
    of one exact toll, which a merged briefing must not show as settled."""
    early = one_incident(
        "An avalanche swept away six skiers above Villar on Tuesday. Two of them died.",
        place="Villar",
        type="disaster",
        figures=[
            {
                "id": "f1",
                "text": "six skiers",
                "value": 6,
                "category": "other",
                "counted": "skiers swept away",
            },
            {"id": "f2", "text": "Two of them", "value": 2, "category": "killed"},
        ],
    )
    late = one_incident(
        "The avalanche above Villar on Tuesday killed three people, police said.",
        place="Villar",
        type="disaster",
        figures=[{"id": "f1", "text": "three people", "value": 3, "category": "killed"}],
    )
    day = merged(early, late)
    (killed,) = [f for f in day.figures if f.category == "killed"]
    assert killed.conflict


@pytest.mark.parametrize(
    "text",
    [
        "of " * 20_000 + "them",
        "d'entre " * 10_000,
        "中文 " * 10_000 + "dont",
        " " * 50_000 + "of the injured",
    ],
)
def test_reading_a_parts_whole_in_hostile_text_is_quick_and_total(text: str) -> None:
    """Long runs and mixed scripts: the partitive patterns are anchored and bounded."""
    figure = text[:30]
    span = Span(start=0, end=len(figure))
    assert own_whole(text, figure, span, "killed", [(5, "other")]) in (True, False)
    assert own_whole(text, figure, span, "killed", []) is False


@pytest.mark.parametrize(
    ("update", "whole", "part", "other", "other_figure"),
    [
        (
            "Accident rue Kéréon à Quimper ce matin : le bilan reste de quatre blessés, dont un hospitalisé.",
            "quatre blessés",
            "dont un",
            "Accident rue Kéréon à Quimper ce matin : trois blessés selon les pompiers.",
            "trois blessés",
        ),
        (
            "Unfall in der Kéréon-Straße in Quimper am Morgen: vier Verletzte, darunter ein Lehrling.",
            "vier Verletzte",
            "darunter ein Lehrling",
            "Unfall in der Kéréon-Straße in Quimper am Morgen: drei Verletzte, so die Feuerwehr.",
            "drei Verletzte",
        ),
    ],
)
def test_a_part_that_opens_with_its_partitive_does_not_stretch_its_source(
    update: str, whole: str, part: str, other: str, other_figure: str
) -> None:
    """ "Quatre blessés, dont un hospitalisé" against another report's three injured: the
    part "dont un" must not widen its report to one-to-four injured, which the other
    report's three would fit."""
    a = one_incident(
        update,
        place="rue Kéréon, Quimper",
        type="accident",
        figures=[_injured("f1", whole, 4), _injured("f2", part, 1)],
    )
    b = one_incident(
        other, place="rue Kéréon, Quimper", type="accident", figures=[_injured("f1", other_figure, 3)]
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "injured"]
    assert figure.conflict, [v.text for v in figure.values]
