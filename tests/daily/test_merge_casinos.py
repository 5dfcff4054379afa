"""A casino is one kind of site in every language the merge reads, named by its town or its
owner: "casino Barrière, promenade du Soleil, Menton" and "casino de Menton, Menton" keyed
"casino bariere" and "casino menton", two places whose reports of one arrest were
incompatible (issue 25, day 88: two men held at Menton's casino the night police in Monaco
held others at the Monte-Carlo casino). Read as a casino of the town, the owner's casino
meets the town's; another town's casino stays another place. Every place here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from summarizer.daily.place_chains import place_chain
from tests.daily.test_daily import merged, one_incident


@pytest.mark.parametrize(
    "place",
    ["casino de Valmare, Valmare", "Valmare casino, Valmare", "casinò di Valmare, Valmare",
     "Spielbank Valmare, Valmare", "casino van Valmare, Valmare"],
)  # fmt: skip
def test_a_towns_casino_in_any_language_is_one_key(place: str) -> None:
    assert place_chain(place)[:2] == ("valmare casino", "valmare")


def _arrest(text: str, place: str, language: str, men: str) -> Briefed:
    return one_incident(
        text,
        type="arrest",
        place=place,
        language=language,
        time="on Tuesday night",
        figures=[{"id": "f1", "text": men, "value": 2, "category": "other", "counted": "men detained"}],
    )


def test_an_arrest_at_a_casino_named_by_its_owner_and_by_its_town_is_one() -> None:
    fr = _arrest(
        "Deux hommes ont été interpellés mardi vers 22 heures au casino Dorval de Valmare pour une fraude aux machines à sous.",
        "casino Dorval, promenade du Port, Valmare",
        "fr",
        "Deux hommes",
    )
    en = _arrest(
        "Police say two men were detained at Valmare's casino on Tuesday night over a device used to rig slot machines.",
        "casino de Valmare, Valmare",
        "en",
        "two men",
    )
    assert len(merged(fr, en).incidents) == 1


def test_arrests_at_two_towns_casinos_stay_two() -> None:
    fr = _arrest(
        "Deux hommes ont été interpellés mardi vers 22 heures au casino Dorval de Valmare pour une fraude aux machines à sous.",
        "casino Dorval, promenade du Port, Valmare",
        "fr",
        "Deux hommes",
    )
    en = _arrest(
        "Police say two men were detained at Castelbrune's casino on Tuesday night over a device used to rig slot machines.",
        "casino de Castelbrune, Castelbrune",
        "en",
        "two men",
    )
    assert len(merged(fr, en).incidents) == 2
