"""An acronym its own article expands with every word's initial, its links too ("ADM
(Autofficine del Mediterraneo)"), names that body: keyed by the expansion, not its letters,
so another article's bare "ADM" (the customs agency) does not join it; the expansion named
in another article still does (``spelled_acronyms``; invented bodies)."""

from __future__ import annotations

import pytest

from summarizer.daily.spelled_acronyms import spelled_out
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [
        ("ADM", "Autofficine del Mediterraneo"),  # it
        ("CDL", "Centre de Loisirs"),  # fr
        ("ADE", "Asociación de Empresarios"),  # es
        ("VDK", "Vereniging de Kust"),  # nl
    ],
)
def test_an_acronym_its_article_expands_is_not_another_articles_bare_one(
    acronym: str, expansion: str
) -> None:
    expanded = ActorStub(acronym, kind="organization", aliases=(expansion,))
    groups = actor_groups(expanded, ActorStub(acronym), ActorStub(acronym))
    assert [acronym, acronym] in groups, groups


def test_the_expansion_named_elsewhere_still_joins() -> None:
    groups = actor_groups(
        ActorStub("ADM", kind="organization", aliases=("Autofficine del Mediterraneo",)),
        ActorStub("Autofficine del Mediterraneo", kind="organization"),
    )
    assert len(groups) == 1, groups


def test_initials_read_the_articles_own_expansion_only() -> None:
    assert spelled_out("ADM", ["Autofficine del Mediterraneo"], None, frozenset()) == [
        "Autofficine del Mediterraneo"
    ]
    # A role is no expansion its article gives, and the letters must be every initial.
    assert spelled_out("UDC", [], "Université de Caen", frozenset()) == []
    assert spelled_out("ADM", ["Agence du Midi Sud"], None, frozenset()) == []
