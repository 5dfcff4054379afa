"""One report of an event as the daily merge compares it: its place, words, figures and
actors (how two reports compare is ``report_pairs``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from summarizer.daily.cognate_words import shared_cognates
from summarizer.daily.day_parts import Hours, day_told, day_told_late, moment_hours
from summarizer.daily.event_marks import event_marks
from summarizer.daily.figure_conflicts import interval
from summarizer.daily.incident_fields import IncidentFields
from summarizer.daily.kinds import report_kind, tells_a_kind
from summarizer.daily.link_denials import denies_a_link
from summarizer.daily.measures import MeasuredFigure, measure_of
from summarizer.daily.merge import content_words, read_words, report_words, things_named
from summarizer.daily.named_causes import cause_words
from summarizer.daily.named_sites import told_site_names
from summarizer.daily.other_months import another_month
from summarizer.daily.participants import (
    NOBODY,
    Participants,
    participants_in,
)
from summarizer.daily.passages import (
    follows_another_event,
    repeated_thing,
    says_another_event,
)
from summarizer.daily.place_chains import place_chain, place_holders, site_of_place
from summarizer.daily.place_keys import place_key
from summarizer.daily.places import NO_LEVELS, Levels, name_as_written, names_in, report_levels
from summarizer.daily.report_words import common_words, spelt_own_way
from summarizer.daily.resumed_stories import resumes_a_story
from summarizer.daily.spots import streets_in
from summarizer.daily.told_on import told_on
from summarizer.daily.vessel_names import vessel_names
from summarizer.text.dates import days_of_report, found_on, weekdays_named
from summarizer.text.restorations import tells_a_restoration
from summarizer.text.vocabulary import (
    DISTINCT_EVENT_CUES,
)

# Two reports are of one event only on at least this much shared specific evidence (see
# ``report_pairs.shared_specifics``): a sameness of place, day and type alone is not enough.
SAME_EVENT_EVIDENCE = 2
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
    # The weekdays its time may date it to: one, or the two of a night (``weekdays_named``),
    # or a day told by the article's and the next (``weekdays_as_dated``).
    weekdays: frozenset[str]
    place: str | None
    places: frozenset[str]
    # Its words, each once and in order, and those that name its place, time or actors or
    # what it says happened again (never distinctive, see ``shared_distinctive``): tuples,
    # since 27 words take 1.4 KB as a set and 0.3 KB as a tuple; a set is made of one side
    # of a pair only while it is compared.
    words: tuple[str, ...]
    plain: tuple[str, ...]
    measures: frozenset[tuple[str, float | None]]
    # The figures with a non-zero value and a measure: (measure, lowest, highest true value).
    measured: tuple[tuple[str, float, float], ...]
    # The report says its event is another than one before ("A second fire"), or opens on
    # it as a repeat ("Schon wieder Kohlenmonoxid", ``passages.repeated_thing``).
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
    # It tells its event as one more of a series ("the second", "un autre distributeur",
    # ``seconds_elsewhere.with_seconds_read``), not only as set apart ("Separately, ...").
    one_more: bool = False
    # Its own article tells the first of that series at another place ("the first hit a bank
    # in Bourg-Madame; the second a branch in Puigcerda", ``seconds_elsewhere``): it says
    # nothing of two events at its own place.
    first_elsewhere: bool = False
    # Its own day is not known: its evidence tells the day its event was found ("a body was
    # found on Thursday": ``weekdays`` hold the day before too, ``found_on``), or opens on the
    # event its own followed ("Nach dem Blitzeinschlag ...", ``passages.follows_another_event``).
    day_unknown: bool = False
    # The language it was read in: a word spelt two ways in one is two words (``cognate_words``).
    language: str = ""
    # What it tells its event by that no other event of its day shares (``event_marks``).
    marks: frozenset[str] = frozenset()
    # When its day is told by the article's own ("ayer", "hier soir", "heute Morgen"): the
    # weekdays of that day as of the day the article is dated alone (``weekdays`` may hold the
    # next one too, ``day_parts.day_told_late``). Two such reports are compared by these: a
    # digest's articles tell their days alike, so "yesterday" and "heute Morgen" are two days.
    # Empty otherwise.
    weekdays_as_dated: frozenset[str] = frozenset()
    # The kind of site of a town its place names ("vernay station": a station), None for a
    # town, a region, a nameless spot, or a town named for its port ("Port Talbot",
    # ``place_chains.site_of_place``).
    site: str | None = None
    # The words of what its evidence names as its event's cause ("après la purge du
    # barrage": ``named_causes.cause_words``); none for a report typed "other", which is
    # the cause side of a chain (``kinds.CHAINED_TYPES``).
    causes: frozenset[str] = frozenset()
    # Of an event typed "other": its evidence tells a return to normal (a road reopened,
    # residents allowed home, ``kinds.tells_a_restoration``), an event of its own.
    restores: bool = False
    # A blog's entry that opens by going back to a story an earlier entry told ("13:10 -
    # Back to Ferrol: ...", ``passages.resumes_a_story``): it continues that story.
    resumes: bool = False

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
    blog_undated: bool = False,
) -> ReportEvidence:
    """A report's evidence. ``name_words`` are the words of the actors named in the report:
    "department" in two organisations' names or "marlow" in two people's is not a shared
    specific (a person named in both counts as one, through ``people``; one organisation
    named in both is no sign of one event). ``published`` is a live blog entry's day, ``issued``
    its article's: a time told by the clock or by "ayer" is of theirs (``day_parts.day_told``).
    ``passage`` is the report's passage (``passages.incident_context``): one that denies a
    link to another event says its event is another (``link_denials``). ``blog_undated``: the
    report is an entry of a blog that names no day of its own (``passages.blog_names_its_day``)."""
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
    named |= content_words(name_as_written(incident.place, incident.evidence))
    told = weekdays_named(incident.time)
    late: frozenset[str] = frozenset()
    by_its_article = False
    if not told and incident.date is None:
        told = day_told(incident.time, entry_day=published, issued=issued, language=language)
        late = day_told_late(
            incident.time, entry_day=published, issued=issued, language=language, blog_undated=blog_undated
        )
        by_its_article = bool(told)
    # A day that is the telling's ("the university said on Saturday") is of the day before too.
    said = told_on(incident.type, told, incident.time, incident.evidence, passage)
    weekdays = frozen(days_of_report(said, incident.time, incident.evidence, issued))
    if late - told:
        said_late = told_on(incident.type, told | late, incident.time, incident.evidence, passage)
        issued_late = days_of_report(said_late, incident.time, incident.evidence, issued)
        as_told, weekdays = weekdays, frozen(weekdays | issued_late)
    else:
        as_told = weekdays if by_its_article else frozenset()
    day_unknown = (
        said != told or found_on(told, incident.evidence) != told or follows_another_event(incident.evidence)
    )
    # What a report says happened again ("Schon wieder Kohlenmonoxid") both events share:
    # as its place, it tells neither apart.
    again = repeated_thing(incident.evidence)
    plain = read_words(named | place_name_words(places) | set(name_words)) | report_words(again or "")
    if not weekdays and incident.date is None:
        weekdays = another_month(incident.time, incident.evidence, issued or published)
    return ReportEvidence(
        owner=owner,
        type=incident.type,
        date=incident.date,
        weekdays=weekdays,
        weekdays_as_dated=as_told,
        site=site_of_place(incident.place, key, language),
        place=key,
        places=places,
        words=tuple(sorted(words)),
        plain=tuple(words & plain),
        measures=frozen({(m, f.value) for f in figures if (m := told_measure(f))}),
        measured=tuple((m, *interval(f)) for f in figures if f.value and (m := told_measure(f))),
        says_distinct=(
            distinct := DISTINCT_EVENT.search(incident.evidence) is not None
            or denies_a_link(passage or incident.evidence)
            or again is not None
        ),
        says_another=distinct or says_another_event(incident.evidence),
        actors=frozen(actors),
        people=frozen(people),
        held_by=place_holders(incident.place),
        streets=frozen(
            streets_in(incident.location)
            | told_site_names(incident.location, incident.evidence, incident.place, incident.type)
            | vessel_names(incident.evidence, incident.type, language)
        ),
        kind=report_kind(incident.type, incident.evidence),
        levels=report_levels(incident, key, language),
        participants=participants_in(incident.evidence) if incident.type == "protest" else NOBODY,
        hours=moment_hours(incident.type, incident.time, words),
        day_unknown=day_unknown,
        language=language,
        marks=event_marks(incident.time, incident.evidence, language, incident.type),
        causes=frozen(cause_words(incident.evidence)) if incident.type != "other" else _NOTHING,
        restores=incident.type == "other" and tells_a_restoration(incident.evidence),
        resumes=resumes_a_story(incident.evidence, places | {key} if key else places),
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


def told_measure(figure: MeasuredFigure) -> str | None:
    """A figure's measure as a sign of one event: by what befell the counted things
    (``measure_of``'s ``by_what_befell``)."""
    return measure_of(figure, by_what_befell=True)
