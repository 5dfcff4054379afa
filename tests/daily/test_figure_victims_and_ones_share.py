"""A fraud's victims are one count in every language, however each report names them
("victimes", "slachtoffers", "gedupeerden", "Opfer", "víctimas", "lesados"), so sources that
disagree on it are flagged; and a sum told as one victim's ("somme versée par une victime")
is a share of the fraud's whole sum, never a rival to it (issue 25, day 104; invented reports)."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.subcounts import one_persons_share
from tests.daily.test_daily import count_measure, merged, one_incident


@pytest.mark.parametrize(
    "counted",
    [
        "victimes de l'arnaque aux locations",
        "slachtoffers van de nepverhuur",
        "gedupeerden",
        "Opfer",
        "Geschädigte",
        "víctimas del fraude",
        "perjudicados por la estafa",
        "vittime della truffa",
        "lesados pela burla",
        "victims of the rental scam",
    ],
)
def test_victims_are_one_measure_in_every_language(counted: str) -> None:
    assert count_measure("140", counted) == "other:victim"


def test_what_belongs_to_the_victims_is_no_count_of_victims() -> None:
    # Hostile: the victims' homes or flats are things, counted as such.
    assert count_measure("12", "victims' homes") == "other:home"
    assert count_measure("12", "appartements des victimes") != "other:victim"


def _fraud(text: str, *figures: dict[str, Any]) -> Briefed:
    numbered = [{"id": f"f{n}", **f} for n, f in enumerate(figures, start=1)]
    return one_incident(
        text, evidence=text.split(". ")[0], figures=numbered, type="arrest", place="Terneuzen", time="zondag"
    )


def _conflicts(*reports: Briefed) -> list[set[str]]:
    return [{v.text for v in f.values} for f in merged(*reports).figures if f.conflict]


_NL_ARREST = (
    "De politie heeft zondag in Terneuzen een 41-jarige man aangehouden die appartementen in Knokke"
    " verhuurde die niet bestonden."
)
_FR_ARREST = (
    "La police a arrêté dimanche à Terneuzen un homme de 41 ans qui louait des appartements fictifs à Knokke."
)
_DE_ARREST = (
    "Die Polizei hat am Sonntag in Terneuzen einen 41-jährigen Mann festgenommen, der in Knokke"
    " Ferienwohnungen vermietete, die es nicht gab."
)
_NL = f"{_NL_ARREST} Volgens het OM zijn er ruim 200 gedupeerden."
_FR = f"{_FR_ARREST} Selon la police, 140 victimes ont porté plainte."
_DE = f"{_DE_ARREST} Es gibt mindestens 100 Opfer."


def test_two_languages_counts_of_one_frauds_victims_conflict() -> None:
    nl = _fraud(_NL, {"text": "ruim 200 gedupeerden", "value": 200, "bound": "more_than",
                      "counted": "slachtoffers van de nepverhuur"})  # fmt: skip
    fr = _fraud(_FR, {"text": "140 victimes", "value": 140, "counted": "victimes de l'arnaque"})
    assert _conflicts(nl, fr) == [{"ruim 200 gedupeerden", "140 victimes"}]


def test_a_lower_bound_of_the_victims_agrees_with_a_count_above_it() -> None:
    # Hostile: "at least 100" and 140 fit one true count.
    de = _fraud(_DE, {"text": "mindestens 100 Opfer", "value": 100, "bound": "at_least",
                      "counted": "Opfer"})  # fmt: skip
    fr = _fraud(_FR, {"text": "140 victimes", "value": 140, "counted": "victimes de l'arnaque"})
    assert _conflicts(de, fr) == []


@pytest.mark.parametrize(
    "counted",
    [
        "somme versée par une victime",
        "paid by one resident",
        "amount lost per victim",
        "von einer Geschädigten gezahlt",
        "pagados por cada víctima",
        "pagati da una vittima",
        "betaald door een gedupeerde",
        "pago por um lesado",
    ],
)
def test_a_sum_told_as_one_persons_is_a_share(counted: str) -> None:
    assert one_persons_share("EUR", counted)


@pytest.mark.parametrize(
    ("unit", "counted"),
    [
        ("EUR", "paid by the victims"),  # the victims' whole
        ("EUR", "schade van de nepverhuur"),
        ("EUR", "indemnizaciones a víctimas"),  # Romance "a" is "to": the whole again
        ("EUR", None),
        ("count", "tables seized from one restaurant"),  # no sum of money
    ],
)
def test_a_sum_of_the_whole_is_no_share(unit: str, counted: str | None) -> None:
    assert not one_persons_share(unit, counted)


_NL_SUM = f"{_NL_ARREST} Samen goed voor zo'n 180.000 euro."
_FR_SUM = f"{_FR_ARREST} Une Gantoise avait versé 1.900 euros."


def _sum(text: str, figure: str, value: float, counted: str, bound: str = "exact") -> Briefed:
    return _fraud(text, {"text": figure, "value": value, "unit": "EUR", "bound": bound,
                         "category": "damage_cost", "counted": counted})  # fmt: skip


def test_one_victims_payment_does_not_dispute_the_frauds_damage() -> None:
    nl = _sum(_NL_SUM, "zo'n 180.000 euro", 180000, "schade van de nepverhuur", "approximately")
    fr = _sum(_FR_SUM, "1.900 euros", 1900, "somme versée par une victime")
    assert _conflicts(nl, fr) == []


def test_two_whole_sums_of_one_fraud_still_conflict() -> None:
    # Hostile: the same figure told as what the victims paid is the whole, and disputes it.
    nl = _sum(_NL_SUM, "zo'n 180.000 euro", 180000, "schade van de nepverhuur", "approximately")
    fr = _sum(_FR_SUM, "1.900 euros", 1900, "somme versée par les victimes")
    assert _conflicts(nl, fr) == [{"zo'n 180.000 euro", "1.900 euros"}]
