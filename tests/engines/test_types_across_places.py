"""What an incident told after another is part of depends on where each is (issue 25): a
quake's harm anywhere it reached is the quake's, while a power cut in one town told after a
plane's landing in another is an event of its own. Every article here is invented."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine


def _types(text: str) -> list[tuple[str, str | None]]:
    incidents = ExtractiveEngine().brief(Article(id="a", text=text), None).incidents
    return [(incident.type, incident.place) for incident in incidents]


def test_harm_far_from_a_quakes_epicentre_is_the_quakes() -> None:
    text = (
        "LIMA (Andean Press) - A magnitude 6.8 earthquake struck off the coast of Lima on Sunday, "
        "killing four people. One of the victims was a 58-year-old man who was crushed when a wall "
        "collapsed in Moquegua."
    )
    types = _types(text)
    assert types and all(kind == "disaster" for kind, _ in types), types


def test_a_power_cut_in_another_town_is_no_part_of_an_earlier_landing() -> None:
    text = (
        "OELSBURG (Wire) - A turboprop made an emergency landing at Oelsburg airfield on Monday. "
        "Separately, a power cut left 4,000 homes in Brunswick without electricity on Monday evening."
    )
    types = _types(text)
    assert ("accident", "Oelsburg") in types, types
    assert all(kind != "accident" for kind, place in types if place == "Brunswick"), types
