"""A count told as one that rose ("die Zahl der Toten ist auf drei gestiegen", "le bilan
s'alourdit à trois morts", "the toll rose to three") is the count of its writer's hour:
another source's lower count may be the one before it, not a dispute (issue 25: a crane's
dead rising from two to three through a day, measles cases "auf vier gestiegen" and arrests
"ya tiene tres detenidos" were flagged as disputes). A party that raises another's count, or
a higher count still, is a dispute. Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.figure_updates import told_as_risen
from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyBriefing, DailyFigure
from tests.daily.test_daily import merged, one_incident


def _risen(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return told_as_risen(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The death toll from the crane collapse rose to three on Tuesday evening.", "three"),
        ("Twelve injured, up from nine in the morning.", "Twelve injured"),
        ("Damit steigt die Zahl der Toten auf drei.", "drei"),
        ("Die Zahl der Masernfälle ist auf vier gestiegen.", "vier"),
        ("Le bilan s'est alourdi à trois morts dans l'après-midi.", "trois morts"),
        ("Le nombre de blessés est passé à cinq.", "cinq"),
        ("La cifra de heridos ha subido a siete.", "siete"),
        ("La Guardia Civil, que ya tiene tres detenidos, sigue investigando.", "tres detenidos"),
        ("El número de afectados se eleva a 40.", "40"),
        # A figure's words may hold its cue.
        ("The toll rose to six by evening.", "rose to six"),
        ("Damit steigt die Zahl der Toten auf drei.", "Zahl der Toten auf drei"),
        ("Die Zahl der Toten ist auf drei gestiegen.", "auf drei"),
        ("Le bilan s'est alourdi : trois morts, selon les pompiers.", "trois morts"),
    ],
)
def test_a_count_told_as_risen_is_read_in_four_languages(sentence: str, figure: str) -> None:
    assert _risen(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A party raising another's count disputes it.
        ("La Asamblea de Estudiantes eleva a 2.100 los afectados.", "2.100"),
        # "By now speaks of twelve" while another keeps to nine: a dispute too.
        ("Die Polizei spricht inzwischen von zwölf Verletzten.", "zwölf Verletzten"),
        ("Up to 300 people were evacuated.", "300 people"),
        # The rise told in another sentence is of another count.
        ("The toll rose to three. Nine people were hurt.", "Nine people"),
        ("Nine people were hurt. Later the toll rose to three.", "Nine people"),
        # A rise governs the count right after it, in its clause, not another count.
        ("The death toll rose to three, and 40 people were injured.", "40 people"),
        # Other senses of the verbs of rising.
        ("Der Fahrer stieg aus, fünf Passanten wurden verletzt.", "fünf Passanten"),
        ("Un homme a été passé à tabac par cinq individus.", "cinq individus"),
        ("A gunman went up to the bar and shot four people.", "four people"),
        ("El conductor sube a la acera y atropella a seis personas.", "seis personas"),
        ("Il est monté à bord avec trois complices.", "trois complices"),
        ("La víctima ya tiene 80 años.", "80 años"),
        # A count that rose on a party's word is its claim.
        ("Le nombre de manifestants est passé à 8 000 selon la CGT.", "8 000"),
        # Every "according to" of the lexicons, none of a list of its own (issue 25, known bug 9).
        ("El número de manifestantes se eleva a 9.000 a juicio de los convocantes.", "9.000"),
        ("La cifra de manifestantes ha subido a 9.000 en palabras de la portavoz.", "9.000"),
        ("Le nombre de manifestants est passé à 8 000 de l'avis de la préfecture.", "8 000"),
        ("Die Zahl der Demonstranten stieg auf 8000 nach Angaben der Veranstalter.", "8000"),
    ],
)
def test_what_tells_no_rise_of_its_own_count_is_not_read_as_one(sentence: str, figure: str) -> None:
    assert not _risen(sentence, figure)


def test_a_hostile_text_is_read_quickly() -> None:
    hostile = "rose " * 20_000 + "12" + " ya" * 20_000
    start = hostile.index("12")
    started = time.thread_time()
    assert not told_as_risen(hostile, start, start + 2)
    assert told_as_risen("x" * 100_000 + " rose to 12", 100_009, 100_011)
    assert time.thread_time() - started < 1.0


def _crash(text: str, figure: str, value: float, bound: str = "exact") -> Briefed:
    toll = {
        "id": "f1",
        "text": figure,
        "value": value,
        "bound": bound,
        "counted": "people",
        "category": "killed",
    }
    return one_incident(text, figures=[toll], type="accident", place="Tarrel", time="Tuesday",
                        location="Mill Street", casualty_figures=["f1"])  # fmt: skip


def _dead(day: DailyBriefing) -> DailyFigure:
    (group,) = [f for f in day.figures if f.category == "killed"]
    return group


EARLY = "A crane fell onto Mill Street in Tarrel on Tuesday. Two people were killed, the fire brigade said."
LATER = "The toll of Tuesday's crane collapse on Mill Street in Tarrel rose to three people in the evening."


def test_a_toll_that_rose_through_the_day_is_no_dispute() -> None:
    day = merged(_crash(EARLY, "Two people", 2), _crash(LATER, "three people", 3))
    assert len(day.incidents) == 1
    assert not _dead(day).conflict


def test_a_count_above_the_risen_one_is_still_a_dispute() -> None:
    higher = "A crane fell onto Mill Street in Tarrel on Tuesday. Five people were killed, witnesses said."
    day = merged(_crash(LATER, "three people", 3), _crash(higher, "Five people", 5))
    assert len(day.incidents) == 1
    assert _dead(day).conflict


def test_two_counts_told_without_a_rise_are_still_a_dispute() -> None:
    other = "A crane fell onto Mill Street in Tarrel on Tuesday. Three people were killed, the police said."
    day = merged(_crash(EARLY, "Two people", 2), _crash(other, "Three people", 3))
    assert _dead(day).conflict


def test_a_rise_of_one_count_leaves_a_dispute_over_another() -> None:
    risen = "A bus crashed on Mill Street in Tarrel on Tuesday. The death toll rose to three, and 40 people were injured."
    other = "A bus crashed on Mill Street in Tarrel on Tuesday. Twelve people were injured, the police said."
    hurt = [_injured(risen, "40 people", 40), _injured(other, "Twelve people", 12)]
    day = merged(*hurt)
    (group,) = [f for f in day.figures if f.category == "injured"]
    assert group.conflict


def _injured(text: str, figure: str, value: float) -> Briefed:
    count = {"id": "f1", "text": figure, "value": value, "counted": "people", "category": "injured"}
    return one_incident(text, figures=[count], type="accident", place="Tarrel", time="Tuesday",
                        location="Mill Street", casualty_figures=["f1"])  # fmt: skip


def _march(text: str, figure: str, value: float) -> Briefed:
    count = {"id": "f1", "text": figure, "value": value, "counted": "manifestants", "category": "other"}
    return one_incident(text, figures=[count], type="protest", place="Lyon", time="mardi")


def test_a_party_raising_its_own_count_still_disputes_another() -> None:
    union = "Mardi à Lyon, contre la réforme des retraites, le nombre de manifestants est passé à 8 000 selon la CGT."
    police = (
        "Mardi à Lyon, 3 000 manifestants ont défilé contre la réforme des retraites, selon la préfecture."
    )
    day = merged(_march(union, "8 000", 8000), _march(police, "3 000 manifestants", 3000))
    assert len(day.incidents) == 1
    (group,) = day.figures
    assert group.conflict
