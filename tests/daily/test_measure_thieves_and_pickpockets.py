"""Thieves and pickpockets are who did it, one count in every language the merge reads, as
robbers and attackers are (issue 25, day 93: "four people" counting "suspected pickpockets
detained in Porto" was a count of people, "tres presuntos carteristas detenidos en Oporto" a
count keyed by the city, "drei mutmaßliche Taschendiebe" one of its own, so the live blog's
four and the papers' three were never compared). What they stole, and the people they stole
from, stay other counts. Every report here is invented."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from summarizer.daily.counted_nouns import noun_and_state
from summarizer.daily.measures import head_thing, measure_of
from summarizer.daily.merge import Briefed
from tests.daily.test_daily import FigureStandIn, merged, one_incident

_Figure = partial(FigureStandIn, text="3", value=3)


@pytest.mark.parametrize(
    "counted",
    [
        "suspected pickpockets detained in Porto",
        "thieves caught on the tram",
        "pickpockets interpellés dans le métro",
        "voleurs en fuite",
        "in Porto festgenommene mutmaßliche Taschendiebe",
        "Diebe auf der Flucht",
        "presuntos carteristas detenidos en Oporto",
        "borseggiatori arrestati sul tram",
        "ladri in fuga",
        "carteiristas detidos no elétrico",
        "zakkenrollers opgepakt in de tram",
        "carteristes detinguts al metro",
    ],
)
def test_thieves_and_pickpockets_are_who_did_it_in_every_language(counted: str) -> None:
    assert measure_of(_Figure(counted)) == "other:perpetrator"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("14 carteiras", "carteiras recuperadas pela PSP"),  # wallets, what was stolen
        ("14 carteras", "carteras recuperadas"),
        ("Pelo menos dez turistas", "turistas roubados no elétrico"),  # the victims
        ("a dozen tourists", "tourists robbed by pickpockets"),
        ("seis telemóveis", "telemóveis roubados"),
    ],
)
def test_what_was_stolen_and_who_it_was_stolen_from_are_no_thieves(text: str, counted: str) -> None:
    assert measure_of(FigureStandIn(counted, text=text, value=14)) != "other:perpetrator"


@pytest.mark.parametrize(
    "counted",
    [
        "tourists robbed by pickpockets",
        "people arrested by police officers",
        "touristes volés par des pickpockets",
        "personas detenidas por los agentes",
        "turisti derubati dai borseggiatori",
        "turistas roubados por carteiristas",
        "toeristen bestolen door zakkenrollers",
        "dogs that attacked the postwoman",
    ],
)
def test_a_thing_named_after_what_qualifies_the_head_is_no_head(counted: str) -> None:
    """By whom or whom to: the people robbed are no thieves, the people arrested no
    officers, the dogs no woman (``head_thing`` read "postwoman" as one)."""
    assert head_thing(counted.split()) == (None, None)


@pytest.mark.parametrize(
    ("counted", "head"),
    [
        ("patients moved to other hospitals", "patients"),
        ("of the workers injured", "workers"),  # a phrase that opens with its link
        ("vecinos del edificio", "vecinos"),
        ("in Porto festgenommene mutmaßliche Taschendiebe", "taschendiebe"),
    ],
)
def test_the_head_before_its_qualifier_is_still_read(counted: str, head: str) -> None:
    assert head_thing(counted.split())[0] == head


@pytest.mark.parametrize(
    ("counted", "noun", "scope"),
    [
        ("falsificaciones incautadas en Ventimiglia", "falsificaciones", "ventimiglia"),
        ("contrefaçons trouvées en Italie", "contrefacons", "italie"),
        ("borse sequestrate dai finanzieri", "borse", None),
        ("tassen in beslag genomen door de douane", "tassen", None),
    ],
)
def test_en_dai_and_door_close_a_count_s_noun(counted: str, noun: str, scope: str | None) -> None:
    """Spanish, French and Catalan "en", Italian "dai", "dagli", "dalle" and Dutch "door"
    open what qualifies the noun ("unas 2.000 falsificaciones incautadas en Ventimiglia"
    was keyed by the town, as if it counted Ventimiglias)."""
    found, _, found_scope = noun_and_state(counted.split())
    assert (found, found_scope) == (noun, scope)


_ARREST = (
    "Police arrested suspected pickpockets on the number 1 tram in Porto's Ribeira district on Thursday."
)


def _report(sentence: str, figure: dict[str, Any], language: str) -> Briefed:
    return one_incident(
        f"{_ARREST} {sentence}",
        evidence=_ARREST,
        figures=[{"id": "f1", "category": "other", **figure}],
        type="arrest",
        place="Ribeira, Porto",
        time="Thursday",
        language=language,
    )


def test_four_suspected_pickpockets_and_three_carteristas_are_a_dispute() -> None:
    blog = _report(
        "PSP said four people had been detained.",
        {
            "text": "four people",
            "value": 4,
            "counted": "suspected pickpockets detained in Porto",
            "claimed_by": None,
        },
        "en",
    )
    paper = _report(
        "La PSP detuvo a tres presuntos carteristas.",
        {
            "text": "tres presuntos carteristas",
            "value": 3,
            "counted": "presuntos carteristas detenidos en Oporto",
        },
        "es",
    )
    day = merged(blog, paper)
    assert len(day.incidents) == 1
    (thieves,) = [f for f in day.figures if f.measure.startswith("perpetrator")]
    assert len(thieves.values) == 2 and thieves.conflict


def test_three_pickpockets_and_ten_tourists_robbed_are_never_one_count() -> None:
    """The near miss: the thieves and the people they robbed, of one arrest, are two counts."""
    thieves = _report(
        "Three pickpockets were detained.",
        {"text": "Three pickpockets", "value": 3, "counted": "pickpockets detained"},
        "en",
    )
    victims = _report(
        "Pelo menos dez turistas foram roubados.",
        {"text": "Pelo menos dez turistas", "value": 10, "bound": "at_least", "counted": "turistas roubados"},
        "pt",
    )
    day = merged(thieves, victims)
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures)


@pytest.mark.parametrize(
    "counted",
    [
        "pickpocket victims",
        "thieves' victims",
        "car crash victims",
        "pickpocket and robbery victims",
    ],
)
def test_victims_named_after_who_harmed_them_are_no_thieves(counted: str) -> None:
    """Who were robbed, named after who robbed them: "pickpocket victims" count the people
    robbed, and twelve of them beside three pickpockets detained was read as a dispute."""
    measure = measure_of(FigureStandIn(counted, text=f"12 {counted}", value=12))
    assert measure not in ("other:perpetrator", "other:vehicle"), measure


def test_three_pickpockets_and_twelve_pickpocket_victims_are_no_dispute() -> None:
    thieves = _report(
        "Three pickpockets were detained.",
        {"text": "Three pickpockets", "value": 3, "counted": "pickpockets detained"},
        "en",
    )
    victims = _report(
        "Twelve pickpocket victims came forward.",
        {"text": "Twelve pickpocket victims", "value": 12, "counted": "pickpocket victims"},
        "en",
    )
    day = merged(thieves, victims)
    assert len(day.incidents) == 1
    assert not any(f.conflict for f in day.figures), [(f.measure, f.values) for f in day.figures]
