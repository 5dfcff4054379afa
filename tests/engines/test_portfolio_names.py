"""People the engine reads after an office in every language it briefs: Dutch and Catalan
names read in their own words (titles, roles, particles), an office's portfolio left out
of its holder's name, an elided article before a role ("L'échevin Wauters"), and the
near-misses that must stay as they are (a lawyer "of" someone, a known first name, a
particle that opens a surname)."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize


def people(text: str, lang: str) -> set[str]:
    return {a.name for a in summarize(Article(text=text, language=lang)).actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # Dutch and Catalan: their own titles and roles, no longer read with English rules.
        ("nl", "Burgemeester Jan Verbeke noemt het afval een tijdbom voor de buurt.", "Jan Verbeke"),
        ("nl", "Vier mensen raakten gewond, zegt woordvoerder Kris Claeys van de politie.", "Kris Claeys"),
        ("ca", "L'alcaldessa, Laia Serra, va dir que el veïnat viu un malson.", "Laia Serra"),
        (
            "ca",
            "Així ho ha anunciat avui la regidora de Turisme, Catalina Ferrer, a Palma.",
            "Catalina Ferrer",
        ),
    ],
)
def test_dutch_and_catalan_people_are_read_in_their_own_words(lang: str, text: str, name: str) -> None:
    assert name in people(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "nl",
            "14:40 - Schepen van Toerisme Frederik Wauters kondigt aan dat het strand dichtgaat.",
            "Frederik Wauters",
        ),
        ("fr", "La ministre de la Santé Sietske Dupuis a annoncé un plan.", "Sietske Dupuis"),
        ("fr", "Le ministre de l'Intérieur Sjoerd Martin a annoncé un plan.", "Sjoerd Martin"),
        ("fr", "L'échevine des Sports Anneke Wauters a annoncé un plan.", "Anneke Wauters"),
        ("es", "El consejero de Sanidad Sjoerd Pérez ha anunciado un plan.", "Sjoerd Pérez"),
        ("it", "L'assessore al Turismo Sjoerd Rossi ha annunciato un piano.", "Sjoerd Rossi"),
        (
            "de",
            "Die Ministerin für Verkehr Sietske Huber kündigte an, die Strecke zu sperren.",
            "Sietske Huber",
        ),
        ("pt", "O secretário da Saúde Sjoerd Freitas anunciou um plano.", "Sjoerd Freitas"),
        ("ca", "La regidora de Turisme Sietske Ferrer ha anunciat un pla.", "Sietske Ferrer"),
    ],
)
def test_an_offices_portfolio_is_no_part_of_the_holders_name(lang: str, text: str, name: str) -> None:
    assert people(text, lang) == {name}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "L'échevin Wauters veut désormais limiter la pratique.", "Wauters"),
        ("ca", "12.10 – L'alcaldessa Serra demana més patrulles nocturnes.", "Serra"),
        ("it", "L'assessore Rossi ha annunciato un piano.", "Rossi"),
    ],
)
def test_a_role_after_an_elided_article_titles_a_surname(lang: str, text: str, name: str) -> None:
    assert people(text, lang) == {name}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # A lawyer is no office over a portfolio: the person after "de" keeps every name.
        ("fr", "L'avocat de Sjoerd Pérez García a annoncé un recours.", "Sjoerd Pérez García"),
        ("es", "El abogado de Sjoerd Pérez García ha anunciado un recurso.", "Sjoerd Pérez García"),
        # A known first name is never a portfolio.
        ("fr", "Le délégué de Marie Claire Dupont a annoncé un recours.", "Marie Claire Dupont"),
        # French, Italian and Portuguese write a field with its article ("de la Santé"): a
        # bare "de"/"di" after an adviser or a delegate joins the person they serve.
        ("fr", "Le conseiller de Xavi Pérez García a démissionné.", "Xavi Pérez García"),
        ("it", "Il consigliere di Xavi Pérez García si è dimesso.", "Xavi Pérez García"),
        ("pt", "O secretário de Xavi Pérez García demitiu-se.", "Xavi Pérez García"),
        # A surname's particle after a full first name stays; the first name is no surname.
        ("nl", "Volgens burgemeester Sjoerd van der Berg gaat het goed.", "Sjoerd van der Berg"),
        ("de", "Laut Bürgermeister Hans von Berg ist alles gut.", "Hans von Berg"),
    ],
)
def test_names_that_only_look_like_a_portfolio_stay_whole(lang: str, text: str, name: str) -> None:
    assert people(text, lang) == {name}
