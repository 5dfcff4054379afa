"""One street in two spellings is one street (issue 25, day 41 generalised): an English or
French report writes a German umlaut as two letters ("Kurfuerstenplatz", "Goethestrasse"),
a German one as the umlaut ("Kurfürstenplatz"). Two streets stay two, whatever their
spelling ("Müllerstraße" and "Mühlenstraße"). So is one road numbered two ways ("EN13" and
"N-13", "A-7" and "A7"; round 6b), and two roads stay two ("AP-7", "A-7"). Every report is
invented."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.spots import streets_apart, streets_in
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("unter dem Kurfürstenplatz", "under Kurfuerstenplatz in Munich"),
        ("in der Goethestraße", "rue Goethe"),
        ("an der Schönhauser Allee", "on Schoenhauser Allee"),
        ("Bahnhofstraße in Lörrach", "Bahnhofstrasse, Loerrach"),
    ],
)
def test_an_umlaut_written_as_two_letters_names_one_street(first: str, second: str) -> None:
    assert streets_in(first) and streets_in(second)
    assert not streets_apart(streets_in(first), streets_in(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("in der Müllerstraße", "in der Mühlenstraße"),
        ("Kurfürstenplatz", "Königsplatz"),
        ("under Kurfuerstenplatz", "under Koenigsplatz"),
    ],
)
def test_two_streets_stay_two_in_any_spelling(first: str, second: str) -> None:
    assert streets_apart(streets_in(first), streets_in(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("on the EN13 road near Valença", "en la carretera N-13 portuguesa"),  # Portugal's road in en / es
        ("sur la route RN7", "on the N7 road"),  # fr / en
        ("sur la route RD906", "an der Strasse D906"),  # fr / de
        ("en la carretera A-7", "on the A7 road"),  # es / en
    ],
)
def test_one_road_numbered_two_ways_is_one_street(first: str, second: str) -> None:
    assert streets_in(first) and streets_in(second)
    assert not streets_apart(streets_in(first), streets_in(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("en la carretera AP-7", "en la carretera A-7"),
        ("on the EN13 road", "en la carretera N-14"),
        ("sur la route RN7", "sur la route RD7"),
    ],
)
def test_two_roads_stay_two_streets(first: str, second: str) -> None:
    assert streets_apart(streets_in(first), streets_in(second))


def test_hostile_street_names_are_read_quickly() -> None:
    start = time.thread_time()
    names = frozenset({"ue" * 20_000, "aeoeue" * 5_000})
    assert not streets_apart(names, names)
    assert time.thread_time() - start < 1.0


def _burst(text: str, location: str, lang: str) -> object:
    return one_incident(
        text, type="accident", place="Schwabing", location=location, time="Tuesday evening", language=lang
    )


def _burst_under_kurfuerstenplatz() -> object:
    """The wire's report, the square's umlaut written "ue": both tests below set it beside another."""
    return _burst(
        "A water main burst under Kurfuerstenplatz in Munich's Schwabing district on Tuesday "
        "evening, flooding the underground station.",
        "under Kurfuerstenplatz in Munich's Schwabing district",
        "en",
    )


def test_one_water_main_burst_under_a_square_spelt_two_ways_is_one() -> None:
    day = merged(
        _burst_under_kurfuerstenplatz(),
        _burst(
            "Munich's water utility said a main had burst under the Kurfürstenplatz on Tuesday evening, "
            "flooding the underground station beneath it.",
            "under the Kurfürstenplatz",
            "en",
        ),
    )
    assert len(day.incidents) == 1


def test_bursts_under_two_squares_of_one_district_stay_two() -> None:
    day = merged(
        _burst_under_kurfuerstenplatz(),
        _burst(
            "Munich's water utility said a main had burst under the Elisabethplatz on Tuesday evening, "
            "flooding the underground station beneath it.",
            "under the Elisabethplatz",
            "en",
        ),
    )
    assert len(day.incidents) == 2


def test_one_crash_on_a_national_road_numbered_two_ways_is_one() -> None:
    """An English wire writes Portugal's road "EN13", a Spanish paper across the border "N-13":
    one crash. A crash on another road of the town stays another."""

    def crash(text: str, location: str, lang: str) -> object:
        return one_incident(
            text, type="accident", place="Valença", location=location, time="Wednesday morning", language=lang
        )

    wire = crash(
        "A 58-year-old pilgrim died on Wednesday morning after being struck by a car on the EN13 road in Valença.",
        "on the EN13 road",
        "en",
    )
    paper = crash(
        "Una peregrina de 58 años murió el miércoles por la mañana arrollada por un turismo en la "
        "carretera N-13 a su paso por Valença.",
        "en la carretera N-13",
        "es",
    )
    other = crash(
        "Un ciclista de 71 años murió el miércoles por la mañana arrollado por un camión en la "
        "carretera N-101 a su paso por Valença.",
        "en la carretera N-101",
        "es",
    )
    assert len(merged(wire, paper).incidents) == 1
    assert len(merged(wire, other).incidents) == 2
