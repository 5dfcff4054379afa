"""What the store keeps of one incident of one day (``StoryRecord``), as strict JSON: a row
that a damaged or foreign store holds is refused whole and left out with a warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer.models import ActorKind, Figure, Incident
from summarizer.models.daily_v2 import DailyFigure, StoryDay


class _Record(BaseModel):
    """A strict JSON shape, so that a row a damaged or foreign store holds is refused whole."""

    model_config = ConfigDict(extra="forbid")


class KnownActor(_Record):
    name: str
    kind: ActorKind
    role: str | None = None
    names: list[str] = []


class KeptReport(_Record):
    """One report's evidence as ``incident_similarity`` reads it."""

    incident: Incident
    places: list[str]
    words: list[str]
    figures: list[Figure]
    actors: list[str]
    people: list[str]
    name_words: list[str]


class StoryRecord(_Record):
    """What the store keeps of one incident of one day."""

    story: str
    since: dt.date
    day: StoryDay
    statuses: list[str]
    figures: list[DailyFigure]
    actors: list[KnownActor]
    reports: list[KeptReport]


def parsed_records(found: Sequence[tuple[dt.date, str, str, str]], warnings: list[str]) -> list[StoryRecord]:
    """The readable records of ``found`` (store rows); a damaged one is left out, with a
    warning."""
    records = []
    for day, incident, _story, record in found:
        try:
            records.append(StoryRecord.model_validate_json(record))
        except ValidationError:
            warnings.append(f"the store's story record of {day} {incident} is damaged; it was left out")
    return records


def with_reports(record: StoryRecord, reports: list[KeptReport]) -> str:
    """The record's JSON with its reports (the record's own list is left empty)."""
    return record.model_copy(update={"reports": reports}).model_dump_json()
