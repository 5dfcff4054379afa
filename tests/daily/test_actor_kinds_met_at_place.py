"""A body named by its kind alone whose article's places name no body of the day is the one
fuller body another article names in its report of the same place: "die Polizei" of a cow
attack in the Pinnistal is the "Landespolizeidirektion Tirol" of a wire's report of that
attack, "la police" of a fire in Vessac the "Gendarmerie de Tarn" a report at Vessac
names. Two such bodies at the place, or none, leave it alone (invented articles)."""

from __future__ import annotations

import time

import pytest

from tests.daily.test_actor_kinds_by_place import Named, _groups


def test_a_bare_police_joins_the_force_named_at_its_place() -> None:
    groups = _groups(
        [
            ("tz", ["Almweg Pinnistal, Neustift im Stubaital"], "Polizei"),
            ("wire", ["Almweg Pinnistal, Neustift im Stubaital"], "Landespolizeidirektion Tirol"),
            ("rts", ["Umbrailpass, Val Müstair"], "police cantonale grisonne"),
        ]
    )
    assert ["tz:Polizei", "wire:Landespolizeidirektion Tirol"] in groups
    assert ["rts:police cantonale grisonne"] in groups


def test_in_french_spanish_and_italian() -> None:
    groups = _groups(
        [
            ("fr", ["Vessac"], "la police"),
            ("fr-2", ["Vessac"], "Gendarmerie de Tarn"),
            ("es", ["Villarcayo"], "los bomberos"),
            ("es-2", ["plaza Mayor, Villarcayo"], "Bomberos de la Diputación de Burgos"),
            ("it", ["Tarrano"], "i vigili del fuoco"),
            ("it-2", ["Tarrano"], "vigili del fuoco di Verona"),
            ("other", ["Kolmsdorf"], "Feuerwehr Unterwald"),
            ("other-2", ["Ostheim"], "Polizei Ostheim"),
        ]
    )
    assert ["fr-2:Gendarmerie de Tarn", "fr:la police"] not in groups  # a gendarmerie is no police
    assert ["es-2:Bomberos de la Diputación de Burgos", "es:los bomberos"] in groups
    assert ["it-2:vigili del fuoco di Verona", "it:i vigili del fuoco"] in groups


def test_two_forces_named_at_its_place_leave_a_bare_police_alone() -> None:
    groups = _groups(
        [
            ("tz", ["Neustift im Stubaital"], "Polizei"),
            ("wire", ["Neustift im Stubaital"], "Landespolizeidirektion Tirol"),
            ("wire-2", ["Neustift im Stubaital"], "Stadtpolizei Ostheim"),
            ("x", ["Unterwald"], "Polizei Unterwald"),
        ]
    )
    assert ["tz:Polizei"] in groups


def test_a_force_named_at_another_place_is_not_met() -> None:
    groups = _groups(
        [
            ("tz", ["Neustift im Stubaital"], "Polizei"),
            ("wire", ["Fulpmes"], "Landespolizeidirektion Tirol"),
            ("rts", ["Val Müstair"], "police cantonale grisonne"),
        ]
    )
    assert ["tz:Polizei"] in groups


@pytest.mark.parametrize(
    ("street", "town", "other_town", "body"),
    [
        ("rue de la République", "Lyon", "Marseille", "police de Marseille"),
        ("Bahnhofstrasse", "Zürich", "Winterthur", "Stadtpolizei Winterthur"),
        ("High Street", "Tarrel", "Vessac", "Vessac Police"),
        ("Stationsstraat", "Hasselt", "Genk", "Politiezone Genk"),
    ],
)
def test_a_street_two_towns_have_is_no_place_met(street: str, town: str, other_town: str, body: str) -> None:
    """Two towns' streets of one name share words, not a place: Lyon's bare police is
    not Marseille's, though both stories are on a "rue de la République"."""
    groups = _groups(
        [
            ("a", [f"{street}, {town}"], "police"),
            ("b", [f"{street}, {other_town}"], body),
            ("c", ["Ostheim"], "Polizei Ostheim"),
        ]
    )
    assert ["a:police"] in groups, groups


def test_thousands_of_reports_of_bare_and_named_forces_are_joined_without_comparing_every_pair() -> None:
    """A busy day: 9,600 reports, a third naming "police" alone, a third a town's police,
    a third a town's mayor, over 600 towns. Comparing each bare force with each name, and
    each name with each other, took seconds; each set of places and each group's key is
    now read once (``time.thread_time``: the test thread's own CPU)."""
    towns = [f"Town{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}ville" for n in range(600)]
    named: list[Named] = []
    for n in range(9600):
        town, where = towns[n % len(towns)], [f"Hauptstrasse {n % 50}, {towns[n % len(towns)]}"]
        named.append((f"a{n}", where, ["police", f"Polizei {town}", f"Stadt {town}"][n % 3]))
    started = time.thread_time()
    groups = _groups(named)
    assert time.thread_time() - started < 2.0
    assert len(groups) < len(named)


@pytest.mark.parametrize(
    ("bare", "council"),
    [
        ("the town", "Vessac Town Council"),
        ("die Gemeinde", "Gemeinde Vessac"),
        ("la Ville", "Ville de Vessac"),
    ],
)
def test_a_towns_government_alone_meets_no_other_towns_government_at_its_place(
    bare: str, council: str
) -> None:
    """A town's government is named by its town: "the town" of a story in Tarrel is not
    Vessac's council, though a report on both towns names Vessac's."""
    groups = _groups(
        [("a", ["Tarrel"], bare), ("b", ["Tarrel", "Vessac"], council), ("c", ["Ostheim"], "Stadt Ostheim")]
    )
    assert [f"a:{bare}"] in groups, groups
