"""The one place lookup (``text.places``) on French and Spanish as newsrooms write them: a
preposition opening the sentence, an article between preposition and name, a place named by
its level or a part of it and "de" (invented sentences). The engine's incident place and the
daily merge's passage places both read it."""

from __future__ import annotations

import pytest

from summarizer.daily.place_keys import place_key
from summarizer.daily.places import places_compatible, places_in
from summarizer.text.place_levels import region_level
from summarizer.text.places import find_place, places_after_prepositions


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("À Morvelle, les inondations de mardi ont fait deux morts.", "fr", ("Morvelle", "Morvelle")),
        ("En Tarrel, la riada del miércoles dejó dos muertos.", "es", ("Tarrel", "Tarrel")),
        ("Au Creusot, un entrepôt a brûlé.", "fr", ("Creusot", "Creusot")),
        ("El autobús volcó en la A-9, cerca de Olmeda.", "es", ("A-9, cerca de Olmeda", "Olmeda")),
        ("La chaleur a fait neuf morts dans le Varesque depuis lundi.", "fr", ("le Varesque", "Varesque")),
        ("Des pluies ont inondé plusieurs quartiers de Morvelle mardi.", "fr", ("Morvelle", "Morvelle")),
        ("Un feu a fait un mort dans le 3e arrondissement de Morvelle.", "fr", ("Morvelle", "Morvelle")),
        ("El fuego de la provincia de Tarrel sigue activo.", "es", ("provincia de Tarrel", "Tarrel")),
        (
            "Dos personas murieron en la comarca de la Vega Baja.",
            "es",
            ("comarca de la Vega Baja", "Vega Baja"),
        ),
        ("Un incendio declarado en la sierra de Olmeda obligó a desalojar.", "es", ("Olmeda", "Olmeda")),
    ],
)
def test_a_place_as_french_and_spanish_newsrooms_write_it(
    sentence: str, lang: str, expected: tuple[str, str]
) -> None:
    assert find_place(sentence, lang) == expected


def test_a_level_written_with_its_place_keeps_the_level_and_one_key() -> None:
    written = dict(places_after_prepositions("Des crues dans la région de Varesque.", "fr"))
    assert written == {"Varesque": "région de Varesque"}
    assert place_key("provincia de Tarrel") == place_key("Tarrel") == "tarel"
    assert places_in("Plusieurs quartiers de Morvelle ont été inondés.", "fr") == {"morvele"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # "de" after a word that is no level nor part of a place: an institution or a person.
        ("Le ministre de Villiers a parlé mardi.", "fr"),
        ("Los Transportes urbanos de Tarrel pararon el lunes.", "es"),
        # An article alone after "dans" with a lower-case noun: a time, not a place.
        ("Dans la nuit, deux voitures ont brûlé.", "fr"),
        # An acronym after a preposition is an organisation, in any language.
        ("Grève aux TUL : 35 % des conducteurs ont cessé le travail mercredi.", "fr"),
        ("Efectivos de la UME trabajan en la UME desde el martes.", "es"),
        ("The talks at the UN ended on Tuesday.", "en"),
        # English keeps its own prepositions: "à" and "de" are none.
        ("A flood hit the quartiers de Morvelle.", "en"),
    ],
)
def test_no_place_where_none_is_named(sentence: str, lang: str) -> None:
    assert find_place(sentence, lang) == (None, None)


def test_a_french_place_in_dans_le_holds_towns_and_one_after_a_holds_none() -> None:
    """French says "dans le Rhône" of a département, "à Lyon" of a town and "à la
    Croix-Rousse" of a part of one; Spanish "en la A-9" of a road: only the first is read
    as a place that holds towns."""
    assert find_place("La chaleur a fait neuf morts dans la Varesque depuis lundi.", "fr") == (
        "la Varesque",
        "Varesque",
    )
    assert region_level("la Varesque") == "region"
    for sentence, lang in [
        ("Un feu a ravagé un immeuble à la Croix-Rousse mardi.", "fr"),
        ("À Morvelle, la canicule a fait dix morts.", "fr"),
        ("El autobús volcó en la A-9 el martes.", "es"),
    ]:
        written, _ = find_place(sentence, lang)
        assert region_level(written) is None, sentence


def test_a_german_place_named_by_its_citys_adjective_is_within_the_city() -> None:
    strike = "Ein Warnstreik hat am Dienstag den Kelbacher Hafen lahmgelegt; 3000 Beschäftigte streikten."
    assert find_place(strike, "de") == ("Kelbacher Hafen", "Kelbacher Hafen")
    # An adjective before another noun names no place.
    assert find_place("Die Kelbacher Polizei nahm am Dienstag zwei Männer fest.", "de") == (None, None)
    assert find_place("A Hamburger restaurant near the port was closed on Tuesday.", "en") == (None, None)
    assert place_key("Kelbacher Hafen") == "kelbach hafen"
    assert places_compatible("kelbach", frozenset(), place_key("Kelbacher Hafen"), frozenset())
    assert places_compatible("hafen", frozenset(), place_key("Kelbacher Hafen"), frozenset())
    assert not places_compatible("marburg", frozenset(), place_key("Kelbacher Hafen"), frozenset())


def test_an_acronym_that_names_a_country_is_a_place() -> None:
    assert find_place("Prices rose in the UK on Tuesday.") == ("UK", "UK")
    assert find_place("El autobús volcó en la A-9 el martes.", "es") == ("A-9", "A-9")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # German towns take no article: after one, only a region the tables know, a place
        # named by its level, or a city's port or old town is a place.
        ("Bei der Landtagswahl in der Steiermark siegte die FPÖ.", "de", ("Steiermark", "Steiermark")),
        (
            "Ein Feuer brach am Dienstag im Landkreis Kelbach aus.",
            "de",
            ("Landkreis Kelbach", "Landkreis Kelbach"),
        ),
        ("Warnstreik im Hafen: 3.000 Beschäftigte legten die Arbeit nieder.", "de", ("Hafen", "Hafen")),
        ("In der Nacht brannte eine Lagerhalle in Kelbach.", "de", ("Kelbach", "Kelbach")),
        ("KELBACH — Im Tarifstreit hat die Gewerkschaft am Mittwoch gestreikt.", "de", (None, None)),
        # A road named by its kind and number, in any language; with a town after it, the
        # town (``test_places_roads_and_owners``).
        (
            "Un autobús volcó el martes en la autovía A-9 a la altura de Olmeda.",
            "es",
            ("A-9 a la altura de Olmeda", "Olmeda"),
        ),
        (
            "Un camion s'est renversé mardi sur l'autoroute A9 près de Morvelle.",
            "fr",
            ("A9 près de Morvelle", "Morvelle"),
        ),
        (
            "Ein Lkw kippte am Dienstag auf der Autobahn A9 bei Kelbach um.",
            "de",
            ("A9 bei Kelbach", "Kelbach"),
        ),
        ("Ein Lkw kippte am Dienstag auf der Autobahn A9 um.", "de", ("A9", "A9")),
    ],
)
def test_articles_and_roads(sentence: str, lang: str, expected: tuple[str | None, str | None]) -> None:
    assert find_place(sentence, lang) == expected
