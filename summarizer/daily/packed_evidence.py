"""A report's evidence as a day's record keeps it (``records.IncidentRecord``): the small
sets of ``reports.ReportEvidence`` as tuples, because a busy day holds one per report until
its reports are compared, and a set of one or two strings takes 216 bytes where an empty
tuple is shared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.daily.day_parts import Hours
from summarizer.daily.participants import Participants
from summarizer.daily.places import NO_LEVELS, Levels
from summarizer.daily.reports import ReportEvidence, frozen


@dataclass(frozen=True, slots=True)
class PackedEvidence:
    """A report's evidence as a day keeps it until its reports are compared: its small sets
    as tuples (an empty tuple is shared, a set of one or two takes 216 bytes), made sets for
    the comparison (``unpack``); ``actors`` and ``people`` as the report gave them."""

    owner: str
    type: str
    date: dt.date | None
    weekdays: tuple[str, ...]
    place: str | None
    places: tuple[str, ...]
    words: tuple[str, ...]
    plain: tuple[str, ...]
    measures: tuple[tuple[str, float | None], ...]
    measured: tuple[tuple[str, float, float], ...]
    says_distinct: bool
    says_another: bool
    actors: tuple[str, ...]
    people: tuple[str, ...]
    streets: tuple[str, ...]
    held_by: tuple[str, ...]
    kind: str | None
    level: str | None
    vague: bool
    participants: Participants
    hours: Hours
    day_unknown: bool
    language: str
    marks: tuple[str, ...]
    weekdays_as_dated: tuple[str, ...]
    site: str | None
    causes: tuple[str, ...]
    restores: bool
    resumes: bool

    @classmethod
    def pack(cls, e: ReportEvidence) -> PackedEvidence:
        return cls(
            e.owner, e.type, e.date, tuple(e.weekdays), e.place, tuple(e.places), e.words, e.plain,
            tuple(e.measures), e.measured, e.says_distinct, e.says_another, tuple(e.actors), tuple(e.people),
            tuple(e.streets), tuple(e.held_by), e.kind, e.levels.level, e.levels.vague, e.participants,
            e.hours, e.day_unknown, e.language, tuple(e.marks), tuple(e.weekdays_as_dated), e.site,
            tuple(e.causes), e.restores, e.resumes,
        )  # fmt: skip

    def unpack(
        self, actors: Iterable[str], people: Iterable[str], organisations: Iterable[str] = ()
    ) -> ReportEvidence:
        """The evidence whole, with the given keys of its actors, people and organisations."""
        return ReportEvidence(
            owner=self.owner,
            type=self.type,
            date=self.date,
            weekdays=frozen(self.weekdays),
            place=self.place,
            places=frozen(self.places),
            words=self.words,
            plain=self.plain,
            measures=frozen(self.measures),
            measured=self.measured,
            says_distinct=self.says_distinct,
            says_another=self.says_another,
            actors=frozen(actors),
            people=frozen(people),
            organisations=frozen(organisations),
            streets=frozen(self.streets),
            held_by=frozen(self.held_by),
            kind=self.kind,
            levels=Levels(self.level, vague=self.vague) if self.level else NO_LEVELS,
            participants=self.participants,
            hours=self.hours,
            day_unknown=self.day_unknown,
            language=self.language,
            marks=frozen(self.marks),
            weekdays_as_dated=frozen(self.weekdays_as_dated),
            site=self.site,
            causes=frozen(self.causes),
            restores=self.restores,
            resumes=self.resumes,
        )
