"""A report placed by the story around it, as the daily merge needs every report placed:
"in the same town" and "de la ville" name the town told before (``same_town``), a town is
read after "neighbouring" ("in neighbouring Kortrijk", "im benachbarten Basel", "en la vecina Alzira", "dans la
commune voisine de Lully"), and a saint's title is no city of a suburb ("gare de
Sainte-Aldegonde"). Invented sentences in English, French, German, Spanish, Italian and
Portuguese (the engine reads no Italian or Portuguese incidents, so those are read by
``same_town`` alone); hostile ones that must stay unplaced or keep their own place."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incident_places import sentence_place
from summarizer.engines.extractive.same_town import same_town, town_told_before
from summarizer.models import Briefing


def _brief(text: str, lang: str) -> Briefing:
    article = Article(id="a", text=text, published=dt.date(2026, 3, 12), language=lang)
    assert article.reading[0] == lang
    return ExtractiveEngine().brief(article, None)


@pytest.mark.parametrize(
    ("sentence", "written", "another"),
    [
        ("Later that day, a bus crashed in the same town, injuring four.", "the same town", True),
        ("A nursery in the town's east end was evacuated.", "the town's", False),
        ("Dans la même commune, un accident a fait quatre blessés.", "la même commune", True),
        ("Un échafaudage s'est effondré sur un trottoir de la ville.", "de la ville", False),
        ("Am Nachmittag wurde in derselben Gemeinde ein Kindergarten evakuiert.", "derselben Gemeinde", True),
        ("En la misma localidad, un autobús chocó contra un muro.", "la misma localidad", True),
        ("Nella stessa città un autobus si è schiantato contro un muro.", "Nella stessa città", True),
        ("Un magazzino della città è andato a fuoco.", "della città", False),
        ("Na mesma cidade, um autocarro chocou contra um muro.", "Na mesma cidade", True),
        ("Um armazém da cidade foi destruído pelo fogo.", "da cidade", False),
    ],
)
def test_a_sentence_may_name_the_town_told_before(sentence: str, written: str, another: bool) -> None:
    assert same_town(sentence) == (written, another)


@pytest.mark.parametrize(
    "sentence",
    [
        # Another town, or one the sentence names itself, or a day rather than a town.
        "Later the same day, a bus crashed in another town.",
        "Le même jour, un bus a percuté un mur dans le centre de la ville voisine.",
        "Le maire de la ville de Lyon a été évacué.",
        "Im Zentrum der Stadt Felden wurden vier Menschen verletzt.",
        "El alcalde de la ciudad de Olmeda visitó a los heridos.",
        "Un autobus si è schiantato nel centro della città di Bolzano.",
        "Um autocarro chocou no centro da cidade vizinha.",
        "The city council will meet on Monday.",
        # "The city" of a town the sentence names itself.
        "Nearly 2,500 people fled to the regional capital of Belgorod, the city's mayor told AFP.",
        "Quelque 300 habitants ont été relogés à Lully, selon le maire de la ville.",
        "Unos 300 vecinos fueron realojados en Olmeda, según el alcalde de la ciudad.",
    ],
)
def test_no_town_told_before_is_named_by_another_town_or_a_day(sentence: str) -> None:
    assert same_town(sentence) is None


def test_the_town_told_before_is_no_country() -> None:
    assert town_told_before([None, "Spain", "Olmeda", "Felden"]) == "Olmeda"
    assert town_told_before([None, "France"]) is None


@pytest.mark.parametrize(
    ("text", "lang", "town", "written"),
    [
        (
            "A fire destroyed a warehouse in Dunmore on Tuesday, firefighters said. Later the same day, "
            "a bus crashed into a wall in the same town, injuring four people.",
            "en",
            "Dunmore",
            "the same town",
        ),
        (
            "Un incendie a détruit un entrepôt mardi à Lully, selon les pompiers. Dans la même commune, "
            "un accident de la route a fait quatre blessés mardi soir.",
            "fr",
            "Lully",
            "la même commune",
        ),
        (
            "Ein Brand hat am Dienstag in Galmach eine Lagerhalle zerstört, teilte die Feuerwehr mit. Am "
            "Nachmittag wurde in derselben Gemeinde ein Kindergarten evakuiert, nachdem Bauarbeiter eine "
            "Gasleitung beschädigt hatten.",
            "de",
            "Galmach",
            "derselben Gemeinde",
        ),
        (
            "Un incendio destruyó el martes una nave industrial en Olmeda, según los bomberos. En la misma "
            "localidad, un autobús chocó contra un muro y cuatro personas resultaron heridas.",
            "es",
            "Olmeda",
            "la misma localidad",
        ),
    ],
)
def test_another_event_in_the_same_town_is_its_own_report_placed_there(
    text: str, lang: str, town: str, written: str
) -> None:
    incidents = _brief(text, lang).incidents
    assert len(incidents) == 2
    assert (incidents[1].location, incidents[1].place) == (written, town)


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("In neighbouring Kortrijk-Dutsel, a man was arrested on Wednesday.", "en", "Kortrijk-Dutsel"),
        ("A man was arrested in nearby Dunmore on Wednesday.", "en", "Dunmore"),
        ("Dans la commune voisine de Lully, un homme a été arrêté mercredi.", "fr", "Lully"),
        ("Dans le village voisin de Lully, un homme a été arrêté.", "fr", "Lully"),
        ("Im benachbarten Basel wurde am Mittwoch ein Mann festgenommen.", "de", "Basel"),
        ("En la vecina Alzira, un hombre fue detenido el miércoles.", "es", "Alzira"),
        ("En la localidad vecina de Olmeda, un hombre fue detenido.", "es", "Olmeda"),
        # What is nearby is no town: a hospital, a forest (German capitalises its nouns).
        ("He was taken to a nearby hospital.", "en", None),
        ("Im nahen Wald wurde ein Mann festgenommen.", "de", None),
        ("Im benachbarten Haus brach ein Feuer aus.", "de", None),
    ],
)
def test_a_town_is_read_after_an_adjective_that_sets_it_nearby(
    sentence: str, lang: str, place: str | None
) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == place


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("Sept vélos ont été volés au parking de la gare de Sainte-Aldegonde.", "fr", "Sainte-Aldegonde"),
        ("Un avion a atterri en urgence à l'aéroport de Sainte-Marie.", "fr", "Sainte-Marie"),
        ("Am Bahnhof Sainte-Aldegonde wurden sieben Fahrräder gestohlen.", "de", "Sainte-Aldegonde"),
        ("Robaron siete bicicletas en la estación de Sainte-Aldegonde.", "es", "Sainte-Aldegonde"),
        # A suburb of a city the tables know is still the city's.
        ("Des drones au-dessus de l'aéroport de Genève-Cointrin ont paralysé le trafic.", "fr", "Genève"),
    ],
)
def test_a_saint_s_title_is_no_city_of_a_suburb(sentence: str, lang: str, place: str) -> None:
    assert sentence_place(sentence, 0, [], lang)[1] == place
