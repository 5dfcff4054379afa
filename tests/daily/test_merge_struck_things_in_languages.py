"""What an event struck or was about, in the eight languages the merge reads: an ATM blown
up ("caixer", "distributeur", "cajero", "Geldautomat", "bancomat", "multibanco",
"geldautomaat"), tobacco smuggled by the carton, a balcony fallen from, as one word each
(``text.concepts``); a charge set off as an explosion's kind in every language
(``lexicons.event_kinds``). Two ATMs blown up in two towns stay two events; a pirate taxi
is no cyberattack. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.kinds import event_kind
from summarizer.daily.merge import report_words
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("Thieves blew up the ATM of a bank branch; 1,200 cartons of cigarettes seized.", {"bank", "carton", "tobacco"}),
        ("Unbekannte sprengten den Geldautomaten; Zoll fand Zigaretten.", {"bank", "tobacco"}),
        ("Le distributeur a été détruit ; des cigarettes saisies.", {"bank", "tobacco"}),
        ("Reventaron el cajero; 1.250 cartones de tabaco intervenidos.", {"bank", "carton", "tobacco"}),
        ("Hanno fatto saltare il bancomat; sequestrate 300 stecche di sigarette.", {"bank", "carton", "tobacco"}),
        ("Rebentaram o multibanco; apreendidos cigarros.", {"bank", "tobacco"}),
        ("Dieven bliezen de geldautomaat op; 40 sloffen sigaretten in beslag genomen.", {"bank", "carton", "tobacco"}),
        # Catalan "tabac" is French's tobacconist's ("bureau de tabac") and beating ("passé à
        # tabac"): no concept; the carton still tells the goods.
        ("Van fer esclatar el caixer; 1.500 cartrons de tabac.", {"bank", "carton"}),
        ("Van fer esclatar el caixer; 1.500 cartrons de cigarretes.", {"bank", "carton", "tobacco"}),
    ],
)  # fmt: skip
def test_an_atm_and_smuggled_tobacco_are_one_word_in_every_language(text: str, concepts: set[str]) -> None:
    assert concepts <= report_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "A tourist fell from a balcony.",
        "Un turista cadde dal balcone.",
        "Um turista caiu da varanda.",
        "Een toerist viel van een balkon.",
        "Un turista va caure del balcó.",
    ],
)
def test_a_balcony_is_one_word_in_every_language(text: str) -> None:
    assert "balcony" in report_words(text)


@pytest.mark.parametrize(
    "text",
    ["Police checked pirate taxis at the airport.", "Control de taxis pirata en el aeropuerto.",
     "Contrôle des taxis pirates à l'aéroport.", "Control de taxis pirates a l'aeroport."],
)  # fmt: skip
def test_a_pirate_taxi_is_no_cyberattack(text: str) -> None:
    assert "cyberattack" not in report_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le distributeur a été détruit à l'explosif cette nuit.",
        "Un grup d'encaputxats va fer esclatar el caixer aquesta matinada.",
        "Unos encapuchados hicieron estallar el cajero.",
        "Una banda ha fatto esplodere il bancomat.",
        "Uma explosão destruiu o multibanco.",
        "O multibanco explodiu de madrugada.",
    ],
)
def test_a_charge_set_off_is_an_explosion_in_every_language(text: str) -> None:
    assert event_kind(text) == "fire"


@pytest.mark.parametrize(
    "text",
    ["Va esclatar la protesta dels pagesos.", "Estalló la polémica en el pleno.", "Il espose le tableau."],
)
def test_a_protest_breaking_out_is_no_explosion(text: str) -> None:
    assert event_kind(text) is None


def test_one_atm_blown_up_told_in_catalan_french_and_spanish_is_one_event() -> None:
    """Typed "other", of one small town and night: the ATM is all the three share besides."""
    day = merged(
        one_incident("Un grup d'encaputxats va fer esclatar aquesta nit el caixer de Vilaret.",
                     type="other", place="Vilaret", time="aquesta nit", language="ca"),
        one_incident("Le distributeur de Vilaret a été détruit à l'explosif cette nuit.",
                     type="other", place="Vilaret", time="cette nuit", language="fr"),
        one_incident("Unos encapuchados reventaron esta madrugada con explosivos el cajero de Vilaret.",
                     type="other", place="Vilaret", time="esta madrugada", language="es"),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_two_atms_blown_up_in_two_towns_the_same_night_stay_apart() -> None:
    day = merged(
        one_incident("Un grup d'encaputxats va fer esclatar aquesta nit el caixer de Vilaret.",
                     type="other", place="Vilaret", time="aquesta nit", language="ca"),
        one_incident("Le distributeur de Montbrun a été détruit à l'explosif cette nuit.",
                     type="other", place="Montbrun", time="cette nuit", language="fr"),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_an_atm_blown_up_and_a_shop_robbed_in_one_town_stay_apart() -> None:
    day = merged(
        one_incident("Un grup d'encaputxats va fer esclatar aquesta nit el caixer de Vilaret.",
                     type="other", place="Vilaret", time="aquesta nit", language="ca"),
        one_incident("Des cambrioleurs ont vidé la bijouterie de Vilaret cette nuit.",
                     type="other", place="Vilaret", time="cette nuit", language="fr"),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_a_tobacconists_robbery_and_a_tobacco_seizure_in_one_town_stay_apart() -> None:
    """French "tabac" is the shop ("bureau de tabac", "tabac-presse") far more often than the
    goods in a day's crime news: a tobacconist's hold-up is no carton seizure."""
    day = merged(
        one_incident("Le bureau de tabac du Perthus a été braqué cette nuit par deux hommes armés.",
                     type="other", place="Le Perthus", time="cette nuit", language="fr"),
        one_incident("La Guardia Civil se incautó esta noche de 1.250 cartones de tabaco en un coche en Le Perthus.",
                     type="other", place="Le Perthus", time="esta noche", language="es"),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_a_vending_machine_is_no_atm() -> None:
    """French "distributeur" is an ATM alone, a vending machine of drinks: a machine
    vandalised at the station and an ATM blown up in town the same night are two events."""
    day = merged(
        one_incident("Un distributeur de boissons a été vandalisé cette nuit à la gare de Vilaret.",
                     type="other", place="Vilaret", time="cette nuit", language="fr"),
        one_incident("Unos ladrones reventaron esta noche un cajero automático en Vilaret.",
                     type="other", place="Vilaret", time="esta noche", language="es"),
    )  # fmt: skip
    assert len(day.incidents) == 2
    assert "bank" in report_words("Le distributeur a sauté cette nuit.")
