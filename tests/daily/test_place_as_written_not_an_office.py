"""A place's name as written (``places.name_as_written``) takes the capitalised words of a
site's name before it ("Audiencia Provincial de Valdeoca"), never an office's title: "Le
Maire de Lyon", "Police Chief of Lyon" name Lyon, and "maire", "police", "chief" went on
to count as words that name the place rather than words that tell the event. Invented
sentences in English, French, German and Spanish."""

from __future__ import annotations

import pytest

from summarizer.daily.places import name_as_written


@pytest.mark.parametrize(
    ("place", "text", "written"),
    [
        ("Lyon", "Le Maire de Lyon a demandé une enquête après l'incendie.", "Lyon"),
        ("Lyon", "The Police Chief of Lyon said the fire was set deliberately.", "Lyon"),
        ("Laubach", "Der Bürgermeister von Laubach sprach von einem Unglück.", "Laubach"),
        ("Valdeoca", "El Alcalde de Valdeoca visitó a los heridos.", "Valdeoca"),
        ("Brenton", "Chief Inspector of Brenton Hall Road police, Ann Cole, said", "Brenton Hall Road"),
    ],
)
def test_an_office_before_a_place_is_not_its_name(place: str, text: str, written: str) -> None:
    assert name_as_written(place, text) == written


@pytest.mark.parametrize(
    ("place", "text", "written"),
    [
        (
            "Valdeoca",
            "La Audiencia Provincial de Valdeoca juzgará el caso.",
            "Audiencia Provincial de Valdeoca",
        ),
        (
            "Valdeoca",
            "Le Tribunal Correctionnel de Valdeoca a jugé l'affaire.",
            "Tribunal Correctionnel de Valdeoca",
        ),
        (
            "Laubach",
            "Der Prozess vor dem Amtsgericht von Laubach beginnt am Montag.",
            "Amtsgericht von Laubach",
        ),
        ("Port Adela Crown", "He appeared at Port Adela Crown Court on Monday.", "Port Adela Crown Court"),
    ],
)
def test_a_site_before_a_place_is_still_its_name(place: str, text: str, written: str) -> None:
    assert name_as_written(place, text) == written
