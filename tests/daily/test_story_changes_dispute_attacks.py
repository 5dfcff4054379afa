"""Attacks on a disputed toll across days: a dispute that moves to a higher count the next
day ("12 / 14 morts" then "14 Tote / 19 muertos") is a revision, not a story "continuing"
with nothing named, though one value of the new dispute fits the old one."""

from __future__ import annotations

from pathlib import Path

from summarizer.store import open_store
from tests.daily.test_story_changes_after_a_dispute import _day, _first_day, _report


def test_a_dispute_moved_to_a_higher_count_is_named_as_revised(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store.db")
    _first_day(store)
    second = _day(
        store,
        "2026-03-03",
        [
            _report("n2", "Nachrichten", "Der Untergang der Fähre Selka Star vor Korvalla forderte 14 Tote.",
                    "14 Tote", 14, "Tote"),
            _report("e2", "El Diario", "El naufragio del ferry Selka Star frente a Korvalla deja ya 19 muertos.",
                    "19 muertos", 19, "muertos"),
        ],
    )  # fmt: skip
    (mark,) = second.stories
    assert mark.story == "2026-03-02.i1" and [f.conflict for f in second.figures] == [True]
    assert mark.status == "updated" and any("revised" in c and "19 muertos" in c for c in mark.changes), mark
