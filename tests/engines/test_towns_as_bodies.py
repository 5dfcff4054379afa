"""A town named as a body ("la Ville de Bathurst", "il Comune di Bari", "el Concello de
Laxeiro") is a government, not a person: read as a person, its town's name was taken for
the person's surname everywhere, and no sentence naming the town gave the event its place.
A town's body inside a longer name ("Service de police de la Ville de Montréal") is part of
that name. Invented copy, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.place_named import a_town_as_a_body
from summarizer.models import Briefing
from summarizer.text.given_names import given_names


def _brief(text: str, lang: str) -> Briefing:
    return ExtractiveEngine().brief(Article(text=text, language=lang), None)


@pytest.mark.parametrize(
    "text",
    [
        "Un camion-citerne s'est renversé jeudi sur la route 11, à Tarvigny. La Ville de Tarvigny "
        "a fait évacuer 35 résidences.",
        "Un camion-citerne s'est renversé jeudi vers 7 h 50 sur la route 11, près de la sortie 310, "
        "à Tarvigny. Par mesure de précaution, la Ville de Tarvigny a fait évacuer 35 résidences.",
    ],
)
def test_a_town_as_a_body_is_no_person_and_the_town_stays_a_place(text: str) -> None:
    briefing = _brief(text, "fr")
    assert {a.name: a.kind for a in briefing.actors}.get("Ville de Tarvigny") == "government"
    assert briefing.incidents[0].place == "Tarvigny"


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Ville", "de", "Bathurst"], True),
        (["Comune", "di", "Bari"], True),
        (["Gemeinde", "Aubenwil"], True),
        (["Cidade", "do", "Porto"], True),
        (["Città", "di", "Lordana"], True),
        (["Concello", "de", "Laxeiro"], True),
        (["Marie", "Ville"], False),
        (["Jean", "de", "Laville"], False),
        (["Stadtwerke", "Tarrel"], False),
    ],
)
def test_which_names_open_with_a_towns_word(tokens: list[str], expected: bool) -> None:
    assert a_town_as_a_body(tokens, given_names()) is expected


def test_a_given_name_spelt_as_a_towns_word_is_a_persons_unless_joined() -> None:
    # "Ville" is a Finnish given name: "Ville Niinistö" is a person, "Ville de Bathurst" a town.
    names = frozenset({"Ville"})
    assert not a_town_as_a_body(["Ville", "Niinistö"], names)
    assert a_town_as_a_body(["Ville", "de", "Bathurst"], names)


def test_a_towns_body_inside_a_services_name_is_part_of_that_name() -> None:
    text = (
        "Une piétonne a été blessée jeudi à Montréal. Selon le Service de police de la Ville de "
        "Montréal (SPVM), la machine reculait."
    )
    names = {a.name for a in _brief(text, "fr").actors}
    assert "Service de police de la Ville de Montréal" in names
    assert "Ville de Montréal" not in names


def test_a_town_named_as_a_body_of_its_own_stays() -> None:
    text = (
        "Selon le Service de police de la Ville de Montréal, la machine reculait. La Ville de "
        "Montréal a annoncé un deuxième signaleur."
    )
    names = {a.name for a in _brief(text, "fr").actors}
    assert "Ville de Montréal" in names
