"""A report whose evidence opens on the event its own followed ("Nach dem Blitzeinschlag
beim Open Air gestern Abend ist heute Vormittag die Entscheidung gefallen: der dritte
Festivaltag ist abgesagt", "After the fire, the mayor closed the school") may be typed,
dated and kinded by that earlier event, so the day's prior of one event of a kind per place
and day does not read it (issue 25, whole flow: a festival's cancellation typed a disaster
and dated by "gestern" joined the lightning strike it followed). Every report is invented;
the day is Monday 4 March 2024."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.passages import follows_another_event
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("evidence", "follows"),
    [
        ("SPRECHERIN: Nach dem Blitzeinschlag beim Open Air gestern ist die Entscheidung gefallen.", True),
        ("After the fire, the mayor closed the school.", True),
        ("Après l'incendie, la mairie a fermé l'école.", True),
        ("Tras el incendio, el alcalde cerró el colegio.", True),
        ("Después del incendio, el alcalde cerró el colegio.", True),
        # The event itself, told with "after" later in its sentence, or "afterwards".
        ("A fire broke out after the match.", False), ("Afterwards, the fire spread.", False),
        ("Lightning struck the festival grounds in Rannach on Sunday evening.", False), ("", False),
    ],
)  # fmt: skip
def test_an_evidence_opening_on_an_earlier_event_follows_it(evidence: str, follows: bool) -> None:
    assert follows_another_event(evidence) is follows


def test_hostile_evidence_is_read_in_linear_time() -> None:
    started = time.thread_time()
    for text in (":" * 100_000, "after " * 50_000, "Nach dem " * 30_000, "a" * 40 + ":" + " " * 100_000):
        follows_another_event(text)
    assert time.thread_time() - started < 1


STRIKE = "Lightning struck the festival grounds in Rannach on Sunday evening, injuring eleven people."
CANCELLED = (
    "SPRECHERIN: Nach dem Blitzeinschlag beim Open Air gestern Abend ist heute Vormittag die Entscheidung "
    "gefallen: Der dritte Festivaltag in Rannach ist abgesagt."
)


def test_a_festivals_cancellation_typed_as_the_strike_it_followed_stays_apart() -> None:
    day = merged(
        one_incident(
            STRIKE,
            type="disaster",
            place="Rannach",
            location="the festival grounds",
            time="on Sunday evening",
        ),
        one_incident(CANCELLED, type="disaster", place="Rannach", time="gestern Abend", language="de"),
    )
    assert len(day.incidents) == 2
