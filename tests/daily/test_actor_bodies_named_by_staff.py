"""A body named by its staff ("Revenue officers", "fonctionnaires des douanes",
"funcionarios de Aduanas", "funzionari delle dogane", "douane-ambtenaren") is the body; a
namesake word of another body ("Revenue" beside "HM Revenue and Customs") stays apart
(issue 25, day 94; generic names)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    ("staff", "body"),
    [
        ("Revenue officers", "Revenue officials"),
        ("customs officers", "customs office"),
        ("fonctionnaires des douanes", "bureau des douanes"),
        ("funcionarios de Aduanas", "oficina de Aduanas"),
        ("funzionari delle dogane", "ufficio delle dogane"),
        ("douane-ambtenaren", "Dienst der Douane"),
        ("Beamte des Zolls", "Amt des Zolls"),
    ],
)
def test_a_bodys_staff_is_its_office(staff: str, body: str) -> None:
    assert body_key(staff) == body_key(body), (body_key(staff), body_key(body))


def test_a_body_named_by_its_officers_joins_its_short_name_not_another_bodys() -> None:
    groups = actor_groups(
        ActorStub("Revenue"),
        ActorStub("Revenue officers"),
        ActorStub("HM Revenue and Customs"),
        ActorStub("HMRC"),
    )
    assert ["Revenue", "Revenue officers"] in groups, groups
    assert ["HM Revenue and Customs", "HMRC"] in groups, groups


def test_two_countries_customs_officers_stay_apart() -> None:
    groups = actor_groups(ActorStub("Irish customs officers"), ActorStub("British customs officers"))
    assert len(groups) == 2, groups


@pytest.mark.parametrize(
    ("staff", "office"),
    [
        ("officers", "Met Office"),
        ("the officers", "Home Office"),
        ("los funcionarios", "Agencia Tributaria"),
        ("les fonctionnaires", "bureau des douanes"),
        ("die Beamten", "Zollamt"),
        ("i funzionari", "ufficio delle dogane"),
    ],
)
def test_staff_alone_are_no_body_of_the_day(staff: str, office: str) -> None:
    # "Officers" of a police story, the day's one office named otherwise.
    groups = actor_groups(ActorStub(staff), ActorStub(office), ActorStub("Kent Police"))
    assert [staff] in groups, groups
