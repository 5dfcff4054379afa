"""A day told with a typesetter's dash ("avant‑hier" with a non-breaking hyphen, U+2011; an
en dash, a minus sign) is the day told with "-" (issue 25, known bug 5: French "avant-hier"
written so was read as "hier"). Monday 4 March 2024; invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.daily.day_parts import day_told
from summarizer.text.dates import find_time, resolve_date
from summarizer.text.normalize import fold_dashes, normalize

MONDAY = dt.date(2024, 3, 4)
SATURDAY = dt.date(2024, 3, 2)
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]


@pytest.mark.parametrize("dash", DASHES)
def test_avant_hier_with_any_dash_is_two_days_before(dash: str) -> None:
    sentence = f"Un incendie a détruit avant{dash}hier un entrepôt de Lyon."
    time = find_time(sentence, "fr")
    assert time == f"avant{dash}hier"
    assert resolve_date(time, MONDAY) == SATURDAY
    assert day_told(time, entry_day=None, issued=MONDAY, language="fr") == {"saturday"}


@pytest.mark.parametrize(
    ("time", "language", "date"),
    [
        ("avant-hier", "fr", SATURDAY), ("Avant-hier soir", "fr", SATURDAY), ("hier", "fr", dt.date(2024, 3, 3)),
        ("vorgestern", "de", SATURDAY), ("gestern", "de", dt.date(2024, 3, 3)),
        ("anteayer", "es", SATURDAY), ("ayer", "es", dt.date(2024, 3, 3)),
        ("l'altro ieri", "it", SATURDAY), ("anteontem", "pt", SATURDAY),
    ],
)  # fmt: skip
def test_the_longest_day_word_is_the_one_read(time: str, language: str, date: dt.date) -> None:
    """ "avant-hier" holds "hier", "vorgestern" "gestern", "anteayer" "ayer": the whole word
    is the day told."""
    assert resolve_date(time, MONDAY) == date


@pytest.mark.parametrize("time", ["Hierro", "la hierba", "hoyo", "Ierissos"])
def test_a_word_that_only_holds_a_day_word_tells_no_day(time: str) -> None:
    assert resolve_date(time, MONDAY) is None


def test_dashes_fold_one_for_one_and_other_marks_stay() -> None:
    assert fold_dashes("Baden\u2011Baden \u2013 Port\u2010Vendres") == "Baden-Baden - Port-Vendres"
    assert fold_dashes("a_b/c.d") == "a_b/c.d"
    assert normalize("avant\u2011hier") == normalize("avant-hier")
