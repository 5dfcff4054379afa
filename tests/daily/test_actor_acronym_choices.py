"""One acronym for two bodies of the day: a government agency and an association both
named in full with it ("Agència de Turisme de les Illes Balears (ATB)", "Asociación de
Taxistas de Baleares (ATB)") are two bodies, and a bare "ATB" whose article's role says
"taxi drivers' association" is the association, not the agency. A role that describes
neither or both leaves the acronym alone (invented bodies)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups


def _agency(name: str, acronym: str) -> ActorStub:
    return ActorStub(name, kind="government", aliases=(acronym,))


def _association(name: str, acronym: str) -> ActorStub:
    return ActorStub(name, kind="organization", aliases=(acronym,))


@pytest.mark.parametrize(
    ("agency", "association", "bare", "role"),
    [
        ("Agència de Turisme de les Illes Balears", "Asociación de Taxistas de Baleares", "ATB",
         "taxi drivers' association"),
        ("Agence de tourisme de Bretagne", "Association des taxis bretons", "ATB", "association de taxis"),
        ("Agenzia per il Turismo di Brescia", "Associazione Tassisti Bresciani", "ATB", "associazione dei tassisti"),
    ],
)  # fmt: skip
def test_an_acronym_of_an_agency_and_an_association_is_two_bodies(
    agency: str, association: str, bare: str, role: str
) -> None:
    groups = actor_groups(
        _agency(agency, bare),
        _association(association, bare),
        ActorStub(bare, kind="organization", role=role),
    )
    assert [agency] in groups
    assert sorted([association, bare]) in groups


def test_a_role_that_describes_neither_leaves_the_acronym_alone() -> None:
    agency = "Agència de Turisme de les Illes Balears"
    association = "Asociación de Taxistas de Baleares"
    groups = actor_groups(
        _agency(agency, "ATB"), _association(association, "ATB"), ActorStub("ATB", role="Palma, 17:05")
    )
    assert groups == [["ATB"], [agency], [association]]


def test_a_role_that_describes_both_leaves_the_acronym_alone() -> None:
    one = "Asociación de Taxistas de Baleares"
    two = "Associació de Turisme de Balears"
    groups = actor_groups(
        _association(one, "ATB"), _association(two, "ATB"), ActorStub("ATB", role="the association")
    )
    assert ["ATB"] in groups


def test_one_body_translated_with_its_acronym_still_joins() -> None:
    # The guard: a translation citing the original's acronym, both organisations, is one body.
    groups = actor_groups(
        _association("Asociación de Taxistas de Baleares", "ATB"),
        ActorStub("gremi balear del taxi ATB", kind="organization"),
    )
    assert len(groups) == 1
