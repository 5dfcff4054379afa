"""A town named after the way out of town or the harbour bar where something happened
("à la sortie de Neuvillers", "na barra de Vila do Conde"): the engine reads the town, so
that reports of one event share it. Not after a town's hall, which is the body that speaks,
nor after a hospital the injured were taken to, nor after works, named for their company as
often as for their town ("la fábrica de Renault").
Invented sentences in French, Spanish, Italian, Portuguese, Catalan and Dutch."""

from __future__ import annotations

import pytest

from summarizer.engines.extractive.incident_places import sentence_place
from summarizer.engines.extractive.site_places import town_of_a_site


@pytest.mark.parametrize(
    ("sentence", "lang", "town"),
    [
        ("Une conduite a cédé mardi matin à la ferme, à la sortie de Valdrieux.", "fr", "Valdrieux"),
        (
            "Um bote virou-se na barra de Vila do Mar; os dois tripulantes foram resgatados.",
            "pt",
            "Vila do Mar",
        ),
        ("A traineira virou-se à entrada do porto da Póvoa de Sarzedo.", "pt", "Póvoa de Sarzedo"),
    ],
)
def test_a_town_named_after_its_works_way_out_or_harbour_is_the_place(
    sentence: str, lang: str, town: str
) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == town


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A town's hall is the body that decides or speaks, not where anything happened.
        ("La mairie de Valdrieux a annoncé une réunion.", "fr"),
        ("La Câmara Municipal de Sarzedo decidiu proibir os veículos.", "pt"),
        ("El Ayuntamiento de Olmeda aprobó la ordenanza.", "es"),
        # A hospital is where the injured were taken, and is often named for a saint.
        ("O ferido foi levado para o Hospital de São Brás.", "pt"),
        ("Il ferito è stato trasportato all'ospedale di Sorbo.", "it"),
        # Works: the name after them is a company's as often as a town's.
        ("Un incendio en la fábrica de Renault obligó a desalojar a 200 trabajadores.", "es"),
        ("Un incendie s'est déclaré à l'usine de Peugeot de Sochaux jeudi.", "fr"),
        ("Un incendio è divampato nella cartiera di Castel di Sorbo.", "it"),
        ("Dos obreros resultaron heridos en el astillero de Navantia.", "es"),
        ("Bij de scheepswerf van Damen is een kraan omgevallen.", "nl"),
        # A common noun after the joiner names no town: "la salida de emergencia".
        ("Los vecinos salieron por la salida de emergencia.", "es"),
    ],
)
def test_no_town_after_a_town_hall_a_hospital_works_or_a_common_noun(sentence: str, lang: str) -> None:
    assert town_of_a_site(sentence, lang) is None


def test_german_names_its_works_by_their_own_name() -> None:
    # "In der Werft Mestral": the works' own name, no town.
    assert town_of_a_site("In der Werft Mestral ist ein Arbeiter verletzt worden.", "de") is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A name after a site or a way out that is then placed in a city is the site's own
        # or its company's: a shop, a station named for another city.
        ("Un piéton a été renversé à la sortie de Carrefour à Lille.", "fr"),
        ("L'entrée de Decathlon à Nantes a été bloquée après un incendie.", "fr"),
        ("Un voyageur a été blessé à la gare de Lyon à Paris.", "fr"),
        ("Un camión volcó a la salida de Mercadona en Ourense.", "es"),
        ("Un motociclista è morto all'uscita di Ikea, a Carugate.", "it"),
        ("Um homem ficou ferido com uma barra de Ferro em Braga.", "pt"),
    ],
)
def test_a_name_after_a_site_placed_in_a_city_is_no_town(sentence: str, lang: str) -> None:
    assert town_of_a_site(sentence, lang) is None
    # Nor is it read once the city is set aside (here as a route's end, "de Lyon à Paris").
    assert sentence_place(sentence, 0, [], lang)[1] not in {
        "Carrefour",
        "Decathlon",
        "Lyon",
        "Mercadona",
        "Ikea",
        "Ferro",
    }
