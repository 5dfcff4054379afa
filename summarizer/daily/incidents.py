"""One entry per real-world event: incidents of every article clustered on positive
evidence (type family, place, time, wording), never two of one article, with their figures."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from summarizer.daily.cluster_evidence import ClusterEvidence
from summarizer.daily.evacuated_spots import with_evacuations_joined
from summarizer.daily.figure_adoption import adopted_figures
from summarizer.daily.figures import figure_groups
from summarizer.daily.kinds import (
    CHAINED_TYPES,
    HARM_TYPES,
    HAZARD_TYPES,
    NATIONAL_VOTE_KIND,
    RESPONSE_TYPES,
    event_family,
    response_and_hazard,
)
from summarizer.daily.live_entries import one_article_apart
from summarizer.daily.measures import measure_block_key
from summarizer.daily.merge import id_order, unique
from summarizer.daily.named_bodies import day_bodies
from summarizer.daily.one_place_prior import join_alike_at_one_place
from summarizer.daily.pair_evidence import hazards_of_one_kind, kinds_clash
from summarizer.daily.passages import ENTRY_MARK
from summarizer.daily.place_keys import COUNTRY_NAMES
from summarizer.daily.place_variants import one_key_per_region
from summarizer.daily.places import Levels, Within
from summarizer.daily.report_pairs import SAME_EVENT_THRESHOLD, incident_similarity
from summarizer.daily.reports import ReportEvidence
from summarizer.daily.seconds_elsewhere import with_firsts_elsewhere, with_seconds_read
from summarizer.daily.set_apart import SetApart
from summarizer.daily.signs_of_two import placed_apart
from summarizer.daily.site_crimes import tells_a_crime
from summarizer.linkage import Clusters, block_pairs, rows, unique_pairs
from summarizer.models.common import sharing_fields_set
from summarizer.models.daily_v2 import (
    DailyFigure,
    DailyIncident,
    IncidentReport,
)
from summarizer.text.dates import days_apart

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, IncidentRecord

ActorMap = dict[tuple[str, str], str]


def candidate_pairs(items: Sequence[ReportEvidence]) -> np.ndarray:
    """Pairs worth scoring: two articles, compatible types, and a shared place unless one of
    them names none or only a country. Every other pair is incompatible (see ``incompatible``), so blocking
    on type family and place loses nothing; blocks are bounded (``block_pairs``). In a
    bounded block, reports of one event also meet through the figures they give."""

    @cache
    def likeness(index: int) -> tuple[object, ...]:
        item = items[index]
        return (
            item.type,
            str(item.date or ""),
            sorted(item.weekdays),
            item.place or "",
            sorted(item.places),
            sorted(f"{name}={value}" for name, value in item.measures),
            item.words,  # in order already: kept so, not copied for each report
        )

    def blocks() -> Iterator[np.ndarray]:
        by_family: dict[str, list[int]] = defaultdict(list)
        for index, item in enumerate(items):
            by_family[event_family(item.type)].append(index)
            # Harm may be of a disaster or accident too, and so may a decision that tells
            # one ("mourning after the earthquake": ``reports.response_to_hazard``).
            if item.type in HARM_TYPES or (
                item.type in RESPONSE_TYPES and item.kind not in (None, NATIONAL_VOTE_KIND)
            ):
                for hazard in HAZARD_TYPES:
                    by_family[event_family(hazard)].append(index)
            elif item.type in HAZARD_TYPES and item.kind:
                # A fire typed a disaster may be one typed an accident (``hazards_of_one_kind``).
                for hazard in HAZARD_TYPES - {item.type}:
                    by_family[event_family(hazard)].append(index)
            # An event and what it led to: a flood and its evacuation (``one_chain``).
            for pair in CHAINED_TYPES:
                if item.type in pair:
                    (other,) = pair - {item.type}
                    by_family[event_family(other)].append(index)
        # A report naming no place, or only a country or a county naming no town of it, may
        # be of any event of its family there (a country holds places the gazetteer cannot
        # place, a county towns no article places, see ``places_compatible``).
        placeless = np.array(
            [
                not (item.places or item.place)
                or item.place in COUNTRY_NAMES
                or item.levels.vague
                or item.kind == NATIONAL_VOTE_KIND
                for item in items
            ],
            dtype=bool,
        )
        # The places the day's reports name: a sub-phrase of a place's name is a block key
        # only when it is one of them ("arlo" of "arlo dam" when a report names Arlo).
        named = {place for item in items for place in item.places} | {i.place for i in items if i.place}
        for members in by_family.values():
            by_key: dict[object, list[int]] = defaultdict(list)
            for index in members:
                item = items[index]
                for key in item.places | (_named_parts(item.place) & named):
                    by_key[key].append(index)
                for name, value in item.measures:
                    by_key[measure_block_key(name, value)].append(index)
            yield from (block_pairs(block, likeness) for block in by_key.values())
            if placeless[members].any():
                family = block_pairs(members, likeness)
                yield family[placeless[family[:, 0]] | placeless[family[:, 1]]]

    articles: dict[str, int] = {}
    owners = np.array([articles.setdefault(item.owner, len(articles)) for item in items], dtype=np.int64)
    return unique_pairs(blocks(), owners)


_MOST_PART_WORDS = 6


def _named_parts(place: str | None) -> set[str]:
    """A report's own place and the places its name holds ("arlo dam": "arlo", "dam", "arlo
    dam"), as block keys: a report of the Arlo Dam meets one of Arlo (``places_compatible``)."""
    if not place:
        return set()
    words = place.split()
    # Parts of a few words: a place's name is short, and every part of a hostile name of
    # thousands of words would be cubic in its length. The whole name is a key too.
    return {" ".join(words)} | {
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, min(i + _MOST_PART_WORDS, len(words)) + 1)
    }


def _cluster(items: Sequence[ReportEvidence]) -> list[list[int]]:
    """Greedy best-first merging; a cluster never holds two incidents of one article (but
    two entries of a blog that continue each other, ``live_entries``), nor
    two incidents with evidence against their being the same event."""
    candidates = candidate_pairs(items)
    scores = np.fromiter(
        (incident_similarity(items[i], items[j]) for i, j in rows(candidates)),
        dtype=np.float64,
        count=len(candidates),
    )
    kept = scores >= SAME_EVENT_THRESHOLD
    pairs, scores = candidates[kept], scores[kept]
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0], -scores))]  # best first, then in order
    clusters = Clusters([item.owner for item in items])
    asides = SetApart(items, rows(pairs))
    # What ``incompatible`` reads, per cluster: the dates and weekdays its members may be of,
    # and its members' distinct place readings (``ClusterEvidence``).
    # Made when first needed: a root never joined is the item itself.
    evidence: dict[int, ClusterEvidence] = {}
    for i, j in rows(pairs):
        ri, rj = clusters.groups.find(i), clusters.groups.find(j)
        if ri == rj or clusters.share_an_owner(ri, rj):
            continue
        if one_article_apart(items, clusters.members[ri], clusters.members[rj]):
            continue  # two entries of one blog that do not continue each other
        if asides.keeps_apart(clusters, ri, rj, i, j):
            continue  # a report of the event an aside is set apart from (``set_apart``)
        left = evidence.pop(ri, None) or ClusterEvidence.of(items[ri])
        right = evidence.pop(rj, None) or ClusterEvidence.of(items[rj])
        # A pair of two kinds scored at all shared strong evidence (``incident_similarity``):
        # its clusters' kinds are then no evidence against it.
        a, b = items[i], items[j]
        responded = response_and_hazard(a.type, b.type) or hazards_of_one_kind(a, b)
        if left.conflicts(right, kinds=not kinds_clash(a, b), responded=responded):
            evidence[ri], evidence[rj] = left, right
            continue
        evidence[clusters.join(ri, rj)] = left.combined(right)
    # What the specifics left apart, the day's whole picture may join (``one_place_prior``),
    # and an evacuation the one hazard at its spot (``evacuated_spots``).
    alike = join_alike_at_one_place(items, clusters.groups.groups(), candidates)
    return with_evacuations_joined(items, alike, candidates)


def day_evidence(source: ArticleRecord, incident: IncidentRecord, actor_map: ActorMap) -> ReportEvidence:
    """A report's evidence with its actors as the day's actors (``actor_map``), in its
    article's language."""
    report = incident.report
    unpacked = report.unpack(
        actors=(actor_map[(source.id, a)] for a in report.actors),
        people=(actor_map[(source.id, a)] for a in report.people),
        organisations=(actor_map[(source.id, a)] for a in incident.organisations),
    )
    return replace(unpacked, language=source.language)


def with_places_of_the_day(items: list[ReportEvidence], within: Iterable[Within]) -> list[ReportEvidence]:
    """Each report placed somewhere, with what the day's articles say of its place: the
    places any report placed there names beside it (one wire says "near Sagunto, in the
    Valencia region", so a local report of Sagunto that names no region is compatible with
    a radio's report placed only in the province of Valencia), the places an article says
    hold it ("ASHBY, Northfield -", "St Olaf's Hospital in Ashby": ``containment.containment_in``)
    and theirs in turn, and the level that makes a place hold towns when any report names
    it so ("dans le département": the Rhône is one). Two towns each said to lie in one region
    stay two places: neither is said to hold the other (``places_compatible``)."""
    beside: dict[str, set[str]] = defaultdict(set)
    levels: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if item.place and item.place not in COUNTRY_NAMES:
            beside[item.place] |= item.places - {item.place}
            if item.levels.level:
                levels[item.place].add(item.levels.level)
    holders: dict[str, set[str]] = defaultdict(set)
    # "Pic Ardent, Zermatten" and "Zermatten, Valais": the peak lies in Valais too.
    written_in: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if item.place:
            written_in[item.place] |= item.held_by
    for inner, outer, level in within:
        words = inner.split()
        # "st olaf s hospital" holds for a report placed at "st olaf s" too
        for key in {inner, " ".join(words[:-1]) if len(words) > 2 else inner}:
            holders[key].add(outer)
        if level:
            levels[outer].add(level)
    found = []
    for item in items:
        place = item.place or ""
        held = holders.get(place, set())
        held = held | {far for near in held for far in holders.get(near, ())}
        extra = (beside.get(place, set()) | held) - item.places
        known = levels.get(place, set())
        level = item.levels.level or (next(iter(known)) if len(known) == 1 else None)
        vague = item.levels.vague if item.levels.level else item.places <= {place}
        held_in = frozenset(f"{lvl}:{outer}" for outer in held for lvl in levels.get(outer) or ["?"])
        held_by = item.held_by.union(
            *(written_in.get(near, set()) | holders.get(near, set()) for near in item.held_by)
        )
        if extra or level != item.levels.level or held_in or held_by != item.held_by:
            named = {w for outer in extra for w in outer.split()} & set(item.words)
            item = replace(
                item,
                places=item.places | extra,
                held_by=held_by,
                plain=tuple({*item.plain, *named}),
                levels=Levels(level, held_in, vague),
            )
        found.append(item)
    return found


def as_dated_where_two(items: list[ReportEvidence]) -> list[ReportEvidence]:
    """Each report with a day told by its article's ("confirmó ayer", ``weekdays_as_dated``)
    read as of the day its article is dated only, at a place where some report says the day
    holds two events ("a second outbreak", "in einem anderen Fall"): there the days are what
    tell them apart, and a digest's next-morning bulletin is no reason to blur them."""
    two = {item.place for item in items if item.says_another and item.place}
    # An undated blog's entry is of the day it was filed under or the one before; where the
    # day's reports tell one such event of each of two days (``_places_of_two_days``), it is
    # read as filed: the day before is the other event's.
    two_days = _places_of_two_days(items)
    return [
        replace(item, weekdays=item.weekdays_as_dated, weekdays_as_dated=frozenset())
        if item.weekdays_as_dated
        and (item.place in two or (item.place in two_days and ENTRY_MARK in item.owner))
        else item
        for item in items
    ]


def _places_of_two_days(items: list[ReportEvidence]) -> set[str]:
    """The places where reports of one type firmly dated (no day by their telling) name two
    days apart: a drone stoppage "dimanche soir" and another "am Montagabend" at one airport.
    There an entry of a blog that names no day is read as of the day it was filed under
    only, not of the day before as well (``day_parts.day_told_late``)."""
    # Each set of days once: a live blog's thousands of entries name a handful of them, and
    # comparing the entries pairwise would be quadratic in the blog's length.
    firm: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    for item in items:
        if item.place and item.weekdays and not item.weekdays_as_dated:
            firm[(item.place, item.type)].add(item.weekdays)
    return {place for (place, _), told in firm.items() if any(days_apart(a, b) for a in told for b in told)}


def _name_bodies(
    evidence: list[ReportEvidence],
    found: Sequence[tuple[ArticleRecord, IncidentRecord]],
    items: Sequence[ArticleRecord],
    actor_map: ActorMap,
) -> None:
    """The day's bodies each report of an event typed "other" names in its evidence (an
    announcement, a closure: what sets it apart is whose it is, ``named_bodies``). A crime
    is its unknown doers' (``site_crimes.tells_a_crime``): a body its report tells it on the
    word of ("según la empresa de alquiler ...", "selon l'assureur ...") is no party to it,
    where a company is as often the teller of its own closure ("according to Kestrel Mills,
    its plant will close")."""
    others = [n for n, (_, incident) in enumerate(found) if incident.type == "other"]
    if not others:
        return
    index = day_bodies(items, actor_map)
    for n in others:
        named = index.named_in(found[n][1].evidence, sources=not tells_a_crime(evidence[n]))
        evidence[n] = replace(evidence[n], bodies=named)


def merge_incidents(
    items: Sequence[ArticleRecord], actor_map: ActorMap
) -> tuple[list[DailyIncident], list[DailyFigure]]:
    """Daily incidents in reading order of their first report, and every figure grouped by
    incident and measure (figures linked to no incident come last, one group per source)."""
    found = [(source, incident) for source in items for incident in source.incidents]
    # The reports' evidence with the day's actors, only while they are compared: the
    # day's output is made after, without them.
    # One key for a region the day names in two languages ("Pirineos Atlánticos").
    told, within = one_key_per_region(
        [day_evidence(source, incident, actor_map) for source, incident in found],
        [w for source in items for w in source.within],
        [pair for source in items for pair in source.aliases],
    )
    evidence = as_dated_where_two(with_places_of_the_day(told, within))
    evidence = with_seconds_read(evidence, [incident.evidence for _, incident in found])
    evidence = with_firsts_elsewhere(evidence, placed_apart)
    _name_bodies(evidence, found, items, actor_map)
    clusters = _cluster(evidence)
    actors = [sorted({a for i in members for a in evidence[i].actors}, key=id_order) for members in clusters]
    del evidence
    incidents: list[DailyIncident] = []
    figures: list[DailyFigure] = []
    # A figure one incident gives as its toll is never another's passer-by.
    claimed = {(b.id, f) for b in items for i in b.incidents for f in i.casualty_figures}
    adopted = adopted_figures(items, [[found[i] for i in members] for members in clusters])
    for number, members in enumerate(clusters, start=1):
        group = [found[i] for i in members]
        daily_id = f"i{number}"
        first = group[0][1]
        reports = [
            sharing_fields_set(
                IncidentReport(
                    article_id=source.id,
                    incident_id=g.id,
                    type=g.type,
                    description=g.description,
                    location=g.location,
                    time=g.time,
                    status=g.status,
                    claimed_by=actor_map.get((source.id, g.claimed_by or "")),
                    evidence=source.ref(g.span),
                )
            )
            for source, g in group
        ]
        figure_ids: list[str] = []
        # The figures in the reports' passages, with the incidents' tolls first: one group
        # per measure under the incident, not one loose line per source.
        linked = [(source, f) for source, g in group for f in g.figures if f.id in g.casualty_figures]
        firm = {(source.id, f.id) for source, f in linked}
        nearby = [
            (source, f)
            for source, g in group
            for f in g.figures
            if (source.id, f.id) not in firm and (source.id, f.id) not in claimed
        ]
        linked += nearby + adopted.get(number - 1, [])
        for figure in figure_groups(linked, actor_map, daily_id, len(figures) + 1, firm):
            figures.append(figure)
            figure_ids.append(figure.id)
        claimed |= {(source.id, f.id) for source, f in linked}
        types = unique(g.type for _, g in group)
        incidents.append(
            DailyIncident(
                id=daily_id,
                type=Counter(g.type for _, g in group).most_common(1)[0][0],
                types=types,
                description=first.description,
                place=next((g.place for _, g in group if g.place), None),
                time=next((g.time for _, g in group if g.time), None),
                date=next((g.date for _, g in group if g.date), None),
                actors=actors[number - 1],
                figures=figure_ids,
                reports=reports,
                articles=unique(source.id for source, _ in group),
            )
        )
    # Figures of no incident's passage, by measure within their article only: an article
    # may report a dispute away from its events ("the hackers claim 300,000 files; the
    # hospital says no patient data left its servers"), but two articles' loose figures
    # have nothing to tell they count one thing.
    for source in items:
        loose = [(source, f) for f in source.figures if (source.id, f.id) not in claimed]
        if loose:
            figures += figure_groups(loose, actor_map, None, len(figures) + 1)
    return incidents, figures
