"""Arrests at a site where the police and customs control travellers (``busy_types.
CHECKPOINT_SITES``: an airport, a station, a port): its controls make many a day, a small
town's site or not, so the one-place prior reads none of them there and two arrests of one
day stay two unless they share specifics (the people, a count, the goods seized). Every
place and person here is invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import merged, one_incident


def _arrest(text: str, place: str, lang: str, type: str = "arrest") -> object:
    return one_incident(text, type=type, place=place, location=None, time=None, language=lang)


# Two arrests of one day at one site, told in two languages, sharing nothing but the site.
TWO_ARRESTS = {
    "station": (
        _arrest(
            "Die Polizei hat am Montag am Bahnhof Oberried einen 19-Jährigen festgenommen, der "
            "gestohlene Fahrräder verkaufen wollte.",
            "Bahnhof Oberried",
            "de",
        ),
        _arrest(
            "Lundi, les policiers ont interpellé à la gare d'Oberried une femme recherchée pour "
            "une escroquerie.",
            "gare d'Oberried",
            "fr",
        ),
    ),
    "port": (
        _arrest(
            "La Guardia Civil detuvo el lunes en el puerto de Tarvel a un camionero que ocultaba "
            "tabaco de contrabando en su remolque.",
            "puerto de Tarvel",
            "es",
        ),
        _arrest(
            "Police at Tarvel harbour on Monday arrested a deckhand wanted on a European warrant.",
            "Tarvel harbour",
            "en",
        ),
    ),
    "airport": (
        _arrest(
            "Zöllner am Flughafen Kolmsdorf haben am Montag einen Reisenden mit zwei Kilo "
            "Kokain im Koffer festgenommen.",
            "Flughafen Kolmsdorf",
            "de",
        ),
        _arrest(
            "Lunedì all'aeroporto di Kolmsdorf la polizia ha arrestato un uomo ricercato per furto.",
            "aeroporto di Kolmsdorf",
            "it",
        ),
    ),
}


@pytest.mark.parametrize("site", sorted(TWO_ARRESTS))
def test_two_arrests_of_one_day_at_a_checkpoint_site_stay_two(site: str) -> None:
    assert len(merged(*TWO_ARRESTS[site]).incidents) == 2


@pytest.mark.parametrize(
    "one, other",
    [
        (  # a station: the same person named
            _arrest(
                "Die Polizei hat am Montag am Bahnhof Oberried den 19-jährigen Jonas Tellenbach "
                "festgenommen.",
                "Bahnhof Oberried",
                "de",
            ),
            _arrest(
                "Lundi, les policiers ont interpellé Jonas Tellenbach, 19 ans, à la gare d'Oberried.",
                "gare d'Oberried",
                "fr",
            ),
        ),
        (  # a port: the same person named
            _arrest(
                "La Guardia Civil detuvo el lunes en el puerto de Tarvel al camionero Iñaki "
                "Ortuzar, que ocultaba tabaco de contrabando en su remolque.",
                "puerto de Tarvel",
                "es",
            ),
            _arrest(
                "Police at Tarvel harbour on Monday arrested lorry driver Iñaki Ortuzar, who was "
                "hiding contraband cigarettes in his trailer.",
                "Tarvel harbour",
                "en",
            ),
        ),
        (  # an airport: the same goods seized (cocaine), named in two languages
            _arrest(
                "Zöllner am Flughafen Kolmsdorf haben am Montag einen Reisenden mit Kokain im "
                "Koffer festgenommen.",
                "Flughafen Kolmsdorf",
                "de",
            ),
            _arrest(
                "Lunedì all'aeroporto di Kolmsdorf i doganieri hanno arrestato un passeggero con "
                "la cocaina in valigia.",
                "aeroporto di Kolmsdorf",
                "it",
            ),
        ),
    ],
)
def test_one_arrest_at_a_checkpoint_site_told_in_two_languages_is_one(one: object, other: object) -> None:
    assert len(merged(one, other).incidents) == 1


def test_two_marches_of_one_day_at_a_small_town_s_station_are_still_one() -> None:
    """Only arrests: a small town's station sees one march a day, as the town does."""
    day = merged(
        _arrest(
            "Am Montag demonstrierten am Bahnhof Oberried Pendler gegen die Streichung der Frühzüge.",
            "Bahnhof Oberried",
            "de",
            "protest",
        ),
        _arrest(
            "Lundi, des usagers ont manifesté à la gare d'Oberried contre la suppression des "
            "premiers trains.",
            "gare d'Oberried",
            "fr",
            "protest",
        ),
    )
    assert len(day.incidents) == 1


def test_a_town_named_for_its_port_is_no_checkpoint_site() -> None:
    """ "Port-Vendres" is the town, not its port (``ReportEvidence.site``): one arrest there,
    told in two languages, joins as in any small town, where at "le port de Tarvel" two
    would stay two (``test_two_arrests_of_one_day_at_a_checkpoint_site_stay_two``)."""
    day = merged(
        _arrest(
            "Lundi, les gendarmes ont interpellé à Port-Carrel un homme recherché pour escroquerie.",
            "Port-Carrel",
            "fr",
        ),
        _arrest(
            "El lunes, la gendarmería francesa detuvo en Port-Carrel a un hombre buscado por estafa.",
            "Port-Carrel",
            "es",
        ),
    )
    assert len(day.incidents) == 1
