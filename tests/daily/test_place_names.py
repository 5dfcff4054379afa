"""Names of one place in several languages that maintained data knows (issue 25, days 28-33
generalised): a country's part named in two languages is one place on a day naming both, a
city's alternate that is another town's own name is only compatible with the city, and a
city named with its area is held by it. Two towns stay two. Every article is invented; the
places are real, as the data is."""

from __future__ import annotations

import pytest

from summarizer.daily.place_keys import place_key
from summarizer.daily.place_names import cities_also_named, holders_by_name, one_place_names
from summarizer.daily.place_variants import valley_variants
from summarizer.text.exonyms import also_named, areas_named_with, exonym_of
from summarizer.text.subdivisions import subdivision_holders, subdivision_names
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("names", "holder"),
    [
        (("Bizkaia", "Vizcaya", "Biscaye"), "pais vasco"),  # Basque, Spanish, French
        (("Girona", "Gerona"), "catalunya"),  # Catalan and Spanish, written "Girona [Gerona]"
        (("Valais", "Wallis"), None),
        (("Bayern", "Bavaria", "Bavière"), None),
        (("Niedersachsen", "Basse-Saxe"), None),
    ],
)
def test_a_country_part_is_known_by_its_names_in_four_languages(
    names: tuple[str, ...], holder: str | None
) -> None:
    for name in names:
        assert {n.replace("è", "e") for n in subdivision_names(name)} >= {
            " ".join(other.casefold().replace("è", "e").replace("-", " ").split()) for other in names
        }
        if holder:
            assert holder in subdivision_holders(name)


def test_names_of_no_country_part_have_none() -> None:
    assert subdivision_names("Osterholm") == frozenset()
    assert subdivision_names("") == frozenset()
    assert subdivision_holders("Tarvik") == frozenset()


def test_a_city_alternate_that_is_a_towns_own_name_is_only_also_the_city() -> None:
    assert also_named("Brunswick") == {"Braunschweig"}  # Georgia, Maine, Ohio, Victoria too
    assert exonym_of("Brunswick") is None  # never remapped
    assert also_named("Gerona") == {"Girona"}
    # The bigger city keeps its own name: "Valencia" is Valence's Spanish name too, "Paris"
    # a South African town's alternate.
    assert also_named("Valencia") == frozenset()
    assert also_named("Paris") == frozenset()
    assert also_named("Sion") == frozenset()  # Sitten's French name, no bigger city's


def test_a_city_named_with_its_area_is_held_by_it() -> None:
    assert "mallorca" in areas_named_with("Palma")
    assert "oberbayern" in areas_named_with("Weilheim")
    assert areas_named_with("Osterholm") == frozenset()


def test_the_day_joins_two_names_of_a_part_only_when_it_names_both() -> None:
    assert one_place_names([place_key("Vizcaya"), place_key("Tarvik")]) == {}
    joined = one_place_names([place_key("Vizcaya"), place_key("Bizkaia"), place_key("Biscaye")])
    assert len(set(joined.values())) == 1 and len(joined) == 3
    assert one_place_names([place_key("Girona"), place_key("Gerona")]) == {
        "girona": "gerona",
        "gerona": "gerona",
    }


def test_the_day_reads_a_city_alternate_beside_the_city_only_when_it_names_both() -> None:
    assert cities_also_named([place_key("Brunswick")]) == {}
    assert cities_also_named([place_key("Brunswick"), place_key("Braunschweig")]) == {
        "brunswick": frozenset({"braunschweig"})
    }


def test_what_holds_a_place_is_read_only_when_the_day_names_both() -> None:
    assert holders_by_name([place_key("Palma")]) == []
    assert holders_by_name([place_key("Palma"), place_key("Mallorca")]) == [
        ("palma", place_key("Mallorca"), None)
    ]
    assert ("bizkaia", "pais vasco", None) in holders_by_name(["bizkaia", "pais vasco"])


def test_basque_and_parque_keep_their_u() -> None:
    """After "q" the "u" is no vowel an umlaut's "e" follows; a German "ue" still folds."""
    assert place_key("Basque Country") == "basque country"
    assert place_key("Parque Natural") == "parque natural"
    assert place_key("Guetersloh") == place_key("Gütersloh")
    assert place_key("Muenchen") == place_key("München")


# --------------------------------------------------------------------------- whole days


def _outage(text: str, place: str, location: str, lang: str, households: str) -> object:
    return one_incident(
        text,
        type="other",
        place=place,
        location=location,
        time=None,
        figures=[{"id": "f1", "text": households, "value": 18000, "category": "other"}],
        language=lang,
    )


def test_a_city_told_by_its_exonym_and_its_own_name_is_one_event() -> None:
    day = merged(
        _outage(
            "In der Braunschweiger Weststadt fiel am Donnerstag der Strom für 18.000 Haushalte aus, "
            "teilte der Netzbetreiber Okerland mit.",
            "Braunschweig", "in der Braunschweiger Weststadt", "de", "18.000 Haushalte",
        ),
        _outage(
            "Power was restored to 18,000 households in the west of Brunswick on Thursday after a "
            "transformer failed, the grid operator Okerland said.",
            "Brunswick", "in the west of Brunswick", "en", "18,000 households",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_a_towns_namesake_abroad_by_the_exonym_stays_apart() -> None:
    """A US day: a fire in Brunswick, Georgia, and one in Braunschweig, each told once. The
    exonym makes the places compatible, not one: a fire apiece is no shared specific."""
    day = merged(
        one_incident(
            "A fire destroyed a warehouse in Brunswick, Georgia, on Thursday, the fire department said.",
            type="disaster", place="Brunswick", location="a warehouse in Brunswick, Georgia", time="on Thursday",
            language="en",
        ),
        one_incident(
            "Ein Feuer hat am Donnerstag eine Lagerhalle in Braunschweig zerstört, sagte die Feuerwehr.",
            type="disaster", place="Braunschweig", location="in Braunschweig", time="am Donnerstag",
            language="de",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_sion_and_zion_are_two_towns() -> None:
    day = merged(
        one_incident(
            "Un incendie a détruit jeudi un entrepôt à Sion, selon la police cantonale.",
            type="disaster", place="Sion", location="un entrepôt à Sion", time="jeudi", language="fr",
        ),
        one_incident(
            "A fire destroyed a warehouse in Zion on Thursday, police said.",
            type="disaster", place="Zion", location="a warehouse in Zion", time="on Thursday", language="en",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 2


def test_a_province_in_two_languages_is_one_place_of_one_event() -> None:
    day = merged(
        one_incident(
            "Un deslizamiento en el vertedero de Artzeta, en Vizcaya, sepultó el martes a dos operarios.",
            type="disaster", place="Vizcaya", location="el vertedero de Artzeta", time="el martes", language="es",
        ),
        one_incident(
            "Ein Erdrutsch auf der Deponie Artzeta in Bizkaia hat am Dienstag zwei Arbeiter verschüttet.",
            type="disaster", place="Bizkaia", location="auf der Deponie Artzeta", time="am Dienstag", language="de",
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_an_island_and_the_city_named_with_it_may_be_one_place() -> None:
    day = merged(
        one_incident(
            "Wegen eines Norovirus-Ausbruchs liegt das Kreuzfahrtschiff Aurora seit Montag im Hafen von "
            "Palma fest; 212 Menschen sind erkrankt.",
            type="disaster", place="Palma", location="im Hafen von Palma", time="seit Montag", language="de",
            figures=[{"id": "f1", "text": "212 Menschen", "value": 212, "category": "other"}],
        ),
        one_incident(
            "Aboard the cruise ship Aurora, held on Mallorca by a norovirus outbreak, 212 people are sick.",
            type="disaster", place="Mallorca", location="on Mallorca", time=None, language="en",
            figures=[{"id": "f1", "text": "212 people", "value": 212, "category": "other"}],
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


# --------------------------------------------------------------------------- valleys


@pytest.mark.parametrize(
    "names",
    [
        ("Ferrache valley", "Val Ferrache", "Ferrachetal", "vallée de la Ferrache", "Valle del Ferrache"),
        ("Ötztal", "Oetztal", "Ötz valley"),
        ("Val d'Anniviers", "Anniviers valley"),
        ("Zillertal", "Ziller Tal", "Ziller Valley"),
        ("Aosta Valley", "Valle d'Aosta", "Vallée d'Aoste"),  # its river's name a vowel apart
    ],
)
def test_a_valley_named_for_its_river_in_each_language_is_one_place_of_the_day(
    names: tuple[str, ...],
) -> None:
    keys = [place_key(n) for n in names]
    variants = valley_variants(keys)
    assert len({variants.get(k, k) for k in keys}) == 1


@pytest.mark.parametrize(
    "keys",
    [
        ("Portal", "Hospital", "Capital", "Wuppertal", "Crystal"),  # words ending as a German valley
        ("Ötztal", "Zillertal"),  # two valleys
        ("Val Ferrache", "Val Ferret"),
        ("Valle Maggia", "Valle di Muggio"),  # two rivers' names more than a vowel apart
        ("Ferrache", "Ferrache valley"),  # a river's village and its valley: ``places_related``'s
    ],
)
def test_names_that_end_like_valleys_or_two_valleys_stay_apart(keys: tuple[str, ...]) -> None:
    assert valley_variants([place_key(k) for k in keys]) == {}


def test_hostile_valley_keys_are_read_quickly() -> None:
    import time

    start = time.thread_time()
    valley_variants(["val " + "a " * 20_000 + "valey", "a" * 50_000 + "tal", "vale " + "d " * 20_000])
    assert time.thread_time() - start < 1.0


# --------------------------------------------------------------------------- one town spelled two ways


def _collapse(text: str, place: str, location: str, lang: str) -> object:
    return one_incident(text, type="accident", place=place, location=location, time=None, language=lang)


def test_a_town_spelled_in_two_languages_beside_one_province_is_one_place() -> None:
    """Catalan "Figueres" and Spanish "Figueras", each told in the province of Girona
    (Spanish "Gerona"): one town, so one collapse."""
    day = merged(
        _collapse("Un andamio se desplomó en Figueras (Gerona) y dejó dos obreros heridos en la calle Nueva.",
                  "Figueras", "Figueras (Gerona)", "es"),
        _collapse("A scaffold collapsed in Figueres (Girona), leaving two workers injured on Carrer Nou.",
                  "Figueres", "Figueres (Girona)", "en"),
    )  # fmt: skip
    assert len(day.incidents) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Salzburg", "Salzburg (Österreich)"), ("Salzberg", "Salzberg (Hessen)")),
        (("Figueras", "Figueras (Asturias)"), ("Figueres", "Figueres (Girona)")),  # two provinces
    ],
)
def test_towns_a_vowel_apart_with_no_neighbour_in_common_stay_two(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    day = merged(
        _collapse(f"A scaffold collapsed in {first[1]}, leaving two workers injured.", *first, "en"),
        _collapse(f"A scaffold collapsed in {second[1]}, leaving two workers injured.", *second, "en"),
    )
    assert len(day.incidents) == 2


def test_spellings_are_paired_quickly_on_a_busy_day() -> None:
    import time

    from summarizer.daily.place_variants import spellings_beside_one_place
    from summarizer.daily.reports import report_evidence

    class _Incident:
        type, date, time, evidence, location = "accident", None, None, "x", None

        def __init__(self, place: str) -> None:
            self.place = place

    reports = [
        report_evidence(
            owner=f"a{n}",
            incident=_Incident(f"townl{'aeiou'[n % 5]}nd{chr(97 + n % 26)}"),  # type: ignore[arg-type]
            places=["gerona"],
            words=[],
            figures=[],
        )
        for n in range(2_000)
    ]
    start = time.thread_time()
    found = spellings_beside_one_place(reports, [], {})
    assert time.thread_time() - start < 2.0
    assert found and all(_one_vowel_apart_or_same(k, v) for k, v in found.items())


def _one_vowel_apart_or_same(first: str, second: str) -> bool:
    return len(first) == len(second) and sum(a != b for a, b in zip(first, second, strict=True)) <= 2


# --------------------------------------------------------------------------- where someone comes from


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Mehrere Augenzeugen, darunter ein Urlauberpaar aus Köln, sahen den Überfall in Palma.",
            "de",
            {"palma"},
        ),
        (
            "In Villard sitzen nach dem Ablassen von Wasser aus der Dérotse-Staumauer Menschen fest.",
            "de",
            {"vilard"},
        ),
        ("Tourists from Madrid saw the robbery in Palma.", "en", {"palma"}),  # a capital the gazetteer knows
        # Named as the event's place too, an origin's place stays.
        ("Ein Brand in Köln: Helfer aus Köln und Bonn waren im Einsatz.", "de", {"cologne"}),
    ],
)
def test_where_someone_comes_from_is_not_where_the_event_is(text: str, lang: str, places: set[str]) -> None:
    from summarizer.daily.places import places_in

    assert places_in(text, lang) == places


def test_hostile_origins_are_read_quickly() -> None:
    import time

    from summarizer.daily.places import places_in

    start = time.thread_time()
    places_in("aus " * 20_000 + "Köln", "de")
    places_in("from the " + "Ab " * 20_000, "en")
    assert time.thread_time() - start < 2.0


# --------------------------------------------------------------------------- a country's part holds towns


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Vizcaya", "region"),  # ISO 3166-2's province, no level word written
        ("Bizkaia", "region"),
        ("Niedersachsen", "region"),
        ("Girona", None),  # a city as much as a province: a report of it is of the city
        ("Valencia", None),
        ("Osterholm", None),
    ],
)
def test_a_country_part_known_by_name_holds_towns_unless_a_city_bears_it(
    name: str, level: str | None
) -> None:
    from summarizer.text.place_levels import region_level

    assert region_level(name) == level


def test_a_level_written_beside_a_known_region_is_its_level() -> None:
    from summarizer.text.place_levels import place_level

    assert place_level("Queensland", "an underground coal mine in Queensland state") == "state"
    assert place_level("Vizcaya", "en Vizcaya") == "region"


def _landslide(text: str, place: str, lang: str) -> object:
    return one_incident(text, type="disaster", place=place, location=place, time="el martes", language=lang)


def test_a_province_named_without_its_level_may_hold_the_town_of_one_event() -> None:
    day = merged(
        _landslide("Un deslizamiento en el vertedero de Larabeiti sepultó el martes a dos operarios.",
                   "Larabeiti", "es"),
        _landslide("Un deslizamiento en un vertedero de Vizcaya sepultó el martes a dos operarios.",
                   "Vizcaya", "es"),
    )  # fmt: skip
    assert len(day.incidents) == 1


def test_two_towns_of_one_province_stay_two() -> None:
    day = merged(
        _landslide("Un deslizamiento en el vertedero de Larabeiti, en Vizcaya, sepultó el martes a dos operarios.",
                   "Larabeiti", "es"),
        _landslide("Un deslizamiento en el vertedero de Goieri, en Vizcaya, sepultó el martes a dos operarios.",
                   "Goieri", "es"),
    )  # fmt: skip
    assert len(day.incidents) == 2


# --------------------------------------------------------------------------- a place named by its kind


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "La télécabine qui relie le village de Saint-Maurin à la station de Plan-des-Aigles est bloquée.",
            "fr",
            {"st maurin", "plan aigles"},
        ),
        (
            "Une avalanche a touché la station de ski de Valdeluz et le hameau de Tarvel.",
            "fr",
            {"valdeluz", "tarvel"},
        ),
        (
            "El alud alcanzó la estación de esquí de Valdeluz, cerca de la localidad de Artzeta.",
            "es",
            {"valdeluz", "artzeta"},
        ),
        (
            "Un incendio arrasó una nave en el pueblo de Goieri y la aldea de Tarvel.",
            "es",
            {"goieri", "tarvel"},
        ),
        ("The gondola to the resort of Plan-des-Aigles stopped, stranding 40 skiers.", "en", {"plan aigles"}),
        ("Rescuers arrived at the ski resort of Valdeluz at noon.", "en", {"valdeluz"}),
    ],
)
def test_a_place_named_by_its_kind_of_settlement_is_read(text: str, lang: str, places: set[str]) -> None:
    from summarizer.daily.places import places_in

    assert places_in(text, lang) == places


def test_a_resort_and_the_village_its_lift_leaves_from_may_be_one_event() -> None:
    day = merged(
        one_incident(
            "La télécabine qui relie le village de Saint-Maurin à la station de Plan-des-Aigles s'est "
            "immobilisée jeudi à 11 h 50; 64 passagers sont bloqués.",
            type="accident", place="Saint-Maurin", location="le village de Saint-Maurin", time="jeudi",
            language="fr", figures=[{"id": "f1", "text": "64 passagers", "value": 64, "category": "other"}],
        ),
        one_incident(
            "Die Seilbahn zum Ferienort Plan-des-Aigles steht seit Donnerstag 11.50 Uhr still; 64 Passagiere "
            "sitzen fest.",
            type="accident", place="Plan-des-Aigles", location="zum Ferienort Plan-des-Aigles", time="Donnerstag",
            language="de", figures=[{"id": "f1", "text": "64 Passagiere", "value": 64, "category": "other"}],
        ),
    )  # fmt: skip
    assert len(day.incidents) == 1


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The bus left the road 3 km from Berlin on Tuesday.", {"berlin"}),  # a capital the gazetteer knows
        ("A landslide buried a hut two miles away from Madrid.", {"madrid"}),
        ("Tourists from Madrid saw the landslide.", set()),
    ],
)
def test_a_distance_from_a_place_is_where_the_event_is(text: str, places: set[str]) -> None:
    from summarizer.daily.places import places_in

    assert places_in(text, "en") == places
