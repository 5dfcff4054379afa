"""Public services named by their kind in lower case with what qualifies them ("la police
cantonale genevoise", "the Geneva police", "la policía local") are actors; a bare "the
police", a number or a kind of officer before "police" ("Two firefighters", "Riot police")
are not. Invented sentences in French, Spanish and English; hostile text in bounded time."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def _actors(text: str) -> list[tuple[str, str]]:
    briefing = ExtractiveEngine().brief(Article(id="a", text=text), None)
    return [(a.name, a.kind) for a in briefing.actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Trois voitures sont tombées dans le trou mardi à Varens, selon la police cantonale.",
            "police cantonale",
        ),
        (
            "La police cantonale valaisanne a fermé la route de Clavay jeudi matin.",
            "police cantonale valaisanne",
        ),
        ("Les pompiers catalans ont sorti deux corps des décombres lundi à Mirelle.", "pompiers catalans"),
        (
            "La policía local cortó la calle Mayor de Tarrel durante toda la mañana del martes.",
            "policía local",
        ),
        ("Los bomberos de Olmeda rescataron a tres vecinos atrapados el martes.", "bomberos de Olmeda"),
        ("Three cars fell into the hole on Tuesday, Geneva police said in a statement.", "Geneva police"),
        ("The road was closed on Monday, Valais police said in a statement.", "Valais police"),
    ],
)
def test_a_qualified_public_service_is_an_actor(text: str, name: str) -> None:
    assert (name, "government") in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two firefighters were hurt on Monday while fighting the blaze in Carrow.",
        "Riot police fired tear gas at the crowd in Carrow on Saturday evening.",
        "The police closed the road to Carrow on Saturday evening, officials said.",
        "La police a fermé la route de Clavay jeudi matin, a indiqué la mairie.",
    ],
)
def test_a_bare_service_or_no_place_before_it_is_no_actor(text: str) -> None:
    names = [name.casefold() for name, _ in _actors(text)]
    assert not any("police" in n or "firefighters" in n for n in names)


@pytest.mark.parametrize("lang", ["fr", "es", "en"])
def test_service_bodies_read_hostile_text_quickly(lang: str) -> None:
    from summarizer.engines.extractive.service_bodies import SERVICES

    hostile = "police " * 5_000 + "policía de " * 5_000 + "Aa " * 5_000 + "x"
    started = time.perf_counter()
    list(SERVICES[lang].finditer(hostile))
    assert time.perf_counter() - started < 2.0
