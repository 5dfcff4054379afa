"""A report that links one party's count as its toll and gives another party's count of the
same measure beside it tells a dispute ("Salvamento Marítimo rescató a 47 personas ... Cruz
Roja atendió, según sus propios datos, a 52 personas": issue 25, day 78). The rival count
is compared with the toll; a count beside the toll that nobody claims, or that is a part of
it, stays only listed. Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _report(
    text: str,
    actors: list[tuple[str, str, str]],
    figures: list[dict[str, Any]],
    tolls: tuple[str, ...] = ("f1",),
) -> Briefed:
    numbered = [{"id": f"f{n}", "category": "other", **f} for n, f in enumerate(figures, 1)]
    return briefed(
        text,
        actors=actors,
        incidents=[
            {"id": "i1", "evidence": text.split(". ")[0], "type": "other", "place": "Porto Vell",
             "time": "domingo", "claimed_by": "a1", "casualty_figures": list(tolls)}
        ],
        figures=numbered,
    )  # fmt: skip


_RIVALS = [
    (
        "Salvamento Marítimo rescató el domingo a 47 personas frente a Porto Vell. En el puerto, Cruz Roja "
        "atendió, según sus propios datos, a 52 personas rescatadas.",
        [("a1", "Salvamento Marítimo", "government"), ("a2", "Cruz Roja", "organization")],
        ("47 personas", "personas rescatadas"),
        ("52 personas", "personas rescatadas atendidas en el puerto"),
    ),
    (
        "Le sauvetage en mer a secouru dimanche 47 migrants au large de Porto Vell. La Croix-Rouge affirme "
        "pour sa part avoir accueilli 52 migrants secourus sur le quai.",
        [("a1", "sauvetage en mer", "government"), ("a2", "Croix-Rouge", "organization")],
        ("47 migrants", "migrants secourus"),
        ("52 migrants", "migrants secourus accueillis sur le quai"),
    ),
    (
        "The coastguard rescued 47 people off Porto Vell on Sunday. The Red Cross says it looked after 52 "
        "rescued people on the quay.",
        [("a1", "coastguard", "government"), ("a2", "Red Cross", "organization")],
        ("47 people", "people rescued"),
        ("52 rescued people", "rescued people looked after on the quay"),
    ),
    (
        "Die Seenotretter haben am Sonntag vor Porto Vell 47 Menschen gerettet. Das Rote Kreuz betreute nach "
        "eigenen Angaben 52 gerettete Menschen am Kai.",
        [("a1", "Seenotretter", "organization"), ("a2", "Rote Kreuz", "organization")],
        ("47 Menschen", "gerettete Menschen"),
        ("52 gerettete Menschen", "gerettete Menschen am Kai"),
    ),
]


@pytest.mark.parametrize(("text", "actors", "toll", "rival"), _RIVALS)
def test_another_partys_count_beside_the_toll_is_compared_with_it(
    text: str, actors: list[tuple[str, str, str]], toll: tuple[str, str], rival: tuple[str, str]
) -> None:
    report = _report(
        text,
        actors,
        [
            {"text": toll[0], "value": 47, "counted": toll[1], "claimed_by": "a1"},
            {"text": rival[0], "value": 52, "counted": rival[1], "claimed_by": "a2"},
        ],
    )
    (figure,) = [f for f in merged(report).figures if len(f.values) == 2]
    assert figure.conflict, [v.text for v in figure.values]


@pytest.mark.parametrize(("text", "actors", "toll", "rival"), _RIVALS)
def test_an_unclaimed_count_beside_the_toll_stays_listed(
    text: str, actors: list[tuple[str, str, str]], toll: tuple[str, str], rival: tuple[str, str]
) -> None:
    """Nobody's count beside the toll may be any of the story's people (those still on the
    quay, those of another boat): no dispute without a party that makes it one."""
    report = _report(
        text,
        actors,
        [
            {"text": toll[0], "value": 47, "counted": toll[1], "claimed_by": "a1"},
            {"text": rival[0], "value": 52, "counted": rival[1]},
        ],
    )
    assert not [f for f in merged(report).figures if f.conflict]


def test_the_same_partys_second_count_beside_its_toll_stays_listed() -> None:
    """One party's two counts are its own two figures (those rescued, then those it brought
    ashore from two boats), not a dispute."""
    text = (
        "Salvamento Marítimo rescató el domingo a 47 personas frente a Porto Vell. Salvamento Marítimo "
        "atendió además a 52 personas rescatadas de dos pateras."
    )
    report = _report(
        text,
        [("a1", "Salvamento Marítimo", "government")],
        [
            {"text": "47 personas", "value": 47, "counted": "personas rescatadas", "claimed_by": "a1"},
            {
                "text": "52 personas",
                "value": 52,
                "counted": "personas rescatadas de dos pateras",
                "claimed_by": "a1",
            },
        ],
    )
    assert not [f for f in merged(report).figures if f.conflict]


def test_another_partys_part_of_the_toll_is_no_rival() -> None:
    """ "Twelve hurt, the hospital treated five of them": a part, claimed or not."""
    text = (
        "Police said twelve people were hurt when a stand collapsed at Porto Vell on Sunday. The hospital "
        "said it treated five of them overnight."
    )
    report = _report(
        text,
        [("a1", "Police", "government"), ("a2", "hospital", "organization")],
        [
            {"text": "twelve people", "value": 12, "category": "injured", "counted": "people hurt",
             "claimed_by": "a1"},
            {"text": "five of them", "value": 5, "category": "injured", "counted": "people hurt",
             "claimed_by": "a2"},
        ],
    )  # fmt: skip
    assert not [f for f in merged(report).figures if f.conflict]


def test_another_partys_count_of_another_measure_is_no_rival() -> None:
    """The rescuers' 47 rescued and the Red Cross's five injured are two measures."""
    text = (
        "Salvamento Marítimo rescató el domingo a 47 personas frente a Porto Vell. Cruz Roja atendió a cinco "
        "heridos en el puerto."
    )
    report = _report(
        text,
        [("a1", "Salvamento Marítimo", "government"), ("a2", "Cruz Roja", "organization")],
        [
            {"text": "47 personas", "value": 47, "counted": "personas rescatadas", "claimed_by": "a1"},
            {
                "text": "cinco heridos",
                "value": 5,
                "category": "injured",
                "counted": "heridos",
                "claimed_by": "a2",
            },
        ],
    )
    assert not [f for f in merged(report).figures if f.conflict]
