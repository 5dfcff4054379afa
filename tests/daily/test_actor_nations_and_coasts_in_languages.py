"""A body of one of the United Kingdom's nations named by the nation ("Police Scotland")
and by its adjective in another language ("la police écossaise", "die schottische
Polizei"); a coast guard in Spanish or Catalan ("Guàrdia Costera") and a Dutch safety
region in German ("Sicherheitsregion") are the body named in the other languages. Two
nations' or two countries' bodies of one kind stay apart (issue 25, days 94, 96, 97;
invented and generic names)."""

from __future__ import annotations

import pytest

from tests.daily.test_multilingual_actors import ActorStub, actor_groups, body_key


@pytest.mark.parametrize(
    "names",
    [
        ["Police Scotland", "police écossaise", "die schottische Polizei", "la policía escocesa",
         "polizia scozzese", "Schotse politie", "Scottish police"],
        ["Welsh Government", "gouvernement gallois", "walisische Regierung", "governo gallese"],
        ["Scottish Fire and Rescue Service", "pompiers écossais"],
        ["Guardia Costiera", "Guàrdia Costera", "Guardia Costera", "coast guard", "Küstenwache"],
        ["veiligheidsregio", "Sicherheitsregion", "safety region", "région de sécurité"],
        ["Veiligheidsregio Fryslân", "Sicherheitsregion Fryslân", "Fryslân safety region"],
    ],
)  # fmt: skip
def test_one_body_named_in_several_languages_has_one_key(names: list[str]) -> None:
    assert len({body_key(n) for n in names}) == 1, {n: body_key(n) for n in names}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("police écossaise", "Police Service of Northern Ireland"),
        ("die schottische Polizei", "police galloise"),
        ("Police Scotland", "An Garda Síochána"),
        ("Guàrdia Costera italiana", "Guardia Costera española"),
        ("guardia costera española", "Italian Coast Guard"),
        ("Sicherheitsregion Groningen", "Veiligheidsregio Fryslân"),
        ("carretera costera", "coast guard"),
    ],
)
def test_two_nations_or_countries_bodies_of_one_kind_stay_apart(one: str, other: str) -> None:
    groups = actor_groups(ActorStub(one), ActorStub(other))
    assert [one] in groups and [other] in groups, groups


def test_a_nations_police_in_two_languages_is_one_actor() -> None:
    groups = actor_groups(
        ActorStub("Police Scotland"), ActorStub("police écossaise"), ActorStub("PSNI"), ActorStub("Garda")
    )
    assert ["Police Scotland", "police écossaise"] in groups, groups
