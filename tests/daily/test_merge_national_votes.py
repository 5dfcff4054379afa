"""A nation's vote is one event whichever town a report tells it from (issue 25: "Marrow
voters turned out at 58 percent in Sunday's parliamentary election" stayed apart from the
election in Veloria). Two nations' votes stay two. Every report here is invented."""

from __future__ import annotations

import time
from typing import Any

import pytest

from summarizer.daily.kinds import NATIONAL_VOTE_KIND, report_kind
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


def _vote(text: str, place: str, figures: list[dict[str, Any]] = ()) -> Briefed:  # type: ignore[assignment]
    return one_incident(text, type="political_decision", place=place, location=place, time="Sunday",
                        figures=figures)  # fmt: skip


def _ballots(text: str, value: float, bound: str = "exact") -> dict[str, Any]:
    return {
        "id": "f1",
        "text": text,
        "value": value,
        "bound": bound,
        "counted": "ballots cast",
        "category": "other",
    }


@pytest.mark.parametrize(
    ("evidence", "national"),
    [
        ("Turnout in Sunday's parliamentary election in Ostrava reached 61 percent.", True),
        ("Bei der Bundestagswahl am Sonntag lag die Beteiligung in Velden bei 70 Prozent.", True),
        ("Au premier tour de l'élection présidentielle, Tobin a voté à 64 %.", True),
        ("En las elecciones generales del domingo, Tobin votó al 58 %.", True),
        ("3.4 million ballots were cast nationwide on Sunday.", True),
        ("Tobin council voted on Sunday to close the library.", False),
        ("Die Landtagswahl in der Steiermark brachte eine Mehrheit für die ÖVP.", False),
    ],
)
def test_a_report_of_a_nations_vote_is_read_as_one(evidence: str, national: bool) -> None:
    assert (report_kind("political_decision", evidence) == NATIONAL_VOTE_KIND) is national
    assert report_kind("protest", evidence) != NATIONAL_VOTE_KIND


def test_a_towns_count_of_a_national_election_joins_the_nations_reports_on_a_shared_figure() -> None:
    nation = _vote(
        "Ostrelia voted in Sunday's parliamentary election; at least 3.1 million ballots were cast, the "
        "commission said.",
        "Ostrelia",
        [_ballots("at least 3.1 million ballots", 3_100_000, "at_least")],
    )
    town = _vote(
        "Dunmore voters turned out at 58 percent in Sunday's parliamentary election, with 3.4 million "
        "ballots cast nationwide.",
        "Dunmore",
        [_ballots("3.4 million ballots", 3_400_000)],
    )
    assert len(merged(nation, town).incidents) == 1


def test_two_towns_national_election_reports_sharing_only_words_stay_apart() -> None:
    nation = _vote("Turnout in Sunday's parliamentary election in Ostrelia reached 61 percent.", "Ostrelia")
    town = _vote("Dunmore voters turned out at 58 percent in Sunday's parliamentary election.", "Dunmore")
    assert len(merged(nation, town).incidents) == 2


def test_two_nations_voting_on_one_sunday_are_two_elections() -> None:
    france = _vote(
        "France voted in Sunday's parliamentary election; 3.4 million ballots were cast by noon.",
        "France",
        [_ballots("3.4 million ballots", 3_400_000)],
    )
    germany = _vote(
        "Germany voted in Sunday's parliamentary election; 3.4 million ballots were cast by noon.",
        "Germany",
        [_ballots("3.4 million ballots", 3_400_000)],
    )
    assert len(merged(france, germany).incidents) == 2


@pytest.mark.parametrize(
    "hostile", ["parliamentary " * 20_000, "elecciones " * 20_000 + "x", "a nivel " * 20_000]
)
def test_hostile_evidence_is_read_quickly(hostile: str) -> None:
    report_kind("political_decision", "Voters elected a parliament.")  # one-time loading is not measured
    start = time.thread_time()
    report_kind("political_decision", hostile)
    assert time.thread_time() - start < 1.0


def test_a_report_naming_no_place_joins_a_national_election_as_any_placeless_report_does() -> None:
    nation = _vote("Turnout in Sunday's parliamentary election in Ostrelia reached 61 percent.", "Ostrelia")
    placeless = one_incident(
        "Voters turned out at 58 percent in Sunday's parliamentary election, returning officers said.",
        type="political_decision",
        time="Sunday",
    )
    assert len(merged(nation, placeless).incidents) == 1


def test_two_nations_votes_of_two_offices_told_from_towns_stay_two() -> None:
    # A presidential election told from Lyon and a parliamentary one told from Bavaria: the
    # towns say nothing of their countries, what each elects does.
    president = _vote("Lyon voters turned out at 71 percent in Sunday's presidential election.", "Lyon")
    parliament = _vote(
        "Voters in Bavaria cast ballots in Sunday's parliamentary election, officials said.", "Bavaria"
    )
    assert len(merged(president, parliament).incidents) == 2
    # One vote named by its office in one report and as a general election in another meets.
    general = _vote("Voters in Bavaria cast ballots in Sunday's general election, officials said.", "Bavaria")
    assert len(merged(parliament, general).incidents) == 1
