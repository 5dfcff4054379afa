"""An abbreviation spells a letter of each known part of a German compound anywhere in a
body's name ("BVSV", Bayerischer Verbraucher-schutz-verein; "Suva", Schweizerische
Unfall-versicherungs-anstalt), not only of its first word; letters out of order or
missing a part spell nothing, and two bodies it could spell leave it alone (invented)."""

from __future__ import annotations

import time

import pytest

from summarizer.daily.organisation_joins import _parted
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("BVSV", "Bayerischer Verbraucherschutzverein"),
        ("TLWS", "Tiroler Lawinenwarnstelle"),
        ("Suva", "Schweizerische Unfallversicherungsanstalt"),
        ("SUSV", "Sarnische Umweltschutzverband"),
    ],
)
def test_an_abbreviation_spells_the_parts_of_a_compound(short: str, name: str) -> None:
    assert actor_groups(ActorStub(short), ActorStub(name)) == [sorted([short, name])]


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("BVS", "Bayerischer Verbraucherschutzverein"),  # a part left unspelt
        ("SLWS", "Tiroler Lawinenwarnstelle"),  # another first letter
    ],
)
def test_letters_that_miss_a_part_spell_nothing(short: str, name: str) -> None:
    assert actor_groups(ActorStub(short), ActorStub(name)) == sorted([[short], [name]])


def test_two_bodies_it_spells_leave_an_abbreviation_alone() -> None:
    names = ["BVSV", "Bayerischer Verbraucherschutzverein", "Bayerischer Vogelschutzverein"]
    assert actor_groups(*(ActorStub(n) for n in names)) == sorted([n] for n in names)


def test_another_body_opening_with_its_letters_leaves_an_abbreviation_alone() -> None:
    # "TRG" may be the broadcaster's, spelled in a way not read ("Radio- und"): join neither.
    names = ["TRG", "Tarveler Rettungsgesellschaft", "Tarveler Radio- und Fernsehgesellschaft"]
    assert actor_groups(*(ActorStub(n) for n in names)) == sorted([n] for n in names)
    assert actor_groups(*(ActorStub(n) for n in names[:2])) == [sorted(names[:2])]


def test_hostile_compounds_are_parted_quickly() -> None:
    start = time.thread_time()
    _parted("Verbraucherschutz" * 3 + " " + "schutz" * 20_000 + " x" * 10_000)
    assert time.thread_time() - start < 2
