"""One person told by their age beside another figure of their kind is one of those counted,
not a toll of one (issue 25): day 88's "tre feriti ... un uomo di 45 anni" stood for a source
that might count one injured, so its three were never set against the others' two; day 89's
"Un Italien de 24 ans ... un Lyonnais de 31 ans" (the two riders, described one by one) was
flagged as a toll of one against every other source's two injured. Alone in its category the
person is the article's toll, and one without an age ("un único herido") is a count. Every
report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.subcounts import described_person
from summarizer.models.daily_v2 import DailyFigure
from tests.daily.test_daily import briefed, merged, one_incident


def _described(text: str, figure: str, category: str, others: list[tuple[str, str]], lang: str) -> bool:
    """``described_person`` of ``figure`` (a count of one) in ``text``, beside ``others``:
    (written, category) of the article's other figures."""
    placed = [(text.index(written), kind) for written, kind in others]
    return described_person(text, figure, 1, category, text.index(figure), placed, lang)


@pytest.mark.parametrize(
    ("text", "figure", "whole", "lang"),
    [
        (
            "Two people were hurt; a 45-year-old man is in a serious condition.",
            "a 45-year-old man",
            "Two people",
            "en",
        ),
        ("Trois blessés, dont un homme de 45 ans.", "un homme de 45 ans", "Trois blessés", "fr"),
        (
            "Drei Verletzte: einen 45-Jährigen brachte der Hubschrauber nach Genua.",
            "einen 45-Jährigen",
            "Drei Verletzte",
            "de",
        ),
        (
            "Tres heridos; otro trabajador, de 29 años, sufrió una caída.",
            "otro trabajador, de 29 años",
            "Tres heridos",
            "es",
        ),
        ("Tre feriti: un uomo di 45 anni è grave.", "un uomo di 45 anni", "Tre feriti", "it"),
        ("Três feridos, entre eles um homem de 45 anos.", "um homem de 45 anos", "Três feridos", "pt"),
        ("Drie gewonden, onder wie een 45-jarige man.", "een 45-jarige man", "Drie gewonden", "nl"),
        ("Tres ferits; un home de 45 anys és greu.", "un home de 45 anys", "Tres ferits", "ca"),
    ],
)
def test_a_person_told_by_age_beside_a_count_of_their_kind_is_one_of_them(
    text: str, figure: str, whole: str, lang: str
) -> None:
    assert _described(text, figure, "injured", [(whole, "injured")], lang)


@pytest.mark.parametrize(
    ("text", "figure", "others", "lang"),
    [
        # Alone in its category: the article's toll of one.
        ("Un homme de 45 ans a été blessé.", "Un homme de 45 ans", [], "fr"),
        # Beside a figure of another category only: still the toll of the injured.
        (
            "Un uomo di 45 anni è ferito, tre auto distrutte.",
            "Un uomo di 45 anni",
            [("tre auto", "destroyed")],
            "it",
        ),
        # No age: a count of one, which disputes another source's two.
        ("Solo hubo un herido, no dos heridos.", "un herido", [("dos heridos", "injured")], "es"),
        # A span of years is no age.
        (
            "Un accident de plus de 20 ans, deux blessés.",
            "Un accident de plus de 20 ans",
            [("deux blessés", "injured")],
            "fr",
        ),
    ],
)
def test_a_person_alone_a_count_without_an_age_or_a_span_of_years_is_no_part(
    text: str, figure: str, others: list[tuple[str, str]], lang: str
) -> None:
    assert not _described(text, figure, "injured", others, lang)


def test_a_count_of_two_described_by_age_is_no_single_person() -> None:
    text = "Detenidos dos hombres, de 52 y 29 años; otros tres huyeron."
    start = text.index("dos hombres")
    assert not described_person(
        text, "dos hombres, de 52 y 29 años", 2, "other", start, [(text.index("otros tres"), "other")], "es"
    )


def _injured(ident: str, text: str, value: int, counted: str = "feriti nel crollo") -> dict[str, Any]:
    return {"id": ident, "text": text, "value": value, "category": "injured", "counted": counted}


_FALL = "Un pino alto 20 metri è crollato stamattina in corso Italia a Genova."


def _report(sentence: str, *figures: dict[str, Any]) -> Briefed:
    return one_incident(f"{_FALL} {sentence}", evidence=_FALL, place="corso Italia, Genova", type="accident",
                        figures=list(figures))  # fmt: skip


def _toll(*reports: Briefed) -> DailyFigure:
    day = merged(*reports)
    assert len(day.incidents) == 1
    (figure,) = [f for f in day.figures if f.category == "injured"]
    return figure


def test_a_toll_with_one_of_its_people_described_still_disputes_another_toll() -> None:
    """Three injured, one of them a man of 45, against two: a dispute, as the man is one of
    the three, not a source's toll of one that the two would fit beside."""
    three = _report(
        "Tre feriti, secondo i vigili del fuoco: un uomo di 45 anni è in gravi condizioni.",
        _injured("f1", "Tre feriti", 3),
        _injured("f2", "un uomo di 45 anni", 1),
    )
    two = _report("Due feriti, secondo la polizia locale.", _injured("f1", "Due feriti", 2))
    assert _toll(three, two).conflict


def test_people_described_one_by_one_are_no_toll_of_one() -> None:
    """A report that describes the two hurt one by one and never counts them gives no toll
    of one to set against another source's two."""
    described = _report(
        "Un uomo di 45 anni è ricoverato a Genova; una donna di 31 anni se l'è cavata con una distorsione.",
        _injured("f1", "Un uomo di 45 anni", 1),
        _injured("f2", "una donna di 31 anni", 1),
    )
    two = _report("Due feriti, secondo la polizia locale.", _injured("f1", "Due feriti", 2))
    assert not _toll(described, two).conflict


def test_one_person_told_as_the_toll_still_disputes_another_toll() -> None:
    """The near miss: the person described is the report's only figure of the injured, its
    toll of one, against another source's two."""
    one = _report("Un uomo di 45 anni è rimasto ferito.", _injured("f1", "Un uomo di 45 anni", 1))
    two = _report("Due feriti, secondo la polizia locale.", _injured("f1", "Due feriti", 2))
    assert _toll(one, two).conflict


@pytest.mark.parametrize(
    ("person", "then", "lang"),
    [
        ("A 45-year-old man", "Three people were killed on the same stretch in 2023.", "en"),
        ("Un homme de 45 ans", "L'an dernier, trois personnes avaient été tuées au même endroit.", "fr"),
        ("Un uomo di 45 anni", "Nel 2023 tre persone erano morte nello stesso tratto.", "it"),
        ("Un hombre de 45 años", "El año pasado murieron tres personas en el mismo tramo.", "es"),
    ],
)
def test_a_person_beside_a_count_of_another_year_is_the_toll(person: str, then: str, lang: str) -> None:
    """The count of a past year is no count the person is one of: "a 45-year-old man was
    killed" stays a toll of one, to set against another source's count."""
    text = f"{person} (Monday). {then}"
    assert not _described(text, person, "killed", [(then, "killed")], lang)


def test_a_person_beside_a_count_of_the_same_year_is_one_of_them() -> None:
    then = "Three people were killed there in 2026."
    assert _described(
        f"A 45-year-old man, in March 2026. {then}", "A 45-year-old man", "killed", [(then, "killed")], "en"
    )


def test_a_toll_of_one_described_by_age_disputes_another_sources_count_beside_a_past_year() -> None:
    event = "A 45-year-old man was killed on Monday in a crash on the A1 motorway near Barberino"
    first = briefed(
        f"{event}. Three people were killed on the same stretch in 2023.",
        incidents=[{"id": "i1", "evidence": event, "casualty_figures": ["f1"], "type": "accident",
                    "place": "A1, Barberino", "time": "Monday"}],
        figures=[{"id": "f1", "text": "A 45-year-old man", "value": 1, "category": "killed"},
                 {"id": "f2", "text": "Three people", "value": 3, "category": "killed", "counted": "people"}],
    )  # fmt: skip
    other = "Two people were killed on Monday in a crash on the A1 motorway near Barberino."
    second = briefed(
        other,
        incidents=[{"id": "i1", "evidence": other, "casualty_figures": ["f1"], "type": "accident",
                    "place": "A1, Barberino", "time": "Monday"}],
        figures=[{"id": "f1", "text": "Two people", "value": 2, "category": "killed", "counted": "people"}],
    )  # fmt: skip
    day = merged(first, second)
    assert len(day.incidents) == 1
    assert any(f.conflict for f in day.figures), [
        (f.measure, [v.text for v in f.values]) for f in day.figures
    ]


@pytest.mark.parametrize(
    ("then", "year", "lang"),
    [
        # The article's own year, or a later one, is no past year's count.
        ("Two people were killed in the crash, the deadliest on the road in 2026.", 2026, "en"),
        ("Deux personnes ont été tuées dans la collision de 2026 sur l'A1.", 2026, "fr"),
        # A postcode before its town is no year: "2000 Antwerpen", "2018 Antwerpen".
        ("Two people were killed in the crash on the N1 near 2000 Antwerpen.", None, "en"),
        ("Twee mensen kwamen om bij het ongeval in de Italiëlei, 2018 Antwerpen.", None, "nl"),
    ],
)
def test_a_person_beside_a_count_naming_no_past_year_is_one_of_them(
    then: str, year: int | None, lang: str
) -> None:
    person = {"en": "A 24-year-old man", "fr": "Un homme de 24 ans", "nl": "Een 24-jarige man"}[lang]
    text = f"{then} {person} died at the scene."
    placed = [(text.index(then), "killed"), (text.index(person), "killed")]
    assert described_person(text, person, 1, "killed", text.index(person), placed, lang, year)


def test_a_year_before_the_articles_is_still_another_year() -> None:
    then = "Three people were killed on the same stretch in 2023."
    text = f"{then} A 24-year-old man died at the scene."
    placed = [(0, "killed"), (text.index("A 24"), "killed")]
    assert not described_person(
        text, "A 24-year-old man", 1, "killed", text.index("A 24"), placed, "en", 2026
    )


@pytest.mark.parametrize(
    ("then", "lang"),
    [
        # A full stop inside a sentence (an abbreviation, a decimal) does not end it: the past
        # year it names is still the count's.
        ("Three people were killed near St. Anne's chapel in 2023.", "en"),
        ("Drei Menschen starben dort bei 2.5 Metern Sicht im Jahr 2023.", "de"),
    ],
)
def test_a_past_year_past_a_full_stop_inside_the_sentence_is_still_the_counts(then: str, lang: str) -> None:
    person = {"en": "A 24-year-old man", "de": "Ein 24-jähriger Mann"}[lang]
    text = f"{then} {person} died at the scene."
    placed = [(0, "killed"), (text.index(person), "killed")]
    assert not described_person(text, person, 1, "killed", text.index(person), placed, lang, 2026)
