"""Mishaps and crimes news tells in words the engine did not read: an aircraft in trouble,
a machine that stopped with people aboard, the ground or a landfill that gave way, water
let out of a dam, a power cut, a hostage-taking, a theft, an outbreak named by its illness,
a decision the authorities are to take. Each in English, German, French and Spanish
(invented sentences); words of the same letters that report no such event stay apart."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # An aircraft in trouble is an accident.
        ("A turboprop made an emergency landing at Varnholm airfield on Monday.", "en", "accident"),
        ("The jet turned back to Carrow after a bird strike.", "en", "accident"),
        (
            "The ATR 72, carrying 60 passengers, diverted to Varnholm, where all were evacuated.",
            "en",
            "accident",
        ),
        ("Ein Airbus ist am Morgen auf dem Flughafen Kelburg notgelandet.", "de", "accident"),
        ("Nach der Notlandung wurden sechs Menschen leicht verletzt.", "de", "accident"),
        ("L'avion a dû effectuer un atterrissage d'urgence à Varens.", "fr", "accident"),
        ("El avión realizó un aterrizaje de emergencia en Tarrel.", "es", "accident"),
        # A machine that stopped with people aboard is an accident.
        ("Forty skiers were stuck for two hours when a gondola at Brenna broke down.", "en", "accident"),
        ("Die Seilbahn auf den Kalmberg steht seit Mittag still.", "de", "accident"),
        ("Le téléphérique de Clavay est en panne depuis midi.", "fr", "accident"),
        ("La cabine s'est immobilisée à 11 heures au-dessus du vide.", "fr", "accident"),
        ("El teleférico de Olmeda se detuvo con 30 pasajeros a bordo.", "es", "accident"),
        # The ground that gave way, and water let out of a dam, are disasters.
        ("A sinkhole swallowed two cars in Dunmore's old town.", "en", "disaster"),
        ("A huge mass of rubbish gave way at the Corvana landfill.", "en", "disaster"),
        ("In Felden ist ein Teil der Mülldeponie abgerutscht.", "de", "disaster"),
        ("Oberhalb von Felden ist am Dienstag ein ganzer Hang abgerutscht.", "de", "disaster"),
        ("Le train Lyon-Grenoble est tombé en panne mardi près de Voiron.", "fr", "accident"),
        ("Une partie de la chaussée s'est effondrée rue des Lilas à Varens.", "fr", "disaster"),
        (
            "La chaussée de la rue des Lilas, dans le quartier des Tilleuls, s'est effondrée mardi.",
            "fr",
            "disaster",
        ),
        ("Un deslizamiento de basura en el vertedero de Tarrel cortó la carretera.", "es", "disaster"),
        ("El talud del vertedero cedió a primera hora.", "es", "disaster"),
        ("A gaping hole opened in a street in Dunmore, swallowing three cars.", "en", "disaster"),
        ("Un trou d'un mètre s'est ouvert sur le trottoir de la rue des Lilas.", "fr", "disaster"),
        ("In der Altstadt hat sich ein Loch von zwei Metern aufgetan.", "de", "disaster"),
        ("Un socavón se abrió en la calle Mayor de Tarrel.", "es", "disaster"),
        ("Campers were trapped when water released from the Ardel dam flooded the site.", "en", "disaster"),
        ("Nach der Spülung des Kalmsee-Stausees stieg der Fluss um einen Meter.", "de", "disaster"),
        ("La purge du barrage de Clavay a inondé le camping.", "fr", "disaster"),
        # A building that fell is an accident, whichever verb tells it.
        ("L'immeuble de six étages s'est écroulé dans la nuit.", "fr", "accident"),
        ("Dos vecinos murieron al derrumbarse de madrugada un bloque de viviendas.", "es", "accident"),
        # A power cut with nothing else reported is "other".
        ("Electricity was restored to 9,000 homes in Corvana after a two-hour outage.", "en", "other"),
        ("In der Innenstadt von Felden ist seit dem Morgen der Strom ausgefallen.", "de", "other"),
        ("Une panne de courant a privé 3 000 foyers de Varens d'électricité.", "fr", "other"),
        # Hostages and thefts are crimes (reported as "other").
        ("A man held three people hostage in a bank in Dunmore for four hours.", "en", "other"),
        ("Die Geiselnahme in der Sparkasse von Felden dauerte bis zum Abend.", "de", "other"),
        ("La prise d'otages se poursuit dans la mairie de Varens.", "fr", "other"),
        ("El atrincherado mantiene a dos rehenes en una sucursal de Tarrel.", "es", "other"),
        ("Masked men stole watches worth 500,000 euros from a shop in Corvana.", "en", "other"),
        ("Die Täter erbeuteten Schmuck im Wert von 300.000 Euro.", "de", "other"),
        ("Les malfaiteurs ont dérobé des montres de luxe à Clavay.", "fr", "other"),
        ("Los ladrones huyeron en moto con el botín.", "es", "other"),
        # An outbreak named by its illness (reported as "other").
        ("The ship reported 14 cases of gastroenteritis on Tuesday.", "en", "other"),
        ("Wegen eines Norovirus-Ausbruchs liegt das Schiff im Hafen von Kelburg.", "de", "other"),
        ("Rund 200 Passagiere sind erkrankt.", "de", "other"),
        ("Le navire a signalé 30 cas de gastro-entérite.", "fr", "other"),
        ("El crucero notificó once casos de gastroenteritis.", "es", "other"),
        # A decision the authorities are to take, or took.
        (
            "Die Behörden wollen am Nachmittag entscheiden, ob die Passagiere von Bord dürfen.",
            "de",
            "political_decision",
        ),
        ("Le conseil se réunira pour décider de la fermeture de la rue.", "fr", "political_decision"),
        ("Sanidad autorizó el desembarco de los pasajeros sanos.", "es", "political_decision"),
        # An order that stops what did harm.
        ("French authorities have ordered the mill to halt all discharges.", "en", "political_decision"),
        ("Die Behörden haben die Einleitungen inzwischen gestoppt.", "de", "political_decision"),
        ("Le préfet a ordonné l'arrêt des rejets de l'usine.", "fr", "political_decision"),
        ("La Junta ordenó el cierre de la planta de Tarrel.", "es", "political_decision"),
        # A plant that broke down, told in a clause of its own; a breakdown by its noun.
        (
            "The desalination plant at Corvana, which broke down on Monday, is running again.",
            "en",
            "accident",
        ),
        ("La medida llega tras la avería que dejó sin servicio la desaladora.", "es", "accident"),
    ],
)
def test_a_mishap_or_crime_is_typed(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # Talks that broke down are no machine's breakdown, nor a stolen glance a theft.
        ("Talks on the budget broke down late on Monday.", "en"),
        ("Funds were diverted to the new hospital wing.", "en"),
        ("The old coast road gave way to a motorway in 1990.", "en"),
        ("Der Mannschaftsbus hielt kurz am Rathaus.", "de"),
        ("Le maire a rendu visite aux sinistrés du quartier.", "fr"),
        # A party in the polls and a share price slip ("abgerutscht") as a landfill does.
        ("Die Partei ist in den Umfragen in Bayern auf zwölf Prozent abgerutscht.", "de"),
        ("Die Aktie des Konzerns ist am Montag um zehn Prozent abgerutscht.", "de"),
        # A website "en panne" is no vehicle's breakdown.
        ("Le site internet de la mairie est en panne depuis lundi.", "fr"),
    ],
)
def test_words_of_the_same_letters_report_no_mishap(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) not in {"accident", "disaster", "other"}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_new_cues_read_hostile_text_quickly(lang: str) -> None:
    """Long runs of the cues' parts with no ending (no backtracking blow-up)."""
    hostile = (
        "cable car " * 2_000
        + "seilbahn " * 2_000
        + "purge " * 2_000
        + "derrumbe " * 2_000
        + "strom " * 2_000
        + "x"
    )
    started = time.thread_time()
    incident_type(hostile, lang)
    assert time.thread_time() - started < 2.0
