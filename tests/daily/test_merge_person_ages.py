"""Two reports of one type, town and day that give one person's age ("a 54-year-old
hunter", "un chasseur de 54 ans", "ein 54-jähriger Jäger", "un cazador de cincuenta y
cuatro años") tell one person and so one event; a span of years ("une peine de 10 ans",
"hace 12 años") is no age, and two people of other ages are two (issue 25). Every report
here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily import report_pairs
from summarizer.daily.event_marks import event_marks, shared_marks
from summarizer.daily.merge import Briefed
from summarizer.daily.person_ages import person_ages
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "language", "ages"),
    [
        ("A 54-year-old hunter was arrested.", "en", {54}),
        ("Police said the man, aged 54, was arrested.", "en", {54}),
        ("Un chasseur de 54 ans a été interpellé.", "fr", {54}),
        ("Un suspect de dix-neuf ans est en garde à vue.", "fr", {19}),
        ("Die Polizei nahm einen 19-Jährigen fest.", "de", {19}),
        ("Der 54 Jahre alte Jäger wurde festgenommen.", "de", {54}),
        ("Un cazador de cincuenta y cuatro años fue detenido.", "es", {54}),
        ("Detenidos dos hombres, de 52 y 29 años.", "es", {52, 29}),
        ("Arrestato un 19enne.", "it", {19}),
        ("De politie hield een 19-jarige man aan.", "nl", {19}),
        ("Els Mossos han detingut un home de 54 anys.", "ca", {54}),
    ],
)
def test_an_age_in_digits_or_words_in_any_language(text: str, language: str, ages: set[int]) -> None:
    assert person_ages(text, language) == ages


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a été condamné à une peine de 10 ans.", "fr"),
        ("Il y a 5 ans, un incendie avait ravagé l'usine.", "fr"),
        ("Hace 12 años ocurrió lo mismo.", "es"),
        ("Una condena de 5 años de prisión.", "es"),
        ("Una condemna de 5 anys de presó.", "ca"),
        ("Fa 12 anys va passar el mateix.", "ca"),
        ("Un incendie de plus de 20 ans.", "fr"),
        ("The 2019 fire killed 54 people.", "en"),
        ("Un homme de 250 ans.", "fr"),
        ("", "en"),
        ("de 1 y " * 2000 + "años", "es"),
    ],
)
def test_a_span_of_years_a_count_or_nonsense_is_no_age(text: str, language: str) -> None:
    assert person_ages(text, language) == frozenset()


def test_hostile_text_is_read_fast() -> None:
    hostile = "un homme de " * 2000 + "19-year-old " * 500
    start = time.thread_time()
    person_ages(hostile, "fr")
    event_marks(hostile, hostile, "fr")
    assert time.thread_time() - start < 1.0


def test_each_kind_of_mark_counts_once() -> None:
    a = event_marks("19 h 40", "Un homme de 19 ans et une femme de 20 ans.", "fr")
    b = event_marks("7.40pm", "A 19-year-old and a 20-year-old were arrested.", "en")
    assert shared_marks(a, b) == 2  # the minute and an age, not the minute and two ages
    assert shared_marks(a, event_marks("21 h 10", "Un homme de 34 ans.", "fr")) == 0


def _arrest(text: str, language: str) -> Briefed:
    return one_incident(text, type="arrest", place="Moderbourg", location=None, time=None, language=language)


def _day() -> list[Briefed]:
    return [
        _arrest("Un jeune homme de 19 ans a été interpellé à Moderbourg.", "fr"),
        _arrest("Die Polizei nahm in Moderbourg einen 19-Jährigen fest.", "de"),
        # Another arrest of the town that day, said to be another.
        _arrest("In a separate case, a 34-year-old was arrested in Moderbourg.", "en"),
    ]


def _clusters(*items: Briefed) -> list[int]:
    return sorted(len(i.reports) for i in merged(*items).incidents)


def test_one_age_joins_one_arrest_and_another_age_stays_apart() -> None:
    assert _clusters(*_day()) == [1, 2]


def test_without_the_age_the_two_reports_of_one_arrest_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_pairs, "shared_marks", lambda a, b: 0)
    assert _clusters(*_day()) == [1, 1, 1]
