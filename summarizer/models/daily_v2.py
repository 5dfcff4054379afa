"""Daily briefing schema, version 2: version 1 plus stories across days.

* ``stories``: for each of the day's incidents, the story it belongs to (a run of days on
  one event) and whether it is ``new``, ``continuing`` (seen before, nothing changed) or
  ``updated`` (seen before, and ``changes`` says what: a figure revised, a new actor, a new
  place, a new status), with the earlier days it was reported on.
* ``quiet``: stories seen on the last day before this one that did not carry on today,
  each listed once (on the first day after it went quiet).

The day's items themselves are version 1's, unchanged. A released version is never edited.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

from pydantic import Field

from summarizer.models import daily_v1 as v1
from summarizer.models.common import Strict
from summarizer.models.daily_v1 import (
    ArticleEntry,
    DailyActor,
    DailyFigure,
    DailyIncident,
    DailyProvenance,
    DailyQuote,
    FigureValue,
    IncidentReport,
    QuoteSource,
    SourceRef,
    TopLine,
)

__all__ = [
    "DAILY_SCHEMA_VERSION",
    "ArticleEntry",
    "DailyActor",
    "DailyBriefing",
    "DailyFigure",
    "DailyIncident",
    "DailyProvenance",
    "DailyQuote",
    "FigureValue",
    "IncidentReport",
    "QuietStory",
    "QuoteSource",
    "SourceRef",
    "Story",
    "StoryDay",
    "StoryMark",
    "StoryStatus",
    "StorySummary",
    "TopLine",
]

DAILY_SCHEMA_VERSION: Final = "daily/v2"
StoryStatus = Literal["new", "continuing", "updated"]


class StoryDay(Strict):
    """What one day said of a story."""

    date: dt.date
    incident: str = Field(description="The daily incident id on that day.")
    status: StoryStatus
    changes: list[str] = Field(default_factory=list, description="What changed since the day before.")
    description: str
    place: str | None = None
    figures: list[str] = Field(
        default_factory=list, description="Its figures as read: 'people (killed): 31'."
    )
    articles: list[str] = Field(default_factory=list, description="Ids of the articles that reported it.")


class StoryMark(Strict):
    """One of the day's incidents placed in its story."""

    incident: str = Field(description="Daily incident id.")
    story: str = Field(description="Story id: the first day it was seen and that day's incident id.")
    status: StoryStatus
    changes: list[str] = Field(default_factory=list)
    since: dt.date = Field(description="The first day the story was seen.")
    earlier: list[StoryDay] = Field(default_factory=list, description="Earlier days, oldest first.")


class QuietStory(Strict):
    """A story seen on the last day before this one, and not today."""

    story: str
    last_seen: dt.date
    description: str


class Story(Strict):
    """One story across days: what ``summarizer story ID`` and ``GET /v1/stories/{id}`` show."""

    id: str
    first_seen: dt.date
    last_seen: dt.date
    description: str = Field(description="The latest day's description.")
    days: list[StoryDay] = Field(min_length=1)


class StorySummary(Strict):
    """One line of ``summarizer story`` and ``GET /v1/stories``."""

    id: str
    first_seen: dt.date
    last_seen: dt.date
    days: int = Field(description="How many days it was reported on.")
    status: StoryStatus = Field(description="Its status on the last day it was seen.")
    description: str


class DailyBriefing(v1.DailyBriefing):
    schema_version: Literal["daily/v2"] = DAILY_SCHEMA_VERSION  # type: ignore[assignment]
    stories: list[StoryMark] = Field(
        default_factory=list, description="One per incident, when stories are kept."
    )
    quiet: list[QuietStory] = Field(default_factory=list)
