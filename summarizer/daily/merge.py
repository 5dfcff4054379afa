"""Merging one day's briefings: one entry per real-world actor, event and statement.

Every merged item keeps each source as (article id, span). Matching is deliberately
conservative: two items merge only on positive evidence (a shared name, place, figure or
wording), and two items from the same article never merge into one event or quote, since
each briefing already lists that article's distinct events.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from summarizer.article import Article
from summarizer.linkage import Clusters, UnionFind, block_pairs, name_key, rows, unique_pairs
from summarizer.models import Actor, Briefing, Figure, Incident
from summarizer.models.common import Span
from summarizer.models.daily_v1 import (
    DailyActor,
    DailyFigure,
    DailyIncident,
    DailyQuote,
    FigureValue,
    IncidentReport,
    QuoteSource,
    SourceRef,
)
from summarizer.text.dates import weekday_in
from summarizer.text.gazetteer import (
    COUNTRIES,
    COUNTRY_ALIASES,
    COUNTRY_BY_DEMONYM,
    canonical,
    known_places_in,
)
from summarizer.text.normalize import normalize
from summarizer.text.places import NOT_PLACE, PLACE
from summarizer.text.segment import split_sentences
from summarizer.text.terms import is_term
from summarizer.text.vocabulary import KINETIC_EVENTS, same_event_family

# An incident pair must score at least this to be one event (see ``incident_similarity``).
SAME_EVENT_THRESHOLD = 0.45
# Quotes of at least this many words may match fuzzily (two translations of one statement);
# shorter ones ("all", "strategic failure") must match exactly.
FUZZY_QUOTE_MIN_WORDS = 6
CONTEXT_SENTENCES = 3
# A daily actor links to passages naming it in its first articles only; ``articles`` lists
# them all. One named by every article of a busy day would otherwise carry tens of
# thousands of links, most of the day's memory.
MENTIONS_FROM_ARTICLES = 25
MENTIONS_PER_ARTICLE = 3
# Up to this many long quotes are compared all-pairs (in C); more are compared within
# blocks of quotes sharing a distinctive word.
FUZZY_ALL_PAIRS_MAX = 2000
_STOPWORDS_TEXT = (
    "the a an and or of in on at to for from by with that this was were is are be been has have "
    "had said says after before their its his her they them which who what when where while also "
    "about into over than more most other some such only there these those would could will"
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_TEXT = re.compile(r"\S")
WEAPON_CATEGORIES = frozenset({"launched", "intercepted", "destroyed"})
COUNTRY_NAMES = frozenset(n.casefold() for n in [*COUNTRIES, *COUNTRY_ALIASES.values(), *COUNTRY_BY_DEMONYM])


@dataclass(frozen=True)
class Briefed:
    """An article and its briefing: what merging reads."""

    article: Article
    briefing: Briefing


def source_ref(article: Article, span: Span) -> SourceRef:
    return SourceRef(article_id=article.id, span=span, text=article.text[span.start : span.end])


# --------------------------------------------------------------------------- actors


@dataclass
class _ActorItem:
    source: Briefed
    actor: Actor

    @cached_property
    def names(self) -> list[str]:
        return [n for n in (self.actor.canonical_name, self.actor.name, *self.actor.aliases) if n]

    @cached_property
    def keys(self) -> set[str]:
        return {name_key(n) for n in self.names}


def _same_person(a: _ActorItem, b: _ActorItem) -> bool:
    """Surname alone matches the one full name; full names match on a near-equal first name."""
    if a.actor.kind != "person" or b.actor.kind != "person":
        return False
    for x in a.keys:
        for y in b.keys:
            xs, ys = x.split(), y.split()
            if xs[-1] != ys[-1]:
                continue
            if len(xs) == 1 or len(ys) == 1:
                return True
            if fuzz.ratio(" ".join(xs[:-1]), " ".join(ys[:-1])) >= 80:  # Vitali / Vitaly
                return True
    return False


def merge_actors(items: Sequence[Briefed]) -> tuple[list[DailyActor], dict[tuple[str, str], str]]:
    """Daily actors, and a map from (article id, local actor id) to the daily actor id."""
    flat = [_ActorItem(b, a) for b in items for a in b.briefing.actors]
    groups = UnionFind(len(flat))
    by_key: dict[str, int] = {}
    for index, item in enumerate(flat):
        for key in item.keys:
            if key in by_key:
                groups.union(index, by_key[key])
            else:
                by_key[key] = index
    # People are compared only with people who share a surname, and each spelling once:
    # whether two people match depends on their names alone, so a name repeated by every
    # article of the day is one comparison, not one per pair of articles.
    by_surname: dict[str, dict[frozenset[str], int]] = defaultdict(dict)
    for index, item in enumerate(flat):
        if item.actor.kind == "person":
            for surname in {key.split()[-1] for key in item.keys if key}:
                by_surname[surname].setdefault(frozenset(item.keys), index)
    for spellings in by_surname.values():
        people = list(spellings.values())
        for n, i in enumerate(people):
            for j in people[n + 1 :]:
                if groups.find(i) != groups.find(j) and _same_person(flat[i], flat[j]):
                    groups.union(i, j)

    actors: list[DailyActor] = []
    local_to_daily: dict[tuple[str, str], str] = {}
    for number, members in enumerate(groups.groups(), start=1):
        daily_id = f"a{number}"
        group = [flat[i] for i in members]
        names = _unique(n for item in group for n in item.names)
        primary = Counter(canonical(item.actor.canonical_name or item.actor.name) for item in group)
        kind = Counter(item.actor.kind for item in group).most_common(1)[0][0]
        mentions = [
            source_ref(item.source.article, span)
            for item in group[:MENTIONS_FROM_ARTICLES]
            for span in item.actor.mentions[:MENTIONS_PER_ARTICLE]
        ]
        actors.append(
            DailyActor(
                id=daily_id,
                name=max(primary, key=lambda n: (primary[n], len(n))),
                kind=kind,
                roles=_unique(item.actor.role for item in group if item.actor.role),
                names=names,
                articles=_unique(item.source.article.id for item in group),
                mentions=mentions,
            )
        )
        for item in group:
            local_to_daily[(item.source.article.id, item.actor.id)] = daily_id
    return actors, local_to_daily


# --------------------------------------------------------------------------- figures


def measure_of(figure: Figure) -> str | None:
    """What a figure measures, comparable across sources: 'killed:civilian', 'weapons:drone'.

    Launched, intercepted and destroyed counts of the same weapon are one measure, because
    reports routinely give one as the other ("15 missiles, all destroyed").
    """
    group = "weapons" if figure.category in WEAPON_CATEGORIES else figure.category
    if figure.unit != "count":
        return f"{group}:{figure.unit}"
    if not figure.counted:
        return None
    head = re.sub(r"[^a-z]", "", figure.counted.split()[-1].lower())
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return f"{group}:{head}" if head else None


def interval(value: FigureValue) -> tuple[float, float]:
    """The range of true values a reported figure allows."""
    if value.value is None:
        return (-math.inf, math.inf)
    low, high = value.value, value.value_high if value.value_high is not None else value.value
    match value.bound:
        case "at_least":
            return (low, math.inf)
        case "more_than":
            return (math.nextafter(low, math.inf), math.inf)
        case "at_most":
            return (-math.inf, high)
        case "fewer_than":
            return (-math.inf, math.nextafter(high, -math.inf))
        case "approximately":
            return (low * 0.9, high * 1.1)
        case _:
            return (low, high)


def values_conflict(values: Sequence[FigureValue]) -> bool:
    """True when no single true value is consistent with every source."""
    ranges = [interval(v) for v in values]
    return max(r[0] for r in ranges) > min(r[1] for r in ranges)


# --------------------------------------------------------------------------- incidents


@dataclass
class _IncidentItem:
    source: Briefed
    incident: Incident
    context: str
    places: set[str]
    words: set[str]
    figures: list[Figure]
    actors: set[str] = field(default_factory=set)
    article_id: str = field(init=False)
    type: str = field(init=False)
    date: dt.date | None = field(init=False)
    weekday: str | None = field(init=False)

    def __post_init__(self) -> None:
        # Read in every pair comparison: computed once here.
        self.article_id = self.source.article.id
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
    def measure_names(self) -> set[str]:
        return {m for m, _ in self.measures}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z\-]{3,}", normalize(text)) if w not in STOPWORDS}


def places_in(text: str) -> set[str]:
    """Places named in a passage, countries aside (too coarse to tell two events apart)."""
    found = {m.group("place") for m in PLACE.finditer(text) if m.group("place").split()[0] not in NOT_PLACE}
    found |= {text[start:end] for start, end in known_places_in(text)}
    keys = {name_key(p) for p in found if p.split()[0] not in COUNTRY_BY_DEMONYM}
    return {k for k in keys if k and k not in COUNTRY_NAMES}


def _context(article: Article, incident: Incident) -> str:
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


def _incident_items(items: Sequence[Briefed], actor_map: dict[tuple[str, str], str]) -> list[_IncidentItem]:
    found = []
    for source in items:
        figures = {f.id: f for f in source.briefing.figures}
        for incident in source.briefing.incidents:
            context = _context(source.article, incident)
            ctx_start = incident.evidence_span.start
            ctx_end = ctx_start + len(context)
            linked = [figures[f] for f in incident.casualty_figures if f in figures]
            nearby = [f for f in figures.values() if ctx_start <= f.span.start < ctx_end and f not in linked]
            refs = [*incident.perpetrators, *incident.targets, incident.claimed_by]
            found.append(
                _IncidentItem(
                    source=source,
                    incident=incident,
                    context=context,
                    places=places_in(context),
                    words=_content_words(context),
                    figures=linked + nearby,
                    actors={actor_map[(source.article.id, r)] for r in refs if r},
                )
            )
    return found


def _incompatible(a: _IncidentItem, b: _IncidentItem) -> bool:
    """Evidence that two reports are of different events, whatever else they share."""
    if _family(a.type) != _family(b.type):
        return True
    if a.date and b.date and a.date != b.date:
        return True
    if a.weekday and b.weekday and a.weekday != b.weekday:
        return True
    return bool(a.places and b.places and a.place != b.place and a.places.isdisjoint(b.places))


def incident_similarity(a: _IncidentItem, b: _IncidentItem) -> float:
    """0..1: type (0.2), place (0.25), wording (0.3), shared figures (0.25); 0 if incompatible."""
    if _incompatible(a, b):
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


def _family(incident_type: str) -> str:
    if incident_type in KINETIC_EVENTS:
        return "kinetic"  # every kinetic pair may match (with a lower type score)
    return incident_type


def _candidate_pairs(items: Sequence[_IncidentItem]) -> np.ndarray:
    """Pairs worth scoring: two articles, compatible types, and a shared place unless one of
    them names none. Every other pair is incompatible (see ``_incompatible``), so blocking
    on type family and place loses nothing; blocks are bounded (``block_pairs``). In a
    bounded block, reports of one event also meet through the figures they give."""
    blocks: list[np.ndarray] = []

    @cache
    def likeness(index: int) -> tuple[object, ...]:
        item = items[index]
        return (
            item.type,
            str(item.date or ""),
            item.weekday or "",
            item.place or "",
            sorted(item.places),
            sorted(f"{name}={value}" for name, value in item.measures),
            sorted(item.words),
        )

    by_family: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_family[_family(item.incident.type)].append(index)
    placeless = np.array([not (item.places or item.place) for item in items], dtype=bool)
    for members in by_family.values():
        by_key: dict[object, list[int]] = defaultdict(list)
        for index in members:
            item = items[index]
            for key in item.places | ({item.place} if item.place else set()):
                by_key[key].append(index)
            for measure in item.measures:
                by_key[measure].append(index)
        blocks += [block_pairs(block, likeness) for block in by_key.values()]
        if placeless[members].any():  # a report naming no place may be of any event
            family = block_pairs(members, likeness)
            blocks.append(family[placeless[family[:, 0]] | placeless[family[:, 1]]])
    articles: dict[str, int] = {}
    owners = np.array([articles.setdefault(item.article_id, len(articles)) for item in items], dtype=np.int64)
    return unique_pairs(blocks, owners)


def _cluster(items: Sequence[_IncidentItem]) -> list[list[int]]:
    """Greedy best-first merging; a cluster never holds two incidents of one article, nor
    two incidents with evidence against their being the same event."""
    candidates = _candidate_pairs(items)
    scores = np.fromiter(
        (incident_similarity(items[i], items[j]) for i, j in rows(candidates)),
        dtype=np.float64,
        count=len(candidates),
    )
    kept = scores >= SAME_EVENT_THRESHOLD
    pairs, scores = candidates[kept], scores[kept]
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0], -scores))]  # best first, then in order
    clusters = Clusters([item.article_id for item in items])
    # What ``_incompatible`` reads, per cluster: its date and weekday (one each at most, as
    # its members are compatible) and its members' distinct place readings.
    # Made when first needed: a root never joined is the item itself.
    evidence: dict[int, _Evidence] = {}
    for i, j in rows(pairs):
        ri, rj = clusters.groups.find(i), clusters.groups.find(j)
        if ri == rj or clusters.share_an_owner(ri, rj):
            continue
        left = evidence.pop(ri, None) or _Evidence.of(items[ri])
        right = evidence.pop(rj, None) or _Evidence.of(items[rj])
        if left.conflicts(right):
            evidence[ri], evidence[rj] = left, right
            continue
        evidence[clusters.join(ri, rj)] = left.combined(right)
    return clusters.groups.groups()


@dataclass(frozen=True)
class _Evidence:
    """A cluster's evidence on when and where its event happened."""

    dates: frozenset[dt.date]
    weekdays: frozenset[str]
    places: frozenset[tuple[str | None, frozenset[str]]]  # (place, places) of members naming any

    @classmethod
    def of(cls, item: _IncidentItem) -> _Evidence:
        return cls(
            frozenset({item.date} if item.date else ()),
            frozenset({item.weekday} if item.weekday else ()),
            frozenset({(item.place, frozenset(item.places))} if item.places else ()),
        )

    def conflicts(self, other: _Evidence) -> bool:
        """True when some member of one and some member of the other are ``_incompatible``
        (their types are of one family already: only such pairs are candidates)."""
        if self.dates and other.dates and self.dates != other.dates:
            return True
        if self.weekdays and other.weekdays and self.weekdays != other.weekdays:
            return True
        return any(
            place_a != place_b and places_a.isdisjoint(places_b)
            for place_a, places_a in self.places
            for place_b, places_b in other.places
        )

    def combined(self, other: _Evidence) -> _Evidence:
        return _Evidence(self.dates | other.dates, self.weekdays | other.weekdays, self.places | other.places)


def merge_incidents(
    items: Sequence[Briefed], actor_map: dict[tuple[str, str], str]
) -> tuple[list[DailyIncident], list[DailyFigure]]:
    """Daily incidents in reading order of their first report, and every figure grouped by
    incident and measure (figures linked to no incident come last, one group per source)."""
    flat = _incident_items(items, actor_map)
    incidents: list[DailyIncident] = []
    figures: list[DailyFigure] = []
    claimed: set[tuple[str, str]] = set()
    for number, members in enumerate(_cluster(flat), start=1):
        group = [flat[i] for i in members]
        daily_id = f"i{number}"
        first = group[0].incident
        reports = [
            IncidentReport(
                article_id=g.article_id,
                incident_id=g.incident.id,
                type=g.incident.type,
                description=g.incident.description,
                location=g.incident.location,
                time=g.incident.time,
                status=g.incident.status,
                claimed_by=actor_map.get((g.article_id, g.incident.claimed_by or "")),
                evidence=source_ref(g.source.article, g.incident.evidence_span),
            )
            for g in group
        ]
        figure_ids: list[str] = []
        linked = [(g.source, f) for g in group for f in g.figures if f.id in g.incident.casualty_figures]
        for figure in _figure_groups(linked, actor_map, daily_id, len(figures) + 1):
            figures.append(figure)
            figure_ids.append(figure.id)
        claimed |= {(source.article.id, f.id) for source, f in linked}
        types = _unique(g.incident.type for g in group)
        incidents.append(
            DailyIncident(
                id=daily_id,
                type=Counter(g.incident.type for g in group).most_common(1)[0][0],
                types=types,
                description=first.description,
                place=next((g.incident.place for g in group if g.incident.place), None),
                time=next((g.incident.time for g in group if g.incident.time), None),
                date=next((g.incident.date for g in group if g.incident.date), None),
                actors=sorted({a for g in group for a in g.actors}, key=_id_order),
                figures=figure_ids,
                reports=reports,
                articles=_unique(g.article_id for g in group),
            )
        )
    loose = [
        (source, f)
        for source in items
        for f in source.briefing.figures
        if (source.article.id, f.id) not in claimed
    ]
    for source, unlinked in loose:
        figures += _figure_groups([(source, unlinked)], actor_map, None, len(figures) + 1)
    return incidents, figures


def _figure_groups(
    linked: Sequence[tuple[Briefed, Figure]],
    actor_map: dict[tuple[str, str], str],
    incident_id: str | None,
    first_number: int,
) -> list[DailyFigure]:
    by_measure: dict[str, list[tuple[Briefed, Figure]]] = defaultdict(list)
    for source, figure in linked:
        key = measure_of(figure) or f"{figure.category}:{figure.text}:{source.article.id}:{figure.id}"
        by_measure[key].append((source, figure))
    groups = []
    for offset, (key, members) in enumerate(by_measure.items()):
        values = [
            FigureValue(
                value=f.value,
                value_high=f.value_high,
                bound=f.bound,
                text=f.text,
                counted=f.counted,
                claimed_by=actor_map.get((s.article.id, f.claimed_by or "")),
                source=source_ref(s.article, f.span),
            )
            for s, f in members
        ]
        first = members[0][1]
        measure = key.split(":", 1)[1] if measure_of(first) else (first.counted or first.unit)
        groups.append(
            DailyFigure(
                id=f"f{first_number + offset}",
                measure=f"{measure} ({first.category.replace('_', ' ')})",
                category=first.category,
                unit=first.unit,
                incident=incident_id,
                values=values,
                conflict=values_conflict(values),
                articles=_unique(s.article.id for s, _ in members),
            )
        )
    return groups


# --------------------------------------------------------------------------- quotes


def _quote_pairs(texts: Sequence[str], owners: np.ndarray) -> np.ndarray:
    """Index pairs of quotes from two articles with the same wording: equal after
    normalising, or, for quotes of at least ``FUZZY_QUOTE_MIN_WORDS`` words, near-equal
    (rapidfuzz). Equal quotes form bounded blocks; near-equal ones are looked for all-pairs
    in C up to ``FUZZY_ALL_PAIRS_MAX`` long quotes, beyond that within bounded blocks of
    quotes sharing a distinctive word."""
    norms = [normalize(t).strip(" ,.…") for t in texts]
    by_text: dict[str, list[int]] = defaultdict(list)
    for index, norm in enumerate(norms):
        by_text[norm].append(index)
    found = [block_pairs(same) for same in by_text.values()]
    long = [i for i, norm in enumerate(norms) if len(norm.split()) >= FUZZY_QUOTE_MIN_WORDS]
    if len(long) > FUZZY_ALL_PAIRS_MAX:
        by_word: dict[str, list[int]] = defaultdict(list)
        for i in long:
            for word in _content_words(norms[i]):
                by_word[word].append(i)
        blocks = (block_pairs(block, norms.__getitem__) for block in by_word.values())
        candidates = unique_pairs(blocks, owners)
        near = np.fromiter(
            (_near_equal(norms[i], norms[j]) for i, j in rows(candidates)), dtype=bool, count=len(candidates)
        )
        found.append(candidates[near])
    elif len(long) > 1:
        chosen = [norms[i] for i in long]
        ratio = process.cdist(chosen, chosen, scorer=fuzz.ratio, score_cutoff=70, dtype=np.uint8)
        token_set = process.cdist(
            chosen, chosen, scorer=fuzz.token_set_ratio, score_cutoff=90, dtype=np.uint8
        )
        first, second = np.nonzero(np.triu((ratio > 0) | (token_set > 0), k=1))
        positions = np.asarray(long, dtype=np.int64)
        found.append(np.stack([positions[first], positions[second]], axis=1))
    return unique_pairs(found, owners)  # in order: by first index, then second


def _near_equal(a: str, b: str) -> bool:
    """The thresholds of the all-pairs comparison above, for one pair."""
    return fuzz.ratio(a, b, score_cutoff=70) > 0 or fuzz.token_set_ratio(a, b, score_cutoff=90) > 0


def merge_quotes(
    items: Sequence[Briefed], actor_map: dict[tuple[str, str], str], actor_names: dict[str, str]
) -> list[DailyQuote]:
    """One entry per statement; differently worded translations of it are kept as sources."""
    flat = [
        (source, quote, actor_map.get((source.article.id, quote.speaker or "")))
        for source in items
        for quote in source.briefing.quotes
        # Terms in quotation marks nobody is said to say are not statements of the day.
        if not is_term(quote.text, attributed=quote.speaker is not None or bool(quote.speaker_as_written))
    ]
    clusters = Clusters([source.article.id for source, _, _ in flat])
    # A cluster's speaker, once one of its quotes has one: two speakers never share a quote.
    speaker_of: dict[int, str | None] = {i: speaker for i, (_, _, speaker) in enumerate(flat)}
    articles: dict[str, int] = {}
    owners = np.array([articles.setdefault(s.article.id, len(articles)) for s, _, _ in flat], dtype=np.int64)
    for i, j in rows(_quote_pairs([quote.text for _, quote, _ in flat], owners)):
        ri, rj = clusters.groups.find(i), clusters.groups.find(j)
        if ri == rj or clusters.share_an_owner(ri, rj):
            continue
        speaker_i, speaker_j = speaker_of[ri], speaker_of[rj]
        if speaker_i and speaker_j and speaker_i != speaker_j:
            continue
        speaker = speaker_i or speaker_j
        del speaker_of[ri], speaker_of[rj]
        speaker_of[clusters.join(ri, rj)] = speaker
    quotes = []
    for number, group in enumerate(clusters.groups.groups(), start=1):
        entries = [flat[i] for i in group]
        speaker = next((s for _, _, s in entries if s), None)
        quotes.append(
            DailyQuote(
                id=f"q{number}",
                text=entries[0][1].text,
                speaker=speaker,
                speaker_name=actor_names.get(speaker) if speaker else None,
                sources=[
                    QuoteSource(
                        article_id=source.article.id,
                        text=quote.text,
                        speaker_as_written=quote.speaker_as_written,
                        span=quote.span,
                    )
                    for source, quote, _ in entries
                ],
                articles=_unique(source.article.id for source, _, _ in entries),
            )
        )
    return quotes


T = TypeVar("T")


def _unique(values: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(values))


def _id_order(daily_id: str) -> int:
    return int(daily_id[1:])
