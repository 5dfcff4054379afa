"""Kinds of event that news tells without the war-and-disaster words the engine first read:
an attack on computers, food poisoning, a sports tribunal's ban, a tram off its rails, a
boat that sank, a plant that broke down, a river fouled, an emergency meeting. Each in
English, German, French and Spanish (invented sentences); a word of the same letters that
reports no such event stays untyped."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # Attacks on computers are crimes (reported as "other").
        ("Hackers took down the servers of Dorvask town hall on Friday.", "en", "other"),
        ("A ransomware attack crippled the Talvor district hospital overnight.", "en", "other"),
        ("Nach einem Hackerangriff hat sich das Klinikum Ortheim abgemeldet.", "de", "other"),
        ("Die Server des Rathauses wurden durch einen Angriff lahmgelegt.", "de", "other"),
        ("L'hôpital de Varens a été victime d'une cyberattaque mardi.", "fr", "other"),
        ("El hospital de Tarrel sufrió un ciberataque el martes.", "es", "other"),
        # Food poisoning is an outbreak (reported as "other").
        ("Dozens of pupils fell ill after lunch at a school canteen in Felden.", "en", "other"),
        ("Quarante élèves ont été victimes d'une intoxication alimentaire jeudi.", "fr", "other"),
        ("Neun Bewohner erlitten eine Lebensmittelvergiftung.", "de", "other"),
        ("Treinta alumnos sufrieron una intoxicación alimentaria en Olmeda.", "es", "other"),
        # A sports tribunal's ban is a ruling (reported as "other").
        ("The cyclist was banned for four years on Thursday by the tribunal.", "en", "other"),
        ("Le tribunal a suspendu jeudi pour quatre ans le cycliste.", "fr", "other"),
        ("Der Radprofi wurde für vier Jahre gesperrt.", "de", "other"),
        ("El ciclista fue sancionado con cuatro años por el tribunal.", "es", "other"),
        # Trams off their rails, boats that sank, plants that broke down, rivers fouled.
        ("A tram came off the rails in Corvana during the rush hour.", "en", "accident"),
        ("Der Zug ist bei Felden aus den Schienen gesprungen.", "de", "accident"),
        ("Un tramway est sorti des rails à Varens.", "fr", "accident"),
        ("Un catamarán ha volcado frente a la costa de Tarrel.", "es", "accident"),
        ("Dos pescadores fueron rescatados tras hundirse su barco frente a Olmeda.", "es", "accident"),
        ("Ein Fischkutter ist vor Dunmore gesunken.", "de", "accident"),
        ("Le chalutier a coulé au large de Clavay.", "fr", "accident"),
        ("The desalination plant at Corvana broke down on Monday.", "en", "accident"),
        ("La avería en la desaladora dejó sin agua a la ciudad.", "es", "accident"),
        ("Une panne dans la station d'épuration a pollué le fleuve.", "fr", "accident"),
        ("A paper mill released caustic wastewater into the river overnight.", "en", "accident"),
        ("Die Fabrik hatte ätzende Abwässer in den Fluss geleitet.", "de", "accident"),
        ("Two miners were killed by a roof fall at the Dunmore mine.", "en", "accident"),
        # An emergency meeting is talks.
        ("Officials met in an emergency session in Varens on Thursday.", "en", "talks_diplomacy"),
        ("Die Kommission kommt am Nachmittag zu einer Krisensitzung zusammen.", "de", "talks_diplomacy"),
        ("Réunie en urgence jeudi, la commission a demandé une enquête.", "fr", "talks_diplomacy"),
        ("Los gobiernos celebraron una reunión de urgencia en Olmeda.", "es", "talks_diplomacy"),
        # Rationing and orders are decisions; a prefect's "arrêté" is an order, not an arrest.
        ("Taps ran dry in Corvana as rolling water cuts began at two o'clock.", "en", "political_decision"),
        ("El Cabildo ha decretado cortes de agua programados en Tarrel.", "es", "political_decision"),
        ("Le préfet a signé jeudi un arrêté suspendant tout rejet de l'usine.", "fr", "political_decision"),
        ("Das Landratsamt erließ ein Angel- und Badeverbot für den Fluss.", "de", "political_decision"),
        # A press conference is a statement of its own.
        (
            "At a press conference this afternoon, the director said 38 patients were moved.",
            "en",
            "statement",
        ),
        ("Für 14 Uhr hat das Spital eine Medienkonferenz in Felden einberufen.", "de", "statement"),
        ("La directrice s'exprimera devant la presse à 14 heures.", "fr", "statement"),
        ("El alcalde ofreció una rueda de prensa en Olmeda.", "es", "statement"),
    ],
)
def test_an_event_told_by_its_own_words_is_typed(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # Look-alikes that report no such event.
        ("The minister cleared her diary for the afternoon.", "en"),
        ("Die Kinder erkundeten den Hafen.", "de"),
        ("Le ballon a coulé vers le but.", "fr"),
        ("El precio del barco sigue alto.", "es"),
    ],
)
def test_look_alike_words_report_no_such_event(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Anglers from both banks protested against the pollution on Thursday evening.", "en", "protest"),
        ("Am Abend haben Angler gegen die Verschmutzung des Flusses protestiert.", "de", "protest"),
        ("Des pêcheurs ont manifesté contre la pollution du fleuve.", "fr", "protest"),
        ("Cientos de vecinos se concentraron contra el vertido.", "es", "protest"),
    ],
)
def test_what_a_crowd_stands_against_is_not_the_event(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


def test_a_fouled_river_told_on_its_own_is_still_the_event() -> None:
    assert incident_type("Die Verschmutzung des Rheins tötete Tausende Fische.", "de") == "accident"


def test_a_hacker_attack_and_a_hurt_toll_keep_the_attack_as_the_event() -> None:
    """The harm of the sentence is the attack's, as harm in a robbery is the robbery's."""
    assert incident_type("Two staff were injured when hackers locked the hospital's systems.") == "other"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_new_cues_read_hostile_text_in_bounded_time(lang: str) -> None:
    hostile = [
        "boot " + "a" * 50_000 + " gesunken",
        "abwässer " + "x " * 20_000 + "geleitet",
        "plant " + "y " * 20_000 + "broke down",
        "suspendu " + "z " * 20_000 + "pour ans",
        "barco" + " ñ" * 20_000 + " hundió",
    ]
    for text in hostile:
        started = time.thread_time()
        incident_type(text, lang)
        assert time.thread_time() - started < 2.0
