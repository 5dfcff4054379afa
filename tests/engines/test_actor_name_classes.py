"""Actor names as the offline engine writes them for the daily merge: the body people of it
are named after ("Buzos de la Guardia Civil" is the Guardia Civil), a body without what
stands before it ("India-based Harrow Metals", "Shares of Harrow Metals"), a place's level
word that opens a body's name ("Landkreis Harlingen") is no person's, and the body nouns
of Spanish and French copy ("Cabildo de Tarrel", "papeterie de Varens"). Invented names."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models import Briefing


def _brief(text: str, lang: str) -> Briefing:
    article = Article(id="a", text=text, published=dt.date(2026, 3, 12))
    assert article.reading[0] == lang
    return ExtractiveEngine().brief(article, None)


def _actors(text: str, lang: str) -> dict[str, str]:
    return {a.name: a.kind for a in _brief(text, lang).actors}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Buzos de la Guardia Civil han localizado el cuerpo del pasajero desaparecido, "
            "un hombre de 45 años de nacionalidad española.",
            "es",
            "Guardia Civil",
        ),
        (
            "Des agents de la Police cantonale ont bouclé le secteur pendant toute la journée de mardi, "
            "selon un communiqué.",
            "fr",
            "Police cantonale",
        ),
    ],
)
def test_people_of_a_body_name_the_body(text: str, lang: str, name: str) -> None:
    actors = _actors(text, lang)
    assert name in actors
    assert not any(n != name and n.endswith(name) for n in actors)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Harrow Metals and Mining Ltd fell 4.2 per cent on Thursday after the accident at its mine.",
        "The mine is run by a unit of India-based Harrow Metals and Mining Ltd, which said it was investigating.",
    ],
)
def test_a_body_without_what_stands_before_its_name(text: str) -> None:
    assert "Harrow Metals and Mining Ltd" in _actors(text, "en")


def test_a_person_named_after_shares_is_still_read() -> None:
    """Only holders of a part of a body are dropped: the person stays."""
    actors = _actors("Analyst Maria Stone said shares of the firm would recover, Stone told reporters.", "en")
    assert any(kind == "person" and "Stone" in name for name, kind in actors.items())


@pytest.mark.parametrize(
    "text",
    [
        "Das Landratsamt erließ ein Badeverbot, teilte der Landkreis Harlingen am Donnerstag mit.",
        "Nach Angaben des Landkreises Harlingen wurden am Donnerstag fünf Tonnen tote Fische geborgen.",
    ],
)
def test_a_place_level_word_opens_a_government_not_a_person(text: str) -> None:
    actors = _actors(text, "de")
    assert not any(kind == "person" and "Harlingen" in name for name, kind in actors.items())


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "El Cabildo de Tarrel ha decretado cortes de agua programados en la capital desde este martes.",
            "es",
            "Cabildo de Tarrel",
        ),
        (
            "La Naviera Costera ha suspendido todas sus salidas tras el accidente del martes en la costa.",
            "es",
            "Naviera Costera",
        ),
    ],
)
def test_spanish_body_nouns_name_bodies(text: str, lang: str, name: str) -> None:
    actors = _actors(text, lang)
    assert actors.get(name) in ("organization", "government")


def test_members_of_a_body_on_hostile_text_are_bounded() -> None:
    text = "Buzos " + "de la " * 5000 + "Guardia Civil " + "Ñ" * 2000 + "."
    started = time.thread_time()
    ExtractiveEngine().brief(Article(id="a", text=text, published=dt.date(2026, 3, 12)), None)
    assert time.thread_time() - started < 5.0
