"""An amount of a substance a report gives only in its text, in litres or tonnes, is its word
on that amount as a count of things is ("23 Fahrzeuge beteiligt, der Betreiber zählt 31"):
beside a report that links the amount as its toll, it can make a dispute (issue 25, day 92:
"cerca de três mil litros" of stolen diesel, linked by a Portuguese report, and "más de 5.000
litros" against "los 3.000 que estima la Guardia Civil" in a Spanish report's text were no
conflict once the reports of the theft were one incident). "litres" is a unit of volume as
"l" is. A length or a time in a report's text (the 15 km between two towns) is no word on
another report's toll. Every report here is invented."""

from __future__ import annotations

from typing import Any

from tests.daily.test_daily import briefed, merged, one_incident

_PT = "Sete dos onze camiões esvaziados durante a noite numa área de serviço de Soutelo perderam {amount}."
_ES = (
    "Ladrones vaciaron esta madrugada los depósitos de once camiones en el área de servicio de Soutelo. "
    "La empresa habla de más de 5.000 litros de gasóleo robado, frente a los 3.000 que estima la Guardia Civil, "
    "a unos quince kilómetros de la frontera."
)


def _figure(figure_id: str, text: str, value: float, unit: str, counted: str, **more: Any) -> dict[str, Any]:
    return {
        "id": figure_id,
        "text": text,
        "value": value,
        "category": "other",
        "unit": unit,
        "counted": counted,
        **more,
    }


def _linked(text: str, value: float, unit: str) -> Any:
    return one_incident(
        _PT.format(amount=text),
        type="other",
        place="área de serviço, Soutelo",
        language="pt",
        figures=[
            _figure("f1", text, value, unit, "gasóleo roubado em Soutelo", bound="approximately"),
            _figure("f2", "onze camiões", 11, "count", "camiões esvaziados em Soutelo"),
        ],
    )


def _in_text(amounts: list[dict[str, Any]]) -> Any:
    return briefed(
        _ES,
        actors=[("a1", "Guardia Civil", "organization"), ("a2", "La empresa", "organization")],
        incidents=[
            {"id": "i1", "type": "other", "place": "área de servicio, Soutelo", "evidence": _ES,
             "casualty_figures": ["f1"]},
        ],
        figures=[_figure("f1", "once camiones", 11, "count", "camiones vaciados en Soutelo"), *amounts],
    )  # fmt: skip


def test_litres_a_report_gives_only_in_its_text_dispute_another_reports_linked_litres() -> None:
    day = merged(
        _linked("cerca de três mil litros", 3000, "litres"),
        _in_text(
            [
                _figure("f2", "más de 5.000 litros", 5000, "litres", "gasóleo robado en Soutelo", bound="more_than",
                        claimed_by="a2"),
                _figure("f3", "los 3.000 que estima la Guardia Civil", 3000, "litres", "gasóleo robado en Soutelo",
                        claimed_by="a1"),
            ]
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1
    (litres,) = [f for f in day.figures if f.unit == "litres"]
    assert len(litres.values) == 3 and litres.conflict, [v.text for v in litres.values]


def test_a_length_in_a_reports_text_disputes_no_linked_length() -> None:
    day = merged(
        _linked("cerca de três quilómetros", 3, "km"),
        _in_text(
            [_figure("f2", "unos quince kilómetros", 15, "km", "gasóleo robado en Soutelo", claimed_by="a1")]
        ),
    )
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures), [
        (f.measure, [v.text for v in f.values]) for f in day.figures
    ]
