"""Two more ways an article gives a dispute's figures on two parties' word: a gapped clause
whose verb the first claim gave ("les pompiers font état de neuf blessés, la police de
douze"), and a count restated by someone the article names as no actor ("Mar Limpo eleva
la cifra a más de 300 toneladas"). Look-alikes (an actor that only does something to the
figure, a rise told with no one's word, one party restating its own count) stay one
source. Invented articles."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.claims import RESTATED_PARTY
from summarizer.daily.figure_speakers import restated
from tests.daily.test_merge_figure_parties import _article, _count, _parties


def _injured(text: str, value: float) -> dict[str, object]:
    return _count(text, value, "injured", category="injured")


@pytest.mark.parametrize(
    ("text", "lang", "actors", "figures"),
    [
        ("Les pompiers de Tarrel font état de neuf blessés, la police de douze blessés.", "fr",
         ["pompiers de Tarrel", "police"], [("neuf blessés", 9), ("douze blessés", 12)]),
        ("The fire brigade counted nine injured, the police twelve.", "en",
         ["fire brigade", "police"], [("nine injured", 9), ("twelve", 12)]),
        ("La Guardia Civil cifra en nueve los heridos y el Ayuntamiento en doce.", "es",
         ["Guardia Civil", "Ayuntamiento"], [("nueve", 9), ("doce", 12)]),
        ("Die Feuerwehr spricht von neun Verletzten, die Polizei von zwölf.", "de",
         ["Feuerwehr", "Polizei"], [("neun Verletzten", 9), ("zwölf", 12)]),
    ],
)  # fmt: skip
def test_a_gapped_clause_gives_its_figure_its_own_party(
    text: str, lang: str, actors: list[str], figures: list[tuple[str, float]]
) -> None:
    item = _article(text, actors, [_injured(t, v) for t, v in figures], language=lang)
    assert _parties(item) == {"f1": actors[0], "f2": actors[1]}


@pytest.mark.parametrize(
    ("text", "lang", "actors", "figures"),
    [
        # The second actor does something to the count; it does not give it.
        ("The fire brigade counted nine injured, and the police arrested two men.", "en",
         ["fire brigade", "police"], [("nine injured", 9), ("two men", 2)]),
        # No verb of saying for the gap to stand for.
        ("Nine people were hurt in Tarrel, the Tarrel council of 12 members met.", "en",
         ["Tarrel council"], [("Nine people", 9), ("12 members", 12)]),
        ("Neuf personnes ont été blessées à Tarrel, la mairie de 12 élus s'est réunie.", "fr",
         ["mairie"], [("Neuf personnes", 9), ("12 élus", 12)]),
    ],
)  # fmt: skip
def test_an_actor_the_figure_is_not_given_by_is_no_party(
    text: str, lang: str, actors: list[str], figures: list[tuple[str, float]]
) -> None:
    item = _article(text, actors, [_injured(t, v) for t, v in figures], language=lang)
    assert "f2" not in _parties(item) or _parties(item)["f2"] == _parties(item).get("f1")


def test_a_count_restated_by_an_unnamed_speaker_is_a_party_of_its_own() -> None:
    text = (
        "El vertido alcanzó once playas, según Salvamento Marítimo, que calcula que el buque ha vertido "
        "unas 40 toneladas. Una organización ecologista eleva la cifra a más de 300 toneladas."
    )
    item = _article(
        text,
        ["Salvamento Marítimo"],
        [_count("unas 40 toneladas", 40, "toneladas", bound="approximately"),
         _count("más de 300 toneladas", 300, "toneladas", bound="more_than")],
        language="es",
    )  # fmt: skip
    parties = _parties(item)
    assert parties["f1"] == "Salvamento Marítimo" and parties["f2"].startswith(RESTATED_PARTY)


@pytest.mark.parametrize(
    ("text", "lang", "figure", "expected"),
    [
        ("Local fire officials have put the number of injured at twelve.", "en", "the number of injured at twelve",
         True),
        ("Une ONG chiffrent le bilan à 30 morts.", "fr", "30 morts", True),
        ("Los sindicatos elevan la cifra a 4.000 huelguistas.", "es", "4.000 huelguistas", True),
        ("El SEM cifra en 14 los heridos.", "es", "14", True),
        ("Ein Verband beziffert die Zahl der Verletzten auf 14.", "de", "14", True),
        # A rise told with no one's word, or a count no verb of counting gives.
        ("The toll rose to 14 on Tuesday.", "en", "14", False),
        ("Damit steigt die Zahl der Toten auf drei.", "de", "Zahl der Toten auf drei", False),
        ("Twelve people were taken to hospital.", "en", "Twelve people", False),
        # A verb of saying with no "the number" before the preposition restates nothing.
        ("El temporal informa a 200 vecinos del corte.", "es", "200 vecinos", False),
        ("El hospital registra en 24 horas doce ingresos.", "es", "24 horas", False),
        ("Police put the driver at 80 km/h.", "en", "80 km/h", False),
        ("El balance se eleva a 8 heridos.", "es", "8 heridos", False),
    ],
)  # fmt: skip
def test_what_reads_as_a_restated_count(text: str, lang: str, figure: str, expected: bool) -> None:
    start = text.index(figure)
    assert restated(text, lang, 0, start, start + len(figure)) is expected


def test_one_named_party_restating_its_own_count_stays_one_party() -> None:
    text = "The Tarrel police said nine people were hurt. The Tarrel police later put the number at twelve."
    item = _article(
        text, ["Tarrel police"], [_injured("nine people", 9), _injured("the number at twelve", 12)]
    )
    assert set(_parties(item).values()) <= {"Tarrel police"}


def test_an_article_restating_its_own_count_does_not_dispute_itself() -> None:
    """Every restated figure of an article shares one party: a toll the article raises
    twice is one voice growing, not two sides of a dispute."""
    from tests.daily.test_daily import merged

    text = (
        "El SEM cifra en nueve los heridos en Tarrel. Horas después eleva la cifra a 12 heridos. "
        "Por la noche eleva la cifra a 15 heridos."
    )
    figures = [_injured("nueve", 9), _injured("12 heridos", 12), _injured("15 heridos", 15)]
    item = _article(text, [], figures, language="es")
    assert set(_parties(item).values()) == {RESTATED_PARTY}
    assert not any(f.conflict for f in merged(item).figures)


def test_hostile_runs_are_read_quickly() -> None:
    text = ("la police " + "de " * 5000 + "douze, ") * 3 + "eleva " + "la cifra " * 3000 + "a 12"
    started = time.thread_time()
    for lang in ("en", "fr", "es", "de"):
        restated(text, lang, 0, len(text) - 2, len(text))
    assert time.thread_time() - started < 2


def test_a_sentence_of_many_verbs_of_saying_is_read_in_linear_time() -> None:
    """Each verb of "Laut GVD meldet meldet … 280" looked for a new subject over the whole
    sentence before it: 10 s of CPU for 28,000 characters."""
    text = "Laut GVD streiken 450 Beschäftigte " + "meldet " * 4000 + "280."
    figures = [_count("450 Beschäftigte", 450, "Beschäftigte"), _count("280", 280, "Beschäftigte")]
    item = _article(text, ["GVD"], figures, language="de")
    started = time.thread_time()
    parties = _parties(item)
    assert time.thread_time() - started < 2
    assert parties["f2"] == "GVD"  # no subject of its own between the union and its figure


def test_a_gapped_dispute_inside_one_article_is_flagged_and_its_parts_are_not() -> None:
    from tests.daily.test_daily import merged

    disputed = "Les pompiers de Tarrel font état de neuf blessés, la police de douze blessés."
    day = merged(
        _article(disputed, ["pompiers de Tarrel", "police"],
                 [_injured("neuf blessés", 9), _injured("douze blessés", 12)], language="fr")
    )  # fmt: skip
    assert [f.conflict for f in day.figures if f.category == "injured"] == [True]
    parts = "Les pompiers de Tarrel font état de neuf blessés, dont deux graves, selon la police."
    day = merged(
        _article(parts, ["pompiers de Tarrel", "police"],
                 [_injured("neuf blessés", 9), _injured("deux graves", 2)], language="fr")
    )  # fmt: skip
    assert not any(f.conflict for f in day.figures)


@pytest.mark.parametrize(
    ("text", "lang", "actors"),
    [
        ("Según el balance de los Bombers de Tarrel, nueve personas resultaron heridas; el Hospital Sur "
         "cifra en 14 los heridos.", "es", ["Bombers de Tarrel", "Hospital Sur"]),
        ("Selon le bilan des pompiers de Tarrel, neuf personnes ont été blessées ; l'Hôpital Sud en "
         "compte 14.", "fr", ["pompiers de Tarrel", "Hôpital Sud"]),
        ("According to figures from the Tarrel fire brigade, nine people were injured; the South Hospital "
         "counted 14.", "en", ["Tarrel fire brigade", "South Hospital"]),
        ("Laut Angaben der Feuerwehr Tarrel wurden neun Menschen verletzt; das Südklinikum zählte 14.", "de",
         ["Feuerwehr Tarrel", "Südklinikum"]),
    ],
)  # fmt: skip
def test_according_to_an_actors_figures_names_the_party(text: str, lang: str, actors: list[str]) -> None:
    nine = next(
        word for word in ("nueve personas", "neuf personnes", "nine people", "neun Menschen") if word in text
    )
    item = _article(text, actors, [_injured(nine, 9), _injured("14", 14)], language=lang)
    assert _parties(item) == {"f1": actors[0], "f2": actors[1]}


def test_according_to_figures_of_no_actor_names_no_party() -> None:
    text = "Según el balance provisional, nueve personas resultaron heridas en Tarrel; el Hospital Sur habla de 14."
    item = _article(
        text, ["Hospital Sur"], [_injured("nueve personas", 9), _injured("14", 14)], language="es"
    )
    assert "f1" not in _parties(item)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "first", "second"),
    [
        ("Laut GVD beteiligen sich 450 Beschäftigte am Streik, das Unternehmen spricht von 280.", "de", "GVD",
         "450 Beschäftigte", "280"),
        ("According to the Tarrel Union, 450 drivers joined the strike, but the company put it at 280.", "en",
         "Tarrel Union", "450 drivers", "280"),
        ("Según el Sindicato Obrero, 450 conductores secundaron la huelga, mientras la empresa habla de 280.",
         "es", "Sindicato Obrero", "450 conductores", "280"),
        ("Selon le syndicat Sud-Rail, 450 conducteurs sont en grève, mais la direction en annonce 280.", "fr",
         "syndicat Sud-Rail", "450 conducteurs", "280"),
    ],
)  # fmt: skip
def test_a_clause_with_a_subject_of_its_own_gives_its_figure_on_that_subjects_word(
    text: str, lang: str, actor: str, first: str, second: str
) -> None:
    figures = [_count(first, 450, "drivers"), _count(second, 280, "drivers")]
    parties = _parties(_article(text, [actor], figures, language=lang))
    assert parties["f1"] == actor and parties["f2"].startswith(RESTATED_PARTY)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarrel police said on Tuesday, the day after the fire, that 12 people were hurt.",
        "The Tarrel police said 12 people were hurt, the highest toll in years.",
        "Laut Polizei Tarrel wurden am Dienstag, dem Tag nach dem Brand, 12 Menschen verletzt.",
    ],
)
def test_an_aside_between_a_party_and_its_figure_is_no_new_speaker(text: str) -> None:
    actor = "Tarrel police" if "Tarrel police" in text else "Polizei Tarrel"
    figure = "12 people" if "12 people" in text else "12 Menschen"
    item = _article(
        text, [actor], [_injured(figure, 12), _injured("12", 12) if False else _injured(figure, 12)]
    )
    assert set(_parties(item).values()) <= {actor}
