"""Daily briefing schema, version 1: one day's articles merged into one account.

Every merged item lists its sources as ``SourceRef`` (article id + character span), so a
reader can always get back to the passage each claim came from. Where sources report
different numbers for the same measure, every value is kept and the figure is flagged as a
conflict; nothing is silently picked.

A released version is never edited: a change means ``daily_v2`` and a new snapshot.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

from pydantic import Field

from summarizer.models.briefing_v1 import ActorKind, Bound, FigureCategory, IncidentStatus, IncidentType
from summarizer.models.common import ArticleMeta, CachedSchema, Span, Strict, Usage

DAILY_SCHEMA_VERSION: Final = "daily/v1"


class SourceRef(Strict):
    """One place in one article that supports a merged item."""

    article_id: str
    span: Span
    text: str = Field(description="The passage as written in that article.")


class DailyActor(Strict):
    id: str
    name: str = Field(description="The canonical or fullest name seen.")
    kind: ActorKind
    roles: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list, description="Every spelling seen across sources.")
    articles: list[str] = Field(description="Ids of the articles that mention the actor.")
    mentions: list[SourceRef] = Field(default_factory=list)


class FigureValue(Strict):
    """One source's value for a measure."""

    value: float | None
    value_high: float | None = None
    bound: Bound = "exact"
    text: str
    counted: str | None = None
    claimed_by: str | None = Field(default=None, description="Daily actor id.")
    source: SourceRef


class DailyFigure(Strict):
    id: str
    measure: str = Field(description="What is measured, e.g. 'drones (launched/destroyed)'.")
    category: FigureCategory
    unit: str
    incident: str | None = Field(default=None, description="Daily incident id.")
    values: list[FigureValue] = Field(min_length=1)
    conflict: bool = Field(description="True when sources give values that cannot all be true.")
    articles: list[str]


class IncidentReport(Strict):
    """One article's account of an incident."""

    article_id: str
    incident_id: str = Field(description="The incident's id inside that article's briefing.")
    type: IncidentType
    description: str
    location: str | None = None
    time: str | None = None
    status: IncidentStatus = "reported"
    claimed_by: str | None = Field(default=None, description="Daily actor id.")
    evidence: SourceRef


class DailyIncident(Strict):
    id: str
    type: IncidentType
    types: list[IncidentType] = Field(description="Every type the reports gave it.")
    description: str
    place: str | None = None
    time: str | None = None
    date: dt.date | None = None
    actors: list[str] = Field(default_factory=list, description="Daily actor ids.")
    figures: list[str] = Field(default_factory=list, description="Daily figure ids.")
    reports: list[IncidentReport] = Field(min_length=1)
    articles: list[str]


class QuoteSource(Strict):
    article_id: str
    text: str
    speaker_as_written: str | None = None
    span: Span


class DailyQuote(Strict):
    id: str
    text: str = Field(description="The wording of the first source.")
    speaker: str | None = Field(default=None, description="Daily actor id.")
    speaker_name: str | None = None
    sources: list[QuoteSource] = Field(min_length=1)
    articles: list[str]


class ArticleEntry(Strict):
    """One input article and what became of it."""

    article: ArticleMeta
    status: Literal["briefed", "failed"]
    engine: str | None = None
    stage: str | None = Field(default=None, description="Where it failed.")
    reason: str | None = None


class TopLine(CachedSchema):
    """What the LLM returns for the day's top line."""

    top_line: str = Field(description="2-3 sentences on the day's main events, from the items only.")


class DailyProvenance(Strict):
    engines: list[str] = Field(description="Engines that produced the article briefings.")
    top_line_engine: Literal["llm", "extractive"]
    model: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None
    prompt_hash: str | None = None
    usage: Usage = Field(default_factory=Usage, description="Top-line call only.")
    created_at: dt.datetime


class DailyBriefing(Strict):
    schema_version: Literal["daily/v1"] = DAILY_SCHEMA_VERSION
    date: dt.date
    top_line: str
    articles: list[ArticleEntry]
    incidents: list[DailyIncident] = Field(default_factory=list)
    figures: list[DailyFigure] = Field(default_factory=list)
    quotes: list[DailyQuote] = Field(default_factory=list)
    actors: list[DailyActor] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    provenance: DailyProvenance

    @property
    def conflicts(self) -> list[DailyFigure]:
        return [f for f in self.figures if f.conflict]
