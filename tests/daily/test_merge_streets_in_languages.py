"""A street or an avenue written with its noun in two languages ("calle Galió", "Carrer
Galió"; "avenue Sainte-Anne", "avinguda Sainte-Anne") is one street of its town
(``lexicons.places.PLACE_SITE_NOUNS``); two streets of one town stay two places, and a street
is an open site that any kind of event passes through (``busy_types.OPEN_SITES``). Every
report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("calle Galió, Magaluf", "Carrer Galió, Magaluf"),
        ("rue Galió, Magaluf", "Galió Street, Magaluf"),
        ("rua Galió, Magaluf", "calle Galió, Magaluf"),
        ("avenida Sant Pere, Vilaret", "avinguda Sant Pere, Vilaret"),
        ("avenue Sant Pere, Vilaret", "viale Sant Pere, Vilaret"),
    ],
)
def test_one_street_written_in_two_languages_is_one_place(first: str, second: str) -> None:
    assert place_chain(first)[0] == place_chain(second)[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("calle Galió, Magaluf", "Carrer Sol, Magaluf"),
        ("calle Galió, Magaluf", "avinguda Galió, Magaluf"),
    ],
)
def test_two_streets_of_one_town_stay_two_places(first: str, second: str) -> None:
    assert place_chain(first)[0] != place_chain(second)[0]


def test_one_fall_from_a_balcony_told_in_spanish_and_catalan_is_one_event() -> None:
    day = merged(
        one_incident("Un joven de 24 años cayó desde un balcón de la calle Galió esta madrugada.",
                     type="accident", place="calle Galió, Magaluf", time="esta madrugada", language="es"),
        one_incident("Un jove de 24 anys va caure d'un balcó del carrer Galió aquesta matinada.",
                     type="accident", place="Carrer Galió, Magaluf", time="aquesta matinada", language="ca"),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_two_events_of_no_kind_on_one_street_stay_apart() -> None:
    """A street sees a shop's closure and a cable theft alike: sharing it is no link."""
    day = merged(
        one_incident("La botiga de roba del carrer Galió tanca avui.",
                     type="other", place="Carrer Galió, Vilaret", time="avui", language="ca"),
        one_incident("Des câbles ont été volés rue Galió ce matin.",
                     type="other", place="rue Galió, Vilaret", time="ce matin", language="fr"),
    )  # fmt: skip
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("avinguda de França, Puigcerdà", "avenida de Francia, Puigcerdà"),
        ("avenue de France, Puigcerdà", "avinguda de França, Puigcerdà"),
        ("Plaça d'Espanya, Figueres", "plaza de España, Figueres"),
        ("Piazza d'Italia, Como", "Piazza Italia, Como"),
        ("praça de Espanha, Lisboa", "plaza de España, Lisboa"),
    ],
)
def test_a_site_named_for_a_country_is_that_country_in_every_language(first: str, second: str) -> None:
    """Within a street's or a square's name, Catalan "França" is France, though a Brazilian
    city is called Franca (``exonyms.country_in_a_sites_name``)."""
    assert place_chain(first)[0] == place_chain(second)[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("avinguda de França, Puigcerdà", "plaça de França, Puigcerdà"),
        ("avenida de Francia, Puigcerdà", "avenida de Portugal, Puigcerdà"),
    ],
)
def test_two_sites_named_for_countries_stay_two(first: str, second: str) -> None:
    assert place_chain(first)[0] != place_chain(second)[0]


def test_a_town_named_alone_is_no_country() -> None:
    """Only a site's name reads a country so: the town of Franca is no France."""
    assert place_chain("Franca, São Paulo")[0] == "franca"
