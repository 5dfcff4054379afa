"""A name built on a place is a body's, not a person's: a city's German adjective first
("Innsbrucker Stadtbus"), a region last ("Land Tirol"). Invented copy, written for these
tests."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.place_named import named_for_a_place
from summarizer.text.given_names import given_names


def engine_actors(text: str, lang: str) -> dict[str, str]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name: a.kind for a in briefing.actors}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Nur wenige Linien fahren, sagte Hamburger Hochbahn am Dienstag.", "de", "Hamburger Hochbahn"),
        ("Only a handful of lines are running, says Innsbrucker Stadtbus.", "en", "Innsbrucker Stadtbus"),
    ],
)
def test_a_citys_adjective_opens_a_company_not_a_person(text: str, lang: str, name: str) -> None:
    assert engine_actors(text, lang).get(name) == "organization"


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Land", "Tirol"], True),
        (["Freistaat", "Sachsen"], True),
        (["Kölner", "Verkehrsbetriebe"], True),
        (["Walter", "Hofer"], False),  # a given name and a surname, "Hof" too short a town
        (["Peter", "Bauer"], False),
        (["Anna", "Gstrein"], False),
        (["Hofer", "Huber"], False),
        (["Tirol"], False),
    ],
)
def test_names_built_on_a_place(tokens: list[str], expected: bool) -> None:
    assert named_for_a_place(tokens, given_names()) is expected


def test_people_keep_their_names() -> None:
    text = "„Wir bleiben hart“, sagte Betriebsrat Walter Hofer am Dienstag in Innsbruck."
    assert engine_actors(text, "de").get("Walter Hofer") == "person"


def test_hostile_names_are_read_quickly() -> None:
    named_for_a_place(["Innsbrucker", "Stadtbus"], given_names())  # loads the tables once
    started = time.thread_time()
    for tokens in (["A" + "er" * 5000, "Tirol"], ["Ωer", "Вер"], ["Xer"] * 4, ["", ""], ["er", "Er"]):
        named_for_a_place(tokens, given_names())
    assert time.thread_time() - started < 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Land Tirol hat für die Gemeinde den Katastrophenfall ausgerufen.", "Land Tirol"),
        ("Der Freistaat Sachsen stellt zehn Millionen Euro für die Opfer bereit.", "Freistaat Sachsen"),
    ],
)
def test_a_states_level_word_and_region_is_its_government(text: str, name: str) -> None:
    assert engine_actors(text, "de").get(name) == "government"


def test_a_level_word_before_no_region_is_no_government() -> None:
    actors = engine_actors("Das Land Kirchwald hat nichts gesagt. Der Kanton Xyzzy schwieg.", "de")
    assert "Land Kirchwald" not in actors
    assert "Kanton Xyzzy" not in actors
