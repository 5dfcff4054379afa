"""The top line's count of what was read agrees with its numbers: "1 article reports",
"3 articles report", and a lone article is not said to share none of its events with
others."""

from __future__ import annotations

from summarizer.daily.topline import offline_top_line
from summarizer.models.daily_v2 import DailyIncident


def _incident(number: int, articles: list[str]) -> DailyIncident:
    return DailyIncident.model_construct(
        id=f"i{number}", type="accident", types=["accident"], description="d", place="Tarvik",
        time=None, date=None, actors=[], figures=[], reports=[], articles=articles,
    )  # fmt: skip


def test_one_article_reports_and_several_report() -> None:
    one = offline_top_line([_incident(1, ["a"])], [], articles=1, outlets=1)
    assert one.startswith("1 article from 1 outlet reports 1 event. "), one
    several = offline_top_line([_incident(1, ["a", "b"]), _incident(2, ["c"])], [], articles=3, outlets=2)
    assert several.startswith(
        "3 articles from 2 outlets report 2 events, 1 of them in more than one article. "
    )
