"""One place written differently across reports and languages: spellings, transliterations,
exonyms (issue 25, days 19 and 20 generalised). A variant only makes two places one; it
never merges two events by itself, and two towns of similar names stay two. Every article
is invented; the cities are real, as exonyms are."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.containment import containment_in
from summarizer.daily.merge import Briefed
from summarizer.daily.place_keys import COUNTRY_NAMES, place_key, regional_adjective
from summarizer.daily.place_variants import place_variants
from summarizer.daily.places import places_compatible, places_in
from summarizer.text.exonyms import exonym_of
from summarizer.text.gazetteer import COUNTRIES
from summarizer.text.place_containment import places_within
from summarizer.text.place_levels import region_level
from tests.daily.test_daily import briefed, merged, one_incident


@pytest.mark.parametrize(
    "spellings",
    [
        ("Längenfeld", "Laengenfeld", "Langenfeld"),  # umlaut, its German spelling, dropped dots
        ("Düsseldorf", "Duesseldorf", "Dusseldorf"),
        ("Großenhain", "Grossenhain", "Grosenhain"),  # ß and ss
        ("Saint-Denis", "Saint Denis", "St. Denis", "St Denis"),  # hyphen, saint's title
        ("Sankt Gallen", "St. Gallen", "Saint Gallen"),
        ("Saint-Jean-de-Luz", "St-Jean-de-Luz", "St. Jean de Luz"),
        ("Aix-la-Chapelle", "Aix la Chapelle", "Aachen"),
        ("Pyrénées-Atlantiques", "Pyrenees Atlantiques"),
        ("Málaga", "Malaga"),
    ],
)
def test_spellings_of_one_place_have_one_key(spellings: tuple[str, ...]) -> None:
    assert len({place_key(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    "names",
    [
        ("Pamplona", "Pampelune", "Iruña", "Iruñea"),
        ("Bayonne", "Bayona", "Baiona"),
        ("Munich", "München", "Muenchen"),
        ("Geneva", "Genève", "Genf", "Ginebra"),
        ("Vienna", "Wien", "Vienne"),
        ("Cologne", "Köln", "Kolonia"),
        ("Donostia", "Saint-Sébastien", "Donostia / San Sebastián"),  # a city of two official names
        ("Zaragoza", "Saragossa", "Saragosse"),
    ],
)
def test_a_city_named_in_several_languages_has_one_key(names: tuple[str, ...]) -> None:
    assert len({place_key(n) for n in names}) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Hallstatt", "Hallstadt"),  # Austria and Bavaria
        ("Saint-Denis", "Saint-Dié"),
        ("Saint-Denis", "Saint-Dié-des-Vosges"),
        ("Bayonne", "Bayreuth"),
        ("Frankfurt (Oder)", "Frankfurt am Main"),
        ("Genf", "Genua"),  # Geneva and Genoa in German
        ("Lyon", "León"),
    ],
)
def test_two_towns_of_similar_names_keep_two_keys(one: str, other: str) -> None:
    assert place_key(one) != place_key(other)
    assert not places_compatible(place_key(one), frozenset(), place_key(other), frozenset())


def test_a_country_named_in_another_language_is_a_country() -> None:
    for name in ("Espagne", "España", "Spanien", "Österreich", "Autriche", "Allemagne", "Alemania"):
        assert place_key(name) in COUNTRY_NAMES, name
    # A country is too coarse to tell two events apart: a passage's "(Espagne)" is no place.
    assert places_in("PAMPELUNE (Espagne), 17 sept - Une fuite de chlore en Espagne.", "fr") <= {"pamplona"}


def test_a_country_is_never_read_as_a_town_of_its_name() -> None:
    """GeoNames gives "Chile" as another name of a Turkish town: the country stays a country."""
    for country in COUNTRIES:
        assert place_key(country) in COUNTRY_NAMES, country
    assert exonym_of("Chile") is None


def test_a_citys_own_name_and_a_word_of_it_are_never_read_as_another_city() -> None:
    # "Puerto" is a word of "El Puerto de Santa María", "Valley" of "The Valley": other places too.
    assert exonym_of("Puerto") is None and exonym_of("Valley") is None
    assert exonym_of("Bayonne") is None  # its own name (in France and in New Jersey)
    assert exonym_of("GVA") is None and exonym_of("PNA") is None  # airport codes
    # Two cities of a like size give "Frankfurt" (Frankfurt (Oder); Frankfort, Kentucky), a
    # third holds it in its name: it stands for none of them.
    assert exonym_of("Frankfurt") is None
    assert exonym_of("") is None and exonym_of("   ") is None


def test_hostile_names_are_read_quickly_and_safely() -> None:
    exonym_of("Pamplona")  # the data is read once, on first use
    hostile = [
        "Saint-" * 5000,
        "ae" * 20000,
        "-" * 10000 + "x",
        "Москва Pampelune 東京 " * 500,
        "St. " * 3000 + "Denis",
        "\u0301" * 5000,
    ]
    start = time.thread_time()
    for name in hostile:
        assert isinstance(place_key(name), str)
        exonym_of(name)
    assert time.thread_time() - start < 2.0


def test_a_level_word_after_a_comma_is_of_the_place_holding_it() -> None:
    assert region_level("Laengenfeld, a village in the Oetztal valley of Austria's Tyrol province") is None
    assert region_level("Ashby (Northfield County)") is None
    assert region_level("Northfield County") == "county"
    assert region_level("la provincia de Soria") == "provincia"


# --------------------------------------------------------------------------- the merge

_MUDSLIDE_DE = (
    "Längenfeld (APD) - Eine Mure hat in der Nacht auf Dienstag mehrere Häuser in Längenfeld "
    "verschüttet. Rund 300 Menschen mussten ihre Häuser verlassen, sagte der Bürgermeister."
)
_MUDSLIDE_EN = (
    "VIENNA (NWS) - A mudslide buried several houses in Laengenfeld overnight. About 300 "
    "people were forced from their homes, the mayor said."
)


def test_one_mudslide_told_in_german_and_english_spellings_is_one_event() -> None:
    de = one_incident(
        _MUDSLIDE_DE,
        type="disaster",
        place="Längenfeld",
        language="de",
        figures=[
            {
                "id": "f1",
                "counted": "Menschen",
                "text": "Rund 300 Menschen",
                "value": 300,
                "bound": "approximately",
                "category": "displaced",
            }
        ],
    )
    en = one_incident(
        _MUDSLIDE_EN,
        type="disaster",
        place="Laengenfeld",
        figures=[
            {
                "id": "f1",
                "counted": "people",
                "text": "About 300 people",
                "value": 300,
                "bound": "approximately",
                "category": "displaced",
            }
        ],
    )
    assert len(merged(de, en).incidents) == 1


def test_one_strike_in_a_city_named_in_french_and_spanish_is_one_event() -> None:
    fr = one_incident(
        "Grève des bus à Bayonne ce mercredi : 62 % des conducteurs ont cessé le travail selon la CGT.",
        type="protest",
        place="Bayonne",
        language="fr",
        figures=[
            {
                "id": "f1",
                "counted": "conducteurs",
                "text": "62 % des conducteurs",
                "value": 62,
                "unit": "%",
                "category": "other",
            }
        ],
    )
    es = one_incident(
        "La huelga de autobuses de Bayona, secundada por el 62% de la plantilla según la CGT, este miércoles.",
        type="protest",
        place="Bayona",
        language="es",
        figures=[
            {
                "id": "f1",
                "counted": "plantilla",
                "text": "el 62% de la plantilla",
                "value": 62,
                "unit": "%",
                "category": "other",
            }
        ],
    )
    assert len(merged(fr, es).incidents) == 1


def test_a_place_variant_alone_never_merges_two_events() -> None:
    """A chlorine leak in Pampelune and a rally in Pamplona the same day: one city, two events."""
    leak = one_incident(
        "PAMPELUNE - Trois ouvriers ont été blessés mercredi matin par une fuite de chlore à Pampelune.",
        type="accident",
        place="Pampelune",
        language="fr",
    )
    rally = one_incident(
        "Unas 150 personas se concentraron el miércoles en Pamplona contra los recortes en sanidad.",
        type="protest",
        place="Pamplona",
        language="es",
    )
    assert len(merged(leak, rally).incidents) == 2


def test_a_bilingual_citys_name_is_never_read_as_a_bigger_city_holding_it() -> None:
    # "Biel/Bienne": Bienne is the Swiss town's French name, also one of Vienna's GeoNames
    # alternates; a warehouse fire there and one in Vienna are two.
    assert exonym_of("Bienne") == "Biel"
    a = one_incident(
        "Un incendie a ravagé un entrepôt à Bienne mardi, selon les pompiers.",
        type="disaster",
        place="Bienne",
        time="mardi",
        language="fr",
    )
    b = one_incident(
        "A fire destroyed a warehouse in Vienna on Tuesday, firefighters said.",
        type="disaster",
        place="Vienna",
        time="Tuesday",
    )
    assert len(merged(a, b).incidents) == 2


def test_a_swiss_citys_french_name_is_never_read_as_a_bigger_city_abroad() -> None:
    # "Sion" is Sitten's French name (Valais) and, in some language, Jerusalem's: a warehouse
    # fire in each on one evening was one event.
    assert exonym_of("Sion") is None and exonym_of("Noordwijk") is None  # not Jayapura either
    a = one_incident(
        "Un incendie a détruit un entrepôt à Sion mardi soir, selon les pompiers.",
        type="disaster",
        place="Sion",
        time="mardi soir",
        language="fr",
    )
    b = one_incident(
        "A fire destroyed a warehouse in Jerusalem on Tuesday evening, firefighters said.",
        type="disaster",
        place="Jerusalem",
        time="Tuesday evening",
    )
    assert len(merged(a, b).incidents) == 2


def test_two_fires_in_two_towns_of_similar_names_stay_apart() -> None:
    text = "A fire destroyed a hay barn in {town} on Tuesday night; firefighters saved the farmhouse."
    a = one_incident(text.format(town="Hallstatt"), type="disaster", place="Hallstatt", time="Tuesday night")
    b = one_incident(text.format(town="Hallstadt"), type="disaster", place="Hallstadt", time="Tuesday night")
    assert len(merged(a, b).incidents) == 2


def test_a_german_regional_adjective_names_a_place_within_the_region() -> None:
    assert place_key("Tiroler Ötztal") == place_key("Oetztal") == place_key("Ötztal")
    assert containment_in("Eine Mure ist im Tiroler Ötztal abgegangen.", "de", []) == (
        ("otztal", "tyrol", "region"),
    )
    # A town of its own, a city's port, a street: no place in a region.
    for name in ("Wiener Neustadt", "Hamburger Hafen", "Tiroler Straße", "Berliner Platz", "Berner Oberland"):
        assert regional_adjective(name) is None, name
    assert place_key("Wiener Neustadt") != place_key("Neustadt")
    assert containment_in("Der Tiroler Landtag tagte in der Tiroler Straße.", "en", []) == ()


# --------------------------------------------------------------------------- areas named for a city

_LEAK_ES = (
    "ZUBIONDO (Navarra) - Una fuga de cloro en una planta química en Zubiondo, localidad de la "
    "Cuenca de Pamplona, dejó este miércoles tres trabajadores heridos leves por inhalación."
)
_LEAK_NEAR_CITY = (
    "PAMPLONA - Tres trabajadores resultaron heridos leves el miércoles por una fuga de cloro "
    "en una planta química de las afueras de Pamplona, según la empresa."
)


def _three_hurt(text: str) -> dict[str, object]:
    return {"id": "f1", "text": text, "value": 3, "counted": "trabajadores", "category": "injured"}


def test_a_town_in_an_area_named_for_a_city_may_be_of_a_report_placed_at_the_city() -> None:
    es = one_incident(
        _LEAK_ES, type="accident", place="Zubiondo", time="miércoles", language="es",
        figures=[_three_hurt("tres trabajadores")],
    )  # fmt: skip
    near = one_incident(
        _LEAK_NEAR_CITY, type="accident", place="Pamplona", time="miércoles", language="es",
        figures=[_three_hurt("Tres trabajadores")],
    )  # fmt: skip
    assert len(merged(es, near).incidents) == 1


def test_an_area_named_for_a_city_is_no_evidence_of_one_event() -> None:
    """The leak near Pamplona and a bus crash in Pamplona the same day: compatible places, two events."""
    es = one_incident(_LEAK_ES, type="accident", place="Zubiondo", time="miércoles", language="es")
    crash = one_incident(
        "PAMPLONA - Un autobús urbano chocó el miércoles contra una farola en la avenida de Zaragoza; "
        "el conductor resultó ileso.",
        type="accident", place="Pamplona", time="miércoles", language="es",
    )  # fmt: skip
    assert len(merged(es, crash).incidents) == 2


def test_an_apposition_holds_a_place_only_when_it_names_a_settlement() -> None:
    assert list(places_within("Una fuga en Zubiondo, localidad de la Cuenca de Pamplona, ayer.", "es")) == [
        ("Zubiondo", "la Cuenca de Pamplona")
    ]
    assert list(places_within("Floods in Tarvik, destroying houses in Lindau.", "en")) == []
    assert list(places_within("Floods in Tarvik, town in Lindau.", "en")) == [("Tarvik", "Lindau")]
    hostile = "en Zubiondo, " + "localidad " * 5000 + "de la Cuenca"
    start = time.thread_time()
    list(places_within(hostile, "es"))
    assert time.thread_time() - start < 1.0


# --------------------------------------------------------------------------- a region in two languages


@pytest.mark.parametrize(
    "names",
    [
        ("Pyrénées-Atlantiques", "Pirineos Atlánticos"),
        ("Alpes-Maritimes", "Alpes Marítimos"),
    ],
)
def test_a_region_named_in_two_languages_is_one_place_of_the_day(names: tuple[str, ...]) -> None:
    keys = [place_key(n) for n in names]
    variants = place_variants(keys)
    assert len({variants.get(k, k) for k in keys}) == 1


@pytest.mark.parametrize(
    "names",
    [
        ("Hallstatt", "Hallstadt"),
        ("Salzburg", "Salzberg"),  # one word: too few letters to tell two names apart
        ("East Sussex", "West Sussex"),
        ("Upper Austria", "Lower Austria"),
        ("North Carolina", "South Carolina"),
        ("Haute-Garonne", "Alto Garona"),  # a translation, not a spelling: the rule does not guess
        ("Santa Cruz", "Santa Croce"),
        ("San Juan", "San Juana"),
    ],
)
def test_names_that_only_look_alike_stay_two_places(names: tuple[str, ...]) -> None:
    assert place_variants([place_key(n) for n in names]) == {}


def test_a_region_holding_a_valley_holding_a_town_holds_the_town() -> None:
    text = "Un éboulement à Larreguy, petite commune de la vallée de Barétous (Pyrénées-Atlantiques), hier."
    assert list(places_within(text, "fr")) == [
        ("Larreguy", "la vallée de Barétous"),
        ("la vallée de Barétous", "Pyrénées-Atlantiques"),
    ]


_ROCKSLIDE_FR = (
    "Un éboulement a coupé mardi soir la route du col de Belhaso à Larreguy, petite commune de la "
    "vallée de Barétous (Pyrénées-Atlantiques). Une quarantaine de camions sont restés bloqués, "
    "selon le préfet Jean Etcheverry."
)
_ROCKSLIDE_ES = (
    "Un desprendimiento de rocas sepultó el martes por la noche la carretera del puerto de Belhaso, en el "
    "departamento de Pirineos Atlánticos. Unos 40 camiones quedaron atrapados, según el prefecto Jean Etcheverry."
)


def _lorries(text: str) -> dict[str, object]:
    return {
        "id": "f1",
        "text": text,
        "value": 40,
        "bound": "approximately",
        "counted": "camiones",
        "category": "other",
    }


def _rockslide(text: str, place: str, time: str, lorries: str, language: str) -> Briefed:
    made = briefed(
        text,
        actors=[("a1", "Jean Etcheverry", "person")],
        incidents=[{"id": "i1", "type": "disaster", "place": place, "time": time, "evidence": text}],
        figures=[_lorries(lorries)],
    )
    return Briefed(made.article, made.briefing.model_copy(update={"language": language}))


def test_a_rockslide_told_at_a_town_and_at_its_department_in_another_language_is_one_event() -> None:
    fr = _rockslide(_ROCKSLIDE_FR, "Larreguy", "mardi soir", "Une quarantaine de camions", "fr")
    es = _rockslide(_ROCKSLIDE_ES, "Pirineos Atlánticos", "el martes por la noche", "Unos 40 camiones", "es")
    assert len(merged(fr, es).incidents) == 1


def test_a_region_variant_alone_never_merges_two_events() -> None:
    fr = one_incident(_ROCKSLIDE_FR, type="disaster", place="Larreguy", time="mardi soir", language="fr")
    strike = one_incident(
        "Los conductores de autobús de Pirineos Atlánticos fueron a la huelga el martes por salarios.",
        type="protest", place="Pirineos Atlánticos", time="el martes", language="es",
    )  # fmt: skip
    assert len(merged(fr, strike).incidents) == 2


# --------------------------------------------------------------------------- a region by name alone

_FLOOD_TOWN = (
    "Floodwater swept through Lorach on Monday, cutting the rail line; 40 people were taken "
    "from their homes by boat, regional governor Anton Reiter said."
)
_FLOOD_REGION = (
    "Die Hochwasser in der Steiermark haben am Montag die Bahnstrecke unterbrochen; 40 Menschen "
    "wurden mit Booten aus ihren Häusern geholt, sagte Landeshauptmann Anton Reiter."
)


def _flood(text: str, place: str, time: str, forty: str, language: str) -> Briefed:
    made = briefed(
        text,
        actors=[("a1", "Anton Reiter", "person")],
        incidents=[{"id": "i1", "type": "disaster", "place": place, "time": time, "evidence": text}],
        figures=[{"id": "f1", "text": forty, "value": 40, "counted": "people", "category": "displaced"}],
    )
    return Briefed(made.article, made.briefing.model_copy(update={"language": language}))


def test_a_region_known_by_name_holds_a_town_no_report_places_elsewhere() -> None:
    assert region_level("Steiermark") == region_level("Tyrol") == "region"
    assert region_level("Wien") is None and region_level("Genf") is None  # cities
    town = _flood(_FLOOD_TOWN, "Lorach", "Monday", "40 people", "en")
    region = _flood(_FLOOD_REGION, "Steiermark", "Montag", "40 Menschen", "de")
    assert len(merged(town, region).incidents) == 1


def test_a_region_known_by_name_holds_no_town_placed_in_another_region() -> None:
    elsewhere = _FLOOD_TOWN.replace("swept through Lorach", "swept in Lorach, a town in Carinthia,")
    town = _flood(elsewhere, "Lorach", "Monday", "40 people", "en")
    region = _flood(_FLOOD_REGION, "Steiermark", "Montag", "40 Menschen", "de")
    assert len(merged(town, region).incidents) == 2


def test_a_day_whose_reports_name_no_place_never_reads_the_city_table() -> None:
    # The table costs about 1.5 s and 85 MB at its peak on first use.
    from summarizer.text import exonyms

    exonyms._cities.cache_clear()
    rate = "The central bank raised its key rate by half a point on Tuesday, the governor said."
    zins = "Die Zentralbank hob am Dienstag den Leitzins an, sagte der Gouverneur."
    merged(
        one_incident(rate, type="political_decision", time="Tuesday"),
        one_incident(zins, type="political_decision", time="Dienstag", language="de"),
    )
    assert exonyms._cities.cache_info().currsize == 0
