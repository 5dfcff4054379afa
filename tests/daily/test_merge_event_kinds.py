"""Two kinds of event of one type, town and day stay apart (issue 25: a bridge collapse and
a road crash of one town were one "accident"). Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.kinds import event_kind
from summarizer.daily.merge import Briefed
from summarizer.models import Actor
from summarizer.models.common import Span
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("evidence", "kind"),
    [
        ("A footbridge over the Orle collapsed in Darrow on Monday.", "collapse"),
        ("Two died when a coach hit a tractor near Darrow, hours after a footbridge collapsed.", "crash"),
        ("Die Lagerhalle in Kelbach ist am Montag eingestürzt.", "collapse"),
        ("Bei einem Zusammenstoß zweier Regionalzüge bei Kelbach starben zwei Menschen.", "crash"),
        ("Un incendie a ravagé un entrepôt à Morlaix lundi.", "fire"),
        ("La riada del lunes dejó dos muertos en Olmeda.", "weather"),
        ("The council met in Darrow on Monday.", None),
        # "fire" before a word that makes it no fire (``vocabulary.NO_FIRE_AFTER``): the
        # service, its gear, a ban; the cues of incidents and of kinds read one list.
        ("The Darrow fire service said the road was closed on Monday.", None),
        ("A total fire ban was declared in Darrow on Monday.", None),
        ("The fire alarm sounded at a school in Darrow on Monday.", None),
        ("Fire crews fought a blaze in Darrow on Monday.", "fire"),
    ],
)
def test_a_report_tells_the_kind_of_event_it_names_first(evidence: str, kind: str | None) -> None:
    assert event_kind(evidence) == kind


def _report(text: str, evidence: str | None = None, **figures: Any) -> Briefed:
    return one_incident(
        text,
        evidence=evidence or text.split(". ")[0] + ".",
        type="accident",
        place="Darrow",
        time="Monday",
        figures=[{"id": f"f{n}", "text": t, "category": c, "value": v}
                 for n, (c, (t, v)) in enumerate(figures.items(), start=1)],
    )  # fmt: skip


COLLAPSE = (
    "A footbridge over the river Orle collapsed in Darrow on Monday, killing two people, the "
    "county engineer said. The footbridge had been closed for repairs since May."
)
COLLAPSE_AGAIN = (
    "Two people died when the old Orle footbridge in Darrow collapsed on Monday morning. "
    "Engineers said the footbridge had been under repair."
)
CRASH = (
    "Two people died when a coach hit a tractor on the ring road in Darrow on Monday, police "
    "said, hours after a footbridge over the Orle collapsed in the same town."
)


def test_a_collapse_and_a_road_crash_of_one_town_and_day_stay_apart() -> None:
    day = merged(
        _report(COLLAPSE, killed=("two people", 2)),
        _report(COLLAPSE_AGAIN, killed=("Two people", 2)),
        _report(CRASH, CRASH, killed=("Two people", 2)),
    )
    assert [len(i.reports) for i in day.incidents] == [2, 1]


EINSTURZ = (
    "In Kelbach ist am Montag die Decke einer Turnhalle eingestürzt, zwei Menschen starben. "
    "Die Turnhalle war erst im Mai saniert worden."
)
EINSTURZ_AGAIN = (
    "Beim Einsturz der Turnhalle in Kelbach starben am Montag zwei Menschen. Die Turnhalle war "
    "im Mai saniert worden."
)
ZUSAMMENSTOSS = (
    "Bei einem Zusammenstoß eines Busses mit einem Traktor in Kelbach starben am Montag zwei "
    "Menschen, Stunden nach dem Einsturz der Turnhalle."
)


def _bericht(text: str) -> Briefed:
    return one_incident(
        text,
        evidence=text.split(". ")[0].rstrip(".") + ".",
        type="accident",
        place="Kelbach",
        time="Montag",
        language="de",
        figures=[{"id": "f1", "text": "zwei Menschen", "category": "killed", "value": 2}],
    )


def test_ein_einsturz_und_ein_zusammenstoss_in_einem_ort_bleiben_getrennt() -> None:
    day = merged(_bericht(EINSTURZ), _bericht(EINSTURZ_AGAIN), _bericht(ZUSAMMENSTOSS))
    assert [len(i.reports) for i in day.incidents] == [2, 1]


def test_a_crash_report_that_names_the_collapse_is_not_merged_with_it() -> None:
    """Alone together, no cluster between: the pair itself is vetoed."""
    day = merged(_report(COLLAPSE, killed=("two people", 2)), _report(CRASH, CRASH, killed=("Two people", 2)))
    assert len(day.incidents) == 2
    german = merged(_bericht(EINSTURZ_AGAIN), _bericht(ZUSAMMENSTOSS))
    assert len(german.incidents) == 2


def test_two_reports_of_one_collapse_told_as_cause_and_effect_merge_on_strong_evidence() -> None:
    """A report may tell its event by what followed it: a quake and the building it brought
    down are one kind; a collapse told by one and a fire by another merge when they share
    the place, the toll, a named person and the wording."""
    collapse = (
        "The Orle mill collapsed in Darrow on Monday, killing two people, fire chief Ada Brandt "
        "said. The Orle mill had stood empty for years."
    )
    fire = (
        "A fire gutted the Orle mill in Darrow on Monday, killing two people, fire chief Ada "
        "Brandt said. The mill had stood empty for years."
    )
    reports = [
        one_incident(
            text,
            evidence=text.split(". ")[0] + ".",
            type="accident",
            place="Darrow",
            time="Monday",
            figures=[{"id": "f1", "text": "two people", "category": "killed", "value": 2}],
        )
        for text in (collapse, fire)
    ]
    for report, text in zip(reports, (collapse, fire), strict=True):
        start = text.index("Ada Brandt")
        report.briefing.actors.append(
            Actor(id="a1", name="Ada Brandt", kind="person", mentions=[Span(start=start, end=start + 10)])
        )
    assert len(merged(*reports).incidents) == 1


@pytest.mark.parametrize(
    ("first", "second", "place", "lang"),
    [
        ("A fire gutted a warehouse in Darrow on Monday.", "A fire broke out in a school in Darrow on Monday.",
         "Darrow", None),
        ("Ein Brand zerstörte am Montag eine Lagerhalle in Kelbach.",
         "Ein Brand brach am Montag in einer Schule in Kelbach aus.", "Kelbach", "de"),
    ],
)  # fmt: skip
def test_the_word_that_tells_the_kind_is_no_shared_specific(
    first: str, second: str, place: str, lang: str | None
) -> None:
    """Two fires of one town share "fire" and the town whatever else: two events."""
    reports = [
        one_incident(text, type="accident", place=place, time="Monday", language=lang)
        for text in (first, second)
    ]
    assert len(merged(*reports).incidents) == 2
