"""A live blog that runs past midnight: its entries before midnight are of the day before
the one it was published (issue 25: "00.35 Uhr: Wir beenden den Ticker" above "21.48 Uhr:
Ein Blitz hat eingeschlagen" was read as Sunday's lightning, and split from every other
outlet's "Saturday evening"). Every report here is invented; the day is Monday 4 March 2024
(``tests.daily.test_daily.DAY``)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from summarizer.daily.passages import entry_minutes, midnights_after
from tests.daily.test_daily import briefed, merged


def _blog(*clocks: str) -> str:
    return "Live\n\n" + "\n\n".join(f"{clock} - Entry {n} about the storm." for n, clock in enumerate(clocks))


def _midnights(text: str) -> list[int]:
    return [midnights_after(text, line) for line, _ in entry_minutes(text)]


@pytest.mark.parametrize(
    ("clocks", "midnights"),
    [
        # Newest first, past midnight: the three below "00.35" are of the day before.
        (("00.35 Uhr:", "23.20 Uhr:", "22.10 Uhr:", "21.48 Uhr:"), [0, 1, 1, 1]),
        # Oldest first: the entries before the one after midnight.
        (("21:48", "22:10", "23:20", "00:35"), [1, 1, 1, 0]),
        (("11.50pm", "10.15pm", "9.05pm"), [0, 0, 0]),
        (("1.10am", "11.50pm", "10.15pm", "9.05pm"), [0, 1, 1, 1]),
        # French clocks with spaces, newest first, two midnights of a two-night blog.
        (("01 h 10 –", "23 h 40 –", "22 h 05 –", "00 h 20 –", "23 h 55 –"), [0, 1, 1, 1, 2]),
        # An entry posted late is late, not of another day: no step of half a day.
        (("15:05", "14:20", "16:00", "13:00"), [0, 0, 0, 0]),
        # Two entries tell no way to read the page.
        (("00:35", "23:20"), [0, 0]),
        # As many steps up as down: no way either.
        (("10:00", "12:00", "09:00", "11:00"), [0, 0, 0, 0]),
    ],
)
def test_the_midnights_an_entry_is_before_its_blogs_newest(
    clocks: tuple[str, ...], midnights: list[int]
) -> None:
    assert _midnights(_blog(*clocks)) == midnights


def test_a_line_that_is_no_entry_passes_no_midnight() -> None:
    text = _blog("00.35 Uhr:", "23.20 Uhr:", "22.10 Uhr:")
    assert midnights_after(text, 0) == 0


def test_hostile_blogs_are_read_in_linear_time() -> None:
    many = "\n".join(
        f"{h % 24:02d}:{m % 60:02d} - x" for h, m in zip(range(20_000), range(0, 60_000, 3), strict=True)
    )
    entries = entry_minutes(many)
    assert len(entries) == 20_000
    # Oldest first: the newest entry (the last) passed no midnight, the first all of them.
    assert midnights_after(many, entries[-1][0]) == 0
    assert midnights_after(many, 0) == sum(b < a for (_, a), (_, b) in pairwise(entries))
    assert entry_minutes("9" * 50_000 + ":00 - x") == ()
    assert entry_minutes("\n" * 50_000) == ()


_TICKER = (
    "Liveticker: Gewitter über Halbach\n\n"
    "00.35 Uhr: Wir beenden den Ticker für heute.\n\n"
    "23.20 Uhr: 14 Menschen wurden verletzt, drei davon schwer.\n\n"
    "21.48 Uhr: Ein Blitz hat auf dem Festivalgelände in Halbach eingeschlagen, es gibt Verletzte."
)
_STRIKE = "Ein Blitz hat auf dem Festivalgelände in Halbach eingeschlagen, es gibt Verletzte."


def _ticker(text: str) -> object:
    return briefed(text, incidents=[{"id": "i1", "evidence": _STRIKE, "type": "disaster", "place": "Halbach",
                                     "time": "21.48 Uhr"}])  # fmt: skip


def _wire(time: str) -> object:
    text = f"Bei einem Blitzeinschlag auf dem Festivalgelände in Halbach sind {time} 14 Menschen verletzt worden."
    return briefed(text, incidents=[{"id": "i1", "evidence": text, "type": "disaster", "place": "Halbach",
                                     "time": time}])  # fmt: skip


def test_a_blogs_entry_before_its_midnight_joins_the_evening_before() -> None:
    """The day is a Monday: the ticker's last entry is Monday's, its lightning Sunday's."""
    assert len(merged(_ticker(_TICKER), _wire("am Sonntagabend")).incidents) == 1  # type: ignore[arg-type]


def test_a_blog_that_passes_no_midnight_stays_of_its_day_where_the_day_tells_its_own() -> None:
    """The same lightning told by a blog that ends before midnight and names no day is of
    the day it was filed under or the evening before (``test_merge_undated_blogs``); where
    the day's reports tell a lightning on Monday evening too, it is Monday's: Sunday's
    lightning at one festival is another."""
    same_day = _TICKER.replace("00.35 Uhr: Wir beenden den Ticker für heute.\n\n", "")
    same_day = same_day.replace("23.20 Uhr:", "23.20 Uhr: Update:").replace("21.48", "20.05", 1)
    ticker, sunday = _ticker(same_day + "\n\n19.30 Uhr: Das Festival beginnt."), _wire("am Sonntagabend")
    monday = _wire("am Montagabend")
    day = merged(ticker, sunday, monday)  # type: ignore[arg-type]
    assert not any(
        {ticker.article.id, sunday.article.id} <= set(i.articles)  # type: ignore[attr-defined]
        for i in day.incidents
    )
