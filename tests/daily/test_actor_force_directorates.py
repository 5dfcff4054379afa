"""A police directorate ("Landespolizeidirektion Salzburg", "Polizeidirektion Hannover") is
the force of its area as other languages name it ("polizia di Salisburgo", "police de
Hanovre"), and a bare "Polizei" of a story there is that one force, not a choice between
two of its names (invented articles, real places)."""

from __future__ import annotations

from tests.daily.test_multilingual_actors import placed_groups, together


def test_a_directorate_and_its_towns_police_in_italian_and_french_are_one() -> None:
    groups = placed_groups(
        [
            ("wire-de", ["Tankstelle, Lehen, Salzburg"], "Landespolizeidirektion Salzburg"),
            ("paper-it", ["Lehen, Salisburgo"], "polizia di Salisburgo"),
            ("radio-de", ["Lehen, Salzburg"], "Polizei"),
            ("paper-fr", ["Salzbourg"], "la police"),
            ("linz-de", ["Linz"], "Landespolizeidirektion Oberösterreich"),
            ("linz-en", ["Linz"], "police"),
        ]
    )
    salzburg = ["wire-de:Landespolizeidirektion Salzburg", "paper-it:polizia di Salisburgo"]
    assert together(groups, *salzburg, "radio-de:Polizei", "paper-fr:la police")
    assert together(groups, "linz-de:Landespolizeidirektion Oberösterreich", "linz-en:police")
    assert not together(groups, salzburg[0], "linz-de:Landespolizeidirektion Oberösterreich")


def test_a_city_police_directorate_in_german_english_and_dutch() -> None:
    groups = placed_groups(
        [
            ("a", ["Hannover-Linden"], "Polizeidirektion Hannover"),
            ("b", ["Hannover"], "Hanover police"),
            ("c", ["Hannover"], "politie"),
            ("d", ["Braunschweig"], "Polizei Braunschweig"),
            ("e", ["Braunschweig"], "Polizei"),
        ]
    )
    assert together(groups, "a:Polizeidirektion Hannover", "b:Hanover police", "c:politie")
    assert together(groups, "d:Polizei Braunschweig", "e:Polizei")
    assert not together(groups, "a:Polizeidirektion Hannover", "d:Polizei Braunschweig")


def test_a_directorate_of_another_kind_is_no_police() -> None:
    groups = placed_groups(
        [
            ("a", ["Salzburg"], "Bildungsdirektion Salzburg"),
            ("b", ["Salzburg"], "Polizei Salzburg"),
        ]
    )
    assert not together(groups, "a:Bildungsdirektion Salzburg", "b:Polizei Salzburg")


def test_a_federal_forces_directorate_is_not_the_areas_police() -> None:
    groups = placed_groups(
        [
            ("station", ["Hauptbahnhof, München"], "Bundespolizeidirektion München"),
            ("square", ["Marienplatz, München"], "Polizeipräsidium München"),
            ("radio", ["München"], "Polizei"),
        ]
    )
    assert not together(groups, "station:Bundespolizeidirektion München", "square:Polizeipräsidium München")
    assert not together(groups, "station:Bundespolizeidirektion München", "radio:Polizei")


def test_a_nations_force_named_with_its_town_is_not_the_towns_own() -> None:
    groups = placed_groups(
        [
            ("es-a", ["calle Larios, Málaga"], "Policía Nacional Málaga"),
            ("es-b", ["calle Larios, Málaga"], "Policía Local de Málaga"),
            ("nl-a", ["Korenmarkt, Gent"], "politiezone Gent"),
            ("nl-b", ["Sint-Pietersstation, Gent"], "federale politie Gent"),
        ]
    )
    assert not together(groups, "es-a:Policía Nacional Málaga", "es-b:Policía Local de Málaga")
    assert not together(groups, "nl-a:politiezone Gent", "nl-b:federale politie Gent")
