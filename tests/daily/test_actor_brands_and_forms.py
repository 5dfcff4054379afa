"""A company under its registered name, its brand and its acronym is one actor; a body
named by its kind alone is the day's one body of that kind, German compounds read as
their parts; two bodies that only begin alike stay apart (invented names)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.brand_joins import brand
from summarizer.models import ActorKind
from summarizer.text.abbreviations import abbreviates, legal_form, name_words
from tests.daily.test_multilingual_actors import body_key


@dataclass(frozen=True)
class _Actor:
    name: str
    kind: ActorKind = "organization"
    canonical_name: str | None = None
    role: str | None = None
    aliases: Sequence[str] = field(default_factory=tuple)


def _groups(*actors: _Actor, places: Sequence[str] = ()) -> list[list[str]]:
    found = same_actor_groups(actors, places=places)
    return sorted(sorted(actors[i].name for i in group) for group in found)


@pytest.mark.parametrize(
    ("registered", "short"),
    [
        ("Kestrel Plastics Ltd", "Kestrel Plastics"),
        ("Norvia Transportes, S.A.", "Norvia Transportes"),
        ("Grauhof Stadtwerke GmbH", "Grauhof Stadtwerke"),
        ("Lindqvist Freight Inc.", "Lindqvist Freight"),
        ("Verein der Freunde e.V.", "Verein der Freunde"),
    ],
)
def test_a_legal_form_at_the_end_is_no_part_of_the_key(registered: str, short: str) -> None:
    assert body_key(registered) == body_key(short)


def test_a_legal_form_alone_or_inside_a_name_is_kept() -> None:
    assert body_key("AG") == "ag"
    assert name_words("SA Water Board") == ["SA", "Water", "Board"]
    # "Spa" and "Co" end names of places and firms: never read as legal forms.
    assert not legal_form("Spa") and not legal_form("Co")
    assert legal_form("S.A.") and legal_form("GmbH") and legal_form("plc,")


def test_an_acronym_leaves_out_the_legal_form() -> None:
    assert abbreviates("CDA", "Corvane Domestic Appliances plc")
    assert abbreviates("NT", "Norvia Transportes, S.L.")
    # The legal form is optional, not a letter to skip anywhere: "CDP" is no such name.
    assert not abbreviates("CDP", "Corvane Domestic Appliances plc")


def test_a_brand_a_registered_name_and_an_acronym_are_one_company() -> None:
    groups = _groups(
        _Actor("Corvane"),
        _Actor("Corvane Domestic Appliances plc"),
        _Actor("CDA"),
        _Actor("General Makers Union"),
        places=["Hexby"],
    )
    assert ["CDA", "Corvane", "Corvane Domestic Appliances plc"] in groups


@pytest.mark.parametrize("longer", ["Kalvo Mobilités", "Kalvo Movilidad", "Kalvo Verkehrsbetriebe"])
def test_a_brand_joins_its_longer_name_in_any_language(longer: str) -> None:
    assert ["Kalvo", longer] in _groups(_Actor("Kalvo"), _Actor(longer))


def test_a_brand_never_joins_another_body_named_after_it() -> None:
    for other in ["Corvane Workers' Union", "Betriebsrat Corvane", "Corvane Pension Fund"]:
        assert ["Corvane"] in _groups(_Actor("Corvane"), _Actor(other)), other


def test_a_brand_that_begins_two_names_stays_on_its_own() -> None:
    groups = _groups(_Actor("Redmoor"), _Actor("Redmoor Logistics"), _Actor("Redmoor Marine Services"))
    assert ["Redmoor"] in groups
    # Another body named after it is a second candidate, not one left out.
    groups = _groups(_Actor("Redmoor"), _Actor("Redmoor Logistics"), _Actor("Redmoor Workers' Union"))
    assert ["Redmoor"] in groups


def test_a_place_alone_is_not_the_body_named_after_it() -> None:
    # The day's place, a known city, a country: never a brand.
    assert ["Hexby"] in _groups(_Actor("Hexby"), _Actor("Hexby Logistics"), places=["Hexby"])
    assert ["Vienna"] in _groups(_Actor("Vienna"), _Actor("Vienna Logistics Services"))
    assert ["France"] in _groups(_Actor("France"), _Actor("France Télévisions"))
    assert brand("Tirol", frozenset()) is None
    assert brand("Police", frozenset()) is None
    assert brand("CDA", frozenset()) is None
    assert brand("Corvane", frozenset()) == "corvane"


def test_a_place_and_a_word_of_its_own_is_the_body_so_named() -> None:
    groups = _groups(_Actor("Ashby Vale General Hospital"), _Actor("Ashby General"), places=["Ashby Vale"])
    assert len(groups) == 1
    # A place alone is no hospital; nor is a word that says nothing of the place.
    assert len(_groups(_Actor("Ashby Vale General Hospital"), _Actor("Ashby"), places=["Ashby Vale"])) == 2
    assert (
        len(_groups(_Actor("Ashby Vale General Hospital"), _Actor("Ashby Royal"), places=["Ashby Vale"])) == 2
    )


def test_a_person_is_never_a_brand() -> None:
    groups = _groups(_Actor("Hallam", kind="person"), _Actor("Hallam Engineering"))
    assert ["Hallam"] in groups


@pytest.mark.parametrize(
    ("compound", "key"),
    [
        ("Landwirtschaftsministerium", "agriculture ministry"),
        ("Landespolizeidirektion", "directorate police state"),
        ("Bergbauernverband", "association farmers mountain"),
        ("Bundesinnenministerium", "federal interior ministry"),
    ],
)
def test_a_german_compound_is_read_as_its_known_parts(compound: str, key: str) -> None:
    assert body_key(compound) == key


def test_a_hostile_compound_is_read_fast_and_whole() -> None:
    started = time.thread_time()
    word = "bundes" * 5000 + "ministerium"
    assert body_key(word) == word
    assert body_key("landes" * 4 + "ministerium") == "ministry state"
    assert time.thread_time() - started < 1.0


def test_the_police_unqualified_is_the_days_one_police_body() -> None:
    groups = _groups(
        _Actor("Landespolizeidirektion Steiermark", kind="government"),
        _Actor("police", kind="government"),
        _Actor("Polizei", kind="government"),
        _Actor("Police", kind="government"),
    )
    assert len(groups) == 1


def test_the_police_with_two_police_bodies_joins_neither() -> None:
    groups = _groups(
        _Actor("Landespolizeidirektion Steiermark", kind="government"),
        _Actor("Stadtpolizei Graz", kind="government"),
        _Actor("police", kind="government"),
    )
    assert ["police"] in groups


@pytest.mark.parametrize(
    "short", ["comité de empresa", "works council", "Betriebsrat", "comité d'entreprise"]
)
def test_a_works_council_is_the_days_one_works_council(short: str) -> None:
    groups = _groups(_Actor(short, kind="group"), _Actor("comité de empresa de Norvia", kind="group"))
    assert len(groups) == 1, groups


def test_two_companies_works_councils_stay_apart() -> None:
    groups = _groups(
        _Actor("comité de empresa", kind="group"),
        _Actor("comité de empresa de Norvia", kind="group"),
        _Actor("comité de empresa de Kalvo", kind="group"),
    )
    assert ["comité de empresa"] in groups


def test_a_company_named_by_the_first_words_of_its_registered_name() -> None:
    def day(*names: str) -> list[list[str]]:
        return _groups(*map(_Actor, names))

    assert day("Marlen Minerals", "Marlen Minerals and Metals Ltd") == [
        ["Marlen Minerals", "Marlen Minerals and Metals Ltd"]
    ]
    # Another body, two candidates, other first words: apart.
    assert len(day("Marlen Minerals", "Marlen Minerals Workers' Union")) == 2
    assert len(day("Marlen Minerals", "Marlen Minerals Trading", "Marlen Minerals Logistics")) == 3
    assert len(day("Marlen Minerals", "Marlen Metals Group")) == 2  # not its first words
