"""A report's passage ends where the article tells another event of a kind ("Un segundo
fuego ... quemó 40 hectáreas"): the second fire's figures are not the first's, and two
outlets' reports of the first must not disagree through them (issue 25, the whole flow: the
offline engine does not brief the second fire, so its figure was read as the first's and
flagged against another outlet's 3,000 hectares). Every report here is invented."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.daily.merge import Briefed
from summarizer.daily.passages import incident_context, tells_another_event
from summarizer.models import Incident
from summarizer.models.common import Span
from tests.daily.test_daily import briefed, merged


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("A second fire, on Canal Street, burnt 40 hectares.", True),
        ("Another crash closed the road in the afternoon.", True),
        ("Ein zweiter Brand vernichtete 40 Hektar Wald.", True),
        ("Un autre incendie a brûlé 40 hectares.", True),
        ("Un segundo fuego, en Castroverde, quemó 40 hectáreas de pasto.", True),
        ("Otro incendio quemó 40 hectáreas.", True),
        ("For the second day, firefighters fought the fire.", False),  # no event after the cue
        ("The second team of firefighters arrived with a third engine.", False),
        ("Por segundo día, los bomberos luchan contra el fuego.", False),
        ("Another 40 hectares burnt overnight.", False),  # more of the same fire
        ("The fire burnt 40 hectares.", False),
        ("", False),
    ],
)
def test_a_sentence_that_tells_another_event_of_a_kind(sentence: str, another: bool) -> None:
    assert tells_another_event(sentence) is another


def test_hostile_sentences_are_read_quickly() -> None:
    started = time.thread_time()
    for sentence in [
        "a second " * 20_000,
        "another " * 20_000 + "fire",
        "un " * 30_000 + "segundo",
        "ein zweiter " + "x" * 100_000,
        "a second ﬁre  Ｆｉｒｅ " * 5_000,
    ]:
        tells_another_event(sentence)
    assert time.thread_time() - started < 2.0


FIRE = (
    "Un incendio forestal declarado el martes en la sierra de Valdera ha obligado a desalojar a 1.200 "
    "personas. Un segundo fuego, en el término de Roblar, quedó controlado tras quemar 40 hectáreas."
)
FIRE_EVIDENCE = "Un incendio forestal declarado el martes en la sierra de Valdera ha obligado a desalojar a 1.200 personas."


def test_a_passage_ends_before_a_second_fire() -> None:
    start = FIRE.index(FIRE_EVIDENCE)
    incident = Incident(id="i1", type="disaster", description=FIRE_EVIDENCE, evidence=FIRE_EVIDENCE,
                        evidence_span=Span(start=start, end=start + len(FIRE_EVIDENCE)))  # fmt: skip
    assert incident_context(Article(text=FIRE), incident) == FIRE_EVIDENCE


def _fire(text: str, evidence: str, area: str, value: float) -> Briefed:
    """A report as the offline engine briefs one: the area a figure in the text, not the
    incident's toll."""
    return briefed(
        text,
        incidents=[{"id": "i1", "evidence": evidence, "type": "disaster", "place": "Valdera",
                    "location": "Valdera", "time": "martes"}],
        figures=[{"id": "f1", "text": area, "value": value, "unit": "ha", "category": "other"}],
    )  # fmt: skip


SECOND_OUTLET = (
    "El incendio de la sierra de Valdera, declarado el martes, ha arrasado ya 3.000 hectáreas y obligado "
    "a desalojar a 1.200 personas."
)


def test_the_second_fires_area_is_no_conflict_with_the_first_fires() -> None:
    """One outlet gives the first fire's 3,000 hectares, the other names a second fire's 40:
    one fire, no disagreement on its area."""
    first = _fire(FIRE, FIRE_EVIDENCE, "40 hectáreas", 40)
    second = _fire(SECOND_OUTLET, SECOND_OUTLET, "3.000 hectáreas", 3000)
    day = merged(first, second)
    assert len(day.incidents) == 1
    assert not [f for f in day.figures if f.conflict]


def test_one_fires_two_areas_still_disagree() -> None:
    """Without a second fire told, 40 and 3,000 hectares of one fire are a conflict."""
    text = FIRE_EVIDENCE + " Las llamas han quemado 40 hectáreas."
    first = _fire(text, FIRE_EVIDENCE, "40 hectáreas", 40)
    second = _fire(SECOND_OUTLET, SECOND_OUTLET, "3.000 hectáreas", 3000)
    day = merged(first, second)
    assert len(day.incidents) == 1
    assert [f for f in day.figures if f.conflict]
