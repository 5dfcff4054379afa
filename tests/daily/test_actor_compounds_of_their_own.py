"""German compounds of bodies' names the tables know only in part: an acronym spells a
compound of known modifiers before a head of its own ("PI" of "Polizeiinspektion"), a
genitive compound is parted as its nominative ("Radsportvereins"), and a ministry named
by a remit the tables do not know ("Solidaritätsministerium") is the ministry other
languages name by that remit's cognate. Names and places invented."""

from __future__ import annotations

import time

from summarizer.daily.german_compounds import compound_parts, spelled_parts
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _groups(*names: str) -> list[list[str]]:
    return actor_groups(*(ActorStub(n) for n in names))


def test_an_acronym_spells_known_modifiers_before_a_head_of_its_own() -> None:
    assert _groups("PI Tarvik", "Polizeiinspektion Tarvik") == [["PI Tarvik", "Polizeiinspektion Tarvik"]]
    assert spelled_parts("polizeiinspektion") == ["polizei", "inspektion"]


def test_letters_of_another_head_spell_no_such_compound() -> None:
    assert _groups("KI Tarvik", "Polizeiinspektion Tarvik") == [["KI Tarvik"], ["Polizeiinspektion Tarvik"]]
    # Nor another place's: the shared proper name says which body it is.
    assert _groups("PI Vessac", "Polizeiinspektion Tarvik") == [["PI Vessac"], ["Polizeiinspektion Tarvik"]]


def test_a_compound_in_the_genitive_is_parted_as_in_the_nominative() -> None:
    names = ("RSV Tarvik-Nord", "Radsportvereins Tarvik-Nord")
    assert _groups(*names) == [sorted(names)]
    assert compound_parts("radsportvereins") == compound_parts("radsportverein") == ["rad", "sport", "verein"]
    # A double "s" is no genitive ending.
    assert compound_parts("radsportvereinss") == ["radsportvereinss"]


def test_a_ministry_by_a_remit_of_its_own_is_one_in_three_languages() -> None:
    names = ("Solidaritätsministerium", "ministère de la Solidarité", "ministerie van Solidariteit")
    assert _groups(*names) == [sorted(names)]
    assert compound_parts("solidaritatsministerium") == ["solidaritat", "ministerium"]


def test_ministries_of_two_remits_stay_two() -> None:
    names = ("Solidaritätsministerium", "Ministerio de Solidaridad", "ministère de la Parité")
    assert _groups(*names) == [
        ["Ministerio de Solidaridad", "Solidaritätsministerium"],
        ["ministère de la Parité"],
    ]


def test_three_banks_named_alike_in_three_languages_still_stay_three() -> None:
    # Only a body named by its kind and remit is translated by each newsroom; a bank's name
    # of its own in three languages may be three countries' banks.
    names = ("Banque populaire du Vessac", "Banco Popular del Vessac", "Banca Popolare del Vessac")
    assert len(_groups(*names)) == 3


def test_a_compound_the_tables_know_whole_keeps_its_meaning() -> None:
    # "Landratsamt" is the district's office, no "landrats" office.
    names = ("Landratsamt Kessling", "district of Kessling")
    assert _groups(*names) == [sorted(names)]
    # A modifier too short to be a word of its own is not split off.
    assert compound_parts("zollamt") == ["zollamt"]


def test_hostile_compounds_are_parted_quickly() -> None:
    start = time.thread_time()
    for word in ("polizei" * 7, "s" * 48, "ministerium" * 4, "x" * 10_000):
        spelled_parts(word)
        compound_parts(word)
    assert time.thread_time() - start < 2


def test_three_countries_prison_police_in_three_languages_stay_three() -> None:
    # A police's second word says which kind of police it is, and Italy, Spain and France
    # each have a prison police: only a ministry is named by what it is for.
    names = ("Polizia Penitenziaria", "Policía Penitenciaria", "police pénitentiaire")
    assert len(_groups(*names)) == 3
