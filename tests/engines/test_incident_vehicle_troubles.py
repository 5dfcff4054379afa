"""Road vehicles that broke down or were broken into, which the engine read as no event
(issue 25, a day of cars stranded by water in a station's fuel and of hire cars rifled at a
headland car park): in the eight languages the merge reads (invented sentences). Their
look-alikes report neither: talks that broke down, a market "en panne", car sales that
stalled, figures "broken down by type", a song "broken into" the charts, and a break-in
only warned of."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_kind, incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Five cars have broken down after filling up at a station on Mill Road.", "en"),
        ("Reports of cars spluttering to a halt along the ring road in Hexley.", "en"),
        ("In Lenzheim sind am Morgen 20 Autos liegen geblieben, nachdem sie getankt hatten.", "de"),
        ("Une trentaine de voitures sont tombées en panne après un plein à Bresson.", "fr"),
        ("Una docena de coches se averiaron tras repostar en una gasolinera de Alcorva.", "es"),
        ("Sono 30 i veicoli rimasti in panne dopo il rifornimento a Cavedine.", "it"),
        ("Vinte carros avariaram depois de abastecer no posto de Alvorge.", "pt"),
        ("Twintig auto's kregen pech na het tanken bij een pompstation in Drunen.", "nl"),
        ("Una vintena de cotxes es van avariar després de repostar a Vilamar.", "ca"),
    ],
)
def test_vehicles_that_broke_down_are_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Eleven hire cars were broken into at the clifftop car park in Porth Mor.", "en"),
        ("In Lenzheim wurden in der Nacht sechs Autos aufgebrochen.", "de"),
        ("Onze voitures de location ont été fracturées sur le parking du cap à Bresson.", "fr"),
        ("Catorce vehículos forzados en el aparcamiento de la playa de Alcorva.", "es"),
        ("Dieci auto scassinate nel parcheggio del lungolago di Cavedine.", "it"),
        ("Alerta de assaltos a carros no parque de estacionamento da praia de Alvorge.", "pt"),
        ("In Drunen zijn vannacht zes auto's opengebroken.", "nl"),
        ("Sis cotxes forçats a l'aparcament de la platja de Vilamar.", "ca"),
    ],
)
def test_vehicles_broken_into_are_a_crime_reported_as_other(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "other"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Car sales stalled and car production came to a halt last year.", "en"),
        ("Vehicles broken down by type are listed in the annex.", "en"),
        ("The song has broken into the top ten.", "en"),
        ("To prevent car break-ins, police urge drivers to leave nothing on the seats.", "en"),
        ("Le marché automobile est en panne depuis deux ans.", "fr"),
        ("Die Autoindustrie steckt in einer Krise.", "de"),
        ("La industria del automóvil sigue parada.", "es"),
    ],
)
def test_their_look_alikes_report_no_vehicle_trouble(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) not in ("accident", "other")


def test_talks_with_drivers_that_broke_down_are_talks() -> None:
    # The drivers' trade is no vehicle: what broke down is the talks.
    assert incident_type("Talks with taxi drivers broke down on Friday.", "en") == "talks_diplomacy"


def test_a_hostile_run_of_vehicles_is_read_quickly() -> None:
    hostile = "cars " * 3000 + "broke"
    start = time.thread_time()
    incident_type(hostile, "en")
    incident_type("auto's " * 3000 + "pech", "nl")
    assert time.thread_time() - start < 2.0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # People break down in tears; a vehicle named as theirs did not break down.
        ("The driver of the car broke down in tears as the verdict was read.", "en"),
        ("The woman whose car was hit broke down on the stand.", "en"),
        # Vehicles stopped by a strike.
        ("Los taxis se quedaron parados en Olmeda por la huelga del sector.", "es"),
        ("Gli autobus si sono fermati per lo sciopero dei trasporti a Tarvisio.", "it"),
        ("De bussen bleven staan door de staking in Utrecht.", "nl"),
        # Tourism, the car trade and a plant's machines.
        ("El turismo se quedó parado en Olmeda por la crisis.", "es"),
        ("Le marché automobile reste en panne dans la région.", "fr"),
        ("Le macchine dello stabilimento si sono fermate per un guasto a Tarvisio.", "it"),
    ],
)
def test_what_stopped_or_broke_down_but_no_vehicle_failing_is_no_breakdown(sentence: str, lang: str) -> None:
    assert incident_kind(sentence, lang) != "breakdown"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les véhicules ont été forcés de faire demi-tour à l'entrée de Bresson.", "fr"),
        ("Los agentes forzaron a los coches a dar la vuelta en la entrada de Alcorva.", "es"),
        ("Le auto sono state forzate a deviare sulla provinciale di Cavedine.", "it"),
        ("Os carros foram forçados a parar pela GNR à entrada de Alvorge.", "pt"),
        ("Els cotxes es van veure forçats a tornar enrere a l'entrada de Vilamar.", "ca"),
    ],
)
def test_vehicles_forced_to_turn_back_were_not_broken_into(sentence: str, lang: str) -> None:
    assert incident_kind(sentence, lang) != "break_in"
