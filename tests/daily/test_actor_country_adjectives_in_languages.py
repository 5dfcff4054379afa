"""A national body named abroad by its country's adjective in the newsroom's language is the
body its own country's press names by the country ("maltesische Polizei", "Malta Police
Force"); two countries' bodies of one kind stay apart, and acronyms and names that only
look like an adjective say no country (invented days, real countries)."""

from __future__ import annotations

import pytest

from summarizer.daily.organisations import organisation_key
from tests.daily.test_multilingual_actors import ActorStub, actor_groups


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (["Malta Police Force", "maltesischen Polizei", "police maltaise", "polizia maltese",
          "policía maltesa", "polícia maltesa", "Maltese politie", "policia maltesa"], "malta police"),
        (["Armed Forces of Malta", "Forces armées maltaises", "Forze armate maltesi",
          "Forças Armadas maltesas", "Fuerzas Armadas maltesas", "maltesische Streitkräfte"], "malta military"),
        (["Greek coast guard", "griechische Küstenwache", "garde-côtes grecs", "guardia costiera greca",
          "guardacostas griegos"], "coast greece guard"),
        (["Turkish police", "türkische Polizei", "police turque", "policía turca", "Turkse politie"],
         "police turkey"),
        (["Forze armate italiane", "Armed Forces of Italy"], "italy military"),
        (["polizia belga", "Belgian police", "policía belga"], "belgium police"),
    ],
)  # fmt: skip
def test_a_countrys_adjective_in_any_language_read_names_that_country(names: list[str], key: str) -> None:
    assert {organisation_key(name) for name in names} == {key}


def test_a_countrys_force_named_abroad_joins_the_one_its_own_press_names() -> None:
    groups = actor_groups(
        ActorStub("Malta Police Force"), ActorStub("maltesischen Polizei"), ActorStub("Forces armées maltaises"),
        ActorStub("Armed Forces of Malta"),
    )  # fmt: skip
    assert ["Malta Police Force", "maltesischen Polizei"] in groups
    assert ["Armed Forces of Malta", "Forces armées maltaises"] in groups


def test_two_countries_bodies_of_one_kind_named_by_adjectives_stay_apart() -> None:
    # A strait between two countries: each coast guard is its own.
    assert len(actor_groups(ActorStub("griechische Küstenwache"), ActorStub("garde-côtes turcs"))) == 2
    assert len(actor_groups(ActorStub("polizia greca"), ActorStub("polizia cipriota"))) == 2
    assert len(actor_groups(ActorStub("Forces armées maltaises"), ActorStub("Forze armate italiane"))) == 2


@pytest.mark.parametrize(
    ("name", "country"),
    [("GRECO", "greece"), ("CECOES", "czech-republic"), ("Malteser Hilfsdienst", "malta"),
     ("Centro Coordinador de Emergencias y Seguridad (Cecoes) 112 Canarias", "czech-republic")],
)  # fmt: skip
def test_acronyms_and_names_that_only_look_like_an_adjective_say_no_country(name: str, country: str) -> None:
    assert country not in organisation_key(name).split()
