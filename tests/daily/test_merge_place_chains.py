"""A report's place written as its parts from finest to coarsest ("Pic Ardent, Valais",
"Eichwald, Oberried", "Flughafen Kolmsdorf, Mittelland") is its finest part, keyed by its
name words with its kind of site read as one concept in every language; its coarser parts
are places it names. Two places of one name in two towns, two sites of one town, and a
mountain's north face and south flank stay apart (issue 25). Every site and village here is
invented; towns, regions and countries are real where the shipped data must know them."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.place_chains import holders_apart, place_chain, place_holders, site_variants
from summarizer.daily.spots import town_quarters
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "place",
    [
        "Flughafen Kolmsdorf, Mittelland",
        "aéroport de Kolmsdorf, Haute-Sarre",
        "Kolmsdorf airport, Black Hills",
        "aeropuerto de Kolmsdorf, Alemania",
        "aeroporto di Kolmsdorf, Germania",
        "Flughafen Kolmsdorf/Mittelland, Kolmsdorf",
    ],
)
def test_a_site_named_with_its_noun_in_any_language_is_one_key(place: str) -> None:
    assert place_chain(place)[0] == "kolmsdorf airport"


@pytest.mark.parametrize(
    "place",
    [
        "Lunardo-Pass, Graubünden",
        "Passo del Lunardo, Grigioni",
        "col du Lunardo, Valais",
        "paso de Lunardo, Suiza",
    ],
)
def test_a_mountain_pass_in_any_language_is_one_key(place: str) -> None:
    assert place_chain(place)[0] == "lunardo pass"


def test_an_airport_two_cities_share_is_one_key_in_any_language() -> None:
    # Each known city of a hyphened name as the data names it: "Bâle", "Basilea" are Basel.
    keys = {
        place_chain(p)[0]
        for p in ("aéroport de Bâle-Mulhouse, France", "aeroporto di Basilea-Mulhouse, Francia")
    }
    assert keys == {place_chain("Basel-Mulhouse airport, France")[0]} == {"basel mulhouse airport"}
    # A name of towns the data does not know stays as written.
    assert place_chain("tunnel Castelbrune-Valsène, Gard")[0] == "castelbrune valsene tunnel"


@pytest.mark.parametrize(
    "place",
    [
        "hôtel de ville, Lyon",
        "Rathaus, Lyon",
        "town hall, Lyon",
        "maison de commune, Lyon",
        "ayuntamiento, Lyon",
    ],
)
def test_a_town_hall_named_by_a_phrase_is_no_hotel(place: str) -> None:
    assert place_chain(place)[0] == "lyon town_hall"


def test_a_place_of_one_part_keeps_its_own_key() -> None:
    # "Port Adela" is a town: one part is keyed as any place a passage names.
    assert place_chain("Port Adela") == ()
    assert place_chain(None) == ()
    # Only countries: nothing finer to key.
    assert place_chain("Spain, France") == ()


def test_coarser_parts_are_places_and_countries_are_held_beside_them() -> None:
    keys = place_chain("Eichwald, Oberried-sur-Sauer, Bas-Rhin, France")
    assert keys == ("eichwald", "oberied sur saur", "bas rhin")  # spellings folded; no country
    assert place_holders("Eichwald, Oberried-sur-Sauer, Bas-Rhin, France") == {
        "oberied sur saur",
        "bas rhin",
        "france",
    }
    assert place_holders("Kelsdorf") == set()
    # A site named by its kind only is that site of the next part.
    assert place_chain("plaza, Villarcayo")[0] == "vilarcayo square"
    assert place_chain("Rathaus, Kelsdorf")[0] == place_chain("town hall, Kelsdorf")[0]


def _apart(a: str, b: str) -> bool:
    """Whether ``holders_apart`` sets two reports' places apart: what each lies in, and its own."""
    return holders_apart(place_holders(a), place_chain(a)[0], place_holders(b), place_chain(b)[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bahnhofstrasse, Zürich", "Bahnhofstrasse, Bern"),
        # Cities whose key is no spelling of theirs ("marseile"), villages, regions, countries.
        ("rue de la République, Marseille", "rue de la République, Lyon"),
        ("Hauptstrasse, Kelsried", "Hauptstrasse, Dornried"),
        ("Neustadt, Bayern", "Neustadt, Sachsen"),
        ("plaza Mayor, Villarcayo", "plaza Mayor, Trujillo"),
        ("Santiago, Chile", "Santiago, Spain"),
    ],
)
def test_two_places_of_one_name_in_two_places_are_apart(a: str, b: str) -> None:
    assert place_chain(a)[0] == place_chain(b)[0]
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("plaza de los Tilos, Burgos", "Burgos, Castilla"),  # a report placed at the other's town
        ("Pic Ardent, Valais", "Pic Ardent, Suiza"),  # the data does not say which country holds Valais
        ("Rathaus, Lyon", "Rathaus, Lyon-Vaise"),  # a name within the other's
        ("Pic Ardent, Valais", "Pic Ardent, Zermatten, Valais"),
    ],
)
def test_a_place_that_may_hold_the_other_is_no_other_place(a: str, b: str) -> None:
    assert not _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A site named for the town the other is written as lying in (issue 25, round 6b).
        ("jonction de Vernay, A12", "A12 exit Wernach, Vernay"),
        ("Ausfahrt Vernay, A12", "salida de la A12, Vernay"),
        # The site's own town written again adds nothing beside a stretch of the road it is
        # on: the district the road runs through may hold the town's exit, as it may when the
        # town goes unwritten.
        ("A12 exit Vernay, Vernay", "A12, Sensebezirk"),
        ("uscita di Vernay, A12, Vernay", "A12, Distretto della Sense"),
        ("salida de Vernay, AP-7, Vernay", "AP-7, Girona"),
    ],
)
def test_a_site_named_for_a_town_lies_in_that_town(a: str, b: str) -> None:
    assert not _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One site's name, two towns: the site's name is no holder of either.
        ("gare de Vernay, Lyon", "gare de Vernay, Marseille"),
        ("Vernay station, Kelsried", "Hauptstrasse, Dornried"),
        # A site's own town written again, beside a place that is no stretch of its road: a
        # street of another town, another road's stretch, the site on its road in another district.
        ("Ausfahrt Wernach, Wernach", "Hauptstrasse, Dornried"),
        ("salida de Vernay, AP-7, Vernay", "A-2, Girona"),
        ("A12 exit Vernay, Glanebezirk", "A12, Sensebezirk"),
    ],
)
def test_a_site_named_for_a_town_does_not_join_two_towns(a: str, b: str) -> None:
    assert _apart(a, b)


def test_site_variants_join_only_two_forms_the_day_holds() -> None:
    assert site_variants(["aroport kolmsdorf", "kolmsdorf airport"]) == {
        "aroport kolmsdorf": "kolmsdorf airport"
    }
    assert site_variants(["flughafen kolmsdorf", "aroport kolmsdorf"]) == {
        "flughafen kolmsdorf": "kolmsdorf airport",
        "aroport kolmsdorf": "kolmsdorf airport",
    }
    assert site_variants(["port adela", "kelsdorf"]) == {}


@pytest.mark.parametrize(
    ("location", "points"),
    [
        ("in der Nordwand des Pic Ardent", {"north"}), ("an der Südflanke", {"south"}),
        ("en la cara norte del Pic Ardent", {"north"}), ("sur la face nord", {"north"}),
        ("le versant sud du Pic Ardent", {"south"}), ("sulla parete nord", {"north"}),
        ("on the mountain's southern flank", {"south"}), ("auf der Nordrampe", {"north"}),
        # No side: a sea, a region, "sur" as the French "on".
        ("an der Nordsee", set()), ("im Westerwald", set()), ("la face sur laquelle", set()),
        ("la face est raide", set()), ("le versant est du Pic Ardent", {"east"}), ("la cara este", {"east"}),
    ],
)  # fmt: skip
def test_the_side_of_a_mountain_by_its_point(location: str, points: set[str]) -> None:
    assert town_quarters(location) == points


def test_hostile_places_are_read_in_bounded_time() -> None:
    hostile = [
        ", " * 20_000,
        "/" * 50_000,
        "Pass-" * 10_000,
        "Flughafen " * 10_000 + ", Kolmsdorf",
        "Ωμέγα, Кельсдорф, 北京, Pic-Ardent-Pass",
        "cara " + " " * 50_000 + "norte",
    ]
    place_chain("Pic Ardent, Zermatten")  # the shipped place data loads once, before the clock
    start = time.thread_time()
    for place in hostile:
        place_chain(place)
        town_quarters(place)
    site_variants(["flughafen " * 5_000 + "kolmsdorf", "a " * 10_000])
    assert time.thread_time() - start < 2.0


def _rescue(text: str, place: str, location: str, language: str) -> Briefed:
    """A mountain rescue of two climbers, in whichever language the text tells it."""
    climbers = next(
        w for w in ("two climbers", "zwei Bergsteiger", "deux alpinistes", "dos alpinistas") if w in text
    )
    return one_incident(
        text,
        type="other",
        place=place,
        location=location,
        language=language,
        figures=[{"id": "f1", "text": climbers, "value": 2, "category": "other", "counted": "climbers"}],
    )


def test_a_rescue_on_a_peak_qualified_by_canton_village_or_country_is_one() -> None:
    english = _rescue(
        "A helicopter winched two climbers off a ledge on the north face of Pic Ardent on Tuesday.",
        "Pic Ardent, Valais",
        "a ledge on the north face of Pic Ardent",
        "en",
    )
    german = _rescue(
        "Ein Helikopter hat am Dienstag zwei Bergsteiger aus der Nordwand des Pic Ardent geborgen.",
        "Pic Ardent, Zermatten",
        "aus der Nordwand des Pic Ardent",
        "de",
    )
    spanish = _rescue(
        "Un helicóptero rescató el martes a dos alpinistas en la cara norte del Pic Ardent.",
        "Pic Ardent, Suiza",
        "en la cara norte del Pic Ardent",
        "es",
    )
    # A canton and a village are two places unless the day says one holds the other.
    assert len(merged(english, german).incidents) == 2
    village = _rescue(
        "Ein Helikopter hat am Dienstag zwei Bergsteiger oberhalb von Zermatten geborgen.",
        "Zermatten, Valais",
        "oberhalb von Zermatten",
        "de",
    )
    day = merged(english, german, spanish, village)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


def test_a_north_face_rescue_and_a_south_flank_rescue_on_one_peak_stay_two() -> None:
    north = _rescue(
        "A helicopter winched two climbers off the north face of Pic Ardent on Tuesday.",
        "Pic Ardent, Valais",
        "the north face of Pic Ardent",
        "en",
    )
    north_de = _rescue(
        "Ein Helikopter hat am Dienstag zwei Bergsteiger aus der Nordwand des Pic Ardent geborgen.",
        "Pic Ardent, Zermatten",
        "aus der Nordwand des Pic Ardent",
        "de",
    )
    south = _rescue(
        "Un helicóptero rescató el martes a dos alpinistas en la cara sur del Pic Ardent.",
        "Pic Ardent, Suiza",
        "en la cara sur del Pic Ardent",
        "es",
    )
    south_fr = _rescue(
        "Un hélicoptère a hélitreuillé mardi deux alpinistes sur le versant sud du Pic Ardent.",
        "Pic Ardent, Valais",
        "sur le versant sud du Pic Ardent",
        "fr",
    )
    day = merged(north, north_de, south, south_fr)
    side = {north.article.id: "n", north_de.article.id: "n"}
    for incident in day.incidents:
        assert len({side.get(r.article_id, "s") for r in incident.reports}) == 1, incident.reports


def _hunt_accident(text: str, place: str, language: str) -> Briefed:
    hunter = next(w for w in ("a hunter", "ein Jäger", "un chasseur") if w in text)
    return one_incident(
        text,
        type="accident",
        place=place,
        language=language,
        figures=[{"id": "f1", "text": hunter, "value": 1, "category": "injured", "counted": "hunters"}],
    )


def test_a_forest_of_a_village_and_the_village_are_one_place() -> None:
    forest = _hunt_accident(
        "Lors d'une battue dans la forêt de l'Eichwald, un chasseur a été blessé samedi par une balle.",
        "Eichwald, Oberried-sur-Sauer",
        "fr",
    )
    village = _hunt_accident(
        "Bei einer Treibjagd bei Oberried-sur-Sauer ist am Samstag ein Jäger von einer Kugel verletzt worden.",
        "Oberried-sur-Sauer, Bas-Rhin",
        "de",
    )
    day = merged(forest, village)
    assert len(day.incidents) == 1, [[r.article_id for r in i.reports] for i in day.incidents]


def test_two_sites_of_one_village_and_one_street_of_two_towns_stay_apart() -> None:
    forest = _hunt_accident(
        "Lors d'une battue dans la forêt de l'Eichwald, un chasseur a été blessé samedi par une balle.",
        "Eichwald, Oberried-sur-Sauer",
        "fr",
    )
    street = _hunt_accident(
        "Samedi, un chasseur a été blessé par une balle perdue dans une maison de la rue des Vergers.",
        "rue des Vergers, Oberried-sur-Sauer",
        "fr",
    )
    here = _hunt_accident(
        "On Saturday a hunter was hurt by a stray bullet on Bahnhofstrasse in Zürich.",
        "Bahnhofstrasse, Zürich",
        "en",
    )
    there = _hunt_accident(
        "On Saturday a hunter was hurt by a stray bullet on Bahnhofstrasse.",
        "Bahnhofstrasse, Bern",
        "en",
    )
    day = merged(forest, street, here, there)
    assert len(day.incidents) == 4, [[r.article_id for r in i.reports] for i in day.incidents]


def test_a_report_naming_no_town_does_not_bridge_one_street_of_two_towns() -> None:
    """Three reports of a fire on a Bahnhofstrasse with one crew: two name two towns, one
    names none. The third may join either, never both."""

    def fire(place: str) -> Briefed:
        return one_incident(
            f"Am Dienstag löschten 80 Feuerwehrleute einen Brand in einer Lagerhalle an der {place}.",
            type="disaster",
            place=place,
            location="an der Bahnhofstrasse",
            language="de",
            figures=[
                {
                    "id": "f1",
                    "text": "80 Feuerwehrleute",
                    "value": 80,
                    "category": "other",
                    "counted": "firefighters",
                }
            ],
        )

    here, there, nowhere = (
        fire("Bahnhofstrasse, Zürich"),
        fire("Bahnhofstrasse, Bern"),
        fire("Bahnhofstrasse"),
    )
    day = merged(here, nowhere, there)
    for incident in day.incidents:
        ids = {r.article_id for r in incident.reports}
        assert not {here.article.id, there.article.id} <= ids, ids


@pytest.mark.parametrize(
    ("place", "key"),
    [
        ("Port-Vendres, Pyrénées-Orientales", "port vendres"),  # no port of Vendres, Hérault
        ("Pont-Audemer, Eure", "pont audemer"),
        ("Puente Genil, Córdoba", "punte genil"),  # a town the data knows
        ("Piazza Armerina, Sicilia", "piaza armerina"),
        ("A17, San-Telmo-Pass", "a17"),  # a site noun after a hyphen is still the site's kind
    ],
)
def test_a_town_whose_name_opens_with_a_site_noun_is_a_name(place: str, key: str) -> None:
    assert place_chain(place)[0] == key
    assert place_chain("Tunnel, San-Telmo-Pass")[0] == "st telmo pass tunnel"


def _fire(text: str, place: str) -> Briefed:
    return one_incident(
        text,
        type="disaster",
        place=place,
        location="a warehouse",
        language="en",
        figures=[
            {
                "id": "f1",
                "text": "80 firefighters",
                "value": 80,
                "category": "other",
                "counted": "firefighters",
            }
        ],
    )


@pytest.mark.parametrize(
    ("a", "b"), [("Santiago, Chile", "Santiago, Spain"), ("Kelsried, Bayern", "Kelsried, Sachsen")]
)
def test_two_fires_in_places_of_one_name_in_two_countries_or_regions_stay_two(a: str, b: str) -> None:
    day = merged(
        _fire("On Tuesday 80 firefighters fought a blaze at a warehouse.", a),
        _fire("On Tuesday 80 firefighters battled a blaze at a warehouse.", b),
    )
    assert len(day.incidents) == 2, [[r.article_id for r in i.reports] for i in day.incidents]


def _spill(text: str, place: str, language: str) -> Briefed:
    return one_incident(text, type="accident", place=place, language=language)


def test_a_motorway_exit_named_for_its_town_meets_the_towns_and_the_districts_report() -> None:
    """A morning's spill at one exit, told by the exit of the town (fr), the exit written in
    the town (en) and the motorway's stretch in its district (de), is one event; the
    evening's spill at another exit of the motorway stays another (issue 25, round 6b)."""
    exit_fr = _spill(
        "Vendredi à 07h35, un camion a perdu 18 tonnes d'aliments pour porcs sur l'A12, à la "
        "jonction de Vernay. L'OFROU a fermé la bretelle.",
        "jonction de Vernay, A12",
        "fr",
    )
    exit_en = _spill(
        "On Friday morning the A12 exit at Vernay was closed after a truck spilled 18 tonnes "
        "of pig feed across both lanes.",
        "A12 exit Vernay, Vernay",
        "en",
    )
    stretch_de = _spill(
        "Auf der A12 im Sensebezirk hat am Freitagmorgen ein Lastwagen 18 Tonnen "
        "Schweinefutter verloren, das auf der Fahrbahn liegt.",
        "A12, Sensebezirk",
        "de",
    )
    evening = _spill(
        "Zum zweiten Mal am selben Tag hat am Freitagabend ein Lastwagen auf der A12 Ladung "
        "verloren: drei Tonnen Körnermais bei der Ausfahrt Sankt Kilian.",
        "Ausfahrt Sankt Kilian, A12",
        "de",
    )
    day = merged(exit_fr, evening, exit_en, stretch_de)
    groups = sorted(sorted(r.article_id for r in i.reports) for i in day.incidents)
    morning = sorted(b.article.id for b in (exit_fr, exit_en, stretch_de))
    assert groups == sorted([morning, [evening.article.id]]), groups
