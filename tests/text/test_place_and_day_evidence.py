"""What a time or a place says for certain, and what it leaves open: a night names two days,
a level word names a place's level only beside its name, a stretch "between" two places
names both, a place of no known level may be a part of a region only when it abbreviates
it or is an island of an island group. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from summarizer.daily.place_keys import place_key
from summarizer.daily.places import places_in
from summarizer.text.dates import dates_of, days_apart, found_on, weekdays_named
from summarizer.text.place_levels import may_lie_within, place_level, region_level
from summarizer.text.places import places_between


@pytest.mark.parametrize(
    ("time_text", "days"),
    [
        ("dans la nuit de mercredi à jeudi", {"wednesday", "thursday"}),
        ("in der Nacht zum Donnerstag", {"wednesday", "thursday"}),
        ("in der Nacht auf Dienstag", {"monday", "tuesday"}),
        ("Monday night", {"monday", "tuesday"}),
        ("overnight into Thursday", {"wednesday", "thursday"}),
        ("durante la noche del miércoles", {"wednesday", "thursday"}),
        ("la noche del martes al miércoles", {"tuesday", "wednesday"}),
        ("Sunday night", {"sunday", "monday"}),  # the week wraps
        ("Mittwochnacht", {"wednesday", "thursday"}),
        ("am Samstagvormittag", {"saturday"}),
        ("am Sonnabend", {"saturday"}),
        ("on Thursday afternoon", {"thursday"}),
        ("jeudi après-midi", {"thursday"}),
        ("a las 9.15 horas de este martes", {"tuesday"}),
        ("Sunday 00:40", {"saturday", "sunday"}),  # the small hours: the night began the day before
        ("Sonntag, 0.35 Uhr", {"saturday", "sunday"}),
        ("dimanche à 1 h 10", {"saturday", "sunday"}),
        ("domingo a las 2.30", {"saturday", "sunday"}),
        ("Monday 4:05am", {"sunday", "monday"}),
        ("Sunday 1:30 pm", {"sunday"}),  # the afternoon
        ("domingo a las 4.30 de la tarde", {"sunday"}),
        ("dimanche à 2 h 10 de l'après-midi", {"sunday"}),
        ("domenica alle 3.15 del pomeriggio", {"sunday"}),
        ("Sunday 09:30", {"sunday"}),
        ("Saturday 23:52", {"saturday"}),
        ("Sunday 4.5 km", {"sunday"}),  # no clock
        ("overnight", set()),
        ("this morning", set()),
        (None, set()),
        ("Thursdays", set()),  # no weekday inside another word
    ],
)  # fmt: skip
def test_a_time_names_the_weekdays_it_may_date_its_event_to(time_text: str | None, days: set[str]) -> None:
    assert weekdays_named(time_text) == days


def test_a_night_is_compatible_with_either_of_its_days_and_no_third() -> None:
    night = weekdays_named("in der Nacht zum Donnerstag")
    assert not days_apart(night, weekdays_named("am Donnerstag"))
    assert not days_apart(night, weekdays_named("mercredi soir"))
    assert days_apart(night, weekdays_named("el viernes"))
    assert days_apart(weekdays_named("Monday"), weekdays_named("Tuesday"))
    assert not days_apart(frozenset(), weekdays_named("Tuesday"))  # no weekday: no evidence


def test_hostile_times_are_read_fast_and_name_nothing_odd() -> None:
    started = time.thread_time()
    for hostile in (
        "Nacht " * 20_000 + "zum Donnerstag",
        "zum " * 50_000,
        "ночь четверга " * 5_000,
        "a" * 100_000,
    ):
        assert weekdays_named(hostile) <= {"wednesday", "thursday"}
    assert time.thread_time() - started < 2


@pytest.mark.parametrize(
    ("place", "location", "level"),
    [
        ("Queensland", "an underground coal mine in Queensland state", "state"),
        ("Atacama", "an open-pit copper mine in the northern Atacama region", "region"),
        ("Alto Tormes", "la comarca del Alto Tormes", "comarca"),
        ("Harburg", "im Landkreis Harburg", "landkreis"),
        ("Drôme", "dans la Drôme", "region"),
        ("Lanzarote", "On Lanzarote", "island"),
        ("frontière franco-espagnole", "le long de la frontière", "frontiere"),
        ("Canary Islands", "off Spain's Canary Islands", "islands"),
        ("Brennertal", "im Brennertal", "valley"),
        # A level word or an article that is not the place's own says nothing of it.
        ("Bad Kellbach", "A district hospital in the spa town of Bad Kellbach", None),
        ("Lindheim", "le Rhin en aval de la papeterie de Lindheim", None),
        ("Arrecife", "a flat in the Valterra district", None),
        ("Lyon", "la ville de Lyon", None),
        ("Main Street", "on Main Street", None),  # "on" a street, not an island
        ("Wuppertal", "in Wuppertal", None),  # a city, whatever its ending
        ("Ashby", None, None),
    ],
)  # fmt: skip
def test_a_location_gives_its_level_only_to_the_place_it_names_beside_it(
    place: str, location: str | None, level: str | None
) -> None:
    assert place_level(place, location) == level


def test_a_level_word_in_a_long_hostile_location_is_read_fast() -> None:
    started = time.thread_time()
    assert place_level("Ashby", "de la " * 20_000 + "Ashby") is None
    assert place_level("Ashby", "County " * 20_000) is None
    assert region_level("Tal" * 10_000) is None
    assert time.thread_time() - started < 2


@pytest.mark.parametrize(
    ("sentence", "lang", "places"),
    [
        ("Die Kantonsstrasse zwischen Tälli und Obergrund bleibt gesperrt.", "de", {"tali", "obergrund"}),
        ("la route cantonale entre Les Aubrets et Villardin est coupée", "fr", {"aubrets", "vilardin"}),
        ("the road between Ashby and Brigg was closed", "en", {"ashby", "brig"}),
        ("el tramo entre Olmeda y Puerto de Vega", "es", {"olmeda", place_key("Puerto de Vega")}),
        ("zwischen Montag und Dienstag", "de", set()),
        ("between Monday and Tuesday", "en", set()),
        ("between 8 and 10 people", "en", set()),
        ("talks between France and Spain", "en", set()),  # countries are too coarse to count
    ],
)  # fmt: skip
def test_a_stretch_between_two_places_names_both(sentence: str, lang: str, places: set[str]) -> None:
    assert places_in(sentence, lang) >= places
    if not places:
        assert not places_in(sentence, lang)


def test_hostile_stretches_are_read_fast() -> None:
    started = time.thread_time()
    for hostile in (
        "zwischen " + "Aa " * 30_000 + "und",
        "between A" + " Bb" * 30_000,
        "entre Ñandú y Łódź " * 2_000,
    ):
        list(places_between(hostile, "de"))
    assert time.thread_time() - started < 2


def test_a_place_of_no_known_level_may_be_a_part_of_a_region_only_as_its_abbreviation_or_island() -> None:
    assert may_lie_within("qld", "queensland", "state")
    assert may_lie_within("nsw", "new south wales", "state")
    assert may_lie_within("fuerteventura", "canary islands", "islands")
    assert not may_lie_within("soria", "burgos", "provincia")  # a dateline's province: another one
    assert not may_lie_within("qld", "victoria", "state")
    assert not may_lie_within("dlq", "queensland", "state")  # the letters in order


def test_a_bilingual_citys_two_names_are_one_place() -> None:
    assert place_key("Bienne") == place_key("Biel") == place_key("Biel/Bienne")
    assert place_key("Vienna") != place_key("Bienne")


def test_a_night_dated_by_one_of_its_days_may_be_of_the_other() -> None:
    monday = dt.date(2026, 3, 2)
    assert dates_of(monday, weekdays_named("Monday night")) == {monday, monday + dt.timedelta(days=1)}
    assert dates_of(monday, weekdays_named("in der Nacht zum Montag")) == {
        monday,
        monday - dt.timedelta(days=1),
    }
    assert dates_of(monday, weekdays_named("Monday")) == {monday}
    # A date that is neither day of the night it names says only itself.
    assert dates_of(monday, weekdays_named("Friday night")) == {monday}
    assert dates_of(None, weekdays_named("Monday night")) == frozenset()


@pytest.mark.parametrize(
    ("time_text", "sentence", "days"),
    [
        ("on Thursday", "The bodies of four hikers were found on Thursday.", {"wednesday", "thursday"}),
        ("am Donnerstag", "Tote Fische wurden am Donnerstag am Ufer entdeckt.", {"wednesday", "thursday"}),
        ("jeudi", "Les corps ont été retrouvés jeudi matin.", {"wednesday", "thursday"}),
        ("el jueves", "Los restos fueron hallados el jueves.", {"wednesday", "thursday"}),
        ("on Thursday", "A fire broke out on Thursday.", {"thursday"}),
        ("on Thursday", "The charity founded on Thursday a shelter.", {"thursday"}),  # no discovery
        (None, "The bodies were found.", set()),
        # what someone found to be so is a finding, not the day an event was found
        ("on Thursday", "Investigators found that the fire on Thursday began in a kitchen.", {"thursday"}),
        ("on Thursday", "The driver was found guilty on Thursday.", {"thursday"}),
        ("am Donnerstag", "Die Polizei hat am Donnerstag festgestellt, dass der Brand gelegt wurde.",
         {"thursday"}),
        ("jeudi", "Les experts ont constaté jeudi qu'un câble avait cédé.", {"thursday"}),
        ("jeudi", "Les enquêteurs ont constaté, jeudi, que le feu était parti d'un câble.", {"thursday"}),
        ("jeudi", "Un corps a été découvert jeudi dans la Saône.", {"wednesday", "thursday"}),
        ("el jueves", "Se ha descubierto que el fuego del jueves fue provocado.", {"thursday"}),
        ("on Thursday", "Police found that man dead on Thursday.", {"thursday"}),  # read as a finding
    ],
)  # fmt: skip
def test_an_event_found_on_a_day_may_be_of_the_day_before(
    time_text: str | None, sentence: str, days: set[str]
) -> None:
    assert found_on(weekdays_named(time_text), sentence) == days
    assert found_on(weekdays_named(time_text), "found " * 50_000) <= days | {"wednesday"}


def test_a_finding_is_read_fast_in_hostile_text() -> None:
    started = time.thread_time()
    for hostile in (
        "found " + " \t" * 100_000 + ",",
        "constaté" + " " * 100_000 + "qu",
        "found ," * 50_000,
        "found a b " * 50_000,
        "found" + " x" * 100_000,
    ):
        found_on(frozenset({"thursday"}), hostile)
    assert time.thread_time() - started < 2


def test_a_word_that_only_holds_the_letters_of_night_names_no_night() -> None:
    """ "Nachtrag" (an addendum) or a nightclub is no night: the weekday alone."""
    from summarizer.text.dates import weekdays_named

    assert weekdays_named("Nachtrag vom Montag") == {"monday"}
    assert weekdays_named("at a nightclub on Monday") == {"monday"}
    assert weekdays_named("in der Mittwochnacht") == {"wednesday", "thursday"}
    assert weekdays_named("overnight into Thursday") == {"wednesday", "thursday"}
