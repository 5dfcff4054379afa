"""Namesakes and other look-alikes the merge still joins (issue 25, attacked with invented
days): a town and its namesake in another country, each report's fire told alike. The
greedy pass joins them on a shared place key, kind and words, with the prior switched off
too: no report carries the country its own article places it in, and the shipped data
places no town in a country but a capital. Strict xfails: whoever gives the merge that sign
of two removes the marker. Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.daily.merge import Briefed
from tests.daily.test_daily import briefed, merged


def _fire(text: str, place: str, location: str, time: str, lang: str) -> Briefed:
    made = briefed(
        text,
        incidents=[
            {
                "id": "i1",
                "evidence": text,
                "type": "disaster",
                "place": place,
                "location": location,
                "time": time,
            }
        ],
    )
    return Briefed(made.article, made.briefing.model_copy(update={"language": lang}))


NAMESAKES = {
    "Paris and Paris, Texas": (
        _fire("Un incendie a détruit mardi un entrepôt à Paris, selon les pompiers.", "Paris",
              "un entrepôt à Paris", "mardi", "fr"),
        _fire("A fire destroyed a warehouse in Paris, Texas, on Tuesday, the fire department said.", "Paris",
              "a warehouse in Paris, Texas", "on Tuesday", "en"),
    ),
    "Valencia, Spain and Venezuela": (
        _fire("Un incendio destruyó el martes una nave en Valencia, España.", "Valencia", "Valencia, España",
              "el martes", "es"),
        _fire("Un incendio destruyó el martes un almacén en Valencia, Venezuela.", "Valencia",
              "Valencia, Venezuela", "el martes", "es"),
    ),
    "Córdoba, Spain and Argentina": (
        _fire("Un incendio arrasó el martes una nave en Córdoba, en Andalucía.", "Córdoba",
              "Córdoba, en Andalucía", "el martes", "es"),
        _fire("A fire gutted a warehouse in Córdoba, Argentina, on Tuesday.", "Córdoba", "Córdoba, Argentina",
              "on Tuesday", "en"),
    ),
    "Saint-Denis near Paris and on Réunion": (
        _fire("Un incendie a détruit mardi un entrepôt à Saint-Denis, au nord de Paris.", "Saint-Denis",
              "Saint-Denis, au nord de Paris", "mardi", "fr"),
        _fire("Un incendie a ravagé mardi un entrepôt à Saint-Denis de La Réunion.", "Saint-Denis",
              "Saint-Denis de La Réunion", "mardi", "fr"),
    ),
}  # fmt: skip


@pytest.mark.xfail(strict=True, reason="no report carries the country its article places it in")
@pytest.mark.parametrize("name", sorted(NAMESAKES))
def test_a_town_and_its_namesake_abroad_are_two_places(name: str) -> None:
    assert len(merged(*NAMESAKES[name]).incidents) == 2


def test_two_frankfurts_named_whole_are_two_places() -> None:
    """Named whole, "am Main" and "an der Oder" are two keys (the offline engine reads both
    as "Frankfurt", which the whole flow then joins)."""
    day = merged(
        _fire("Ein Brand hat am Dienstag in Frankfurt am Main eine Lagerhalle zerstört.", "Frankfurt am Main",
              "in Frankfurt am Main", "am Dienstag", "de"),
        _fire("A fire destroyed a warehouse in Frankfurt an der Oder on Tuesday.", "Frankfurt an der Oder",
              "Frankfurt an der Oder", "on Tuesday", "en"),
    )  # fmt: skip
    assert len(day.incidents) == 2
