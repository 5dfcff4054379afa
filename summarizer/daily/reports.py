"""One report of an event as the daily merge compares it (its place, words, figures and
actors), and how two reports compare: incompatible, their shared specifics, their score."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from summarizer.daily.cognate_words import shared_cognates
from summarizer.daily.day_parts import Hours, day_told, moment_hours
from summarizer.daily.event_marks import event_marks, shared_marks
from summarizer.daily.figures import counts_far_apart, interval
from summarizer.daily.incident_fields import IncidentFields
from summarizer.daily.kinds import (
    chained,
    families_meet,
    harm_and_hazard,
    nationwide,
    report_kind,
    tells_a_kind,
    two_nations,
    votes_apart,
)
from summarizer.daily.link_denials import denies_a_link
from summarizer.daily.measures import MeasuredFigure, measure_of, one_count
from summarizer.daily.merge import content_words, read_words, things_named
from summarizer.daily.named_bodies import bodies_apart
from summarizer.daily.named_sites import site_names
from summarizer.daily.other_months import another_month
from summarizer.daily.pair_evidence import (
    harm_of_hazard,
    hazards_of_one_kind,
    kinds_clash,
    once_a_day_at_one_spot,
    one_chain,
    one_spot,
    response_to_hazard,
    shares_a_figure,
)
from summarizer.daily.participants import (
    NOBODY,
    Participants,
    marches_apart,
    participants_apart,
    participants_in,
    participants_shared,
    strike_and_march,
)
from summarizer.daily.passages import follows_another_event, says_another_event
from summarizer.daily.place_chains import holders_apart, place_chain, place_holders
from summarizer.daily.places import (
    COUNTRY_NAMES,
    NO_LEVELS,
    Levels,
    names_in,
    place_key,
    places_compatible,
    places_related,
    report_levels,
)
from summarizer.daily.report_words import common_words, spelt_own_way
from summarizer.daily.spots import streets_apart, streets_in
from summarizer.daily.told_on import told_on
from summarizer.text.dates import dates_of, days_apart, days_of_report, found_on, weekdays_named
from summarizer.text.vocabulary import (
    DISTINCT_EVENT_CUES,
    same_event_family,
)

# An incident pair must score at least this to be one event (see ``incident_similarity``).
SAME_EVENT_THRESHOLD = 0.45


# Two reports are of one event only on at least this much shared specific evidence (see
# ``shared_specifics``): a sameness of place, day and type alone is not enough.
SAME_EVENT_EVIDENCE = 2
# Two reports telling two kinds of event (``kinds_clash``) are of one only on this much
# besides their wording (a crash report that names the town's collapse shares its words):
# the place, a figure and a person. A report may tell its event by a cause or effect
# another report does not name.
CLASHING_KINDS_EVIDENCE = 3
# Shared specifics that stand for a place a report does not name, or join a decision to
# the disaster it answers (``incident_similarity``).
STRONG_EVIDENCE = 3
DISTINCT_EVENT = re.compile(r"\b(?:" + "|".join(DISTINCT_EVENT_CUES) + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportEvidence:
    """What two reports of an event are compared by, read once from the report (see
    ``report_evidence``). ``owner`` is the article the report came from (two reports of one
    owner are never compared); ``actors`` and ``people`` are keys of the actors it names
    (an article's own ids as read, daily ids within a day, name keys across days). A busy
    day holds one per report, so it holds only what the comparisons read."""

    owner: str
    type: str
    date: dt.date | None
    # The weekdays its time may date it to: one, or the two of a night (``weekdays_named``).
    weekdays: frozenset[str]
    place: str | None
    places: frozenset[str]
    # Its words, each once and in order, and those that name its place, time or actors (never
    # distinctive, see ``shared_distinctive``): tuples, since 27 words take 1.4 KB as a set
    # and 0.3 KB as a tuple; a set is made of one side of a pair only while it is compared.
    words: tuple[str, ...]
    plain: tuple[str, ...]
    measures: frozenset[tuple[str, float | None]]
    # The figures with a non-zero value and a measure: (measure, lowest, highest true value).
    measured: tuple[tuple[str, float, float], ...]
    # The report says its event is another than one before ("A second fire").
    says_distinct: bool
    actors: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()  # people named in the report
    # The name words of the streets its location names, and the parts of its town it names
    # by compass point ("in the west of the city": ``spots.streets_in``).
    streets: frozenset[str] = frozenset()
    # The places its own place is written as lying in, countries too ("Sporthalle, Dornried",
    # "Santiago, Chile": ``place_chains.place_holders``), and what the day says holds those.
    held_by: frozenset[str] = frozenset()
    # The kind of event its evidence sentence tells first (``event_kind``).
    kind: str | None = None
    # Its place's level when it holds towns, and what the day knows holds it (``Levels``).
    levels: Levels = NO_LEVELS
    # Of a protest: who its evidence says protests, and with what (``participants``); of an
    # event of a moment, the hours its time names (``day_parts.moment_hours``).
    participants: Participants = NOBODY
    hours: Hours = None
    # Of an event typed "other": the day's bodies its evidence names (``named_bodies``).
    bodies: frozenset[str] = frozenset()
    # The day's keys of the organisations its passage names, other than governments (see
    # ``shared_specifics``): the emergency unit or the company at work on its event.
    organisations: frozenset[str] = frozenset()
    # The report says, in any language, that its event is another than one before: as
    # ``says_distinct`` does, or in another language ("par ailleurs"), or another event of
    # a kind ("ein zweiter Brand", ``passages.tells_another_event``). The day then holds
    # two, whichever its other reports are of (``one_place_prior``).
    says_another: bool = False
    # Its own day is not known: its evidence tells the day its event was found ("a body was
    # found on Thursday": ``weekdays`` hold the day before too, ``found_on``), or opens on the
    # event its own followed ("Nach dem Blitzeinschlag ...", ``passages.follows_another_event``).
    day_unknown: bool = False
    # The language it was read in: a word spelt two ways in one is two words (``cognate_words``).
    language: str = ""
    # What it tells its event by that no other event of its day shares (``event_marks``).
    marks: frozenset[str] = frozenset()

    @property
    def measure_names(self) -> set[str]:
        return {m for m, _ in self.measures}

    def shared_words(self, other: ReportEvidence) -> frozenset[str]:
        return frozenset(self.words).intersection(other.words)

    def shared_distinctive(self, other: ReportEvidence, shared_words: frozenset[str]) -> int:
        """How many of the words both reports use (``shared_words``) can tell their event
        from another of the same day, place and type: not the place, the time, the country,
        the actors' names, what every report says, nor what tells the kind of event ("fire":
        two fires of one town share it, see ``event_kind``)."""
        found = shared_words.difference(common_words(), self.plain, other.plain)
        exact = sum(1 for word in found if not tells_a_kind(word))
        return exact if exact >= SAME_EVENT_EVIDENCE else exact + self.spelt_alike(other, shared_words)

    def spelt_alike(self, other: ReportEvidence, shared_words: frozenset[str]) -> int:
        """How many distinctive words reports in two languages share as each spells them (a
        drug's name: ``cognate_words``); in one, "magistrado" and "magistrada" are two."""
        if self.language == other.language:
            return 0
        mine, theirs = (
            [w for w in item.words if w not in shared_words and spelt_own_way(w)] for item in (self, other)
        )
        return shared_cognates(mine, theirs, unread=(*self.plain, *other.plain))


def report_evidence(
    *,
    owner: str,
    incident: IncidentFields,
    places: Iterable[str],
    words: Iterable[str],
    figures: Iterable[MeasuredFigure],
    actors: Iterable[str] = (),
    people: Iterable[str] = (),
    name_words: Iterable[str] = (),
    language: str = "en",
    published: dt.date | None = None,
    issued: dt.date | None = None,
    passage: str = "",
) -> ReportEvidence:
    """A report's evidence. ``name_words`` are the words of the actors named in the report:
    "department" in two organisations' names or "marlow" in two people's is not a shared
    specific (a person named in both counts as one, through ``people``; one organisation
    named in both is no sign of one event). ``published`` is a live blog entry's day, ``issued``
    its article's: a time told by the clock or by "ayer" is of theirs (``day_parts.day_told``).
    ``passage`` is the report's passage (``passages.incident_context``): one that denies a
    link to another event says its event is another (``link_denials``)."""
    words = set(words)
    places = frozen(places)
    figures = list(figures)
    place = incident.place or incident.location
    # A place written as its parts is its finest, and names the coarser beside it.
    chain = place_chain(incident.place)
    key = chain[0] if chain else (place_key(place) if place else None)
    if chain:
        places = frozen(places | {*chain[1:], place_key(place)} - {key})
    # The words that name its place and time: the place, the names in its location (not
    # "collapsed" or "bridge" of "the collapsed Tane bridge in Millbrook", which tell the
    # event as they would anywhere else in the passage, nor a thing German capitalises as
    # it does every noun: "eine Papierfabrik im Elsass", ``things_named``) and the time.
    named = content_words(" ".join(filter(None, [incident.place, incident.time])))
    named |= content_words(names_in(incident.location) or "") - things_named(incident.location)
    told = weekdays_named(incident.time)
    if not told and incident.date is None:
        told = day_told(incident.time, entry_day=published, issued=issued, language=language)
    # A day that is the telling's ("the university said on Saturday") is of the day before too.
    said = told_on(incident.type, told, incident.time, incident.evidence, passage)
    weekdays = frozen(days_of_report(said, incident.time, incident.evidence, issued))
    day_unknown = (
        said != told or found_on(told, incident.evidence) != told or follows_another_event(incident.evidence)
    )
    if not weekdays and incident.date is None:
        weekdays = another_month(incident.time, incident.evidence, issued or published)
    return ReportEvidence(
        owner=owner,
        type=incident.type,
        date=incident.date,
        weekdays=weekdays,
        place=key,
        places=places,
        words=tuple(sorted(words)),
        plain=tuple(words & read_words(named | place_name_words(places) | set(name_words))),
        measures=frozen({(m, f.value) for f in figures if (m := measure_of(f))}),
        measured=tuple((m, *interval(f)) for f in figures if f.value and (m := measure_of(f))),
        says_distinct=(
            distinct := DISTINCT_EVENT.search(incident.evidence) is not None
            or denies_a_link(passage or incident.evidence)
        ),
        says_another=distinct or says_another_event(incident.evidence),
        actors=frozen(actors),
        people=frozen(people),
        held_by=place_holders(incident.place),
        streets=frozen(
            streets_in(incident.location) | site_names(incident.location, incident.place, incident.type)
        ),
        kind=report_kind(incident.type, incident.evidence),
        levels=report_levels(incident, key, language),
        participants=participants_in(incident.evidence) if incident.type == "protest" else NOBODY,
        hours=moment_hours(incident.type, incident.time),
        day_unknown=day_unknown,
        language=language,
        marks=event_marks(incident.time, incident.evidence, language),
    )


T = TypeVar("T")
_NOTHING: frozenset[Any] = frozenset()


def frozen(values: Iterable[T]) -> frozenset[T]:
    """The values as a frozenset taking the least memory: one shared empty set (Python no
    longer shares it), and a table sized to the values (one filled from a generator grows
    in steps of four and can take twice the room). A busy day holds a few per report."""
    found = values if isinstance(values, set | frozenset) else set(values)
    return frozenset(found) if found else _NOTHING


@lru_cache(maxsize=4096)
def place_name_words(places: frozenset[str]) -> frozenset[str]:
    """The words of the places' names, as written ("saint", "aubin" of "saint aubin";
    not as organisation keys read them, ``organisations.place_words``)."""
    return frozenset(word for place in places for word in place.split())


def incompatible(a: ReportEvidence, b: ReportEvidence, *, across_days: bool = False) -> bool:
    """Evidence that two reports are of different events, whatever else they share. Across
    days (a story followed from one day to the next) a later date is no such evidence."""
    if not families_meet(a.type, b.type) and not (
        response_to_hazard(a, b) or hazards_of_one_kind(a, b) or one_chain(a, b)
    ):
        return True
    if harm_and_hazard(a.type, b.type) and not harm_of_hazard(a, b):
        return True
    if not across_days and days_apart(dates_of(a.date, a.weekdays), dates_of(b.date, b.weekdays)):
        return True
    if not across_days and days_apart(a.weekdays, b.weekdays):
        return True
    if a.type == b.type == "protest" and (
        strike_and_march(a.words, b.words) or participants_apart(a.participants, b.participants)
    ):
        return True  # a strike and a march; the bus drivers' strike and the farmers' rally
    if not across_days and marches_apart(a.words, a.hours, b.words, b.hours):
        return True  # the morning's power cut and the evening's; the morning's march and the evening's
    if holders_apart(a.held_by, a.place, b.held_by, b.place):
        return True  # a fire on Zürich's Bahnhofstrasse and one on Bern's; in Chile's Santiago and Spain's
    if streets_apart(a.streets, b.streets):
        return True  # a fire on Dock Road and one on Canal Street; a power cut in the west, one in the east
    if bodies_apart(a.bodies, b.bodies):
        return True  # one company's closure and another's in one town
    if nationwide(a.kind, b.kind):
        # A nation's vote, told from any town of it; two nations' or two offices' votes are two.
        return two_nations(a.place, b.place) or votes_apart(a.words, b.words)
    return not places_compatible(a.place, a.places, b.place, b.places, a.levels, b.levels)


def shared_specifics(a: ReportEvidence, b: ReportEvidence, shared_words: frozenset[str] | None = None) -> int:
    """How much two reports share that two events of one day and type would not: a place
    finer than a country, unless either report says its event is another, or a street both
    locations name (one point), and one more when both tell there a flood, storm or heatwave
    of one day (``once_a_day_at_one_spot``), a figure of one measure with compatible values
    (one), a person or party named in both, or the company both "other" reports name (one,
    ``named_bodies``), else an organisation both passages name beside a shared figure (one),
    one group or vehicle of a protest named in both (one, ``participants``), an odd minute
    both clock it at or a person's age both give (one each, ``event_marks``), distinctive
    words (one each, two at most)."""
    shared_place = bool(a.place and a.place not in COUNTRY_NAMES and one_spot(a, b))
    shared_place = shared_place and not (a.says_distinct or b.says_distinct)
    # A street both name is where this event was, whichever other one a report sets it apart
    # from ("a second fire, on Canal Street").
    shared_place = shared_place or not a.streets.isdisjoint(b.streets)
    shared_hazard = shared_place and once_a_day_at_one_spot(a, b)
    shared_figure = shares_a_figure(a, b)
    # A company both name as what their announcement is of counts as a party both give.
    shared_actor = bool((a.actors | a.people) & (b.actors | b.people) or a.bodies & b.bodies)
    # One unit or company at work in both passages ("12 aeronaves y la Unidad Militar de
    # Emergencias", "10 medios aereos y efectivos de la UME") tells one event only beside a
    # figure both give: one unit serves many events of a day, and so does a figure alone.
    shared_organisation = (
        shared_figure and not shared_actor and not a.organisations.isdisjoint(b.organisations)
    )
    # Who protests, or with what: the bus drivers, or the tractors (``participants``).
    shared_who = participants_shared(a.participants, b.participants)
    words = min(2, a.shared_distinctive(b, a.shared_words(b) if shared_words is None else shared_words))
    against = not shared_figure and counts_far_apart(a.measured, b.measured)
    return (
        int(shared_place)
        + int(shared_hazard)
        + int(shared_figure)
        + int(shared_actor)
        + int(shared_organisation)
        + int(shared_who)
        + shared_marks(a.marks, b.marks)
        + words
        - int(against)
    )


def incident_similarity(a: ReportEvidence, b: ReportEvidence, *, across_days: bool = False) -> float:
    """0..1: type (0.2), place (0.25), wording (0.3), shared figures (0.25); 0 if incompatible
    or if they share too little specific evidence (``shared_specifics``)."""
    if incompatible(a, b, across_days=across_days):
        return 0.0
    common = a.shared_words(b)
    specifics = shared_specifics(a, b, common)
    if specifics < SAME_EVENT_EVIDENCE:
        return 0.0
    if kinds_clash(a, b) and shared_specifics(a, b, frozenset()) < CLASHING_KINDS_EVIDENCE:
        return 0.0  # a bridge collapse and a road crash of one town and day
    if not families_meet(a.type, b.type) and specifics < STRONG_EVIDENCE:
        return 0.0  # a decision after a quake: the toll and the wording besides the kind
    if (
        nationwide(a.kind, b.kind)
        and not shared_specifics(a, b, frozenset())
        and not places_compatible(a.place, a.places, b.place, b.places, a.levels, b.levels)
    ):
        return 0.0  # two towns' reports of a vote: a figure or a person besides the wording
    if a.type == b.type:
        type_score = 1.0
    elif same_event_family(a.type, b.type) or harm_and_hazard(a.type, b.type) or chained(a.type, b.type):
        # Harm and its hazard met ``harm_of_hazard`` already, an event and what it led to
        # ``one_chain`` (``incompatible``): two sides of one event, as a strike and its interception.
        type_score = 0.7
    else:
        type_score = 0.4
    if a.place and a.place == b.place:
        place_score = 1.0
    elif places_related(a.place, a.places, b.place, b.places, a.levels, b.levels):
        place_score = 0.7
    elif not (a.place and b.place) and specifics >= STRONG_EVIDENCE:
        # A report that names no place (a strike told by its union, "the drivers of the
        # city's buses") shares enough else to stand as placed where the other says.
        place_score = 0.7
    else:
        place_score = 0.3  # unknown: neither confirms nor rules out
    alike = len(common) + a.spelt_alike(b, common)
    union = len(a.words) + len(b.words) - alike
    text_score = min(1.0, 2 * alike / union) if union else 0.0
    # Figures matched as ``shared_specifics`` matches them ("12 workers" and "at least 10
    # people" injured are one count), not only by equal measure and value.
    if shares_a_figure(a, b):
        figure_score = 1.0
    elif any(one_count(m, n) for m in a.measure_names for n in b.measure_names):
        figure_score = 0.5
    else:
        figure_score = 0.0
    # The actors ``shared_specifics`` counts: a person both reports name is as much a sign
    # of one event as a party both give as its perpetrator or target.
    actor_bonus = 0.05 if (a.actors | a.people) & (b.actors | b.people) else 0.0
    return min(
        1.0, 0.2 * type_score + 0.25 * place_score + 0.3 * text_score + 0.25 * figure_score + actor_bonus
    )
