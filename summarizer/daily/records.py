"""What the day's merge keeps of one briefed article: a compact record of the items it
reads (actors, incidents with their evidence, figures, the notable quotes) and the text its
passages are cut from, made as each briefing arrives so that the briefing can be dropped.

A full ``Briefing`` is about 90 KB of pydantic objects (summary, warnings, every span and
quote); a day of 10,000 of them held at once took over 1 GB before merging began. A record
keeps only what the merge reads, in slotted tuples, with the day's repeated short strings
(words, places, ids, types) interned once, and each report's evidence computed once here
instead of again inside the merge."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from summarizer.article import Article
from summarizer.daily.apposed_names import apposed_names
from summarizer.daily.claims import figure_parties
from summarizer.daily.containment import containment_in
from summarizer.daily.datelines import issued_on
from summarizer.daily.defined_names import defined_names
from summarizer.daily.figure_standing import WHOLE, Standing, standing_of
from summarizer.daily.kind_acronyms import kind_acronyms
from summarizer.daily.link_denials import own_passage
from summarizer.daily.live_entries import report_owner
from summarizer.daily.merge import content_words, report_words
from summarizer.daily.packed_evidence import PackedEvidence
from summarizer.daily.passage_people import actors_named
from summarizer.daily.passages import blog_names_its_day, incident_context, live_entry_day
from summarizer.daily.place_aliases import declared_aliases
from summarizer.daily.placed_acronyms import placed_acronyms
from summarizer.daily.placed_by_kind import places_by_kind
from summarizer.daily.places import Within, places_in
from summarizer.daily.possessed_places import owner_names, possessed_names
from summarizer.daily.quotes import notable
from summarizer.daily.reports import report_evidence
from summarizer.models import (
    Actor,
    ActorKind,
    Bound,
    Briefing,
    Figure,
    FigureCategory,
    Incident,
    IncidentStatus,
    IncidentType,
    Quote,
)
from summarizer.models.common import ArticleMeta, MatchStatus, Span, sharing_fields_set
from summarizer.models.daily_v2 import SourceRef

# The actors a passage names that may tell its event by who is at work on it: a government
# (the town hall, the ministry) is the routine source of every event of its area, and a
# person counts as a person (``report_pairs.shared_specifics``).
ORGANISATION_KINDS = frozenset({"organization", "military", "group"})
# A daily actor links to its first passages in an article only (see ``actors``).
MENTIONS_PER_ARTICLE = 3


def _interned(values: Iterable[str]) -> set[str]:
    """Strings a busy day repeats in every article (words, places): one copy each."""
    return {sys.intern(v) for v in values}


def _key(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


class Passage(NamedTuple):
    """A passage of the article a merged item cites: its span and its text (the text is
    all that is kept of the article)."""

    start: int
    end: int
    text: str


def _passage(text: str, span: Span, same_as: str | None = None) -> Passage:
    """The passage at ``span``, its text shared with ``same_as`` when they are equal (an
    evidence sentence, a figure or a name as written usually is its passage)."""
    found = text[span.start : span.end]
    return Passage(span.start, span.end, same_as if found == same_as and same_as is not None else found)


def _defined(actor: Actor, text: str, owners: frozenset[str]) -> list[str]:
    if actor.kind == "person":
        return []
    ends = [m.end for m in actor.mentions]
    return list(
        dict.fromkeys(
            defined_names(text, actor.name, ends)
            + apposed_names(text, actor.name, ends)
            + placed_acronyms(text, actor.name, ends)
            + kind_acronyms(text, actor.name, [m.start for m in actor.mentions])
            + possessed_names(text, actor.name, [m.start for m in actor.mentions], owners)
        )
    )


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """An actor as the merge reads it: its names, kind and role, and its first mentions."""

    id: str
    name: str
    canonical_name: str | None
    kind: ActorKind
    role: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Passage, ...]  # the first ``MENTIONS_PER_ARTICLE``

    @classmethod
    def of(cls, actor: Actor, text: str, owners: frozenset[str] = frozenset()) -> ActorRecord:
        """``owners``: the article's people and organisations (``possessed_places.owner_names``)."""
        # Names recur in article after article of a day: one copy of each.
        mentions = (_passage(text, m) for m in actor.mentions[:MENTIONS_PER_ARTICLE])
        return cls(
            id=sys.intern(actor.id),
            name=sys.intern(actor.name),
            canonical_name=_key(actor.canonical_name),
            kind=actor.kind,
            role=_key(actor.role),
            # With the names the article defines for it ("Swiss Federal Railways (SBB)").
            aliases=tuple(map(sys.intern, dict.fromkeys([*actor.aliases, *_defined(actor, text, owners)]))),
            mentions=tuple(Passage(m.start, m.end, sys.intern(m.text)) for m in mentions),
        )


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A figure with every field of the briefing's (a story keeps it whole, see ``figure``)."""

    id: str
    text: str
    value: float | None
    value_high: float | None
    bound: Bound
    unit: str
    counted: str | None
    category: FigureCategory
    claimed_by: str | None
    span: Passage
    match: MatchStatus
    # The actor (article id) its sentence names nearest it, when no claimant is given: who
    # a figure is "according to" when an article reports a dispute in one breath ("the
    # commission put turnout at 61%, but the opposition counted 48%"). See ``daily.claims``.
    party: str | None = None
    # How it stands beside other counts (``figure_standing``): a part of a count given ("five
    # of the injured"), and the time of its live blog's entry.
    standing: Standing = WHOLE

    @classmethod
    def of(
        cls,
        figure: Figure,
        text: str,
        party: str | None = None,
        placed: Sequence[tuple[int, str]] = (),
        lang: str = "en",
        year: int | None = None,
    ) -> FigureRecord:
        """The record of ``figure``; ``placed`` holds the article's figures as (start,
        category), to tell a part from the whole toll of its kind (``subcounts.own_whole``);
        ``lang`` is the article's language and ``year`` its year (``figure_standing.standing_of``)."""
        return cls(
            id=sys.intern(figure.id),
            text=figure.text,
            value=figure.value,
            value_high=figure.value_high,
            bound=figure.bound,
            unit=sys.intern(figure.unit),
            counted=_key(figure.counted),
            category=figure.category,
            claimed_by=_key(figure.claimed_by),
            span=_passage(text, figure.span, figure.text),
            match=figure.match,
            party=_key(party),
            standing=standing_of(text, figure, placed, lang, year),
        )

    def figure(self) -> Figure:
        return Figure(
            id=self.id,
            text=self.text,
            value=self.value,
            value_high=self.value_high,
            bound=self.bound,
            unit=self.unit,
            counted=self.counted,
            category=self.category,
            claimed_by=self.claimed_by,
            span=Span(start=self.span.start, end=self.span.end),
            match=self.match,
        )


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    """An incident with every field of the briefing's (a story keeps it whole, see
    ``incident``), and its report as the merge compares it: ``evidence`` with the
    article's own actor ids, the figures in its passage (its tolls first) and the actors
    named there (the article's ids)."""

    id: str
    type: IncidentType
    description: str
    location: str | None
    place: str | None
    time: str | None
    date: dt.date | None
    perpetrators: tuple[str, ...]
    targets: tuple[str, ...]
    casualty_figures: tuple[str, ...]
    claimed_by: str | None
    status: IncidentStatus
    evidence: str
    span: Passage
    match: MatchStatus
    report: PackedEvidence
    figures: tuple[FigureRecord, ...]
    named: tuple[str, ...]
    # The named that may tell the event by being at work on it (``ORGANISATION_KINDS``).
    organisations: tuple[str, ...] = ()

    def incident(self) -> Incident:
        return Incident(
            id=self.id,
            type=self.type,
            description=self.description,
            location=self.location,
            place=self.place,
            time=self.time,
            date=self.date,
            perpetrators=list(self.perpetrators),
            targets=list(self.targets),
            casualty_figures=list(self.casualty_figures),
            claimed_by=self.claimed_by,
            status=self.status,
            evidence=self.evidence,
            evidence_span=Span(start=self.span.start, end=self.span.end),
            match=self.match,
        )


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quote that may be among the day's notable ones (see ``quotes.notable``)."""

    text: str
    speaker: str | None
    speaker_as_written: str | None
    start: int
    end: int

    @classmethod
    def of(cls, quote: Quote) -> QuoteRecord:
        return cls(
            quote.text, _key(quote.speaker), quote.speaker_as_written, quote.span.start, quote.span.end
        )


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What the day's merge keeps of one briefed article."""

    meta: ArticleMeta
    engine: str
    actors: tuple[ActorRecord, ...]
    incidents: tuple[IncidentRecord, ...]
    figures: tuple[FigureRecord, ...]
    quotes: tuple[QuoteRecord, ...]
    # What the article says lies where (``containment.containment_in``): a few per article.
    within: tuple[Within, ...] = ()
    # The names it declares of one place (``place_aliases``): "Champfontaine (Feldbrunnen
    # en allemand)", read for every article of the day.
    aliases: tuple[tuple[str, str], ...] = ()
    # The language the article was read in: the English top line quotes only English values.
    language: str = "en"

    @property
    def id(self) -> str:
        return self.meta.id

    def ref(self, passage: Passage) -> SourceRef:
        """A passage of the article, as a merged item cites it."""
        span = sharing_fields_set(Span(start=passage.start, end=passage.end))
        return sharing_fields_set(SourceRef(article_id=self.id, span=span, text=passage.text))


def article_record(article: Article, briefing: Briefing) -> ArticleRecord:
    """The record of one briefed article (the briefing may be dropped afterwards)."""
    meta = article.meta
    parties = figure_parties(article.text, briefing)
    placed = [(f.span.start, f.category) for f in briefing.figures]
    lang = briefing.language or "en"
    year = meta.published.year if meta.published else None
    figures = [
        FigureRecord.of(f, article.text, parties.get(f.id), placed, lang, year) for f in briefing.figures
    ]
    by_id = {f.id: f for f in figures}
    borrowed = places_by_kind(briefing.incidents, briefing.language)
    owners = owner_names(
        [a.name for a in briefing.actors if a.kind == "person"],
        [a.name for a in briefing.actors if a.kind == "organization"],
    )
    return ArticleRecord(
        meta=meta,
        engine=briefing.provenance.engine,
        actors=tuple(ActorRecord.of(a, article.text, owners) for a in briefing.actors),
        incidents=tuple(
            _incident_record(article, briefing, i, by_id, borrowed.get(i.id)) for i in briefing.incidents
        ),
        figures=tuple(figures),
        quotes=tuple(QuoteRecord.of(q) for q in briefing.quotes if notable(q)),
        within=containment_in(
            article.text, briefing.language, ((i.place, i.location) for i in briefing.incidents)
        ),
        aliases=declared_aliases(article.text),
        language=sys.intern(briefing.language),
    )


def _incident_record(
    article: Article,
    briefing: Briefing,
    incident: Incident,
    figures: dict[str, FigureRecord],
    borrowed: str | None = None,
) -> IncidentRecord:
    """One incident and its report: the passage (the evidence sentence and what follows it,
    see ``incident_context``), and the places, words, figures and actors in it; a report
    naming no place is compared at ``borrowed`` (``placed_by_kind``)."""
    context = incident_context(article, incident, briefing.incidents)
    ctx_start, ctx_end = incident.evidence_span.start, incident.evidence_span.start + len(context)
    linked = [figures[f] for f in incident.casualty_figures if f in figures]
    nearby = [f for f in figures.values() if ctx_start <= f.span.start < ctx_end and f not in linked]
    named = actors_named(briefing.actors, article.text, ctx_start, ctx_end)  # two Hales: whose each is
    refs = [*incident.perpetrators, *incident.targets, incident.claimed_by]
    report = report_evidence(
        owner=sys.intern(report_owner(article, incident.evidence_span.start)),  # its article or live entry
        incident=incident if borrowed is None else incident.model_copy(update={"place": borrowed}),
        places=_interned(places_in(context, briefing.language)),
        words=_interned(
            report_words(own_passage(context, incident.evidence_span.end - ctx_start), briefing.language)
        ),
        passage=context,
        figures=linked + nearby,
        actors=(sys.intern(r) for r in refs if r),
        people=(sys.intern(a.id) for a in named if a.kind == "person"),
        name_words=(w for a in named for w in content_words(a.name)),
        language=briefing.language,
        published=(entry_day := live_entry_day(article, incident.evidence_span.start)),
        issued=issued_on(article),
        blog_undated=entry_day is not None and not blog_names_its_day(article.text),
    )
    # The offline engine's description is its evidence sentence: one copy of it.
    evidence = incident.description if incident.evidence == incident.description else incident.evidence
    return IncidentRecord(
        id=sys.intern(incident.id),
        type=incident.type,
        description=incident.description,
        location=_key(incident.location),
        place=_key(incident.place),
        time=_key(incident.time),
        date=incident.date,
        perpetrators=tuple(map(sys.intern, incident.perpetrators)),
        targets=tuple(map(sys.intern, incident.targets)),
        casualty_figures=tuple(map(sys.intern, incident.casualty_figures)),
        claimed_by=_key(incident.claimed_by),
        status=incident.status,
        evidence=evidence,
        span=_passage(article.text, incident.evidence_span, evidence),
        match=incident.match,
        report=PackedEvidence.pack(report),
        figures=tuple(linked + nearby),
        named=tuple(sys.intern(a.id) for a in named),
        organisations=tuple(sys.intern(a.id) for a in named if a.kind in ORGANISATION_KINDS),
    )
