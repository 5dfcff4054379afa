"""Public services named by their noun and the place they serve (invented sentences)."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def government(text: str, lang: str) -> dict[str, set[str]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return {a.name: set(a.aliases) for a in briefing.actors if a.kind == "government"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Selon la police cantonale fribourgeoise, deux voitures ont été détruites.",
            "police cantonale fribourgeoise",
        ),
        (
            "fr",
            "Les pompiers bretons ont maîtrisé le feu vers midi, après trois heures de lutte.",
            "pompiers bretons",
        ),
        (
            "fr",
            "Le gouvernement jurassien a convoqué une cellule de crise dans la soirée.",
            "gouvernement jurassien",
        ),
        ("fr", "La gendarmerie savoyarde a retrouvé le randonneur mardi matin.", "gendarmerie savoyarde"),
        ("es", "La policía portuguesa detuvo a dos hombres en la frontera el martes.", "policía portuguesa"),
        (
            "es",
            "Los bomberos gallegos rescataron a cuatro vecinos atrapados en el edificio.",
            "bomberos gallegos",
        ),
        (
            "es",
            "El gobierno riojano aprobó ayer un plan de ayudas para los viticultores.",
            "gobierno riojano",
        ),
        ("en", "Two people were hurt in the blaze, Lausanne police said on Tuesday.", "Lausanne police"),
        ("en", "According to Hamelin fire service, the warehouse roof collapsed.", "Hamelin fire service"),
        ("en", "The Vaud cantonal police said the road would stay shut overnight.", "Vaud cantonal police"),
        (
            "en",
            "Austria's health authorities confirmed the outbreak on Friday.",
            "Austria's health authorities",
        ),
    ],
)
def test_a_service_and_its_place_is_one_government_body(lang: str, text: str, name: str) -> None:
    assert name in government(text, lang)


def test_a_shorter_later_mention_folds_into_the_whole_name() -> None:
    text = (
        "Selon la police cantonale fribourgeoise, deux voitures ont été détruites. "
        "La police cantonale a ouvert une enquête."
    )
    # "La police" read alone (``find_bare_services``) is the same body too.
    assert government(text, "fr") == {"police cantonale fribourgeoise": {"police cantonale", "police"}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The service speaking: a verb after its noun is no adjective of it.
        ("fr", "La police indique que la route est fermée. La police interpelle deux hommes."),
        ("fr", "Les pompiers expliquent que le feu a repris. La police communique peu."),
        ("es", "La policía indica que no hay heridos. La policía explica que la calle sigue cortada."),
        # A word that opens a sentence is any word, not a place; a weekday is no place.
        ("en", "Yesterday police said the road was shut. On Monday police said more."),
        ("en", "Police said the road was shut, and the council said it would reopen."),
    ],
)
def test_a_bare_service_noun_makes_no_body(lang: str, text: str) -> None:
    assert not [name for name in government(text, lang) if " " in name]


def test_a_persons_government_is_no_place_s() -> None:
    found = government("Under pressure, Elena Ruiz's government resigned on Monday.", "en")
    assert not any("Ruiz" in name for name in found)


def test_hostile_runs_stay_fast() -> None:
    text = "la police " + "cantonale " * 20000 + ". " + "Aa Bb " * 20000 + "police. " + "la policía " * 20000
    started = time.thread_time()
    for lang in ("fr", "es", "en"):
        government(text, lang)
    assert time.thread_time() - started < 20
