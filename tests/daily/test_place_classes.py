"""Places two reports of one event name at different levels or in other languages (issue 25,
days 30-39 generalised): a region the data knows under a report's own key holds the towns
of its provinces, a valley told by its name alone may hold a village, a city's quarter
written "Köln-Ehrenfeld" lies in the city an English wire calls Cologne, and a country
named in Italian, Catalan or Dutch is the country. Two quarters, two valleys and two
regions stay apart. Every article is invented; the regions and cities are real, as the
data is."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.containment import containment_in
from summarizer.daily.place_keys import COUNTRY_NAMES, place_key
from summarizer.daily.place_names import holders_by_name
from summarizer.daily.places import places_in
from summarizer.text.exonyms import exonym_of, name_form
from summarizer.text.place_levels import region_level
from summarizer.text.places import places_between
from summarizer.text.subdivisions import subdivision_names
from tests.daily.test_daily import merged, one_incident

# --------------------------------------------------------------------------- regions


def test_a_province_is_held_by_its_region_under_the_key_a_report_gives_the_region() -> None:
    """ISO 3166-2 writes the holder "País Vasco"; a German report's "Baskenland" and an
    English one's "Basque Country" are keyed "basque country": one holder either way."""
    for region in ("Baskenland", "Basque Country", "País Vasco", "Pays basque"):
        assert ("bizkaia", place_key(region), None) in holders_by_name(["bizkaia", place_key(region)])
    assert holders_by_name(["bizkaia", place_key("Katalonien")]) == []


def _slide(text: str, place: str, location: str, lang: str, workers: str) -> object:
    return one_incident(
        text,
        type="disaster",
        place=place,
        location=location,
        time=None,
        figures=[{"id": "f1", "text": workers, "value": 2, "category": "other", "counted": "missing"}],
        language=lang,
    )


def test_a_region_told_abroad_and_a_town_of_its_province_are_one_event() -> None:
    day = merged(
        _slide(
            "Un deslizamiento en el vertedero de Urkiola, en el municipio vizcaíno de Arrizola, "
            "sepultó el miércoles una carretera y atrapó a dos operarios, según la Diputación de Bizkaia.",
            "Arrizola", "el vertedero de Urkiola, en el municipio vizcaíno de Arrizola", "es", "dos operarios",
        ),
        _slide(
            "Im spanischen Baskenland ist am Mittwoch eine Mülldeponie abgerutscht; zwei Arbeiter "
            "werden vermisst, die Landstraße ist verschüttet.",
            "Baskenland", "Im spanischen Baskenland", "de", "zwei Arbeiter",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_a_region_and_a_town_of_another_region_stay_apart() -> None:
    """Catalonia holds no town of Bizkaia: two landslides of one day, a region apart. (A town
    its report places nowhere may be of any region: what else the two share then decides.)"""
    day = merged(
        _slide(
            "Un deslizamiento en el vertedero de Urkiola, en Arrizola (Vizcaya), sepultó el miércoles "
            "una carretera y atrapó a dos operarios, según la Diputación de Bizkaia.",
            "Arrizola", "el vertedero de Urkiola, en Arrizola (Vizcaya)", "es", "dos operarios",
        ),
        _slide(
            "In Katalonien ist am Mittwoch eine Mülldeponie abgerutscht; zwei Arbeiter werden vermisst, "
            "die Landstraße ist verschüttet.",
            "Katalonien", "In Katalonien", "de", "zwei Arbeiter",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


# --------------------------------------------------------------------------- valleys


def _airlift(text: str, place: str, location: str, lang: str, campers: str) -> object:
    return one_incident(
        text,
        type="evacuation",
        place=place,
        location=location,
        time=None,
        figures=[{"id": "f1", "text": campers, "value": 23, "category": "displaced"}],
        language=lang,
    )


def test_a_valley_told_by_its_name_alone_may_hold_the_village_of_the_event() -> None:
    """A report "in the Ferrache valley" names the valley twice to the passage reader ("ferrache"
    without its level word, and the report's place): no finer place, so the valley may be
    of the village a local report gives."""
    day = merged(
        _airlift(
            "In the Ferrache valley, 23 campers were airlifted from a flooded campsite after a dam "
            "released water on Thursday morning.",
            "Ferrache valley", "in the Ferrache valley", "en", "23 campers",
        ),
        _airlift(
            "Vingt-trois campeurs ont été hélitreuillés jeudi matin au camping inondé de Villard "
            "après un lâcher d'eau du barrage.",
            "Villard", "au camping inondé de Villard", "fr", "Vingt-trois campeurs",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_a_village_said_to_lie_in_another_valley_stays_apart() -> None:
    day = merged(
        _airlift(
            "In the Ferrache valley, 23 campers were airlifted from a flooded campsite after a dam "
            "released water on Thursday morning.",
            "Ferrache valley", "in the Ferrache valley", "en", "23 campers",
        ),
        _airlift(
            "Twenty-three campers were airlifted on Thursday morning from a flooded campsite in Villard, "
            "in the Anniviers valley, after a dam released water.",
            "Villard", "a flooded campsite in Villard, in the Anniviers valley", "en", "Twenty-three campers",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


# --------------------------------------------------------------------------- city quarters


@pytest.mark.parametrize(
    ("quarter", "key"),
    [
        ("Köln-Ehrenfeld", "cologne ehrenfeld"),
        ("München-Schwabing", place_key("Munich") + " schwabing"),
        ("Genève-Cointrin", "geneva cointrin"),
        ("Genf-Cointrin", "geneva cointrin"),
    ],
)
def test_a_quarter_named_after_its_city_keeps_the_city_as_the_day_keys_it(quarter: str, key: str) -> None:
    assert place_key(quarter) == key


@pytest.mark.parametrize(
    "name",
    [
        "Petit-Saconnex",  # "Petit" is a GeoNames alternate of an Algerian town
        "Saar-Justizministerin",  # "Saar" of a Czech one
        "Castelbrune-Valsène",  # a tunnel named for two towns no data knows
        "Saint-Denis",
        "Aix-en-Provence",
        "Schleswig-Holstein",
    ],
)
def test_a_hyphenated_name_whose_first_part_is_no_known_city_is_read_as_before(name: str) -> None:
    words = place_key(name).split()
    assert len(words) >= 2 and words[-1] == place_key(name.rsplit("-", 1)[-1]).split()[-1]


def _crane(text: str, place: str, location: str, lang: str, dead: str) -> object:
    return one_incident(
        text,
        type="accident",
        place=place,
        location=location,
        time=None,
        figures=[{"id": "f1", "text": dead, "value": 2, "category": "killed"}],
        language=lang,
    )


def test_a_quarter_and_its_city_in_english_are_one_event() -> None:
    day = merged(
        _crane(
            "In Köln-Ehrenfeld ist am Dienstagmorgen ein Baukran auf eine Einkaufsstraße gestürzt; "
            "zwei Passanten kamen ums Leben.",
            "Köln-Ehrenfeld", "In Köln-Ehrenfeld", "de", "zwei Passanten",
        ),
        _crane(
            "Two passers-by were killed on Tuesday when a tower crane toppled onto a shopping street in "
            "the German city of Cologne, the fire brigade said.",
            "Cologne", "a shopping street in the German city of Cologne", "en", "Two passers-by",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_two_quarters_of_one_city_stay_two_places() -> None:
    day = merged(
        _crane(
            "In Köln-Ehrenfeld ist am Dienstagmorgen ein Baukran auf eine Einkaufsstraße gestürzt; "
            "zwei Passanten kamen ums Leben.",
            "Köln-Ehrenfeld", "In Köln-Ehrenfeld", "de", "zwei Passanten",
        ),
        _crane(
            "In Köln-Porz ist am Dienstagmorgen ein Baukran auf eine Einkaufsstraße gestürzt; "
            "zwei Passanten kamen ums Leben.",
            "Köln-Porz", "In Köln-Porz", "de", "zwei Passanten",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


# --------------------------------------------------------------------------- countries


@pytest.mark.parametrize("name", ["Spagna", "Espanya", "Spanje", "Espanha", "España", "Spanien", "Spain"])
def test_a_country_named_in_a_neighbouring_language_is_the_country(name: str) -> None:
    assert place_key(name) == "spain"


@pytest.mark.parametrize("name", ["Franca", "Holland"])
def test_a_neighbouring_languages_country_name_that_is_a_city_stays_the_city(name: str) -> None:
    """Portuguese "França" is a town in Brazil too; "Holland" one in Michigan."""
    assert exonym_of(name) is None
    assert place_key(name) not in COUNTRY_NAMES


def test_a_countrys_own_name_in_its_own_language_is_the_country_though_a_city_bears_it() -> None:
    """Dutch "Nederland" is a town in Texas too, but Dutch copy that writes it means the
    Netherlands ("Politie Noord-Nederland"): a country's name in its own language wins."""
    assert exonym_of("Nederland") == "Netherlands"
    assert place_key("Nederland") == place_key("Netherlands")


def test_far_languages_short_country_names_are_not_read() -> None:
    """Far locales write a country in three or four letters ("Kina", "Sina"): words of the
    product's languages, never read as a country."""
    assert place_key("Kina") == "kina"
    assert place_key("Sina") == "sina"


# --------------------------------------------------------------------------- hostile


@pytest.mark.parametrize(
    "name",
    [
        "Köln-" * 2000 + "Ehrenfeld",
        "A-" * 5000,
        "Köln-Ehrenfeld" + "x" * 20000,
        "Кёльн-Эренфельд",
        "Köln-Ehr\u200benfeld-\u202eBonn",
    ],
)
def test_hostile_place_names_are_keyed_quickly(name: str) -> None:
    started = time.thread_time()
    place_key(name)
    assert time.thread_time() - started < 1.0


# --------------------------------------------------------------------------- German forms


@pytest.mark.parametrize(
    ("german", "other"),
    [
        ("Galicien", "Galicia"),
        ("Kalabrien", "Calabria"),
        ("Kantabrien", "Cantabria"),
        ("Asturien", "Asturias"),
    ],
)
def test_a_region_german_writes_in_ien_is_the_region(german: str, other: str) -> None:
    assert name_form(other) in subdivision_names(german)
    assert region_level(german) == "region"


def test_a_town_ending_in_ien_is_no_region_the_data_does_not_know() -> None:
    assert subdivision_names("Lorien") == frozenset()
    assert region_level("Osterbrien") is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Braunschweiger Weststadt", "braunschweig weststadt"),
        ("Kölner Südstadt", "cologne sudstadt"),
        ("Hamburger Hafen", "hamburg hafen"),
        ("Genfer Flughafen", "geneva flughafen"),
        ("Wiener Neustadt", "wiener neustadt"),  # a town of its own
    ],
)
def test_a_citys_part_named_with_its_adjective_lies_in_the_city_as_the_day_keys_it(
    name: str, key: str
) -> None:
    assert place_key(name) == key


def test_two_compass_quarters_of_one_city_stay_two_places() -> None:
    day = merged(
        _crane(
            "In der Kölner Südstadt ist am Dienstagmorgen ein Baukran auf eine Einkaufsstraße gestürzt; "
            "zwei Passanten kamen ums Leben.",
            "Kölner Südstadt", "In der Kölner Südstadt", "de", "zwei Passanten",
        ),
        _crane(
            "In der Kölner Weststadt ist am Dienstagmorgen ein Baukran auf eine Einkaufsstraße gestürzt; "
            "zwei Passanten kamen ums Leben.",
            "Kölner Weststadt", "In der Kölner Weststadt", "de", "zwei Passanten",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


# --------------------------------------------------------------------------- what a link joins


@pytest.mark.parametrize(
    ("sentence", "lang", "places"),
    [
        ("El túnel que une Arbeca con la localidad francesa de Saint-Girons sigue cerrado.", "es",
         {"arbeca", place_key("Saint-Girons")}),
        ("Le tunnel, qui relie l'Ariège à la Catalogne, est fermé.", "fr", {place_key("Ariège"), "catalonia"}),
        ("Die neue Brücke verbindet Kehl mit Straßburg.", "de", {"kehl", "strasbourg"}),
        ("the ferry linking Ashby with the town of Brigg was cancelled", "en", {"ashby", "brig"}),
        ("Le tunnel Castelbrune-Valsène reste fermé.", "fr", {"castelbrune", "valsene"}),
        ("the Castelbrune-Valsene tunnel stays shut", "en", {"castelbrune", "valsene"}),
        ("la línea Lleida-Manresa", "es", {place_key("Lleida"), place_key("Manresa")}),
    ],
)  # fmt: skip
def test_a_tunnel_road_or_bridge_names_both_places_it_links(
    sentence: str, lang: str, places: set[str]
) -> None:
    assert places_in(sentence, lang) >= places


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("the Saint-Denis tunnel was closed", "en"),  # one town's name
        ("he linked Monday and Tuesday", "en"),
        ("links with 8 and 10 people", "en"),
        ("In Köln-Ehrenfeld ist ein Kran umgestürzt.", "de"),  # a city's quarter, no link word
    ],
)
def test_a_hyphenated_town_or_a_link_of_no_places_names_no_two_ends(sentence: str, lang: str) -> None:
    assert len(list(places_between(sentence, lang))) == 0


@pytest.mark.parametrize(
    "hostile",
    [
        "linking " + "Aa " * 30_000 + "with",
        "tunnel " + "Aaa-" * 20_000,
        "Aaa-" * 20_000 + " tunnel",
        "relie l'" + "Éé " * 20_000 + "à la",
        "une Ñandú con " + "la " * 20_000 + "de Łódź",
    ],
)
def test_hostile_links_are_read_fast(hostile: str) -> None:
    started = time.thread_time()
    list(places_between(hostile, "fr"))
    assert time.thread_time() - started < 2


def _closure(text: str, place: str, location: str, lang: str) -> object:
    return one_incident(
        text,
        type="other",
        place=place,
        location=location,
        time=None,
        figures=[{"id": "f1", "text": "14", "value": 14, "category": "distance", "unit": "m"}],
        language=lang,
    )


def test_a_tunnel_named_for_its_two_towns_and_one_of_them_spelled_two_ways_is_one_event() -> None:
    """The Spanish paper's "Valdena" is the French radio's "Valdène", one vowel apart, each
    named beside Castelbrune: the tunnel's two ends in both."""
    day = merged(
        _closure(
            "El túnel que une Valdena con la localidad francesa de Castelbrune permanece cerrado "
            "desde el martes por una grieta de 14 metros en la bóveda.",
            "Valdena", "El túnel que une Valdena con la localidad francesa de Castelbrune", "es",
        ),
        _closure(
            "Le tunnel Castelbrune-Valdène reste fermé depuis mardi : une fissure de 14 mètres a été "
            "découverte dans sa voûte.",
            "Castelbrune", "Le tunnel Castelbrune-Valdène", "fr",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_another_tunnel_near_one_of_the_towns_stays_apart() -> None:
    """The night closure of a second tunnel ten kilometres away is another closure."""
    day = merged(
        _closure(
            "El túnel que une Valdena con la localidad francesa de Castelbrune permanece cerrado "
            "desde el martes por una grieta de 14 metros en la bóveda.",
            "Valdena", "El túnel que une Valdena con la localidad francesa de Castelbrune", "es",
        ),
        _closure(
            "Le tunnel de Sant Quirze, à dix kilomètres de Valdena, sera fermé cette nuit pour des "
            "travaux sur 14 mètres de voûte.",
            "Sant Quirze", "Le tunnel de Sant Quirze, à dix kilomètres de Valdena", "fr",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les enquêteurs cherchent une Renault et une Peugeot volées.", "fr"),
        ("a cell linked to Hamas and Hezbollah", "en"),
        ("two suspects connected to Ashby and Brigg gangs", "en"),
    ],
)
def test_an_article_or_a_tie_between_groups_is_no_link_between_places(sentence: str, lang: str) -> None:
    assert len(list(places_between(sentence, lang))) == 0


# --------------------------------------------------------------------------- names in brackets


def test_a_place_written_with_another_name_in_brackets_is_tied_to_it() -> None:
    """A bilingual region's paper names a village by both names; a Spanish one a town by its
    province: either way a report of one is compatible with a report of the other."""
    text = (
        "BOLZANO. Doppio attacco del lupo. A Palù di Sotto (Untermoos), in Val Flaura, sono morte "
        "undici pecore; a Pandolo (Pfandl) diciassette."
    )
    found = containment_in(text, "it", [("Palù di Sotto", None), ("Pandolo", None)])
    assert (place_key("Palù di Sotto"), place_key("Untermoos"), None) in found
    assert (place_key("Pandolo"), place_key("Pfandl"), None) in found
    found = containment_in("Un incendio en Olmeda (Soria) arrasó 300 hectáreas.", "es", [("Olmeda", None)])
    assert found and all(inner == "olmeda" and outer == "soria" for inner, outer, _ in found)


@pytest.mark.parametrize(
    ("text", "located"),
    [
        ("L'assessore Markus Pichler (SVP) a Pandolo valuterà.", [("Pandolo", None)]),  # a party
        ("L'allevatore Josef Gruber (Pfandl) denuncia ventitré pecore.", [("Pandolo", None)]),  # a person
        ("A Pandolo (12 pecore) e altrove.", [("Pandolo", None)]),  # a count
    ],
)
def test_a_bracket_after_no_place_of_the_articles_events_ties_nothing(
    text: str, located: list[tuple[str, None]]
) -> None:
    assert containment_in(text, "it", located) == ()


def test_hostile_brackets_are_read_fast() -> None:
    started = time.thread_time()
    for text, place in [
        ("Aa (" + "Bb " * 20_000 + ")", "Aa"),
        ("Pandolo (" * 20_000, "Pandolo"),
        ("x" * 50_000, "x" * 200),
        ("(Bb)" + " " * 50_000 + "(Bb)", "Aa"),
    ]:
        containment_in(text, "it", [(place, None)])
    assert time.thread_time() - started < 2


def test_an_article_of_many_places_and_brackets_is_read_fast() -> None:
    """The text is searched once for brackets, not once for each place."""
    places = [(f"Ort{n}", None) for n in range(4_000)]
    text = "A Ort7 (Pfandl) e " * 5_000
    started = time.thread_time()
    found = containment_in(text, "it", places)
    assert time.thread_time() - started < 2
    assert found == ((place_key("Ort7"), place_key("Pfandl"), None),)


# --------------------------------------------------------------------------- "Val" valleys


@pytest.mark.parametrize(
    "name", ["Val Ferrache", "Val d'Anniviers", "Val di Ranna", "Val Flaura", "val de Bagnes"]
)
def test_a_valley_written_val_and_its_name_holds_towns(name: str) -> None:
    assert region_level(name[0].upper() + name[1:]) == "valley"


@pytest.mark.parametrize(
    "name", ["Val-d'Isère", "Val-de-Travers", "Val-de-Reuil", "Valencia", "Valais", "Valdena"]
)
def test_a_town_named_with_a_hyphenated_val_or_a_val_word_is_no_valley(name: str) -> None:
    assert region_level(name) != "valley"


def test_two_links_sharing_one_end_keep_their_other_ends_apart() -> None:
    """The Kehl-Strasbourg bridge and the Strasbourg-Offenburg line, each closed on one day
    for a 14 m crack: each report names Strasbourg, and neither the other's own town."""
    day = merged(
        _closure(
            "Die Brücke Kehl-Straßburg bleibt seit Dienstag gesperrt: Prüfer fanden einen Riss von "
            "14 Metern im Tragwerk.",
            "Kehl", "Die Brücke Kehl-Straßburg", "de",
        ),
        _closure(
            "La ligne Strasbourg-Offenburg est coupée depuis mardi : une fissure de 14 mètres a été "
            "découverte sur un viaduc.",
            "Offenburg", "La ligne Strasbourg-Offenburg", "fr",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2
