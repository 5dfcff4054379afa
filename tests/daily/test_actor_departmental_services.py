"""A French department's fire service by its acronym and number ("SDIS 57", "SIS 2A") is
the service named in words or in another language ("SDIS de la Moselle", "Moselle fire
service", "pompiers", "Feuerwehr"), and a bare "Präfektur" the day's one prefecture;
two departments' services stay two (invented articles, real departments)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.departmental_bodies import departmental_name, departments_in, with_france
from summarizer.daily.organisations import modifier_named_places, organisation_key
from tests.daily.test_multilingual_actors import ActorStub, actor_groups

# (article, its incidents' places, the body it names)
Named = tuple[str, list[str], str]


def _groups(named: list[Named]) -> list[list[str]]:
    actors = [ActorStub(name) for _, _, name in named]
    articles = [article for article, _, _ in named]
    places = {article: where for article, where, _ in named}
    found = same_actor_groups(actors, articles=articles, article_places=places)
    return sorted(sorted(f"{named[i][0]}:{named[i][2]}" for i in group) for group in found)


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("SDIS 57", "SDIS Moselle"),
        ("Sdis 29", "SDIS Finistère"),
        ("SIS 2A", "SDIS Corse-du-Sud"),
        ("SIS de la Haute-Corse", "SDIS Haute-Corse"),
        ("SDIS de l'Ain", "SDIS Ain"),
        ("S.D.I.S. 74", "SDIS Haute-Savoie"),
        ("SDIS du Nord", "SDIS Nord"),
        # Not a department: a number no department has, a word that only begins with one,
        # a bare "SIS" (Britain's intelligence service), a lower-case word.
        ("SDIS 99", "SDIS 99"),
        ("SDIS de la Nordland", "SDIS de la Nordland"),
        ("SIS", "SIS"),
        ("SIS II", "SIS II"),
        ("sis 57", "sis 57"),
    ],
)
def test_a_departments_number_or_name_after_its_services_acronym(name: str, written: str) -> None:
    assert departmental_name(name) == written


def test_a_services_number_is_its_name_in_words_and_in_english() -> None:
    groups = actor_groups(
        ActorStub("SDIS 57"), ActorStub("SDIS de la Moselle"), ActorStub("Moselle fire service")
    )
    assert groups == [["Moselle fire service", "SDIS 57", "SDIS de la Moselle"]]


def test_two_departments_services_stay_two() -> None:
    groups = actor_groups(ActorStub("SDIS 57"), ActorStub("SDIS 54"), ActorStub("SDIS de Meurthe-et-Moselle"))
    assert groups == [["SDIS 54", "SDIS de Meurthe-et-Moselle"], ["SDIS 57"]]


def test_a_bare_fire_brigade_in_german_or_spanish_is_the_days_one_departmental_service() -> None:
    groups = _groups(
        [("fr", ["Quimper"], "Sdis 29"), ("de", ["Quimper"], "Feuerwehr"), ("es", ["Quimper"], "bomberos")]
    )
    assert groups == [["de:Feuerwehr", "es:bomberos", "fr:Sdis 29"]]


def test_a_bare_fire_brigade_of_a_day_with_two_departments_services_joins_neither() -> None:
    groups = _groups(
        [("fr", ["Quimper"], "Sdis 29"), ("live", ["Ajaccio"], "SIS 2A"), ("de", [], "Feuerwehr")]
    )
    assert ["de:Feuerwehr"] in groups


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("SDIS de la Charente", "SDIS de la Charente-Maritime"),
        ("Feuerwehr Charente", "Feuerwehr Charente-Maritime"),
        ("police de Moselle", "police de Meurthe-et-Moselle"),
        ("SDIS 57", "SDIS de Meurthe-et-Moselle"),
        ("préfecture de la Loire", "prefettura della Haute-Loire"),
    ],
)
def test_a_department_is_not_the_one_whose_name_holds_it(one: str, other: str) -> None:
    """Every word of "Charente" is one of "Charente-Maritime", yet they are two departments."""
    assert actor_groups(ActorStub(one), ActorStub(other)) == sorted([[one], [other]])


def test_departments_are_read_whole_and_capitalised() -> None:
    assert departments_in("Meurthe-et-Moselle fire service") == {"Meurthe-et-Moselle"}
    assert departments_in("SIS 2B") == {"Haute-Corse"}
    assert departments_in("un lot de la police du nord") == frozenset()
    assert departments_in("Polizei Wien") == frozenset()


def test_a_bare_corsican_pompiers_joins_its_departments_service_named_by_number() -> None:
    groups = _groups([("a", ["Piana"], "SIS 2A"), ("b", ["Piana", "Ota"], "pompiers")])
    assert groups == [["a:SIS 2A", "b:pompiers"]]


def test_a_bare_prefecture_in_german_is_the_days_one_prefecture() -> None:
    groups = actor_groups(
        ActorStub("préfecture de la Moselle"), ActorStub("Präfektur"), ActorStub("Praefektur")
    )
    assert groups == [["Praefektur", "Präfektur", "préfecture de la Moselle"]]


def test_a_bare_prefecture_of_a_day_with_two_joins_neither() -> None:
    groups = actor_groups(
        ActorStub("préfecture de la Moselle"), ActorStub("prefettura di Torino"), ActorStub("Präfektur")
    )
    assert ["Präfektur"] in groups


def test_a_foreign_papers_french_fire_service_is_the_days_one_departmental_service() -> None:
    for french in ["französische Feuerwehr", "the French fire service", "vigili del fuoco francesi"]:
        groups = actor_groups(ActorStub("SDIS 57"), ActorStub("Moselle fire service"), ActorStub(french))
        assert len(groups) == 1, (french, groups)


def test_french_gendarmes_are_the_days_one_departments_gendarmes() -> None:
    groups = actor_groups(ActorStub("gendarmes de la Moselle"), ActorStub("French gendarmes"))
    assert groups == [["French gendarmes", "gendarmes de la Moselle"]]


def test_a_french_fire_service_of_a_day_with_two_departments_services_joins_neither() -> None:
    groups = actor_groups(ActorStub("SDIS 57"), ActorStub("SDIS 68"), ActorStub("französische Feuerwehr"))
    assert ["französische Feuerwehr"] in groups


def test_a_department_name_another_country_bears_says_nothing_of_france() -> None:
    # The Swiss canton of Jura's police is no "police française".
    assert with_france({"jura police"}, ["police du Jura"]) == {"jura police"}
    assert with_france({"moselle prefecture"}, ["préfecture de la Moselle"]) == {"france moselle prefecture"}
    assert with_france({"police"}, ["la police"]) == {"police"}
    # A kind alone among a department's body's names stays a kind alone.
    assert with_france({"fire-service", "fire-service rhone"}, ["pompiers du Rhône", "pompiers"]) == {
        "fire-service",
        "fire-service france rhone",
    }


def _day_groups(places: list[str], *names: str) -> list[list[str]]:
    actors = [ActorStub(name) for name in names]
    return sorted(sorted(names[i] for i in group) for group in same_actor_groups(actors, places=places))


def test_a_department_spelled_as_a_german_level_is_the_department_not_a_state() -> None:
    # "Landes" is a French department and German's "Landes-" (a state's): on a day whose
    # stories happen in the Landes, its fire service is no state's, so not the one region's
    # service ("SDIS 66", the Pyrénées-Orientales') a state's service would be named by.
    places = ["plage centrale, Mimizan", "Landes", "Canet-en-Roussillon"]
    names = ("pompiers des Landes", "Landes fire brigade", "Feuerwehr der Landes", "SDIS 66")
    assert _day_groups(places, *names) == [
        ["Feuerwehr der Landes", "Landes fire brigade", "pompiers des Landes"],
        ["SDIS 66"],
    ]


def test_a_german_compound_keeps_its_level_on_a_day_that_names_the_landes() -> None:
    # The compound is a state's body whatever the day's places: still the "state police".
    groups = _day_groups(
        ["Landes", "Innsbruck"], "Landespolizei Tirol", "Tyrol state police", "pompiers des Landes"
    )
    assert groups == [["Landespolizei Tirol", "Tyrol state police"], ["pompiers des Landes"]]
    # Only a one-word place German writes as a compound's first part: not "Stadt", "Estado".
    assert modifier_named_places(["Landes", "Bundesplatz, Bern", "Stadt", "Estado", "Vila Nova, Landes"]) == {
        "landes"
    }


def test_the_german_genitive_before_a_states_name_keeps_its_level_on_a_landes_day() -> None:
    # "des Landes Salzburg" is the state's (German's genitive of "Land"), even on a day
    # whose stories happen in the Landes department too.
    places = ["plage centrale, Mimizan", "Landes", "Innsbruck"]
    assert _day_groups(
        places, "Polizei des Landes Salzburg", "Landespolizei Salzburg", "pompiers des Landes"
    ) == [
        ["Landespolizei Salzburg", "Polizei des Landes Salzburg"],
        ["pompiers des Landes"],
    ]
    assert _day_groups(places, "Regierung des Landes Tirol", "Tiroler Landesregierung") == [
        ["Regierung des Landes Tirol", "Tiroler Landesregierung"]
    ]


def test_keying_every_spelling_against_a_day_of_many_places_stays_fast() -> None:
    # The merge keys every spelling of every actor with the day's place words: reading which
    # of them are concepts once per day keeps a day of thousands of places from slowing each key.
    places = frozenset(f"town{n}" for n in range(5_000)) | {"landes"}
    organisation_key("sdis des landes", places)
    started = time.thread_time()
    for n in range(10_000):
        organisation_key(f"service {n}", places)
    assert time.thread_time() - started < 1.0
