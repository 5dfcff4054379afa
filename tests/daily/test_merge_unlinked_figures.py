"""Figures of events that have no toll (a court's damages, the ships a strike let through)
are compared across reports of one event, though no report links them to its incident as a
toll (issue 25: 48 and 52 million euros of one fraud were never flagged). Every report here
is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _verdict(text: str, *figures: dict[str, Any], tolls: tuple[str, ...] = ()) -> Briefed:
    numbered = [{"id": f"f{n}", "category": "damage_cost", **f} for n, f in enumerate(figures, 1)]
    return briefed(
        text,
        incidents=[
            {"id": "i1", "evidence": text, "type": "other", "place": "Dornbach", "time": "Monday",
             "casualty_figures": list(tolls)}
        ],
        figures=numbered,
    )  # fmt: skip


def test_damages_that_two_reports_of_one_verdict_give_differently_are_a_conflict() -> None:
    a = _verdict(
        "A court in Dornbach on Monday jailed the banker Piet Olander for fraud costing savers 20 million euros.",
        {"text": "20 million euros", "value": 20_000_000, "unit": "EUR", "counted": "losses"},
    )
    b = _verdict(
        "Dornbach court on Monday: Piet Olander jailed, his fraud cost savers 25 million euros.",
        {"text": "25 million euros", "value": 25_000_000, "unit": "EUR", "counted": "losses"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    flagged = [f for f in day.figures if f.conflict]
    assert [sorted(v.value or 0 for v in f.values) for f in flagged] == [[20_000_000, 25_000_000]]


def test_compatible_unlinked_amounts_are_no_conflict() -> None:
    a = _verdict(
        "A court in Dornbach on Monday jailed the banker Piet Olander for fraud costing savers 20 million euros.",
        {"text": "20 million euros", "value": 20_000_000, "unit": "EUR", "counted": "losses"},
    )
    b = _verdict(
        "Dornbach court on Monday: Piet Olander jailed, his fraud cost savers more than 18 million euros.",
        {"text": "more than 18 million euros", "value": 18_000_000, "unit": "EUR", "bound": "more_than",
         "counted": "losses"},
    )  # fmt: skip
    assert not [f for f in merged(a, b).figures if f.conflict]


def test_a_passer_by_figure_never_outvotes_a_linked_toll() -> None:
    """Where one report links its figure as the toll, the other's unlinked figure of the same
    measure is only listed beside it: it may be of something else the passage mentions."""
    a = _verdict(
        "A court in Dornbach on Monday jailed the banker Piet Olander for fraud costing savers 20 million euros.",
        {"text": "20 million euros", "value": 20_000_000, "unit": "EUR", "counted": "losses"},
        tolls=("f1",),
    )
    b = _verdict(
        "Dornbach court on Monday: Piet Olander jailed; a bank lost 3 million euros in a similar case.",
        {"text": "3 million euros", "value": 3_000_000, "unit": "EUR", "counted": "losses"},
    )
    assert not [f for f in merged(a, b).figures if f.conflict]


def _port_strike(text: str, figure: dict[str, Any]) -> Briefed:
    return briefed(
        text,
        incidents=[{"id": "i1", "evidence": text, "type": "protest", "place": "Kellhaven", "time": "Montag"}],
        figures=[{"id": "f1", "category": "other", **figure}],
    )


def test_a_compound_count_and_its_head_are_one_measure() -> None:
    """German "Containerschiffe" are "Schiffe": no ship handled and three ships handled in one
    port strike disagree."""
    a = _port_strike(
        "Warnstreik im Hafen Kellhaven am Montag: kein Containerschiff wurde abgefertigt, sagte die Gewerkschaft.",
        {"text": "kein Containerschiff", "value": 0, "counted": "abgefertigte Containerschiffe"},
    )
    b = _port_strike(
        "Der Warnstreik legte am Montag den Hafen Kellhaven lahm; nur 3 Schiffe wurden abgefertigt.",
        {"text": "nur 3 Schiffe", "value": 3, "counted": "abgefertigte Schiffe"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert [sorted(v.value or 0 for v in f.values) for f in day.figures if f.conflict] == [[0, 3]]


def test_a_compound_is_not_its_first_word() -> None:
    """ "Containerschiffe" are ships, not containers: 120 containers and no ship disagree on
    nothing."""
    a = _port_strike(
        "Warnstreik im Hafen Kellhaven am Montag: kein Containerschiff wurde abgefertigt, sagte die Gewerkschaft.",
        {"text": "kein Containerschiff", "value": 0, "counted": "abgefertigte Containerschiffe"},
    )
    b = _port_strike(
        "Der Warnstreik legte am Montag den Hafen Kellhaven lahm; nur 120 Container wurden verladen.",
        {"text": "nur 120 Container", "value": 120, "counted": "verladene Container"},
    )
    day = merged(a, b)
    assert len(day.incidents) == 1
    assert not [f for f in day.figures if f.conflict]


def _election(text: str, figures: list[dict[str, Any]], actors: list[tuple[str, str, str]]) -> Briefed:
    return briefed(
        text,
        actors=actors,
        incidents=[{"id": "i1", "evidence": text.split(". ")[0] + ".", "type": "political_decision",
                    "place": "Ostria", "time": "Sunday"}],
        figures=[{"id": f"f{n}", "category": "other", "unit": "percent", **f} for n, f in enumerate(figures, 1)],
    )  # fmt: skip


def test_a_dispute_one_article_reports_between_two_parties_is_a_conflict() -> None:
    """One outlet gives the commission's turnout and the opposition's: two sources, though
    one article; the wire gives the commission's alone."""
    wire = _election(
        "Turnout in Sunday's election in Ostria was 62 percent, the election commission said. Counting goes on.",
        [{"text": "62 percent", "value": 62, "counted": "turnout"}],
        [("a1", "election commission", "government")],
    )
    radio = _election(
        "Ostria's election commission put Sunday's turnout at 62 percent. The opposition Green League counted 44 percent.",
        [{"text": "62 percent", "value": 62, "counted": "turnout", "claimed_by": "a1"},
         {"text": "44 percent", "value": 44, "counted": "turnout", "claimed_by": "a2"}],
        [("a1", "election commission", "government"), ("a2", "Green League", "organization")],
    )  # fmt: skip
    day = merged(wire, radio)
    assert len(day.incidents) == 1
    assert [sorted(v.value or 0 for v in f.values) for f in day.figures if f.conflict] == [[44, 62, 62]]


def test_two_figures_of_one_article_and_one_party_are_no_conflict() -> None:
    """Without two parties the article's two turnouts may be two counts (the nation's and a
    region's): it is one source, and the other report fits it."""
    wire = _election(
        "Turnout in Sunday's election in Ostria was 62 percent, the election commission said. Counting goes on.",
        [{"text": "62 percent", "value": 62, "counted": "turnout"}],
        [("a1", "election commission", "government")],
    )
    radio = _election(
        "Ostria's election commission put Sunday's turnout at 62 percent. In the capital it counted 44 percent.",
        [{"text": "62 percent", "value": 62, "counted": "turnout", "claimed_by": "a1"},
         {"text": "44 percent", "value": 44, "counted": "turnout", "claimed_by": "a1"}],
        [("a1", "election commission", "government")],
    )  # fmt: skip
    day = merged(wire, radio)
    assert len(day.incidents) == 1
    assert not [f for f in day.figures if f.conflict]


_BREACH = (
    "A cyberattack hit Ardley General Hospital on Monday night. Its emergency ward closed, the health board said.\n\n"
    "{claim}\n\nThe director will speak to the press at 2 p.m."
)


def _breach(claim: str, *figures: dict[str, Any], actors: list[tuple[str, str, str]]) -> Briefed:
    text = _BREACH.format(claim=claim)
    evidence = text.split(". ")[0] + "."
    return briefed(
        text,
        actors=actors,
        incidents=[
            {"id": "i1", "evidence": evidence, "type": "other", "place": "Ardley", "casualty_figures": []}
        ],
        figures=[{"id": f"f{n}", "category": "other", **f} for n, f in enumerate(figures, 1)],
    )


_PARTIES = [("a1", "a hacker group", "organization"), ("a2", "the hospital", "organization")]


@pytest.mark.parametrize(
    ("claim", "parties", "files", "none"),
    [
        ("A hacker group claims to hold 300,000 patient files; the hospital says no patient data left its servers.",
         ("hacker group", "the hospital"), "300,000 patient files", "no patient data"),
        ("Un groupe de pirates affirme avoir dérobé 300 000 dossiers médicaux ; l'hôpital dément : aucune donnée de patient.",
         ("groupe de pirates", "l'hôpital"), "300 000 dossiers médicaux", "aucune donnée de patient"),
        ("Eine Hackergruppe will 300.000 Patientenakten erbeutet haben; die Klinik sagt, keine Patientendaten seien abgeflossen.",
         ("Hackergruppe", "die Klinik"), "300.000 Patientenakten", "keine Patientendaten"),
    ],
)  # fmt: skip
def test_a_dispute_an_article_reports_away_from_its_event_is_flagged(
    claim: str, parties: tuple[str, str], files: str, none: str
) -> None:
    """Two parties' counts of one thing in a paragraph of their own, outside every
    incident's passage: the article reports a dispute, whatever passage it stands in."""
    report = _breach(
        claim,
        {"text": files, "value": 300_000, "counted": files.split(" ", 1)[-1], "claimed_by": "a1"},
        {"text": none, "value": 0, "counted": none.split(" ", 1)[-1], "claimed_by": "a2"},
        actors=[("a1", parties[0], "organization"), ("a2", parties[1], "organization")],
    )
    (group,) = [f for f in merged(report).figures if len(f.values) == 2]
    assert group.incident is None
    assert group.conflict


def test_two_articles_loose_figures_are_never_compared() -> None:
    """Figures of no incident's passage in two articles: nothing tells they count one
    thing (two hospitals' breaches of one night), so they are never one group."""
    one = _breach(
        "a hacker group claims to hold 300,000 patient files.",
        {"text": "300,000 patient files", "value": 300_000, "counted": "patient files", "claimed_by": "a1"},
        actors=_PARTIES[:1],
    )
    other = _breach(
        "a hacker group claims to hold 20,000 patient files.",
        {"text": "20,000 patient files", "value": 20_000, "counted": "patient files", "claimed_by": "a1"},
        actors=_PARTIES[:1],
    )
    day = merged(one, other)
    assert all(len(f.values) == 1 and not f.conflict for f in day.figures if f.incident is None)
