"""A French body named in sentence case keeps the area it serves when that area follows it
with no joining word, hyphenated as such areas are ("Agence régionale de santé
Nouvelle-Aquitaine", "Syndicat des mobilités Côte basque-Adour"). Invented copy."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def _names(text: str) -> list[str]:
    briefing = ExtractiveEngine().brief(Article(text=text, language="fr"), None)
    return [a.name for a in briefing.actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Un bus sur trois circulait, d'après le Syndicat des transports Côte vermeille-Roussillon, l'autorité organisatrice.",
            "Syndicat des transports Côte vermeille-Roussillon",
        ),
        (
            "Selon l'Agence régionale de santé Haute-Sarthe, douze décès ont été recensés.",
            "Agence régionale de santé Haute-Sarthe",
        ),
    ],
)
def test_the_area_a_body_serves_is_part_of_its_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "L'Agence régionale de santé Jean-Marc Dupont a parlé.",
            "Agence régionale de santé",
            "Jean-Marc Dupont",
        ),
        (
            "Selon l'Agence régionale de santé, Marie Lefort a été blessée.",
            "Agence régionale de santé",
            "Marie Lefort",
        ),
    ],
)
def test_a_person_after_the_body_is_no_area(text: str, body: str, person: str) -> None:
    names = _names(text)
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)
    assert person in names


@pytest.mark.parametrize("lang", ["fr", "en", "de", "es"])
def test_hostile_areas_are_read_quickly(lang: str) -> None:
    """Long hyphenated runs read in linear time: a name scan that restarted at each part of
    "Côte-Côte-…" took 8 s for 40,000 characters (quadratic); linear, 20,000 parts take well
    under a second, so the bound leaves room for a loaded machine and none for a quadratic scan."""
    engine = ExtractiveEngine()
    engine.brief(Article(text="Selon l'Agence régionale de santé Haute-Sarthe, rien.", language=lang), None)
    started = time.thread_time()
    for text in (
        "Syndicat des mobilités " + "Côte-" * 20_000 + "x",
        "Union of " + "Grand-" * 20_000 + "x",
        "Syndicat des mobilités Côte " + "basque-" * 20_000,
        "Syndicat des mobilités " + "A b-" * 12_000,
    ):
        engine.brief(Article(text=text, language=lang), None)
    assert time.thread_time() - started < 5.0
