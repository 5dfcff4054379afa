"""A party that revises its own count upward ("the fire service revised its toll upwards to
12", "le SPF a revu son bilan à la hausse et parle désormais de près de 6000", "hat ihre Zahl
nach oben korrigiert") gives the count of a later hour: another report's lower count may be
its earlier one, not a dispute (issue 25, whole flow: a lake's fish kill, "rund 4000" in the
morning and "près de 6000" once the fisheries office "a revu son bilan à la hausse", was
flagged as a dispute). A party revising another's count disputes it, a higher count still
does, and a revision in another clause is of another count. Every report here is invented."""

from __future__ import annotations

import time

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
        (
            "Le SPF a revu son bilan à la hausse et parle désormais de près de 6000 poissons morts.",
            "près de 6000",
        ),
        ("The fisheries office revised its estimate upwards to about 6,000 dead fish.", "about 6,000"),
        ("The fire service raised its estimate to 12 injured.", "12 injured"),
        ("Das Amt hat seine Schätzung nach oben korrigiert: rund 6000 tote Fische.", "rund 6000"),
        ("Das Amt korrigierte seine Zahl nach oben auf rund 6000.", "rund 6000"),
        ("La Guardia Civil revisó al alza su balance y habla ya de 14 heridos.", "14 heridos"),
        ("La prefettura ha rivisto al rialzo il bilancio: 14 feriti.", "14 feriti"),
        ("A proteção civil reviu em alta o balanço para 14 feridos.", "14 feridos"),
        ("De brandweer heeft het aantal naar boven bijgesteld tot 14 gewonden.", "14 gewonden"),
        ("Els Bombers han revisat a l'alça el balanç fins a 14 ferits.", "14 ferits"),
    ],
)
def test_a_count_revised_upward_is_read_in_eight_languages(sentence: str, figure: str) -> None:
    assert _risen(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A party revising another's count disputes it.
        ("The union revised the police figure upwards to 8,000.", "8,000"),
        # A revision in another sentence, or before a comma, is of another count.
        ("The office revised its toll upwards. Forty people were evacuated.", "Forty people"),
        ("The office revised its toll upwards, and 40 people were evacuated.", "40 people"),
        # The revision gives its first count only, not another party's after it.
        (
            "Die Polizei korrigierte ihre Zahl nach oben auf 5000 Teilnehmer und die Veranstalter sprachen von "
            "20000.",
            "20000",
        ),
        ("The police revised their estimate upwards to 5000 while organisers claimed 20000.", "20000"),
        # A revision on a party's word is its claim.
        ("L'office a revu son bilan à la hausse à 6000 selon les pêcheurs.", "6000"),
        # "Désormais" alone: a party that by now speaks of a count disputes another's.
        ("Le SPF parle désormais de près de 6000 poissons morts.", "près de 6000"),
    ],
)
def test_what_revises_no_own_count_is_not_read_as_risen(sentence: str, figure: str) -> None:
    assert not _risen(sentence, figure)


def test_a_hostile_text_is_read_quickly() -> None:
    hostile = "revised its " * 20_000 + "12" + " up" * 20_000
    start = hostile.index("12")
    started = time.thread_time()
    assert not told_as_risen(hostile, start, start + 2)
    assert time.thread_time() - started < 1.0


def _fish(text: str, said: str, value: float, lang: str) -> Briefed:
    figure = {"id": "f1", "text": said, "value": value, "bound": "approximately", "counted": "poissons morts",
              "category": "killed", "unit": "count"}  # fmt: skip
    return one_incident(text, figures=[figure], type="other", place="Vernay", time="mardi",
                        location="plage des Roseaux", language=lang, casualty_figures=["f1"])  # fmt: skip


_MORNING = ("Mardi, à la plage des Roseaux à Vernay, le Service de la pêche compte environ 4000 poissons morts.",
            "environ 4000")  # fmt: skip
_EVENING = ("Mardi soir à la plage des Roseaux à Vernay: le Service de la pêche a revu son bilan à la hausse "
            "et parle désormais de près de 6000 poissons morts.", "près de 6000")  # fmt: skip


def _conflict(first: Briefed, second: Briefed) -> bool:
    day = merged(first, second)
    assert len(day.incidents) == 1
    (group,) = [f for f in day.figures if f.category == "killed"]
    return group.conflict


def test_a_count_and_its_upward_revision_are_no_dispute() -> None:
    assert not _conflict(_fish(*_MORNING, 4000, "fr"), _fish(*_EVENING, 6000, "fr"))


def test_a_count_above_the_revised_one_is_still_a_dispute() -> None:
    anglers = (
        "Mardi à la plage des Roseaux à Vernay, les pêcheurs parlent de 10 000 poissons morts.",
        "10 000",
    )
    assert _conflict(_fish(*_EVENING, 6000, "fr"), _fish(*anglers, 10000, "fr"))


def test_a_count_told_without_a_revision_is_still_a_dispute() -> None:
    later = ("Mardi soir à la plage des Roseaux à Vernay, le Service de la pêche parle désormais de près de "
             "6000 poissons morts.", "près de 6000")  # fmt: skip
    assert _conflict(_fish(*_MORNING, 4000, "fr"), _fish(*later, 6000, "fr"))
