"""A count told by a collective numeral ("une vingtaine de foyers", "una veintena", "ein
Dutzend") is rounder than "about 20": it may be the 25 another source counts (issue 25: the
gendarmes' "une vingtaine de foyers démarchés" and the mayor's "au moins 25 foyers" of one
doorstep fraud were flagged as a dispute). Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.figure_units import collective_numeral
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "text",
    ["Une vingtaine de foyers", "une quarantaine de pompiers", "una veintena de casas", "un centenar de vecinos",
     "una ventina di famiglie", "uma dezena de casas", "ein Dutzend Häuser", "a dozen homes", "dozens of homes"],
)  # fmt: skip
def test_collective_numerals_are_read_in_six_languages(text: str) -> None:
    assert collective_numeral(text)


@pytest.mark.parametrize(
    "text",
    ["un millier de manifestants", "un millar de vecinos", "un migliaio di persone", "um milhar de pessoas"],
)
def test_a_thousand_told_as_a_collective_is_one(text: str) -> None:
    """Review 2: "une centaine" was read as a collective numeral and "un millier" was not."""
    assert collective_numeral(text)


@pytest.mark.parametrize(
    "text",
    ["about 20 homes", "environ 20 foyers", "une semaine", "la fontaine", "quarantine", "cuarentena", "20"],
)
def test_other_words_are_no_collective_numerals(text: str) -> None:
    assert not collective_numeral(text)


def _fraud(text: str, said: str, value: float, bound: str) -> Briefed:
    figure = {"id": "f1", "text": said, "value": value, "bound": bound, "counted": "foyers démarchés",
              "category": "other", "unit": "count"}  # fmt: skip
    return one_incident(text, figures=[figure], type="arrest", place="Saint-Florin", time="mardi",
                        location="Saint-Florin", language="fr")  # fmt: skip


_GENDARMES = "Deux faux collecteurs interpellés mardi à Saint-Florin: {said} ont été démarchés."
_MAYOR = "Faux collecteurs interpellés mardi à Saint-Florin: le maire parle d'{said} démarchés."


def _conflict(said_a: str, value_a: float, bound_a: str, said_b: str, value_b: float, bound_b: str) -> bool:
    day = merged(
        _fraud(_GENDARMES.format(said=said_a), said_a, value_a, bound_a),
        _fraud(_MAYOR.format(said=said_b), said_b, value_b, bound_b),
    )
    assert len(day.incidents) == 1
    (group,) = [f for f in day.figures if len(f.values) == 2]
    return group.conflict


def test_a_score_of_homes_and_at_least_25_are_no_dispute() -> None:
    assert not _conflict("une vingtaine de foyers", 20, "approximately", "au moins 25 foyers", 25, "at_least")


def test_about_20_and_at_least_25_are_still_a_dispute() -> None:
    assert _conflict("environ 20 foyers", 20, "approximately", "au moins 25 foyers", 25, "at_least")


def test_a_score_and_at_least_30_are_still_a_dispute() -> None:
    assert _conflict("une vingtaine de foyers", 20, "approximately", "au moins 30 foyers", 30, "at_least")
