"""A report only set apart ("Separately, ...", "Par ailleurs", "Unabhängig davon") whose own
article tells the event it is set apart from in another town says nothing of two events at
its own place: the one-place prior joins its town's reports as any others
(``seconds_elsewhere``). Set apart in its own town, it still says the town may hold two.
Every report here is invented."""

from __future__ import annotations

import pytest

from summarizer.models.daily_v2 import DailyBriefing
from tests.daily.test_daily import briefed, merged, one_incident


def _blog(first_town: str):  # type: ignore[no-untyped-def]
    first = f"07:20 - Police and customs officers are raiding a farm outside {first_town}."
    second = "12:10 - Separately, officers are searching a yard in Ballinroe."
    return briefed(
        f"{first}\n\n{second}",
        incidents=[
            {"id": "i1", "type": "arrest", "place": first_town, "time": "07:20", "evidence": first},
            {"id": "i2", "type": "arrest", "place": "Ballinroe", "time": "12:10", "evidence": second},
        ],
    )


_LOCALS = [
    (
        "de",
        "Wenige Stunden später fanden Zollfahnder in Ballinroe eine kleinere Anlage.",
        "Wenige Stunden später",
    ),
    (
        "fr",
        "Quelques heures plus tard, les douaniers ont fouillé une cour à Ballinroe.",
        "Quelques heures plus tard",
    ),
    ("es", "Horas después, los agentes de aduanas registraron una nave en Ballinroe.", "Horas después"),
]


def _at(day: DailyBriefing, town: str) -> list[int]:
    return sorted(len(i.articles) for i in day.incidents if i.place == town)


@pytest.mark.parametrize(("language", "text", "time"), _LOCALS)
def test_a_search_set_apart_from_a_raid_in_another_town_joins_its_towns_report(
    language: str, text: str, time: str
) -> None:
    local = one_incident(text, type="arrest", place="Ballinroe", time=time, language=language)
    assert _at(merged(_blog("Carrowmore"), local), "Ballinroe") == [2]


def test_a_search_set_apart_in_its_own_town_leaves_another_report_apart() -> None:
    """The blog sets its search apart from a raid it tells in Ballinroe itself: the town
    holds two, and the local report may be of either."""
    language, text, time = _LOCALS[0]
    local = one_incident(text, type="arrest", place="Ballinroe", time=time, language=language)
    assert _at(merged(_blog("Ballinroe"), local), "Ballinroe") == [1, 1, 1]
