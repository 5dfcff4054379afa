"""Where a wire's copy is filed from, and numbers that are no counts: a capital's bureau is
not where a lead that names a country happened, a broadcaster's banner names no place, an
emergency number ("112", "999") beside its line, a clock time ("16.00", "7 h 40") and an age
in brackets or in a range ("Dennis Keller (29)", "âgés de 24 à 28 ans") are no count. Invented sentences in English, German, French and Spanish; the towns a dateline does
name, and counts of the same digits, are still read."""

from __future__ import annotations

import time

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incident_places import bureau_country, country_named, opening_dateline


def _incidents(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [(i.type, i.location) for i in briefing.incidents]


def _figures(text: str, lang: str) -> list[float]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [f.value for f in briefing.figures]


def test_a_capitals_bureau_is_not_where_a_lead_naming_a_country_happened() -> None:
    text = "ROME, May 4 (Wire) - Floods hit northern Italy on Monday, cutting off two villages."
    assert _incidents(text) == [("disaster", "Italy")]


def test_a_towns_dateline_is_where_its_event_was_though_the_lead_names_the_country() -> None:
    text = (
        "KELBURG, Germany, May 4 (Wire) - A turboprop made an emergency landing at a small "
        "airport in northern Germany on Monday."
    )
    assert _incidents(text) == [("accident", "Kelburg")]


def test_a_capitals_dateline_stands_when_the_lead_names_no_country() -> None:
    text = "MADRID, May 4 (Wire) - A fire broke out in a warehouse on Monday."
    assert _incidents(text) == [("accident", "Madrid")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fuel oil washed up off northwestern Spain.", "Spain"),
        ("Un incendie en Espagne a détruit 40 hectares.", "Spain"),
        ("Der Sturm traf Spanien am Montag.", "Spain"),
        ("Heavy rain fell across South Africa.", "South Africa"),
        # A country's name as a person's first name is the person's.
        ("Georgia Smith said the river rose overnight.", None),
    ],
)
def test_the_country_a_sentence_names(sentence: str, expected: str | None) -> None:
    assert country_named(sentence) == expected


def test_only_a_capital_is_a_bureau() -> None:
    assert bureau_country("PARIS", "A tunnel in France was closed.") == "France"
    assert bureau_country("Kelburg", "An airport in Germany was closed.") is None


@pytest.mark.parametrize(
    "text",
    [
        "RADIO VALDORA – Journal de 18 heures\n\nPRÉSENTATRICE : Le pont est fermé.",
        "ONDA NORTE – Boletín de las 12\n\nLOCUTOR: Un incendio en Tarrel.",
        "TV KELBURG – Nachrichten\n\nSPRECHER: Ein Brand in Felden.",
    ],
)
def test_a_broadcasters_banner_names_no_place(text: str) -> None:
    assert opening_dateline(text) is None


def test_a_towns_dateline_is_still_read() -> None:
    assert opening_dateline("TOULOUSE, 14 oct (APP) – Le tunnel est fermé.") == "Toulouse"
    assert opening_dateline("TELFS (APA) – Ein Brand in der Altstadt.") == "Telfs"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El servicio de emergencias 112 Aragón eleva a seis el número de heridos.", "es"),
        ("The regional 112 emergency service said six people were hurt in the crash.", "en"),
        ("Le 112 Aragon a fait état de six blessés dans l'accident.", "fr"),
        ("Laut Notruf 112 wurden sechs Menschen verletzt.", "de"),
        ("Callers to 999 said six people were hurt in the fire.", "en"),
    ],
)
def test_an_emergency_lines_number_is_no_count(text: str, lang: str) -> None:
    assert _figures(text, lang) == [6.0]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The blast killed 112 service members.", "en", [112.0]),
        ("The fire injured 112 people and damaged 999 homes.", "en", [112.0, 999.0]),
        ("Die 112 Verletzten wurden versorgt.", "de", [112.0]),
        ("El número de 112 heridos fue confirmado.", "es", [112.0]),
    ],
)
def test_a_count_of_the_same_digits_is_still_a_count(text: str, lang: str, expected: list[float]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Un courriel anonyme reçu à 7 h 40 affirmait que 300 élèves étaient visés.", "fr", [300.0]),
        ("Directo\n\n16.00 Salvamento Marítimo contabiliza ya 14 playas con fuel.", "es", [14.0]),
        ("Der Zug fuhr um 16.30 ab, 40 Menschen waren an Bord.", "de", [40.0]),
        ("Live\n\n16.40 Police say 12 people were hurt.", "en", [12.0]),
        # An English decimal inside a sentence is a decimal.
        ("Prices rose 2.30 percent and 16.00 tonnes were shipped.", "en", [2.3, 16.0]),
    ],
)
def test_a_clock_time_is_no_count(text: str, lang: str, expected: list[float]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Gesucht werden Dennis Keller (29) und Artur Brenner (41); 300 Beamte sind im Einsatz.",
            "de",
            [300.0],
        ),
        ("Trois randonneurs âgés de 24 à 28 ans ont été retrouvés par 40 secouristes.", "fr", [3.0, 40.0]),
        ("Three hikers aged 24 to 28 were found by 40 rescuers.", "en", [3.0, 40.0]),
        ("Cinco jóvenes de entre 18 y 20 años resultaron heridos.", "es", [5.0]),
        # A range of people, and a number in brackets after no name, are counts.
        ("Between 20 and 30 people were hurt.", "en", [20.0, 30.0]),
        ("Die Feuerwehr rückte mit (40) Kräften an.", "de", [40.0]),
    ],
)
def test_an_age_is_no_count(text: str, lang: str, expected: list[float]) -> None:
    assert _figures(text, lang) == expected


def test_hostile_runs_are_read_quickly() -> None:
    hostile = "emergency " * 3_000 + "112 " * 3_000 + "Spain " * 3_000 + "RADIO " * 2_000
    started = time.thread_time()
    country_named(hostile)
    opening_dateline(hostile)
    _figures(hostile[:20_000], "en")
    assert time.thread_time() - started < 5.0


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("FIESCH VS, 22. August (SDA) - Zwei Gleitschirme sind zusammengestossen.", "Fiesch"),
        ("SION VS (ATS) - Un incendie a ravagé un chalet.", "Sion"),
        ("BAD RAGAZ SG - Ein Brand in der Altstadt.", "Bad Ragaz"),
        # A town of two words keeps both: neither is a canton's code.
        ("LA CHAUX-DE-FONDS, 3 mars (ATS) - Un bus a pris feu.", "La Chaux-de-Fonds"),
    ],
)
def test_a_swiss_datelines_canton_code_is_no_part_of_the_town(text: str, town: str) -> None:
    assert opening_dateline(text) == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Sintra, 17 out (Lusa) - Cerca de 120 azulejos foram arrancados.", "Sintra"),
        ("Vila Nova de Gaia, 3 mar (Lusa) - Um incêndio destruiu um armazém.", "Vila Nova de Gaia"),
        ("Alcalá de Henares, 9 ago. (Agencia Centro) - Un incendio calcinó una nave.", "Alcalá de Henares"),
    ],
)
def test_a_title_case_town_before_a_date_and_an_agency_is_a_dateline(text: str, town: str) -> None:
    assert opening_dateline(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "Porto, 17 out - Um incêndio destruiu um armazém.",  # no agency: a heading's date
        "The minister, who spoke briefly - said nothing.",
        "Update, 17 out - Um incêndio.",
    ],
)
def test_a_title_case_heading_without_an_agency_is_no_dateline(text: str) -> None:
    assert opening_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Incêndios, balanço do dia (ANEPC) - Três fogos continuam ativos.",  # a heading, no date
        "Benfica, 3 (Rafa, Di María) - Porto, 1 (Taremi)\nO Benfica venceu o clássico.",  # a score
        "Opinião, por João Silva (Público) - O país precisa de um plano.",
        "Por Ana Costa, 17 out (Lusa) - O Governo aprovou o orçamento.",  # a byline
        "Liga Europa, 3.ª jornada (resumo) - O Sporting empatou.",
    ],
)
def test_a_title_case_heading_before_brackets_and_a_dash_is_no_dateline(text: str) -> None:
    assert opening_dateline(text) is None
