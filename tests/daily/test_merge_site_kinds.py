"""A site of a town named by its kind in each report's language (issue 25, day 58 and 59
generalised): a motorway's exit ("A12 exit Sankt Niklaus", "Ausfahrt Sankt Niklaus, A12",
"jonction de Saint-Nicolas, A12", "salida de Sant Nicolau"), a hall ("Mehrzweckhalle",
"multipurpose hall", "salle polyvalente"), a farm ("ferme Schaller", "Hof Schaller",
"Schaller farm"), a primary school. The road a site lies on is no part of its name. Two
exits of one motorway, two farms of one town stay two. Every place here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.place_chains import place_chain, site_variants
from summarizer.daily.place_keys import place_key
from tests.daily.test_daily import merged, one_incident


def _forms(*names: str) -> set[str]:
    """Each place's key as a report is placed by it: a chain's finest part, else its key."""
    keys = [(place_chain(n) or (place_key(n),))[0] for n in names]
    variants = site_variants(keys)
    return {variants.get(k, k) for k in keys}


@pytest.mark.parametrize(
    "names",
    [
        ("A12 exit Sankt Niklaus", "Ausfahrt Sankt Niklaus", "jonction de Saint-Nicolas"),
        ("salida de Sant Nicolau", "uscita di San Nicola", "A7 exit Saint Nicholas"),
        ("Mehrzweckhalle, Oberried", "multipurpose hall, Oberried", "salle polyvalente, Oberried"),
        ("ferme Schaller", "Hof Schaller", "Schaller farm", "fattoria Schaller"),
        ("Primarschule, Oberried", "école primaire, Oberried", "primary school, Oberried"),
        # A lake named for its town (issue 25, day 56): its noun translated as a square's is.
        ("Lake Tarvel, Tarvel", "lac de Tarvel, Tarvel", "lago de Tarvel", "lago di Tarvel, Tarvel"),
        # An airport two cities share, written alone or as a chain's part (issue 25, day 45).
        ("aéroport de Bâle-Mulhouse", "Basel-Mulhouse airport", "aeroporto di Basilea-Mulhouse"),
        ("Flughafen Basel-Mülhausen", "aéroport de Bâle-Mulhouse, secteur suisse"),
    ],
)
def test_one_site_named_by_its_kind_in_several_languages_has_one_form(names: tuple[str, ...]) -> None:
    assert len(_forms(*names)) == 1


@pytest.mark.parametrize(
    "names",
    [
        ("A12 exit Sankt Niklaus", "Ausfahrt Feldbrunnen"),  # two exits of one motorway
        ("ferme Schaller", "Hof Meier"),  # two farms
        ("Mehrzweckhalle, Oberried", "multipurpose hall, Unterried"),
        ("lac de Tarvel", "lago de Morvel"),  # two lakes
        ("aéroport de Bâle-Mulhouse", "aeroporto di Ginevra"),  # two airports
        ("aéroport de Bâle-Mulhouse", "Basel airport"),  # a city's own airport
        ("gare de Bâle-Mulhouse", "Basel-Mulhouse airport"),  # two kinds of site
        ("lac de Tarvel, Tarvel", "Tarvel"),  # a lake and the town it is named for
    ],
)
def test_two_sites_of_one_kind_keep_two_forms(names: tuple[str, ...]) -> None:
    assert len(_forms(*names)) == 2


def test_sankt_niklaus_is_the_saint_of_saint_nicolas() -> None:
    assert place_key("Sankt Niklaus") == place_key("St. Niklaus") == place_key("Saint Nicholas")
    # A town the data knows keeps its saint's name as written (São Paulo is not Saint Paul),
    # so the towns of Saint-Nicolas and Sankt Niklaus are one only where a day's article says
    # so (``place_aliases``); their exits, read as sites, still key alike (above).
    assert place_key("Saint-Nicolas") == place_key("San Nicolás")
    # A saint's name only after a title: "Niklaus Meier" is a person's given name.
    assert place_key("Niklaus") != place_key("Nicolas")


def _spill(text: str, place: str, lang: str) -> object:
    return one_incident(text, type="accident", place=place, location=None, time=None, language=lang)


def test_one_spill_at_a_motorway_exit_told_in_three_languages_is_one() -> None:
    day = merged(
        _spill(
            "A lorry has lost part of its load of maize grain at the Sankt Niklaus exit of the "
            "A12 on Friday evening.",
            "A12 exit Sankt Niklaus",
            "en",
        ),
        _spill(
            "Ein Lastwagen hat am Freitagabend an der Ausfahrt Sankt Niklaus auf der A12 drei "
            "Tonnen Mais verloren.",
            "Ausfahrt Sankt Niklaus, A12",
            "de",
        ),
        _spill(
            "Un camion a perdu vendredi soir une partie de son chargement de maïs à la jonction "
            "de Saint-Nicolas de l'A12.",
            "jonction de Saint-Nicolas, A12",
            "fr",
        ),
    )
    assert len(day.incidents) == 1


def test_two_spills_at_two_exits_of_one_motorway_stay_two() -> None:
    day = merged(
        _spill(
            "A lorry has lost part of its load of maize grain at the Sankt Niklaus exit of the A12.",
            "A12 exit Sankt Niklaus",
            "en",
        ),
        _spill(
            "Ein Lastwagen hat an der Ausfahrt Feldbrunnen auf der A12 Mais verloren.",
            "Ausfahrt Feldbrunnen, A12",
            "de",
        ),
    )
    assert len(day.incidents) == 2


def _kill(text: str, place: str, lang: str, type: str = "disaster") -> object:
    return one_incident(text, type=type, place=place, location=None, time=None, language=lang)


def test_one_fish_kill_on_a_lake_told_in_three_languages_is_one() -> None:
    day = merged(
        _kill(
            "Thousands of dead fish washed up on the shore of Lake Tarvel on Tuesday, hours after "
            "a chlorine leak at the water plant.",
            "Lake Tarvel, Tarvel",
            "en",
        ),
        _kill(
            "Des milliers de poissons morts flottaient mardi sur le lac de Tarvel après la fuite "
            "de chlore de la station de pompage.",
            "lac de Tarvel, Tarvel",
            "fr",
        ),
        _kill(
            "Miles de peces muertos aparecieron el martes en el lago de Tarvel tras la fuga de "
            "cloro de la planta de agua.",
            "lago de Tarvel, Tarvel",
            "es",
        ),
    )
    assert len(day.incidents) == 1


def test_a_fish_kill_on_two_lakes_stays_two() -> None:
    day = merged(
        _kill(
            "Thousands of dead fish washed up on the shore of Lake Tarvel on Tuesday.",
            "Lake Tarvel, Tarvel",
            "en",
        ),
        _kill(
            "Miles de peces muertos aparecieron el martes en el lago de Morvel.",
            "lago de Morvel, Morvel",
            "es",
        ),
    )
    assert len(day.incidents) == 2


def test_reports_typed_other_sharing_only_a_small_town_s_lake_stay_two() -> None:
    """A lake's shore sees a closure, a ban and a rescue alike: not one site of one event, as
    a small town's station is (``busy_types.OPEN_SITES``)."""
    day = merged(
        _kill("Police closed the promenade of Lake Tarvel on Tuesday.", "Lake Tarvel, Tarvel", "en", "other"),
        _kill(
            "Mardi, la commune a interdit la baignade dans le lac de Tarvel.",
            "lac de Tarvel, Tarvel",
            "fr",
            "other",
        ),
    )
    assert len(day.incidents) == 2


def _seizure(text: str, place: str, lang: str) -> object:
    return one_incident(text, type="arrest", place=place, location=None, time=None, language=lang)


def test_one_seizure_at_an_airport_two_cities_share_told_in_three_languages_is_one() -> None:
    day = merged(
        _seizure(
            "Les douaniers de l'aéroport de Bâle-Mulhouse ont interpellé lundi un voyageur qui "
            "cachait 190 chardonnerets dans ses bagages.",
            "aéroport de Bâle-Mulhouse",
            "fr",
        ),
        _seizure(
            "Customs officers at Basel-Mulhouse airport on Monday arrested a traveller hiding 190 "
            "goldfinches in his luggage.",
            "Basel-Mulhouse airport",
            "en",
        ),
        _seizure(
            "La dogana dell'aeroporto di Basilea-Mulhouse ha fermato lunedì un passeggero con 190 "
            "cardellini in valigia.",
            "aeroporto di Basilea-Mulhouse",
            "it",
        ),
    )
    assert len(day.incidents) == 1


def test_seizures_at_an_airport_two_cities_share_and_at_another_airport_stay_two() -> None:
    day = merged(
        _seizure(
            "Les douaniers de l'aéroport de Bâle-Mulhouse ont interpellé lundi un voyageur qui "
            "cachait 190 chardonnerets dans ses bagages.",
            "aéroport de Bâle-Mulhouse",
            "fr",
        ),
        _seizure(
            "Customs officers at Geneva airport on Monday arrested a traveller hiding 190 goldfinches "
            "in his luggage.",
            "Geneva airport",
            "en",
        ),
    )
    assert len(day.incidents) == 2


def test_two_seizures_of_one_day_at_an_airport_two_cities_share_stay_two() -> None:
    day = merged(
        _seizure(
            "Les douaniers de l'aéroport de Bâle-Mulhouse ont interpellé lundi un voyageur qui "
            "cachait 190 chardonnerets dans ses bagages.",
            "aéroport de Bâle-Mulhouse",
            "fr",
        ),
        _seizure(
            "A 52-year-old man was stopped at Basel-Mulhouse airport on Monday with 22 live tortoises "
            "in his suitcase.",
            "Basel-Mulhouse airport",
            "en",
        ),
    )
    assert len(day.incidents) == 2
