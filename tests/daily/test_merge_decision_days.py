"""Reports of a body's decision that name the day it takes effect ("engineers would inspect
and clear the cliff face from Thursday", "La CdC fera procéder dès jeudi à une inspection")
tell one decision, though they name its body two ways and share no word (issue 25, day 76;
``decision_days``, ``event_marks``). Decisions at one place taking effect on two days stay
two; a day the report is of ("on Thursday") is no such day. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.decision_days import decision_start
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("time", "day"),
    [
        ("from Thursday", "thursday"),
        ("starting next Monday", "monday"),
        ("dès jeudi", "thursday"),
        ("à partir de vendredi", "friday"),
        ("ab Donnerstag", "thursday"),
        ("ab kommendem Montag", "monday"),
        ("a partir del jueves", "thursday"),
        ("desde el lunes", "monday"),
        ("a partire da giovedì", "thursday"),
        ("a partir de quinta-feira", "thursday"),
        ("on Thursday", None),
        ("jeudi", None),
        ("dès demain", None),
    ],
)
def test_the_day_a_decision_takes_effect(time: str, day: str | None) -> None:
    assert decision_start("political_decision", time) == day


def test_a_day_is_read_of_decisions_only() -> None:
    assert decision_start("accident", "from Thursday") is None


PLACE = "Capo Nero, RD 84, Corse-du-Sud"
ENGLISH = "Corsica's regional authority said engineers would inspect and clear the cliff face from Thursday."
OTHERS = {
    "fr": ("La Collectivité fera procéder dès jeudi à une inspection géotechnique et à la purge de la paroi.", "dès jeudi"),
    "de": ("Die Regionalverwaltung lässt die Felswand ab Donnerstag geologisch untersuchen und räumen.", "ab Donnerstag"),
    "it": ("La Collettività farà ispezionare e ripulire la parete rocciosa a partire da giovedì.", "a partire da giovedì"),
}  # fmt: skip


def _decision(text: str, time: str, language: str) -> object:
    return one_incident(text, type="political_decision", place=PLACE, time=time, language=language)


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_one_decision_told_with_the_day_it_takes_effect_is_one(language: str) -> None:
    english = _decision(ENGLISH, "from Thursday", "en")
    other = _decision(*OTHERS[language], language)
    assert len(merged(english, other).incidents) == 1


def test_decisions_at_one_place_taking_effect_on_two_days_stay_two() -> None:
    english = _decision(ENGLISH, "from Thursday", "en")
    other = _decision(
        "La préfecture interdit dès vendredi la baignade et la pêche au pied de la paroi.",
        "dès vendredi",
        "fr",
    )
    assert len(merged(english, other).incidents) == 2
