"""Public services named by their kind in lower case ("la police cantonale genevoise", "the
Geneva police", "la policía local", "la préfecture", "die Polizei") are actors; a number or
a kind of officer before "police" ("Two firefighters", "Riot police") makes none. Invented
sentences in French, Spanish, German and English; hostile text in bounded time."""

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
        # After a lower-case "the" as after a capital one.
        ("The road was closed on Monday, the Geneva police said.", "Geneva police"),
        ("On Monday the Valais police closed the road to Clavay.", "Valais police"),
        # Plural services: coastguards and a country's authorities.
        (
            "Clams were taken near Vigo, and Galician coastguards say they caught six men.",
            "Galician coastguards",
        ),
        (
            "MADRID (IPW) - Spanish regional coastguards arrested six people on Monday.",
            "Spanish regional coastguards",
        ),
        ("Shelling hit Kharkiv on Monday, Ukrainian authorities said.", "Ukrainian authorities"),
        ("Two men were held at the border, Spanish health authorities said.", "Spanish health authorities"),
    ],
)
def test_a_qualified_public_service_is_an_actor(text: str, name: str) -> None:
    assert (name, "government") in _actors(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The police closed the road to Carrow on Saturday evening, officials said.", "police"),
        ("La préfecture a fermé la route de Clavay jeudi matin, a indiqué la mairie.", "préfecture"),
        ("Die Polizei sperrte am Montag die Straße nach Felden, teilte die Stadt mit.", "Polizei"),
        ("La policía cortó la calle Mayor de Tarrel durante toda la mañana.", "policía"),
    ],
)
def test_a_service_with_its_article_alone_is_an_actor(text: str, name: str) -> None:
    assert (name, "government") in _actors(text)


def test_a_bare_mention_after_a_qualified_one_is_the_same_actor() -> None:
    text = "La police cantonale a fermé la rue mardi à Varens. La police a ensuite évacué deux immeubles."
    police = [name for name, _ in _actors(text) if "police" in name]
    assert police == ["police cantonale"]


@pytest.mark.parametrize(
    "text",
    [
        "Two firefighters were hurt on Monday while fighting the blaze in Carrow.",
        "Riot police fired tear gas at the crowd in Carrow on Saturday evening.",
        # A sentence's opening word is no place: "Local", "Both", "The".
        "Two men fled on foot. Local authorities said the road would reopen.",
        "Boats searched the bay. Both coastguards and divers were called out.",
        "The authorities said the road would reopen on Monday.",
    ],
)
def test_no_place_before_police_makes_no_actor(text: str) -> None:
    names = [name.casefold() for name, _ in _actors(text)]
    assert not any(w in n for n in names for w in ("police", "firefighters", "authorities", "coastguards"))


@pytest.mark.parametrize("lang", ["fr", "es", "en", "de"])
def test_service_bodies_read_hostile_text_quickly(lang: str) -> None:
    from summarizer.engines.extractive.service_bodies import _ENGLISH, BARE, _romance_pattern

    hostile = "police " * 5_000 + "policía de " * 5_000 + "la police " * 5_000 + "Aa " * 5_000 + "x"
    started = time.thread_time()
    named = _romance_pattern(lang) or (_ENGLISH if lang == "en" else None)
    for pattern in (named, BARE[lang]):
        list(pattern.finditer(hostile)) if pattern is not None else None
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize(
    ("lang", "unit"), [("de", "Die Polizei "), ("fr", "la police cantonale, la police ")]
)
def test_a_long_run_of_bare_services_is_read_in_linear_time(lang: str, unit: str) -> None:
    """Each bare "die Polizei" scanned every candidate, one of them the run's whole text as a
    name, split again for each: 5 s for 10,000 of them, quadratic."""
    engine = ExtractiveEngine()
    engine.brief(Article(text="Hallo.", language=lang), None)  # the rules, made once
    started = time.thread_time()
    engine.brief(Article(text=unit * 12_000, language=lang), None)
    assert time.thread_time() - started < 3.0
