"""Bodies French and Spanish name with an article, as a report's source (invented
sentences)."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def bodies(text: str, lang: str) -> set[str]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name for a in briefing.actors if a.kind in {"organization", "government"}}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Tres montañeros siguen desaparecidos, según la Mossos, que ha cerrado el acceso.", "Mossos"),
        (
            "es",
            "Ocho vecinos fueron desalojados, informó la Diputación Foral de Araba.",
            "Diputación Foral de Araba",
        ),
        ("es", "Efectivos de la Ertzaintza buscan a los dos operarios desde el amanecer.", "Ertzaintza"),
        (
            "es",
            "Según los Bombers de la Generalitat, el fuego está estabilizado.",
            "Bombers de la Generalitat",
        ),
        ("fr", "Cinq salariés ont été évacués, selon La Poste, qui a fermé le bureau.", "La Poste"),
        ("fr", "Le trafic reste interrompu, a indiqué la Croix-Rouge dans un communiqué.", "Croix-Rouge"),
    ],
)
def test_a_name_an_article_takes_is_a_body(lang: str, text: str, name: str) -> None:
    assert name in bodies(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "not_a_body"),
    [
        # Rivers and valleys name other places: the word is a place's.
        ("fr", "La crue du Rhône menace Sion. Le niveau du Haut-Rhône monte, selon le Rhône.", "Rhône"),
        ("fr", "Des débris charriés par la Ferrache ont bloqué Villard-sur-Ferrache.", "Ferrache"),
        # The short form of a longer name the article gave.
        (
            "es",
            "La Consejería de Sanidad cifró el seguimiento en el 20 %. Según la Consejería, hubo retrasos.",
            "Consejería",
        ),
        # A known place, a person's given name, a weekday.
        ("es", "Según la India, el acuerdo sigue vigente desde el martes.", "India"),
        ("es", "La huelga empezó el Lunes, según la Ana de la asociación.", "Ana"),
        # After a place preposition, an article's name is the place ("à la Réunion").
        ("fr", "Les pluies ont frappé à la Réunion, a dit le préfet.", "Réunion"),
    ],
)
def test_places_and_short_forms_are_no_body(lang: str, text: str, not_a_body: str) -> None:
    assert not_a_body not in bodies(text, lang)


def test_hostile_runs_stay_fast() -> None:
    distinct = " ".join(f"según la Aa{n}x." for n in range(20000))
    text = "según la " + "Aa de " * 20000 + ". " + "la Ab-" * 20000 + " selon le " + "É " * 20000 + distinct
    started = time.thread_time()
    for lang in ("es", "fr"):
        bodies(text, lang)
    assert time.thread_time() - started < 20
