"""People introduced by occupation and origin, with no title or reporting verb (invented
sentences)."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def people(text: str, lang: str) -> set[str]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name for a in briefing.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Norwegian skier Ola Brekke was disqualified on Sunday for a missed gate.", "Ola Brekke"),
        ("en", "The jury cleared Austrian climber Lena Hofer of any wrongdoing.", "Lena Hofer"),
        ("es", "El comité sancionó al ciclista navarro Unai Etxarri por dopaje.", "Unai Etxarri"),
        (
            "es",
            "La investigación apunta a la arquitecta municipal Marta Lozano, según fuentes del caso.",
            "Marta Lozano",
        ),
        ("fr", "Le tribunal a relaxé le navigateur breton Yann Kerbrat mardi soir.", "Yann Kerbrat"),
    ],
)
def test_an_occupation_and_origin_before_a_name_make_a_person(lang: str, text: str, name: str) -> None:
    assert name in people(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A company, a team, a place, a thing: no occupation before them.
        ("en", "British airline Virgin Atlantic cancelled flights, and Spanish club Real Madrid won."),
        ("en", "Dutch carmaker Nedcar Holland and French region Nouvelle Aquitaine signed the deal."),
        ("en", "The book credits American diplomacy Antony Rupert with ending the dispute."),
        ("es", "La empresa vasca Kintoa Mobilités y el equipo local Costa Azul firmaron el acuerdo."),
        ("fr", "La société lyonnaise Rhône Mécanique et la ville basque Saint Martin ont signé."),
    ],
)
def test_bodies_places_and_abstractions_are_no_person(lang: str, text: str) -> None:
    assert not people(text, lang)


def test_hostile_runs_stay_fast() -> None:
    text = "Spanish cyclist Aa Bb " * 5000 + "el ciclista navarro Aa Bb " * 5000
    started = time.thread_time()
    for lang in ("en", "es"):
        people(text, lang)
    assert time.thread_time() - started < 30
