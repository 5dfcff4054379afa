"""The daily merge's readers on hostile lengths: a 10,000-entry live blog at one place, a
10,000-word hyphenated run. Read in linear time each takes a fraction of a second; the
bounds (``time.thread_time``, the test thread's own CPU) leave room for a loaded machine and
none for a quadratic scan."""

from __future__ import annotations

import time
from dataclasses import replace

from summarizer.daily.incidents import as_dated_where_two
from summarizer.daily.passages import ENTRY_MARK
from summarizer.daily.place_aliases import declared_aliases
from summarizer.daily.reports import ReportEvidence

_ENTRY = ReportEvidence(
    owner=f"blog{ENTRY_MARK}1", type="fire", date=None, weekdays=frozenset({"sunday"}), place="vernay",
    places=frozenset({"vernay"}), words=(), plain=(), measures=frozenset(), measured=(), says_distinct=False,
)  # fmt: skip


def test_a_long_blog_at_one_place_is_read_in_linear_time() -> None:
    """Each entry's days were compared with every other entry's: 10,000 entries of a blog
    at one town took some 3 s, 40,000 about 50 s."""
    entries = [replace(_ENTRY, owner=f"blog{ENTRY_MARK}{n}") for n in range(10_000)]
    started = time.thread_time()
    assert as_dated_where_two(entries) == entries
    assert time.thread_time() - started < 0.5


def test_an_undated_entry_at_a_place_of_two_days_is_still_read_as_filed() -> None:
    """The same rule on a long blog: a Monday report at the place beside Sunday's entries
    makes the undated entry's day the one it was filed under."""
    undated = replace(
        _ENTRY, owner=f"blog{ENTRY_MARK}0", weekdays=frozenset({"saturday", "sunday"}),
        weekdays_as_dated=frozenset({"sunday"}),
    )  # fmt: skip
    monday = replace(_ENTRY, owner="wire", weekdays=frozenset({"monday"}))
    many = [replace(_ENTRY, owner=f"blog{ENTRY_MARK}{n}") for n in range(1, 2_000)]
    read = as_dated_where_two([undated, *many, monday])
    assert read[0].weekdays == frozenset({"sunday"})


def test_a_hyphenated_run_is_read_in_linear_time() -> None:
    """Each word of "Vernay-Vernay-…" began a read of a bilingual "Biel/Bienne" that took in
    the rest of the run before failing: 2.3 s for 10,000 words, four times that for twice."""
    for joiner in ("-", "'", "’"):
        text = joiner.join(["Vernay"] * 10_000) + " x"
        started = time.thread_time()
        declared_aliases(text)
        assert time.thread_time() - started < 0.5, joiner


def test_slashed_names_in_several_languages_are_still_read() -> None:
    """The near miss: a bilingual sign's two names, one hyphenated, are one place's."""
    for text in (
        "Der Unfall bei Feldbrunnen/Champfontaine forderte zwei Verletzte.",
        "L'incendie de Champ-Fontaine/Feld-Brunnen a été maîtrisé.",
        "El accidente en Sant-Feliu/San-Felices dejó dos heridos.",
    ):
        assert len(declared_aliases(text)) == 1, text
