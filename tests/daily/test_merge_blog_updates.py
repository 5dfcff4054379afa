"""A live blog's later entry outdates its own earlier count of an event ("9 h 40 - about 200
children wait outside", then "10 h 15 - Update: 310 pupils left the school"): the blog's
first estimate is no source disagreeing with the wires that give the later count. Every
report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_standing import WHOLE, Given, Standing, outdated
from summarizer.daily.merge import Briefed
from summarizer.daily.passages import entry_minute
from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import briefed, merged, one_incident

BLOG = (
    "EN DIRECT – Alerte à la bombe à l'école des Tilleuls\n"
    "10 h 15 – Mise à jour : selon la direction, 310 élèves et 24 adultes ont quitté l'école des Tilleuls.\n"
    "9 h 40 – L'école des Tilleuls, à Carouge, est évacuée après un appel menaçant. Environ 200 enfants "
    "attendent sur le trottoir.\n"
)
BLOG_EVIDENCE = "L'école des Tilleuls, à Carouge, est évacuée après un appel menaçant."


def _blog(text: str = BLOG) -> Briefed:
    figures = [
        {"id": "f1", "text": "Environ 200 enfants", "value": 200, "bound": "approximately", "counted": "enfants",
         "category": "other"},
        {"id": "f2", "text": "310 élèves", "value": 310, "counted": "élèves", "category": "other"},
        {"id": "f3", "text": "24 adultes", "value": 24, "counted": "adultes", "category": "other"},
    ]  # fmt: skip
    return one_incident(
        text, evidence=BLOG_EVIDENCE, figures=figures, type="evacuation", place="Carouge",
        location="l'école des Tilleuls", time="9 h 40",
    )  # fmt: skip


def _wire(children: str, value: float) -> Briefed:
    text = (
        f"L'école des Tilleuls, à Carouge, a été évacuée lundi matin après un appel menaçant : {children} "
        "ont été mis à l'abri dans un gymnase, a indiqué la police."
    )
    figure = {"id": "f1", "text": children, "value": value, "counted": "enfants", "category": "other"}
    return one_incident(
        text,
        figures=[figure],
        type="evacuation",
        place="Carouge",
        location="l'école des Tilleuls",
        time="lundi",
    )


def _children(day: DailyBriefing) -> Any:
    (group,) = [f for f in day.figures if f.measure.startswith("child")]
    return group


def test_a_blogs_first_estimate_is_no_rival_to_the_count_its_later_entry_gives() -> None:
    day = merged(_blog(), _wire("ses 310 enfants", 310))
    assert len(day.incidents) == 1
    children = _children(day)
    # The blog's 200 children and 310 pupils and the wire's 310 children: one count of the
    # school's children (pupils are children: ``figure_joins.join_overlapping_people``).
    assert len(children.values) == 3 and not children.conflict


def test_entries_are_ordered_by_their_clocks_not_by_where_they_stand() -> None:
    # Written oldest first: the 10 h 15 entry is still the later one.
    lines = BLOG.splitlines()
    oldest_first = "\n".join([lines[0], lines[2], lines[1]]) + "\n"
    day = merged(_blog(oldest_first), _wire("ses 310 enfants", 310))
    assert not _children(day).conflict


def test_two_other_sources_that_disagree_are_still_flagged() -> None:
    # The blog's early word does not vanish from the day: a wire that gives it still
    # disagrees with one that gives the later count.
    day = merged(_blog(), _wire("environ 200 enfants", 200), _wire("quelque 310 enfants", 310))
    assert _children(day).conflict


LIVE_CRANE = (
    "Kranunglück in Tarnfeld – der Liveblog\n"
    "15.30 Uhr: In Nordhafen ist ein Lkw mit Ladekran umgekippt. Der Fahrer wurde leicht verletzt.\n"
    "13.40 Uhr: Auf der Lindenstraße in Tarnfeld ist ein Baukran umgestürzt. Zwölf Menschen wurden verletzt.\n"
)


def test_a_later_entry_about_another_event_outdates_nothing() -> None:
    blog = briefed(
        LIVE_CRANE,
        incidents=[
            {"id": "i1", "type": "accident", "place": "Tarnfeld", "time": "13.40 Uhr", "casualty_figures": ["f1"],
             "evidence": "Auf der Lindenstraße in Tarnfeld ist ein Baukran umgestürzt."},
            {"id": "i2", "type": "accident", "place": "Nordhafen", "time": "15.30 Uhr", "casualty_figures": ["f2"],
             "evidence": "In Nordhafen ist ein Lkw mit Ladekran umgekippt."},
        ],
        figures=[
            {"id": "f1", "text": "Zwölf Menschen", "value": 12, "counted": "Menschen", "category": "injured"},
            {"id": "f2", "text": "Der Fahrer", "value": 1, "counted": "Fahrer", "category": "injured"},
        ],
    )  # fmt: skip
    text = "Auf der Lindenstraße in Tarnfeld ist am Montag ein Baukran umgestürzt; neun Menschen wurden verletzt."
    wire = one_incident(
        text, type="accident", place="Tarnfeld", time="Montag",
        figures=[{"id": "f1", "text": "neun Menschen", "value": 9, "counted": "Menschen", "category": "injured"}],
    )  # fmt: skip
    day = merged(blog, wire)
    (hurt,) = [f for f in day.figures if f.incident == day.incidents[0].id and f.category == "injured"]
    assert {v.value for v in hurt.values} == {12, 9} and hurt.conflict


@pytest.mark.parametrize(
    ("later", "outdates"),
    [("Zwölf Verletzte", True), ("zwei weitere Verletzte", False), ("two more people", False),
     ("deux autres blessés", False), ("otros dos heridos", False), ("More than 300 children", True),
     ("más de 300 niños", True), ("dos heridos más", False)],
)  # fmt: skip
def test_an_increment_outdates_nothing(later: str, outdates: bool) -> None:
    early = Given("a", "injured", "neun Verletzte", Standing(entry_minute=600))
    late = Given("a", "injured", later, Standing(entry_minute=700))
    assert outdated([early, late]) == ({0} if outdates else set())


def test_outdating_keeps_to_one_article_and_one_category() -> None:
    figures = [
        Given("a", "injured", "9", Standing(entry_minute=600)),
        Given("b", "injured", "12", Standing(entry_minute=700)),  # another blog
        Given("a", "killed", "2", Standing(entry_minute=800)),  # another category
        Given("a", "injured", "3", Standing(subcount=True, entry_minute=900)),  # a part
        Given("c", "injured", "4", WHOLE),  # no blog at all
    ]
    assert outdated(figures) == set()


@pytest.mark.parametrize(
    ("text", "minute"),
    [
        ("Blog\n10 h 15 – Mise à jour : 310 élèves.", 615),
        ("Blog\n16h30 : 40 pompiers.", 990),
        ("Blog\n15:05 Uhr: 12 Verletzte.", 905),
        ("Blog\n7.55pm - Two more hurt.", 1195),
        ("Blog\n12.10am - Two more hurt.", 10),
        ("Blog\n12.10pm - Two more hurt.", 730),
        ("Blog\n09.15 – Dos heridos.", 555),
        ("At 13.05 police confirmed four dead.", None),  # a wire's clock, no entry
        ("Blog\n25:70 - Nothing.", None),
    ],
)
def test_an_entrys_time_is_read_in_minutes(text: str, minute: int | None) -> None:
    assert entry_minute(text, len(text) - 3) == minute


def test_hostile_clocks_are_read_quickly() -> None:
    text = "\n".join(["9" * 5000 + " h " + "5" * 5000, " h " * 5000, "12 h 3" * 3000])
    assert entry_minute(text, len(text) - 1) is None


def _blog_listing_only_the_first_entry(later_is_toll_of: str | None = None) -> Briefed:
    """The blog of ``BLOG`` whose briefing lists the 9 h 40 entry alone, its 200 children as
    its toll; the 10 h 15 update's 310 pupils stand in no incident's passage, or are the
    toll of another incident of the blog (``later_is_toll_of``)."""
    incidents = [
        {"id": "i1", "type": "evacuation", "place": "Carouge", "location": "l'école des Tilleuls",
         "time": "9 h 40", "evidence": BLOG_EVIDENCE, "casualty_figures": ["f1"]},
    ]  # fmt: skip
    if later_is_toll_of:
        incidents.append(
            {"id": "i2", "type": "evacuation", "place": later_is_toll_of, "time": "10 h 15",
             "evidence": "Mise à jour : selon la direction", "casualty_figures": ["f2"]}
        )  # fmt: skip
    return briefed(
        BLOG,
        incidents=incidents,
        figures=[
            {"id": "f1", "text": "Environ 200 enfants", "value": 200, "bound": "approximately",
             "counted": "enfants", "category": "other"},
            {"id": "f2", "text": "310 élèves", "value": 310, "counted": "élèves", "category": "other"},
        ],
    )  # fmt: skip


def test_a_later_entry_the_briefing_lists_as_no_event_still_outdates_the_first() -> None:
    day = merged(_blog_listing_only_the_first_entry(), _wire("ses 310 enfants", 310))
    assert len(day.incidents) == 1
    children = _children(day)
    assert len(children.values) == 2 and not children.conflict


def test_a_later_entrys_count_given_as_another_events_toll_outdates_nothing() -> None:
    day = merged(_blog_listing_only_the_first_entry(later_is_toll_of="Lancy"), _wire("ses 310 enfants", 310))
    children = [f for f in day.figures if f.measure.startswith("child") and len(f.values) == 2]
    assert children and children[0].conflict
