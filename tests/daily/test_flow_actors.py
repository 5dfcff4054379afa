"""Actors through the whole daily flow: each invented article briefed by the offline
engine, the briefings merged as ``summarizer daily`` merges them. A person named by title
and surname alone and a body named by its acronym join the day's full names; namesakes
and bodies that share an acronym stay apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.daily import merge_briefings
from summarizer.daily.actors import same_actor_groups
from summarizer.daily.merge import Briefed
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models import ActorKind

DAY = dt.date(2026, 3, 2)


def merged(texts: list[str], lang: str) -> list[tuple[set[str], set[str]]]:
    """(names, article ids) of each of the day's actors."""
    engine = ExtractiveEngine()
    briefed = []
    for number, text in enumerate(texts):
        article = Article(id=f"a{number}", text=text, language=lang, published=DAY)
        briefed.append(Briefed(article, engine.brief(article, None)))
    day = merge_briefings(briefed, DAY, settings=Settings(engine="extractive"))
    return [({actor.name, *actor.names}, set(actor.articles)) for actor in day.actors]


def articles_of(actors: list[tuple[set[str], set[str]]], name: str) -> set[str]:
    """The articles of the one actor of the day known by ``name``."""
    found = [articles for names, articles in actors if name in names]
    assert len(found) == 1, (name, actors)
    return found[0]


ENGLISH = [
    "Governor Maren Holt toured flooded Dunmore on Monday. The Dunmore River Authority said "
    "300 homes were evacuated.",
    "Gov. Holt promised emergency aid on Monday. Opposition leader Pavel Holt called the response slow.",
    "The Dunmore Rail Alliance said trains to Dunmore would resume on Tuesday. Pavel Holt, 52, "
    "met stranded passengers.",
    "Four people were rescued from roofs in Dunmore, the DRA said on Monday.",
]


def test_a_titled_surname_joins_its_namesake_of_that_office_only() -> None:
    actors = merged(ENGLISH, "en")
    assert articles_of(actors, "Maren Holt") == {"a0", "a1"}
    assert articles_of(actors, "Pavel Holt") == {"a1", "a2"}


def test_an_acronym_two_bodies_share_joins_neither() -> None:
    """ "DRA" spells both the River Authority and the Rail Alliance: it is neither's."""
    actors = merged(ENGLISH, "en")
    assert articles_of(actors, "Dunmore River Authority") == {"a0"}
    assert articles_of(actors, "Dunmore Rail Alliance") == {"a2"}
    assert articles_of(actors, "DRA") == {"a3"}


def test_an_acronym_joins_the_one_body_it_spells() -> None:
    actors = merged(
        [
            "The Kessel Flood Agency said 120 people left their homes in Arden on Friday.",
            "Turnout at the evacuation centres in Arden reached 400 on Friday, the KFA said.",
            "According to the KFA, the river crested at 6 metres in Arden on Friday.",
        ],
        "en",
    )
    assert articles_of(actors, "Kessel Flood Agency") == {"a0", "a1", "a2"}
    assert articles_of(actors, "KFA") == {"a0", "a1", "a2"}


SPANISH = [
    "La alcaldesa de Molinar, Rosa Ibarra, pidió calma tras la riada del lunes, según la "
    "Agencia Regional de Emergencias.",
    "La alcaldesa Ibarra visitó los barrios inundados de Molinar. La ARE cifró en 40 las viviendas dañadas.",
    "El diputado Luis Ibarra criticó la gestión de la riada en Molinar. La Asociación de "
    "Regantes del Ebro pidió ayudas.",
]


def test_spanish_a_titled_surname_joins_the_namesake_of_its_office() -> None:
    actors = merged(SPANISH, "es")
    assert articles_of(actors, "Rosa Ibarra") == {"a0", "a1"}
    assert articles_of(actors, "Luis Ibarra") == {"a2"}


def test_spanish_an_acronym_two_bodies_share_joins_neither() -> None:
    actors = merged(SPANISH, "es")
    assert articles_of(actors, "Agencia Regional de Emergencias") == {"a0"}
    assert articles_of(actors, "Asociación de Regantes del Ebro") == {"a2"}


def test_german_a_titled_surname_and_a_compound_acronym_join() -> None:
    actors = merged(
        [
            "Bürgermeisterin Anke Vollmer sprach am Montag in Lindtal von schweren Schäden. "
            "Der Deutsche Wetterdienst hatte vor Starkregen gewarnt.",
            "Nach Angaben des DWD fielen in Lindtal 90 Liter Regen. Bürgermeisterin Vollmer "
            "kündigte Hilfen an.",
            "Landrat Jens Vollmer lobte am Montag die Feuerwehr in Lindtal.",
        ],
        "de",
    )
    assert articles_of(actors, "Anke Vollmer") == {"a0", "a1"}
    assert articles_of(actors, "Jens Vollmer") == {"a2"}
    assert articles_of(actors, "DWD") == {"a0", "a1"}


@dataclass(frozen=True)
class _Body:
    name: str
    kind: ActorKind = "government"
    canonical_name: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()


@pytest.mark.parametrize("places", [(), ("Mainz", "Mainzer Hafen")])
def test_a_city_adjective_names_the_body_of_that_city_only(places: tuple[str, ...]) -> None:
    """With or without the day's incidents naming the city (and its port, by adjective),
    "Mainzer Landgericht" is Landgericht Mainz, never Landgericht Trier."""
    bodies = [_Body("Landgericht Mainz"), _Body("Mainzer Landgericht"), _Body("Landgericht Trier")]
    assert sorted(same_actor_groups(bodies, places=places)) == [[0, 1], [2]]
