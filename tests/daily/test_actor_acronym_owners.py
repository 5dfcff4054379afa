"""Two bodies named by one acronym of a kind of body, each said to be another owner's
("VvE van het appartementencomplex Molenzicht", "VvE van vakantiepark De Dellen"), are two
bodies; one said of no owner may be either (issue 25, day 97; invented names)."""

from __future__ import annotations

import pytest

from summarizer.daily.acronym_owners import owner_words, short_name
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("VvE", "VvE van het appartementencomplex Zonnezicht", "VvE van vakantiepark De Duinen"),
        ("CE", "CE de l'usine Arval", "CE de la clinique Saint-Luc"),
        ("WEG", "WEG der Wohnanlage Lindenhof", "WEG vom Ferienpark Seeblick"),
        ("RSU", "RSU della Fonderia Bassi", "RSU dello stabilimento Pirelli"),
        ("CT", "CT da fábrica Quintas", "CT do hotel Atlântico"),
        ("HOA", "HOA of Pine Ridge estate", "HOA of Lakeside Park"),
        # Owners in lower case, after a link that starts as a shorter one ("des", "dei").
        ("CSE", "CSE des dockers", "CSE des cheminots"),
        ("RSU", "RSU dei tranvieri", "RSU delle operaie"),
        ("CT", "CT dos estivadores", "CT das enfermeiras"),
    ],
)
def test_one_kinds_acronym_of_two_owners_is_two_bodies(name: str, first: str, second: str) -> None:
    groups = actor_groups(
        ActorStub(name, "organization", role=first), ActorStub(name, "organization", role=second)
    )
    assert groups == [[name], [name]], groups


@pytest.mark.parametrize(
    "other", [None, "VvE", "woordvoerder", "VvE van het appartementencomplex Zonnezicht"]
)
def test_one_owner_or_none_said_joins(other: str | None) -> None:
    groups = actor_groups(
        ActorStub("VvE", "organization", role="VvE van het appartementencomplex Zonnezicht"),
        ActorStub("VvE", "organization", role=other),
    )
    assert groups == [["VvE", "VvE"]], groups


def test_owners_are_read_by_their_proper_names() -> None:
    assert owner_words("VvE", ["VvE van vakantiepark De Duinen"]) == {"duinen"}
    assert owner_words("CE", ["comité d'entreprise"]) == frozenset()
    assert owner_words("VvE", ["VvE-voorzitter"]) == frozenset()


@pytest.mark.parametrize(
    ("name", "short"), [("VvE", True), ("CdR", True), ("PvdA", True), ("McCoy", False), ("Mairie", False)]
)
def test_mixed_case_abbreviations_are_short_names(name: str, short: bool) -> None:
    assert short_name(name) is short
