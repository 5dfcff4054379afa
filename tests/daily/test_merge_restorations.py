"""A return to normal is an event of its own (issue 25): a road reopened in the evening is
not the tanker rollover that closed it in the morning, though both name one road, one
toll and one cause; a closure said to go on ("ne rouvrira pas") is no return; a report
typed "other" that tells a closure and its end at once stays joinable. Every report here is
invented."""

from __future__ import annotations

import pytest

from summarizer.text.restorations import tells_a_restoration
from tests.daily.test_daily import merged, one_incident

_RESTORED = [
    ("en", "Route 9 reopened to traffic shortly after 6 p.m., after the propane tanker rollover."),
    ("en", "Residents evacuated after the propane tanker rollover were allowed to return home at 6 p.m."),
    ("fr", "La route 9 a été rouverte à la circulation vers 18 h, après le renversement du camion-citerne."),
    ("de", "Gegen 18 Uhr wurde die Route 9 nach dem Unfall des Tanklastwagens wieder freigegeben."),
    ("es", "La ruta 9 fue reabierta al tráfico hacia las 18.00 tras el vuelco del camión cisterna."),
    ("it", "La statale 9 è stata riaperta al traffico verso le 18 dopo il ribaltamento dell'autocisterna."),
    ("pt", "A estrada 9 foi reaberta ao trânsito por volta das 18h, após o capotamento do camião-cisterna."),
]
_GOES_ON = [
    ("fr", "Le tunnel, fermé depuis hier soir après la découverte de fissures, ne rouvrira pas avant mars."),
    ("en", "The tunnel, closed since last night, will not reopen before March."),
    ("es", "El túnel, cerrado desde anoche, no reabrirá antes de marzo."),
    ("de", "Die Brücke wurde nach dem Unfall gesperrt und ist noch nicht wieder freigegeben."),
    ("en", "A propane tanker rolled over on Route 9 in Vessac, closing the road."),
]


@pytest.mark.parametrize(("language", "text"), _RESTORED)
def test_a_return_to_normal_is_told_in_six_languages(language: str, text: str) -> None:
    assert tells_a_restoration(text)


@pytest.mark.parametrize(("language", "text"), _GOES_ON)
def test_a_closure_that_goes_on_is_no_return(language: str, text: str) -> None:
    assert not tells_a_restoration(text)


def _rollover() -> object:
    return one_incident(
        "Forty homes were evacuated in Vessac on Tuesday morning after a tanker truck loaded with propane "
        "rolled over on Route 9.", type="accident", place="Route 9, Vessac", time="Tuesday morning",
        figures=[{"id": "f1", "text": "Forty homes", "value": 40, "counted": "homes", "category": "other"}],
        language="en",
    )  # fmt: skip


_REOPENINGS = [
    ("en", "Route 9 reopened to traffic at 6 p.m. in Vessac, where 40 homes were evacuated after the propane tanker truck rolled over.", "40 homes"),
    ("fr", "La route 9 a été rouverte vers 18 h à Vessac, où 40 maisons avaient été évacuées après le renversement du camion de propane.", "40 maisons"),
    ("es", "La ruta 9 fue reabierta hacia las 18.00 en Vessac, donde 40 casas fueron evacuadas tras el vuelco del camión de propano.", "40 casas"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "figure"), _REOPENINGS)
def test_the_reopening_stays_apart_from_the_crash_that_closed_the_road(
    language: str, text: str, figure: str
) -> None:
    reopening = one_incident(
        text, type="other", place="Route 9, Vessac", time="Tuesday", language=language,
        figures=[{"id": "f1", "text": figure, "value": 40, "counted": figure.split()[1], "category": "other"}],
    )  # fmt: skip
    assert len(merged(_rollover(), reopening).incidents) == 2
