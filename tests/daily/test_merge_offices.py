"""A surname alone joins the namesake whose office it shares, however each report names
the office (another word, another language, a German compound); two namesakes of one
office leave it alone (invented people)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from summarizer.daily.actors import same_actor_groups
from summarizer.daily.office_words import offices
from summarizer.models import ActorKind


@dataclass(frozen=True)
class _Actor:
    name: str
    role: str | None = None
    kind: ActorKind = "person"
    canonical_name: str | None = None
    aliases: Sequence[str] = field(default_factory=tuple)


def _groups(*actors: _Actor) -> list[list[str]]:
    return sorted(sorted(f"{actors[i].name}/{actors[i].role}" for i in g) for g in same_actor_groups(actors))


@pytest.mark.parametrize(
    ("one", "other", "office"),
    [
        ("Ex-Reederei-Manager", "executive", "executive"),
        ("Managerin", "chief executive", "executive"),
        ("alcaldesa", "Mayor", "mayor"),
        ("Bürgermeisterin", "maire", "mayor"),
        ("Polizeisprecher", "police spokesman", "spokesperson"),
        ("portavoz", "porte-parole", "spokesperson"),
        ("Oberstaatsanwältin", "prosecutor", "prosecutor"),
        ("jueza", "Richterin", "judge"),
        ("propriétaire", "Inhaberin", "owner"),
        ("dueño del bar", "owner", "owner"),
        ("eigenaar", "proprietario", "owner"),
        ("Vereinsvorsitzender", "président", "president"),
        ("comitévoorzitter", "chairwoman", "president"),
    ],
)
def test_two_names_of_one_office_are_one_office(one: str, other: str, office: str) -> None:
    assert office in offices(one) & offices(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("consejero", "alcalde"),
        ("director", "executive"),
        ("chief", "Chief Constable"),
        ("Richterin", "fiscal"),
    ],
)
def test_different_offices_or_words_of_two_offices_share_no_family(one: str, other: str) -> None:
    shared = offices(one) & offices(other)
    assert not shared or shared == {"chief"}, shared


def test_a_surname_with_its_office_in_other_words_joins_that_namesake() -> None:
    groups = _groups(
        _Actor("Lars Venner", "executive"),
        _Actor("Sabine Venner", "Oberstaatsanwältin"),
        _Actor("Venner", "Ex-Reederei-Manager"),
    )
    assert ["Lars Venner/executive", "Venner/Ex-Reederei-Manager"] in groups
    assert ["Sabine Venner/Oberstaatsanwältin"] in groups


def test_a_surname_with_its_owner_or_chair_in_other_words_joins_that_namesake() -> None:
    """The bakery's owner and the police spokeswoman share a surname: "M. Dorfer,
    propriétaire" of a French report is the owner, "Dorfer, voorzitter" of a Dutch one the
    association's chairman, never the spokeswoman."""
    groups = _groups(
        _Actor("Anton Dorfer", "Inhaber der Bäckerei"),
        _Actor("Greta Dorfer", "Polizeisprecherin"),
        _Actor("Paul Dorfer", "chairman of the anglers' club"),
        _Actor("M. Dorfer", "propriétaire"),
        _Actor("Dorfer", "voorzitter"),
    )
    assert ["Anton Dorfer/Inhaber der Bäckerei", "M. Dorfer/propriétaire"] in groups, groups
    assert ["Dorfer/voorzitter", "Paul Dorfer/chairman of the anglers' club"] in groups, groups
    assert ["Greta Dorfer/Polizeisprecherin"] in groups, groups


def test_a_mayor_named_in_another_language_joins_the_mayor() -> None:
    groups = _groups(
        _Actor("Anna Gruber", "Mayor"),
        _Actor("Josef Gruber", "association chairman"),
        _Actor("Gruber", "Bürgermeisterin"),
    )
    assert ["Anna Gruber/Mayor", "Gruber/Bürgermeisterin"] in groups


def test_two_namesakes_of_one_office_leave_the_surname_alone() -> None:
    groups = _groups(
        _Actor("Lars Venner", "chief executive"),
        _Actor("Sabine Venner", "Geschäftsführerin"),
        _Actor("Venner", "manager"),
    )
    assert ["Venner/manager"] in groups


def test_a_hostile_role_is_read_in_linear_time() -> None:
    started = time.thread_time()
    assert offices("porte-" * 50000 + "!") == set()
    assert offices("x" * 200000 + "sprecher") == {"spokesperson"}
    assert time.thread_time() - started < 2.0


@pytest.mark.parametrize("holder", ["Karteninhaberin", "Kontoinhaberin", "Rekordinhaberin"])
def test_a_card_or_account_holder_is_no_owner(holder: str) -> None:
    """German compounds of "-inhaber" name a holder: the robbed card's holder Huber is not
    the bakery's owner Huber, so "Huber, Inhaberin" of another report is the owner's."""
    groups = _groups(
        _Actor("Anna Huber", holder),
        _Actor("Eva Huber", "Inhaberin der Bäckerei"),
        _Actor("Huber", "Inhaberin"),
    )
    assert ["Eva Huber/Inhaberin der Bäckerei", "Huber/Inhaberin"] in groups, groups


def test_a_long_role_of_owners_and_chairs_is_read_in_linear_time() -> None:
    role = " ".join(["Inhaberin", "voorzitter", "Kontoinhaber", "dueño", "Vereinsvorsitzender"] * 4000)
    start = time.thread_time()
    assert offices(role) == {"owner", "president"}
    assert time.thread_time() - start < 2
