"""A vehicle that struck another vehicle or a person, told by the verb and what it struck
("a regional train has hit a van", "o comboio colheu um trator", "a heurté un nageur",
"ha investito un pedone", "erfasste einen Lieferwagen"), is an accident in the languages
with a collision table (``lexicons/mishap_events.py``; invented sentences). A deal, a wall
of opposition, residents or the economy that were "hit" stay none; hostile text is read
quickly."""

from __future__ import annotations

import time

import pytest

from summarizer.engines.extractive.incidents import incident_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A regional train has hit a van at a level crossing near Kelbach this morning.", "en"),
        ("A jet ski clipped a swimmer off the beach at Brenna.", "en"),
        ("Às sete da manhã, o regional embateu na carrinha de um pedreiro na passagem de nível.", "pt"),
        ("Outro comboio da mesma linha colheu um trator agrícola em Vila Nova.", "pt"),
        ("Vers 16 h 40, un jet-ski a heurté un nageur au large de la plage de Morvelle.", "fr"),
        ("Un'auto ha investito un pedone in via Roma a Toriel.", "it"),
        ("Un camión arrolló a un ciclista en la carretera de Toriel.", "es"),
        ("Ein Zug erfasste am Morgen einen Lieferwagen am Bahnübergang von Kelbach.", "de"),
    ],
)
def test_a_vehicle_that_struck_another_or_a_person_is_an_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) == "accident"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The new rules hit a wall of opposition.", "en"),
        ("The minister struck a deal with the unions.", "en"),
        ("Le projet a heurté les riverains.", "fr"),
        ("O governo embateu na oposição.", "pt"),
        ("Die Krise erfasste einen großen Teil der Wirtschaft.", "de"),
        # Money put into trains or buses ("investito"): no vehicle struck.
        ("La Regione ha investito un milione nei treni regionali.", "it"),
        ("La Regione ha investito due milioni nei treni regionali.", "it"),
        ("Il Comune ha investito un miliardo negli autobus elettrici.", "it"),
    ],
)
def test_what_else_is_struck_is_no_accident(sentence: str, lang: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt"])
def test_the_vehicle_cues_read_hostile_text_quickly(lang: str) -> None:
    hostile = (
        "train hit a " * 1_000 + "embateu na " * 1_000 + "erfasste am " * 1_000 + "Жук Ωμέγα " * 500 + "x"
    )
    started = time.thread_time()
    incident_type(hostile, lang)
    assert time.thread_time() - started < 2.0
