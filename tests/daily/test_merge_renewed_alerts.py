"""An alert or evacuation told as a new one ("Puis, à 9 h 15, nouvelle alerte", "Nouvelle
évacuation", "a new bomb alert", "erneuter Alarm", "nueva evacuación") is another event:
the passage of the one before ends there, so its words are not that one's (issue 25: a
radio's report of one school's bomb alert took the next sentence's "nouvelle alerte ...
école primaire ... enfants" and joined another school's evacuation on those words).
Every report is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.passages import says_another_event, tells_another_event
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("Puis, à 9 h 15, nouvelle alerte, par téléphone cette fois, à l'école primaire des Crêts.", True),
        ("9 h 40 – Nouvelle évacuation : une école primaire est vidée à son tour.", True),
        ("Then a new bomb alert emptied a primary school.", True),
        ("Erneuter Alarm: Auch die Grundschule am Hang wurde geräumt.", True),
        ("Nueva evacuación en un colegio de primaria.", True),
        # A thing named for alerts, or a new building, tells no event.
        ("The canton presented its new alert system.", False), ("Le nouveau niveau d'alerte entre en vigueur.", False),
        ("A new fire station opened in the town.", False), ("Les enfants sont rentrés chez eux.", False),
    ],
)  # fmt: skip
def test_a_renewed_alert_tells_another_event(sentence: str, another: bool) -> None:
    assert tells_another_event(sentence) is another
    assert says_another_event(sentence) is another


def test_hostile_sentences_are_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in (
        "nouvelle " * 100_000,
        "new bomb " * 50_000,
        "neue " * 50_000 + "Alarm",
        "alerte " * 100_000,
    ):
        tells_another_event(text)
    assert time.thread_time() - started < 2


RADIO = (
    "Peu avant 8 heures, le collège des Tilleuls a été évacué à cause d'un courriel annonçant une bombe. "
    "Puis, à 9 h 15, nouvelle alerte, par téléphone cette fois, à l'école primaire des Crêts : plus de "
    "trois cents enfants ont dû sortir."
)
LIVE = "Nouvelle évacuation : une école primaire des Crêts est vidée après un appel menaçant; les enfants sont sortis."


def test_a_report_does_not_take_the_next_alerts_words() -> None:
    first = RADIO.split(". ")[0] + "."
    a = briefed(RADIO, incidents=[{"id": "i1", "type": "evacuation", "evidence": first}])
    b = briefed(LIVE, incidents=[{"id": "i1", "type": "evacuation", "evidence": LIVE}])
    assert len(merged(a, b).incidents) == 2
