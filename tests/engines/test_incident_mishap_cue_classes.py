"""Local news the engine did not read as an event: a vehicle that struck or stuck under a
bridge, a swarm that stung people, a brawl, wartime ordnance
found or defused, a theft or forged money. Each in English, German, French and Spanish
(invented sentences); words of the same letters that report no such event stay apart, and
hostile text is read quickly."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # A vehicle that struck a structure or another vehicle is an accident.
        ("A removal van struck a low railway bridge in Darnley on Monday.", "en", "accident"),
        ("A double-decker bus wedged itself under the Mill Lane bridge.", "en", "accident"),
        ("In Kelbach ist ein Sattelzug unter einer Eisenbahnbrücke steckengeblieben.", "de", "accident"),
        ("Ein Lieferwagen hat am Morgen die Unterführung an der Bahnhofstraße gerammt.", "de", "accident"),
        ("Am Sonntag verunfallte bei Ostrach ein Motorradfahrer.", "de", "accident"),
        ("Un camion s'est encastré lundi matin sous le pont de la rue Haute, à Morvelle.", "fr", "accident"),
        ("Une camionnette a percuté le viaduc de Brassac.", "fr", "accident"),
        ("Un autobús quedó empotrado bajo un puente en Brenna.", "es", "accident"),
        ("Un camión rozó el paso inferior de la calle Mayor de Toriel.", "es", "accident"),
        # A swarm that stung people is "other".
        ("A swarm of bees descended on a village fete in Welbourne, stinging 12 people.", "en", "other"),
        ("Ein Wespenschwarm hat in Kelbach mehrere Kinder gestochen.", "de", "other"),
        ("Un essaim d'abeilles a piqué une dizaine de clients du marché de Morvelle.", "fr", "other"),
        ("Un enjambre de abejas atacó a varios bañistas en Toriel.", "es", "other"),
        # A brawl is "other".
        ("Police broke up a brawl between rival fans in Darnley.", "en", "other"),
        ("Nach dem Spiel kam es in Ostrach zu einer Massenschlägerei.", "de", "other"),
        ("Une rixe a éclaté samedi soir devant un bar de Brassac.", "fr", "other"),
        ("Una reyerta entre jóvenes acabó con dos detenidos en Brenna.", "es", "other"),
        # Wartime ordnance found or defused is "other".
        ("An unexploded wartime bomb was found on a building site in Tarvel.", "en", "other"),
        ("In Kelbach wurde eine Fliegerbombe aus dem Zweiten Weltkrieg gefunden.", "de", "other"),
        ("Les démineurs ont désamorcé une bombe de 250 kg à Morvelle.", "fr", "other"),
        ("Los artificieros desactivaron una bomba en unas obras de Toriel.", "es", "other"),
        # A theft or forged money is "other".
        ("Police are investigating the theft of a painting from a chapel in Tarvel.", "en", "other"),
        ("Counterfeit notes were passed at market stalls in Darnley.", "en", "other"),
        ("In Ostrach haben Kabeldiebe in der Nacht 200 Meter Kupfer entwendet.", "de", "other"),
        ("Auf dem Markt in Kelbach ist Falschgeld aufgetaucht.", "de", "other"),
        ("Des câbles en cuivre ont été volés près de la gare de Brassac.", "fr", "other"),
        ("De faux billets ont été écoulés sur le marché de Morvelle.", "fr", "other"),
        ("Un hurto de cable de cobre paralizó la línea en Brenna.", "es", "other"),
        ("Circulan billetes falsos en el mercado de Toriel.", "es", "other"),
    ],
)
def test_an_event_told_in_these_words_is_typed(sentence: str, lang: str, expected: str) -> None:
    assert incident_type(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The minister's remarks defused tensions with the unions.", "en"),
        ("The new bridge to the island opens in May, the council said.", "en"),
        ("The album hit the top of the charts in its first week.", "en"),
        ("Der Kompromiss hat den Streit um die Schule entschärft.", "de"),
        ("Die neue Brücke soll im Mai eröffnet werden.", "de"),
        ("Le ministre a désamorcé la crise avec les syndicats.", "fr"),
        ("Le vol AF 447 reliait Rio à Paris.", "fr"),
        ("El nuevo puente se inaugurará en mayo.", "es"),
        ("La pelea por el título se celebrará en Madrid.", "es"),
    ],
)
def test_words_of_the_same_letters_report_no_such_event(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_new_cues_read_hostile_text_quickly(lang: str) -> None:
    """Long runs of the cues' parts with no ending (no backtracking blow-up), mixed scripts."""
    hostile = (
        "struck the " * 1_000
        + "unter einer " * 1_000
        + "encastré " * 1_000
        + "empotrado " * 1_000
        + "bees " * 2_000
        + "essaim " * 2_000
        + "schwarm " * 2_000
        + "flugzeug " * 2_000
        + "désamorcé une " * 1_000
        + "Жук Ωμέγα " * 500
        + "x"
    )
    started = time.thread_time()
    incident_type(hostile, lang)
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The railway recorded 212 cable thefts on its network this year.", "en"),
        ("Depuis janvier, le réseau a recensé 212 vols de câbles.", "fr"),
    ],
)
def test_a_tally_of_thefts_is_no_theft(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None
