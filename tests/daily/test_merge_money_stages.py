"""A sum of money asked for, one paid and one offered are two sums of one event, never a
dispute ("rescate exigido": two million euros; "rescate pagado": 300,000; issue 25), while
two sums paid that differ are; and its kidnappers count its perpetrators in every language.
Every report here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_facets import facet_of
from summarizer.daily.measures import measure_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, merged, one_incident


@pytest.mark.parametrize(
    ("counted", "facet"),
    [("rescate exigido", "demanded"), ("ransom demanded", "demanded"), ("Lösegeldforderung", "demanded"),
     ("rançon réclamée", "demanded"), ("rescate pagado", "paid"), ("rançon versée", "paid"),
     ("gezahltes Lösegeld", "paid"), ("ransom paid", "paid"), ("reward offered", "offered"),
     ("damage", None), ("hospital", None)],
)  # fmt: skip
def test_a_sums_stage_is_read_in_four_languages(counted: str, facet: str | None) -> None:
    assert facet_of(counted, "EUR") == facet
    assert facet_of(counted, "count") in (None, "hospitalised")  # a count has no stage


def _ransom(text: str, *figures: dict[str, Any]) -> Briefed:
    numbered = [
        {"id": f"f{n}", "category": "other", "unit": "EUR", **f} for n, f in enumerate(figures, start=1)
    ]
    return one_incident(text, figures=numbered, type="other", place="Tarrel", time="Tuesday",
                        location="Mill Street")  # fmt: skip


def test_a_ransom_asked_and_one_paid_are_two_sums_and_two_paid_sums_a_dispute() -> None:
    asked = _ransom(
        "The kidnappers of a Tarrel baker seized on Mill Street on Tuesday asked for two million euros.",
        {"text": "two million euros", "value": 2_000_000, "counted": "ransom demanded"},
    )
    paid = _ransom(
        "The Tarrel baker kidnapped on Mill Street on Tuesday was freed after his family paid 300,000 euros.",
        {"text": "300,000 euros", "value": 300_000, "counted": "ransom paid"},
    )
    day = merged(asked, paid)
    assert len(day.incidents) == 1
    assert not [f for f in day.figures if f.conflict]
    paid_more = _ransom(
        "The family of the Tarrel baker kidnapped on Mill Street on Tuesday paid 500,000 euros, a source said.",
        {"text": "500,000 euros", "value": 500_000, "counted": "ransom paid"},
    )
    day = merged(paid, paid_more)
    assert len(day.incidents) == 1
    assert [f.conflict for f in day.figures if f.unit == "EUR"] == [True]


# --------------------------------------------------------------------------- kidnappers


@pytest.mark.parametrize("counted", ["kidnappers", "secuestradores", "ravisseurs", "Entführer", "robbers"])
def test_kidnappers_in_four_languages_count_the_perpetrators(counted: str) -> None:
    """Issue 25: "tres secuestradores", "three kidnappers" and "quatre ravisseurs" of one
    kidnapping were three measures, so the dispute over how many seized him went unread."""
    assert measure_of(FigureStandIn(counted, value=3)) == "other:perpetrator"
