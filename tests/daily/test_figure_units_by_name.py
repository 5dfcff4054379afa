"""One mass, length or time given in units spelled by name ("quintals", "tonnes", "kilos",
"inches", "min") is compared with the same quantity in another unit once both are in one
unit (``figure_units``): 80 quintals of stolen apples are eight tonnes (invented reports)."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.daily.figure_units import rescaled, unit_scale
from summarizer.daily.merge import Briefed
from summarizer.models.daily_v2 import DailyBriefing, DailyFigure
from tests.daily.test_daily import merged, one_incident


def _report(text: str, *figures: dict[str, Any]) -> Briefed:
    numbered = [{"id": f"f{n}", "category": "other", **f} for n, f in enumerate(figures, start=1)]
    return one_incident(text, figures=numbered, type="other", place="Tarrel", time="Tuesday")


def _masses(day: DailyBriefing) -> list[DailyFigure]:
    return [f for f in day.figures if (scale := unit_scale(f.unit)) is not None and scale[0] == "kg"]


_IT = "Furto nella notte di martedì in un magazzino di Tarrel: spariti circa 80 quintali di mele."
_DE = "In Tarrel haben Diebe in der Nacht auf Dienstag rund acht Tonnen Äpfel aus einem Lager gestohlen."
_ES = "Robo en un almacén de Tarrel la noche del martes: se llevaron unos 50 quintales de manzanas."
_PT = "Ladrões levaram na terça-feira cinco toneladas de maçãs de um armazém em Tarrel."


@pytest.mark.parametrize(
    ("unit", "base", "factor"),
    [
        ("quintals", "kg", 100.0),
        ("q", "kg", 100.0),
        ("tonnes", "kg", 1000.0),
        ("tons", "kg", 1000.0),
        ("kilos", "kg", 1.0),
        ("lb", "kg", 0.45359237),
        ("inches", "m", 0.0254),
        ("metres", "m", 1.0),
        ("min", "days", 1 / 1440),
        ("h", "days", 1 / 24),
    ],
)
def test_units_spelled_by_name_or_symbol_have_their_scale(unit: str, base: str, factor: float) -> None:
    scale = unit_scale(unit)
    assert scale is not None
    assert scale[0] == base and scale[1] == pytest.approx(factor)


def test_quintals_are_a_tenth_of_a_tonne_and_no_count() -> None:
    assert rescaled(80, "quintals", "tonnes") == pytest.approx(8)
    assert rescaled(5, "t", "quintals") == pytest.approx(50)
    assert rescaled(80, "quintals", "count") == 80  # a count of crates is no mass


def test_one_haul_in_quintals_and_in_tonnes_agrees() -> None:
    # "circa 80 quintali" and "rund acht Tonnen": one mass, compatible bounds.
    day = merged(
        _report(_IT, {"text": "circa 80 quintali", "value": 80, "bound": "approximately", "unit": "quintals",
                      "counted": "mele rubate a Tarrel"}),
        _report(_DE, {"text": "rund acht Tonnen", "value": 8, "bound": "approximately", "unit": "tonnes",
                      "counted": "gestohlene Äpfel bei Tarrel"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (apples,) = _masses(day)
    assert len(apples.values) == 2 and not apples.conflict
    assert [v.value for v in apples.values] == pytest.approx([80, 80])


def test_a_haul_disputed_across_units_and_languages_is_flagged() -> None:
    # 80 quintals are 8 t, not the five tonnes another outlet gives.
    day = merged(
        _report(_IT, {"text": "circa 80 quintali", "value": 80, "bound": "approximately", "unit": "quintals",
                      "counted": "mele rubate a Tarrel"}),
        _report(_PT, {"text": "cinco toneladas", "value": 5, "unit": "tonnes", "counted": "maçãs roubadas"}),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (apples,) = _masses(day)
    assert len(apples.values) == 2 and apples.conflict


def test_fifty_quintals_and_five_tonnes_are_one_amount() -> None:
    day = merged(
        _report(_ES, {"text": "unos 50 quintales", "value": 50, "bound": "approximately", "unit": "quintals",
                      "counted": "manzanas robadas"}),
        _report(_PT, {"text": "cinco toneladas", "value": 5, "unit": "tonnes", "counted": "maçãs roubadas"}),
    )  # fmt: skip
    (apples,) = _masses(day)
    assert len(apples.values) == 2 and not apples.conflict


def test_a_mass_and_a_count_of_crates_stay_apart() -> None:
    # Twenty crates are no dispute of 80 quintals: a count has no mass to compare.
    it = _IT + " Rubate anche una ventina di casse."
    day = merged(
        _report(it, {"text": "circa 80 quintali", "value": 80, "bound": "approximately", "unit": "quintals",
                     "counted": "mele rubate a Tarrel"},
                {"text": "una ventina di casse", "value": 20, "bound": "approximately", "unit": "count",
                 "counted": "casse rubate"}),
        _report(_DE, {"text": "rund acht Tonnen", "value": 8, "bound": "approximately", "unit": "tonnes",
                      "counted": "gestohlene Äpfel bei Tarrel"}),
    )  # fmt: skip
    (apples,) = _masses(day)
    assert len(apples.values) == 2 and not apples.conflict
    assert not any(f.conflict for f in day.figures)


def test_a_haul_and_a_lorrys_weight_of_one_theft_stay_apart() -> None:
    # Two masses of one theft, far apart and counted by two heads: the apples taken and
    # the lorry they were taken in are two quantities, neither disputing the other.
    de = _DE + " Die Täter fuhren einen 40 Tonnen schweren Lastwagen."
    day = merged(
        _report(_IT, {"text": "circa 80 quintali", "value": 80, "bound": "approximately", "unit": "quintals",
                      "counted": "mele rubate"}),
        _report(de, {"text": "40 Tonnen", "value": 40, "unit": "tonnes", "counted": "Gewicht des Lastwagens"}),
    )  # fmt: skip
    assert len(_masses(day)) == 2
    assert not any(f.conflict for f in day.figures)
