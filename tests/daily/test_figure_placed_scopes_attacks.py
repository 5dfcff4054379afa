"""Reports that would fool the rules of ``test_figure_placed_scopes``: two towns of one
operation, a whole and its part in one article, a pair word before a place, a worth or a
damage beside the stage of a sum. Every report here is invented."""

from __future__ import annotations

import time
from typing import Any

import pytest

from summarizer.daily.figure_facets import facets_of
from summarizer.models.daily_v2 import DailyFigure
from summarizer.text.lexicons.facets import GOODS_STATES, STATE_FACETS
from tests.daily.test_daily import count_measure, merged, one_incident


def _count(n: int, text: str, value: float, counted: str) -> dict[str, Any]:
    return {
        "id": f"f{n}",
        "text": text,
        "value": value,
        "bound": "exact",
        "counted": counted,
        "category": "other",
    }


def _groups_of(lead: str, place: str, *reports: tuple[str, list[dict[str, Any]]]) -> list[DailyFigure]:
    day = merged(
        *(
            one_incident(f"{lead} {sentence}", evidence=lead, figures=figures, place=place, type="other")
            for sentence, figures in reports
        )
    )
    assert len(day.incidents) == 1
    return [f for f in day.figures if f.category == "other"]


def _joined(groups: list[DailyFigure], *values: float) -> bool:
    return any({v.value for v in f.values} >= set(values) for f in groups)


def test_two_towns_of_one_operation_are_two_counts() -> None:
    """A joint raid on two ports: each report counts the containers of its own port. Both
    towns are in the event's place, yet a count in one is no count in the other."""
    lead = "Customs officers raided the ports of Rotterdam and Antwerp on Tuesday."
    groups = _groups_of(
        lead,
        "Rotterdam and Antwerp",
        (
            "In Rotterdam 12 containers were seized.",
            [_count(1, "12 containers", 12, "containers seized in Rotterdam")],
        ),
        (
            "In Antwerpen werden 8 Container beschlagnahmt.",
            [_count(1, "8 Container", 8, "containers seized in Antwerp")],
        ),
    )
    assert not _joined(groups, 12, 8)
    assert not [f for f in groups if f.conflict]


def test_a_real_town_and_its_street_are_still_one_count() -> None:
    """The join the rule is for survives the two-towns guard: one town, one street."""
    lead = "Harbour police raided fishing boats on Quay Street in Rotterdam on Monday."
    groups = _groups_of(
        lead,
        "Quay Street, Rotterdam",
        ("Police seized 12 boats in Rotterdam.", [_count(1, "12 boats", 12, "boats seized in Rotterdam")]),
        (
            "Officers seized 20 boats on Quay Street.",
            [_count(1, "20 boats", 20, "boats seized on Quay Street")],
        ),
    )
    assert _joined(groups, 12, 20)


def test_an_articles_whole_and_its_part_stay_apart() -> None:
    """One article counts the whole raid (30 boats) and the street's share (12): another
    report's 30 in the town is the whole, and the street's 12 must not join it."""
    lead = "Harbour police raided fishing boats on Quay Street in Porthavel on Monday."
    groups = _groups_of(
        lead,
        "Quay Street, Porthavel",
        (
            "Police seized 30 boats, 12 boats on Quay Street alone.",
            [
                _count(1, "30 boats", 30, "boats seized"),
                _count(2, "12 boats", 12, "boats seized on Quay Street"),
            ],
        ),
        (
            "La police a saisi 30 bateaux à Porthavel.",
            [_count(1, "30 bateaux", 30, "bateaux saisis à Porthavel")],
        ),
    )
    assert not _joined(groups, 30, 12)


@pytest.mark.parametrize(
    ("text", "counted", "measure"),
    [
        ("19 pairs", "pairs in Porthavel stolen", "other:pair porthavel stolen"),
        ("14 Paar", "Paar aus dem Lager gestohlen", None),
        ("19 paires", "paires dans l'entrepôt volées", None),
    ],
)
def test_a_pair_before_a_place_is_still_the_thing_counted(
    text: str, counted: str, measure: str | None
) -> None:
    """Only the link that names what a pair is of ("pairs of", "paires de") leaves the
    pair out: "pairs in Porthavel" are pairs, not Porthavel."""
    got = count_measure(text, counted)
    assert got is not None
    assert got.split(":")[1].split(" ")[0] in {"pair", "paar", "paire"}
    if measure is not None:
        assert got == measure


def test_a_long_row_of_pair_words_stays_quick() -> None:
    counted = " ".join(["pairs of"] * 3_000 + ["skis stolen"])
    start = time.perf_counter()
    count_measure("19 pairs of skis", counted)
    assert time.perf_counter() - start < 1.0


def test_goods_states_are_state_facets() -> None:
    """``GOODS_STATES`` names blocks of the state table: a block renamed must not silently
    leave its words without a participle's reading."""
    assert GOODS_STATES.issubset(STATE_FACETS.values())


@pytest.mark.parametrize(
    ("counted", "facets"),
    [
        ("damages demanded by the family", {"demanded"}),  # a suit's damages: the stage tells
        ("damages paid to the family", {"paid"}),
        ("valor do resgate pedido", {"demanded"}),  # Portuguese "valor" is any sum's amount
        ("valeur de la rançon exigée", {"demanded"}),
        ("value of the damage", {"damage"}),
        ("value of the stolen watches", {"worth"}),
    ],
)
def test_a_worth_or_a_damage_never_hides_a_sums_stage(counted: str, facets: set[str]) -> None:
    assert facets_of(counted, "EUR") == facets


def _sum(text: str, value: float, counted: str) -> dict[str, Any]:
    return {"id": "f1", "text": text, "value": value, "bound": "exact", "counted": counted,
            "category": "damage_cost", "unit": "EUR"}  # fmt: skip


def test_damages_sought_and_damages_paid_are_no_dispute() -> None:
    lead = "A family sued the Tarrel hospital over a botched operation on Friday."
    sought = one_incident(f"{lead} The family sought 2 million euros in damages.", evidence=lead, place="Tarrel",
                          type="other", figures=[_sum("2 million euros", 2_000_000, "damages demanded by the family")])  # fmt: skip
    paid = one_incident(f"{lead} The hospital paid 300,000 euros in damages.", evidence=lead, place="Tarrel",
                        type="other", figures=[_sum("300,000 euros", 300_000, "damages paid to the family")])  # fmt: skip
    day = merged(sought, paid)
    assert len(day.incidents) == 1
    assert not [f for f in day.figures if f.conflict]


def test_a_ransoms_value_asked_is_the_ransom_asked() -> None:
    """Lost join: "valor do resgate pedido" and "rescate exigido" are one sum, disputed."""
    lead = "Kidnappers seized a businessman in Tarrel on Sunday."
    pt = one_incident(f"{lead} O valor do resgate pedido é de 2 milhões de euros.", evidence=lead, place="Tarrel",
                      type="other", figures=[_sum("2 milhões de euros", 2_000_000, "valor do resgate pedido")])  # fmt: skip
    es = one_incident(f"{lead} Los secuestradores exigieron un rescate de 3 millones.", evidence=lead, place="Tarrel",
                      type="other", figures=[_sum("3 millones", 3_000_000, "rescate exigido")])  # fmt: skip
    day = merged(pt, es)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures] == [True]
