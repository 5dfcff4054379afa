"""The day before yesterday written in words that hold yesterday's: Spanish "antes de ayer"
(as common as "anteayer") and Mexican "antier", Portuguese "antes de ontem", Italian
"l'altroieri" in one word, French "avant hier" without its hyphen. Each was read as
yesterday ("ayer", "ontem") or as no day at all, so an event two days back met the reports
of the day before."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.daily.day_parts import day_told
from summarizer.text.dates import find_time, resolve_date

WEDNESDAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    "said",
    ["antes de ayer", "Antes de ayer por la tarde", "antier", "antes de ontem", "l'altroieri", "l’altroieri",
     "avant hier soir"],
)  # fmt: skip
def test_the_day_before_yesterday_is_monday(said: str) -> None:
    assert resolve_date(said, WEDNESDAY) == dt.date(2026, 3, 9)
    assert day_told(said, entry_day=None, issued=WEDNESDAY, language="") == {"monday"}


@pytest.mark.parametrize(
    ("sentence", "language", "said"),
    [
        ("El incendio comenzó antes de ayer en Huesca.", "es", "antes de ayer"),
        ("O incêndio começou antes de ontem em Braga.", "pt", "antes de ontem"),
        ("L'incendio è scoppiato l'altroieri a Brescia.", "it", "l'altroieri"),
    ],
)
def test_the_whole_phrase_is_the_time_told(sentence: str, language: str, said: str) -> None:
    assert find_time(sentence, language) == said


@pytest.mark.parametrize(
    ("said", "day"),
    [("ayer", "tuesday"), ("ontem", "tuesday"), ("ieri", "tuesday"), ("hier", "tuesday"),
     ("en El Hierro", None), ("el día de antes", None)],
)  # fmt: skip
def test_yesterday_and_near_misses_keep_their_reading(said: str, day: str | None) -> None:
    assert day_told(said, entry_day=None, issued=WEDNESDAY, language="") == ({day} if day else set())
