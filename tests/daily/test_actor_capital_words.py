"""A name in capitals is an acronym: "AMT" (a transport company) is no German "Amt", so no
office of the day; an acronym the lexicons list as a kind of body ("SDIS", a French
department's fire service) still is that kind (issue 25; invented bodies)."""

from __future__ import annotations

import pytest

from summarizer.daily.capital_words import acronym_key
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("acronym", "other"),
    [
        ("AMT", "Tarrel's 118 emergency service"),  # German "Amt", an office
        ("AMT", "Bundesamt für Strahlenschutz"),
    ],
)
def test_an_acronym_spelling_a_kind_noun_is_no_body_of_that_kind(acronym: str, other: str) -> None:
    assert len(actor_groups(ActorStub(acronym, kind="organization"), ActorStub(other))) == 2


def test_the_word_itself_and_listed_acronyms_still_name_the_kind() -> None:
    assert acronym_key("AMT") == "amt" and acronym_key("Amt") is None
    assert acronym_key("SDIS") is None and acronym_key("STIB") is None
    # The word as a word, not in capitals, is still the day's one body of its kind.
    assert len(actor_groups(ActorStub("das Amt"), ActorStub("Bundesamt für Strahlenschutz"))) == 1
    assert len(actor_groups(ActorStub("le SDIS"), ActorStub("SDIS de la Moselle"))) == 1


@pytest.mark.parametrize(
    ("shouted", "written"),
    [("POLIZEI", "Polizei"), ("BOMBEROS", "Bomberos"), ("POLÍCIA", "Polícia"), ("POLITIE", "politie")],
)
def test_a_long_word_in_capitals_is_the_word_shouted_not_an_acronym(shouted: str, written: str) -> None:
    # A headline's, a caption's or a vest's "POLIZEI" is the police its report names.
    assert acronym_key(shouted) is None
    assert len(actor_groups(ActorStub(shouted, kind="organization"), ActorStub(written))) == 1
