"""One report of an event as the daily merge compares it (its place, words, figures and
actors), and how two reports compare: incompatible, their shared specifics, their score."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from summarizer.article import Article
from summarizer.daily.figures import compatible, measure_of
from summarizer.daily.merge import Briefed, content_words
from summarizer.linkage import name_key
from summarizer.models import Figure, Incident
from summarizer.text.dates import weekday_in
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_DEMONYM,
    known_places_in,
)
from summarizer.text.places import NOT_PLACE, PLACE
from summarizer.text.segment import split_sentences
from summarizer.text.vocabulary import (
    COMMON_REPORT_WORDS,
    DISTINCT_EVENT_CUES,
    KINETIC_EVENTS,
    same_event_family,
)

# An incident pair must score at least this to be one event (see ``incident_similarity``).
SAME_EVENT_THRESHOLD = 0.45
CONTEXT_SENTENCES = 3
_TEXT = re.compile(r"\S")
COUNTRY_NAMES = frozenset(n.casefold() for n in [*COUNTRIES, *COUNTRY_ALIASES.values(), *COUNTRY_BY_DEMONYM])
COMMON_WORDS = COMMON_REPORT_WORDS | {w for name in COUNTRY_NAMES for w in content_words(name)}
# Two reports are of one event only on at least this much shared specific evidence (see
# ``shared_specifics``): a sameness of place, day and type alone is not enough.
SAME_EVENT_EVIDENCE = 2
DISTINCT_EVENT = re.compile(r"\b(?:" + "|".join(DISTINCT_EVENT_CUES) + r")\b", re.IGNORECASE)


@dataclass(kw_only=True)
class ReportEvidence:
    """What two reports of an event are compared by. ``owner`` is the article the report
    came from (two reports of one owner are never compared); ``actors`` and ``people`` are
    keys of the actors it names (daily ids within a day, name keys across days)."""

    owner: str
    incident: Incident
    places: set[str]
    words: set[str]
    figures: list[Figure]
    actors: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # people named in the report
    # Words of the actors named in the report: "department" in two organisations' names or
    # "marlow" in two people's is not a shared specific (a person named in both counts as
    # one, through ``people``; one organisation named in both is no sign of one event).
    name_words: set[str] = field(default_factory=set)
    type: str = field(init=False)
    date: dt.date | None = field(init=False)
    weekday: str | None = field(init=False)

    def __post_init__(self) -> None:
        # Read in every pair comparison: computed once here.
        self.type = self.incident.type
        self.date = self.incident.date
        self.weekday = weekday_in(self.incident.time)

    @cached_property
    def place(self) -> str | None:
        place = self.incident.place or self.incident.location
        return name_key(place) if place else None

    @cached_property
    def measures(self) -> set[tuple[str, float | None]]:
        return {(m, f.value) for f in self.figures if (m := measure_of(f))}

    @cached_property
    def measured(self) -> list[tuple[str, Figure]]:
        """The figures with a non-zero value and a measure, with it."""
        return [(m, f) for f in self.figures if f.value and (m := measure_of(f))]

    @cached_property
    def measure_names(self) -> set[str]:
        return {m for m, _ in self.measures}

    @cached_property
    def distinctive(self) -> set[str]:
        """The report's words that can tell its event from another of the same day, place
        and type: not the place, the time, the country, nor what every report says."""
        named = " ".join(filter(None, [self.incident.place, self.incident.location, self.incident.time]))
        return (
            self.words
            - content_words(named)
            - _place_words(frozenset(self.places))
            - self.name_words
            - COMMON_WORDS
        )

    @cached_property
    def says_distinct(self) -> bool:
        """The report says its event is another than one before ("A second fire")."""
        return DISTINCT_EVENT.search(self.incident.evidence) is not None


@dataclass(kw_only=True)
class EventReport(ReportEvidence):
    """One article's report of an event inside one day's merge."""

    source: Briefed
    context: str
    named: set[str] = field(default_factory=set)  # every actor named in the report (daily ids)

    @property
    def article_id(self) -> str:
        return self.owner


@cache
def _place_words(places: frozenset[str]) -> set[str]:
    return {word for place in places for word in place.split()}


def places_in(text: str) -> set[str]:
    """Places named in a passage, countries aside (too coarse to tell two events apart)."""
    found = {m.group("place") for m in PLACE.finditer(text) if m.group("place").split()[0] not in NOT_PLACE}
    found |= {text[start:end] for start, end in known_places_in(text)}
    keys = {name_key(p) for p in found if p.split()[0] not in COUNTRY_BY_DEMONYM}
    return {k for k in keys if k and k not in COUNTRY_NAMES}


def incident_context(article: Article, incident: Incident) -> str:
    """The evidence sentence and what follows it in its paragraph, or else the next sentence:
    the rest of the report of this event ("... two women died," the governor said)."""
    text = article.text
    start, end = incident.evidence_span.start, incident.evidence_span.end
    # Sentences are split line by line, so splitting only the lines from the evidence's to
    # the one where the next sentence starts gives the same sentences as splitting the
    # whole article, for a fraction of the work. That sentence starts on the line where the
    # evidence ends or, when the rest of that line finishes the evidence's sentence, on the
    # next line that holds text: the window takes both.
    first = text.rfind("\n", 0, start) + 1
    window_end = end
    for _ in range(2):
        text_at = _TEXT.search(text, window_end)
        line_start = text_at.start() if text_at else len(text)
        found = text.find("\n", line_start)
        window_end = len(text) if found < 0 else found
    window = text[first:window_end]
    following = [s for s in split_sentences(window) if first + s.start >= end]
    for number, sentence in enumerate(following[: CONTEXT_SENTENCES - 1]):
        if number and "\n" in text[end : first + sentence.start]:
            break  # past the first follow-on sentence, stay inside the paragraph
        end = first + sentence.end
    return text[start:end]


def event_reports(items: Sequence[Briefed], actor_map: dict[tuple[str, str], str]) -> list[EventReport]:
    """Every incident of the day's briefings as a report, its actors by daily id."""
    return [
        report_of(source, incident, actor_map) for source in items for incident in source.briefing.incidents
    ]


def report_of(source: Briefed, incident: Incident, actor_map: dict[tuple[str, str], str]) -> EventReport:
    """One incident of a briefing as a report: its passage, and the places, words, figures
    and actors (daily ids, from ``actor_map``) in it."""
    figures = {f.id: f for f in source.briefing.figures}
    context = incident_context(source.article, incident)
    ctx_start = incident.evidence_span.start
    ctx_end = ctx_start + len(context)
    linked = [figures[f] for f in incident.casualty_figures if f in figures]
    nearby = [f for f in figures.values() if ctx_start <= f.span.start < ctx_end and f not in linked]
    refs = [*incident.perpetrators, *incident.targets, incident.claimed_by]
    named = [a for a in source.briefing.actors if any(ctx_start <= m.start < ctx_end for m in a.mentions)]
    return EventReport(
        owner=source.article.id,
        source=source,
        incident=incident,
        context=context,
        places=places_in(context),
        words=content_words(context),
        figures=linked + nearby,
        actors={actor_map[(source.article.id, r)] for r in refs if r},
        people={actor_map[(source.article.id, a.id)] for a in named if a.kind == "person"},
        name_words={w for a in named for w in content_words(a.name)},
        named={actor_map[(source.article.id, a.id)] for a in named},
    )


def incompatible(a: ReportEvidence, b: ReportEvidence, *, across_days: bool = False) -> bool:
    """Evidence that two reports are of different events, whatever else they share. Across
    days (a story followed from one day to the next) a later date is no such evidence."""
    if event_family(a.type) != event_family(b.type):
        return True
    if not across_days and a.date and b.date and a.date != b.date:
        return True
    if not across_days and a.weekday and b.weekday and a.weekday != b.weekday:
        return True
    return bool(a.places and b.places and a.place != b.place and a.places.isdisjoint(b.places))


def shared_specifics(a: ReportEvidence, b: ReportEvidence) -> int:
    """How much two reports share that two events of one day and type would not: a place
    finer than a country, unless either report says its event is another (one point), a
    figure of one measure with compatible values (one), a person or party named in both
    (one), distinctive words (one each, two at most)."""
    shared_place = bool(a.place and a.place == b.place and a.place not in COUNTRY_NAMES)
    shared_place = shared_place and not (a.says_distinct or b.says_distinct)
    shared_figure = any(
        name_a == name_b and compatible(fa, fb) for name_a, fa in a.measured for name_b, fb in b.measured
    )
    shared_actor = bool((a.actors | a.people) & (b.actors | b.people))
    words = min(2, len(a.distinctive & b.distinctive))
    return int(shared_place) + int(shared_figure) + int(shared_actor) + words


def incident_similarity(a: ReportEvidence, b: ReportEvidence, *, across_days: bool = False) -> float:
    """0..1: type (0.2), place (0.25), wording (0.3), shared figures (0.25); 0 if incompatible
    or if they share too little specific evidence (``shared_specifics``)."""
    if incompatible(a, b, across_days=across_days) or shared_specifics(a, b) < SAME_EVENT_EVIDENCE:
        return 0.0
    if a.type == b.type:
        type_score = 1.0
    elif same_event_family(a.type, b.type):
        type_score = 0.7
    else:
        type_score = 0.4
    if a.place and a.place == b.place:
        place_score = 1.0
    elif a.places & b.places:
        place_score = 0.7
    else:
        place_score = 0.3  # unknown: neither confirms nor rules out
    union = a.words | b.words
    text_score = min(1.0, 2 * len(a.words & b.words) / len(union)) if union else 0.0
    if a.measures & b.measures:
        figure_score = 1.0
    elif a.measure_names & b.measure_names:
        figure_score = 0.5
    else:
        figure_score = 0.0
    actor_bonus = 0.05 if a.actors & b.actors else 0.0
    return min(
        1.0, 0.2 * type_score + 0.25 * place_score + 0.3 * text_score + 0.25 * figure_score + actor_bonus
    )


def event_family(incident_type: str) -> str:
    if incident_type in KINETIC_EVENTS:
        return "kinetic"  # every kinetic pair may match (with a lower type score)
    return incident_type
