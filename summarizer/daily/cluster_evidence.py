"""What a cluster of reports says of when, where and what its event was: two clusters
whose evidence conflicts are of two events (``ClusterEvidence.conflicts``), whatever else
their reports share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from summarizer.daily.day_parts import hours_apart
from summarizer.daily.kinds import (
    HAZARD_TYPES,
    chained,
    families_meet,
    nationwide,
    response_and_hazard,
    two_nations,
)
from summarizer.daily.named_bodies import bodies_apart
from summarizer.daily.pair_evidence import arrest_after_getaway, got_away
from summarizer.daily.participants import Participants, march_hours, participants_apart
from summarizer.daily.place_chains import holders_apart
from summarizer.daily.places import Levels, places_compatible
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.spots import streets_apart
from summarizer.text.dates import dates_of, days_apart


@dataclass(frozen=True)
class ClusterEvidence:
    """A cluster's evidence on when and where its event happened."""

    dates: frozenset[frozenset[dt.date]]  # the dates each member may be of, if any (``dates_of``)
    weekdays: frozenset[frozenset[str]]  # the weekdays each member's time may name, if any
    # (place, places, levels, kind) of members naming any
    places: frozenset[tuple[str | None, frozenset[str], Levels, str | None]]
    streets: frozenset[frozenset[str]]  # the streets and town parts of members naming any (``spots``)
    kinds: frozenset[str]  # the kinds of event its members tell (``kinds.event_kind``)
    types: frozenset[str]  # its members' incident types
    participants: frozenset[Participants]  # who its protest reports say protest, if any
    bodies: frozenset[frozenset[str]]  # the bodies each of its "other" reports names, if any
    hours: frozenset[tuple[int, int]]  # when its reports say their event of a moment was, if any
    got_away: bool  # some member says the doers of its event got away (``pair_evidence.got_away``)
    # (the places it lies in, own place) of members whose place names them (``place_chains``)
    held_by: frozenset[tuple[frozenset[str], str | None]] = frozenset()

    @classmethod
    def of(cls, item: ReportEvidence) -> ClusterEvidence:
        return cls(
            frozenset({dates_of(item.date, item.weekdays)} if item.date else ()),
            frozenset({item.weekdays} if item.weekdays else ()),
            frozenset(
                {(item.place, frozenset(item.places), item.levels, item.kind)}
                if item.places or item.place
                else ()
            ),
            frozenset({item.streets} if item.streets else ()),
            frozenset({item.kind} if item.kind else ()),
            frozenset({item.type}),
            frozenset({item.participants} if item.participants else ()),
            frozenset({item.bodies} if item.bodies else ()),
            frozenset({hours} if (hours := march_hours(item.words, item.hours)) else ()),
            got_away(item),
            frozenset({(item.held_by, item.place)} if item.held_by else ()),
        )

    def conflicts(self, other: ClusterEvidence, *, kinds: bool = True, responded: bool = False) -> bool:
        """True when some member of one and some member of the other are ``incompatible``
        (of types no report of one event carries, as shelling and a flood that each met
        the other's harm, ``families_meet``, unless ``responded``: a decision and the
        disaster it answers, or a disaster and an accident of one kind, were scored as one;
        their places), or, with ``kinds``, when the one tells only kinds of event the other
        does not."""
        if any(
            not families_meet(mine, theirs)
            and not chained(mine, theirs)
            and not (responded and (response_and_hazard(mine, theirs) or {mine, theirs} <= HAZARD_TYPES))
            for mine in self.types
            for theirs in other.types
        ):
            return True
        if arrest_after_getaway(self.types, other.types, self.got_away or other.got_away):
            return True  # the robbers fled; two of them were arrested at the port hours later
        if any(days_apart(mine, theirs) for mine in self.dates for theirs in other.dates):
            return True
        if any(days_apart(mine, theirs) for mine in self.weekdays for theirs in other.weekdays):
            return True
        if kinds and self.kinds and other.kinds and self.kinds.isdisjoint(other.kinds):
            return True  # a collapse and a crash: a pair of them merged on strong evidence only
        if any(streets_apart(mine, theirs) for mine in self.streets for theirs in other.streets):
            return True
        if any(
            participants_apart(mine, theirs) for mine in self.participants for theirs in other.participants
        ):
            return True  # the bus drivers' strike and the farmers' rally
        if any(bodies_apart(mine, theirs) for mine in self.bodies for theirs in other.bodies):
            return True  # one company's closure and another's
        if any(hours_apart(mine, theirs) for mine in self.hours for theirs in other.hours):
            return True  # the morning's march and the evening's
        if any(holders_apart(*mine, *theirs) for mine in self.held_by for theirs in other.held_by):
            return True  # a fire on Zürich's Bahnhofstrasse and one on Bern's
        return any(
            two_nations(place_a, place_b)
            if nationwide(kind_a, kind_b)
            else not places_compatible(place_a, places_a, place_b, places_b, levels_a, levels_b)
            for place_a, places_a, levels_a, kind_a in self.places
            for place_b, places_b, levels_b, kind_b in other.places
        )

    def combined(self, other: ClusterEvidence) -> ClusterEvidence:
        return ClusterEvidence(
            self.dates | other.dates,
            self.weekdays | other.weekdays,
            self.places | other.places,
            self.streets | other.streets,
            self.kinds | other.kinds,
            self.types | other.types,
            self.participants | other.participants,
            self.bodies | other.bodies,
            self.hours | other.hours,
            self.got_away or other.got_away,
            self.held_by | other.held_by,
        )
