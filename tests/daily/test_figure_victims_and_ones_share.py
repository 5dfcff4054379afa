"""A fraud's victims are one count in every language, however each report names them
("victimes", "slachtoffers", "gedupeerden", "Opfer", "víctimas", "lesados"), so sources that
disagree on it are flagged; and a sum told as one victim's ("somme versée par une victime")
is a share of the fraud's whole sum, never a rival to it (issue 25, day 104; invented reports)."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.subcounts import one_persons_share, per_person
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
        "von einer Geschädigten gezahlt",
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
        ("EUR", "risarcimenti a vittime"),  # Italian plurals end in -e or -i, not -s
        ("EUR", "fondo per vittime"),  # Italian "per" before a plural is "for"
        ("EUR", "pagados por vecinos"),  # Spanish "por" before a plural is "by"
        ("EUR", "amount lost per victim"),  # each victim's: a rate, no share (per_person)
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


@pytest.mark.parametrize(
    "counted",
    [
        "amount lost per victim",
        "Schaden je Opfer",
        "pagados por cada víctima",
        "perso da ogni vittima",
        "2.000 euros por víctima",
        "1.900 euros par victime",
    ],
)
def test_a_sum_told_as_each_persons_is_a_rate(counted: str) -> None:
    assert per_person("EUR", counted)
    assert not one_persons_share("EUR", counted)


_EN_ARREST = "Police arrested a 41-year-old man in Terneuzen on Sunday who rented out flats in Knokke that did not exist."


def test_two_sources_rates_per_victim_that_disagree_conflict() -> None:
    # Hostile: each victim's sum is no share of the whole, so 2,000 and 3,000 a victim dispute.
    en = _sum(f"{_EN_ARREST} Victims lost 2,000 euros each.", "2,000 euros", 2000, "amount lost per victim")
    de = _sum(f"{_DE_ARREST} Im Schnitt 3.000 Euro je Opfer.", "3.000 Euro", 3000, "Schaden je Opfer")
    assert _conflicts(en, de) == [{"2,000 euros", "3.000 Euro"}]


def test_a_rate_per_victim_does_not_dispute_the_frauds_damage() -> None:
    nl = _sum(_NL_SUM, "zo'n 180.000 euro", 180000, "schade van de nepverhuur", "approximately")
    en = _sum(f"{_EN_ARREST} Victims lost 2,000 euros each.", "2,000 euros", 2000, "amount lost per victim")
    assert _conflicts(nl, en) == []


def test_italian_sums_to_the_victims_are_the_whole_and_dispute_it() -> None:
    it = _sum(
        "La polizia ha arrestato domenica a Terneuzen un uomo di 41 anni. Risarcimenti a vittime per 50.000 euro.",
        "50.000 euro", 50000, "risarcimenti a vittime",
    )  # fmt: skip
    en = _sum(f"{_EN_ARREST} Compensation to victims totals 80,000 euros.", "80,000 euros", 80000,
              "compensation to victims")  # fmt: skip
    assert _conflicts(it, en) == [{"50.000 euro", "80,000 euros"}]


def test_a_disasters_dead_and_its_damnificados_are_two_counts() -> None:
    # Hostile: Spanish "damnificados" lost home or goods to a flood; its "víctimas" died.
    def flood(text: str, figure: dict[str, Any]) -> Briefed:
        return one_incident(
            text, figures=[{"id": "f1", **figure}], type="disaster", place="Alzira", time="martes"
        )

    dead = flood("La riada de Alzira dejó el martes 12 víctimas.", {"text": "12 víctimas", "value": 12,
                                                                     "counted": "víctimas"})  # fmt: skip
    homeless = flood("La riada de Alzira dejó el martes unos 60 damnificados, según el ayuntamiento.",
                     {"text": "unos 60 damnificados", "value": 60, "bound": "approximately",
                      "counted": "damnificados"})  # fmt: skip
    assert _conflicts(dead, homeless) == []
