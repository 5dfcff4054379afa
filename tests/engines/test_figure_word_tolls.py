"""Tolls written without a number, in every language the offline engine reads: none ("No
one was killed", "niemand wurde verletzt", "Aucun blessé", "ningún fallecido") and one as
the indefinite article ("un mort", "ein Toter", "un muerto"). Near misses, where the same
words deny or count something else ("no one expected", "aucun doute", "ningún caso", "una
herida"), must give no figure; every toll found must ground in the scorer's check."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize
from summarizer.evals.scoring import grounding_check
from summarizer.grounding.figures import figure_number_matches
from summarizer.models import FigureDraft
from summarizer.text.numbers import find_numbers


def tolls(text: str, lang: str) -> list[tuple[str, float, str]]:
    # A headline first: a lone line would be read as the headline itself.
    article_text = f"Informe\n\n{text}"
    briefing = summarize(Article(text=article_text, language=lang))
    assert grounding_check(briefing, article_text)["hallucinated_figures"] == 0
    return [(f.text, f.value, f.category) for f in briefing.figures]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A gas main exploded under Fenwick Lane on Friday. No one was killed, the council said.", "en",
         ("No one", 0, "killed")),
        ("The ferry ran aground off Callow Point; nobody is believed to have been hurt.", "en",
         ("nobody", 0, "injured")),
        ("The roof of the Orme depot caved in overnight, but there were no injuries.", "en",
         ("no injuries", 0, "injured")),
        ("In der Lagerhalle in Wiesbrunn brach am Montag Feuer aus; niemand wurde verletzt.", "de",
         ("niemand", 0, "injured")),
        ("Der Regionalzug entgleiste bei Hollfeld. Todesopfer gab es keine, teilte die Polizei mit.", "de",
         ("Todesopfer gab es keine", 0, "killed")),
        ("Beim Einsturz der Scheune in Morlach gab es keine Toten.", "de", ("keine Toten", 0, "killed")),
        ("Bei dem Unfall auf der B12 gab es einen Toten, teilte die Polizei mit.", "de",
         ("einen Toten", 1, "killed")),
        ("L'incendie de l'entrepôt de Saint-Ubert n'a fait aucun blessé, selon les pompiers.", "fr",
         ("aucun blessé", 0, "injured")),
        ("Un immeuble s'est effondré à Carvin ; personne n'a été blessé, selon la mairie.", "fr",
         ("personne n'a été blessé", 0, "injured")),
        ("La collision entre deux cars près de Vesle a fait un mort, selon la préfecture.", "fr",
         ("un mort", 1, "killed")),
        ("El derrumbe de la nave en Olmedilla no causó ningún fallecido, según los bomberos.", "es",
         ("ningún fallecido", 0, "killed")),
        ("Un camión volcó en la autovía cerca de Tordal; no hubo heridos, informó la Guardia Civil.", "es",
         ("no hubo heridos", 0, "injured")),
        ("La explosión en la fábrica de Berrueco dejó un muerto, según Emergencias.", "es",
         ("un muerto", 1, "killed")),
    ],
)  # fmt: skip
def test_a_toll_written_in_words_is_a_figure(text: str, lang: str, expected: tuple[str, float, str]) -> None:
    assert expected in tolls(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No one expected the storm to reach Fenwick, officials said on Friday.", "en"),
        ("Nobody knows how many homes were damaged in Callow, the mayor said.", "en"),
        ("Niemand wusste am Montag, wer für den Brand in Wiesbrunn verantwortlich ist.", "de"),
        ("Es gibt keine Zweifel an der Ursache des Feuers in Morlach.", "de"),
        ("Ein Anwohner hatte die Feuerwehr in Hollfeld alarmiert.", "de"),
        ("Il n'y a aucun doute sur la cause de l'incendie de Saint-Ubert, selon le maire.", "fr"),
        ("Personne ne sait quand l'immeuble de Carvin sera reconstruit, a dit le maire.", "fr"),
        ("Le corps d'un homme a été retrouvé à Vesle, selon la préfecture.", "fr"),
        ("En ningún caso se cerrará la autovía cerca de Tordal, dijo el alcalde.", "es"),
        ("Un bombero sufrió una herida leve en la mano en Berrueco, según Emergencias.", "es"),
        ("Nadie sabe todavía qué causó la explosión en Olmedilla.", "es"),
    ],
)
def test_the_same_words_beside_no_toll_give_no_figure(text: str, lang: str) -> None:
    assert [t for t in tolls(text, lang) if t[1] in (0, 1)] == []


def test_a_toll_of_none_beside_a_numeral_keeps_both() -> None:
    found = tolls("Hubo un muerto y tres heridos; ningún bombero resultó herido en Tordal.", "es")
    assert ("un muerto", 1, "killed") in found
    assert ("tres heridos", 3, "injured") in found


def test_no_one_is_not_the_number_one() -> None:
    assert [m.value for m in find_numbers("No one was hurt, but one firefighter fell.")] == [1]


@pytest.mark.parametrize(
    ("span", "lang", "value", "grounded"),
    [
        ("Aucun blessé", "fr", 0, True),
        ("Aucun blessé", "fr", 1, False),
        ("ein Toter", "de", 1, True),
        ("No one", "en", 0, True),
        ("No one", "en", 1, False),
        ("aucun doute", "fr", 1, False),
    ],
)
def test_a_word_count_grounds_only_its_own_value(span: str, lang: str, value: float, grounded: bool) -> None:
    figure = FigureDraft(id="f1", text=span, value=value, category="injured")
    assert figure_number_matches(figure, span, lang) is grounded


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The bus slid off the road near Harwick; no passengers were seriously injured.", "en",
         ("no passengers were seriously injured", 0, "injured")),
        ("Der Bus kam bei Leutstadt von der Straße ab; kein Fahrgast wurde verletzt.", "de",
         ("kein Fahrgast", 0, "injured")),
        ("Le toit de la halle de Morvan s'est effondré ; aucun pompier n'a été blessé.", "fr",
         ("aucun pompier", 0, "injured")),
        ("Ardió una nave en Tordal; ningún bombero resultó herido, según Emergencias.", "es",
         ("ningún bombero", 0, "injured")),
    ],
)  # fmt: skip
def test_none_of_some_people_hurt_is_a_toll(text: str, lang: str, expected: tuple[str, float, str]) -> None:
    assert expected in tolls(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No residents were told about the closure of the Harwick road, the council said.", "en"),
        ("Kein Anwohner wurde vorab über die Sperrung in Leutstadt informiert.", "de"),
        ("Aucun habitant n'a été prévenu de la fermeture de la halle de Morvan.", "fr"),
        ("Ningún vecino sabe todavía cuándo reabrirá la nave de Tordal.", "es"),
    ],
)
def test_none_of_some_people_without_harm_is_no_toll(text: str, lang: str) -> None:
    assert [t for t in tolls(text, lang) if t[1] in (0, 1)] == []
