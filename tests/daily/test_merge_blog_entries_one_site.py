"""A live blog's entries at one place of a small town continue one event though they share
no words: "19:05 - Firefighters called to Torre Marina, a lift stuck between floors", "22:41 -
All out. Firefighters say six people were freed" (issue 25, days 56, 60 and 64: a lift
rescue, a cable theft at a station, a pile-up at one motorway kilometre). A wire that tells
the event then joins them all. Not in a city, whose places see many events a day, nor when
an entry says its event is another (``live_entries.entries_continue``). Every report here is
invented."""

from __future__ import annotations

import pytest

from tests.daily.test_daily import briefed, merged


def _blog(header: str, place: str, entries: list[tuple[str, str]], kind: str = "accident") -> object:
    text = "\n".join([header, *(f"{clock} {evidence}" for clock, evidence in entries)])
    return briefed(
        text,
        incidents=[
            {"id": f"i{n}", "type": kind, "place": place, "time": clock.rstrip(" -–:"), "evidence": evidence}
            for n, (clock, evidence) in enumerate(entries, start=1)
        ],
    )


def _wire(text: str, place: str, time: str | None, kind: str = "accident") -> object:
    return briefed(
        text, incidents=[{"id": "i1", "type": kind, "place": place, "time": time, "evidence": text}]
    )


def _sizes(*items: object) -> list[int]:
    return sorted(len(incident.reports) for incident in merged(*items).incidents)  # type: ignore[arg-type]


LIFT = {
    "en": (
        "LIVE: Lift breakdown in {town}",
        [
            ("19:05 -", "Firefighters have been called to Torre Marina, the 14-storey block, where a lift is "
             "stuck between floors with residents inside."),
            ("22:41 -", "All out: everyone is free after almost four hours."),
        ],
        "Six people were trapped for almost four hours in a broken-down lift at the Torre Marina "
        "tower block in {town} before firefighters freed them.",
    ),
    "es": (
        "DIRECTO | Avería en {town}",
        [
            ("19.05", "Los bomberos acuden a la Torre Marina, un bloque de catorce plantas, donde un ascensor "
             "se ha quedado parado entre dos pisos con vecinos dentro."),
            ("22.41", "Todos fuera, tras casi cuatro horas."),
        ],
        "Seis personas han permanecido atrapadas casi cuatro horas en un ascensor averiado de la Torre "
        "Marina de {town} hasta que los bomberos las liberaron.",
    ),
    "de": (
        "Liveticker: Aufzug in {town}",
        [
            ("19.05 Uhr:", "Die Feuerwehr ist beim Hochhaus Torre Marina, 14 Stockwerke, im Einsatz: Ein Aufzug "
             "steckt mit Bewohnern zwischen zwei Etagen fest."),
            ("22.41 Uhr:", "Alle draussen, nach fast vier Stunden."),
        ],
        "Sechs Menschen sassen fast vier Stunden in einem defekten Aufzug im Hochhaus Torre Marina in {town} "
        "fest, bevor die Feuerwehr sie befreite.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LIFT))
def test_a_blog_s_entries_at_one_site_of_a_small_town_and_a_wire_are_one_event(language: str) -> None:
    header, entries, wire = LIFT[language]
    town = "Tarvel"
    place = f"Torre Marina, {town}"
    blog = _blog(header.format(town=town), place, entries)
    assert _sizes(blog, _wire(wire.format(town=town), place, None)) == [3]


@pytest.mark.parametrize("language", sorted(LIFT))
def test_a_blog_s_entries_at_one_place_of_a_city_are_not_taken_for_one_event(language: str) -> None:
    """A city's tower blocks, stations and squares see many events a day: sharing the place is
    no sign the entries continue each other."""
    header, entries, wire = LIFT[language]
    town = "Barcelona"
    blog = _blog(header.format(town=town), town, entries)
    assert _sizes(blog, _wire(wire.format(town=town), town, None)) != [3]


def test_an_entry_that_says_its_event_is_another_stays_apart_at_one_site() -> None:
    blog = _blog(
        "LIVE: Lift breakdown in Tarvel",
        "Torre Marina, Tarvel",
        [
            (
                "19:05 -",
                "Firefighters have been called to Torre Marina, where a lift is stuck between floors.",
            ),
            ("22:41 -", "Separate incident: a second lift has broken down at Torre Marina, one man inside."),
        ],
    )
    wire = _wire(
        "Six people were trapped for almost four hours in a broken-down lift at Torre Marina in Tarvel.",
        "Torre Marina, Tarvel",
        None,
    )
    assert _sizes(blog, wire) != [3]
