"""Stories across days: each day's incidents kept in the store, and the next day's linked to
them with the daily merge's own matching (``report_pairs.incident_similarity`` across days, the
actors' ``same_actor_groups``), so a week-long story is one story whose changes are named.

A day's incident is ``new`` (no earlier story matches), ``continuing`` (one does and nothing
changed) or ``updated`` (one does and a figure moved, an actor or place is new, or the status
changed). A story seen on the last recorded day and not today is listed once as quiet.
Running a day again replaces that day's rows: it is linked to the days before it only, and
a new story keeps the id the last run gave the same event (its first day and incident id
then), however an article more renumbers the day's incidents. Days after it keep the
links they were recorded with until they are run again themselves.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from summarizer.daily.incidents import ActorMap, candidate_pairs, day_evidence
from summarizer.daily.merge import content_words, one_line, unique
from summarizer.daily.records import ArticleRecord, IncidentRecord
from summarizer.daily.report_pairs import SAME_EVENT_THRESHOLD, incident_similarity
from summarizer.daily.reports import ReportEvidence, report_evidence
from summarizer.daily.story_changes import figure_values, story_changes
from summarizer.daily.story_records import KeptReport, KnownActor, StoryRecord, parsed_records, with_reports
from summarizer.linkage import name_key, rows
from summarizer.models.daily_v2 import (
    DailyBriefing,
    QuietStory,
    Story,
    StoryDay,
    StoryMark,
    StoryStatus,
    StorySummary,
)
from summarizer.store import Store
from summarizer.store.stories import SHARED

# Stories seen within this many days before a day are the ones its incidents may continue.
STORY_WINDOW_DAYS = 14
# A story's actors kept for telling a new one from a known one, and earlier days shown.
KNOWN_ACTORS = 60
EARLIER_DAYS_SHOWN = 30


def _evidence(kept: KeptReport, owner: str) -> ReportEvidence:
    return report_evidence(
        owner=owner,
        incident=kept.incident,
        places=kept.places,
        words=kept.words,
        figures=kept.figures,
        actors=kept.actors,
        people=kept.people,
        name_words=kept.name_words,
    )


class _Today:
    """The day's incidents as the stories see them: each incident's reports (the article's
    record and its incident, from which the evidence with actors by name key, what
    ``_matches`` compares, is made when it is needed) and actors. Nothing is made for every
    report of the day at once: a day of 10,000 articles has about 100,000 reports."""

    def __init__(self, daily: DailyBriefing, records: Sequence[ArticleRecord], actor_map: ActorMap) -> None:
        self.actor_map = actor_map
        self.names = {a.id: name_key(a.name) for a in daily.actors}
        actors = {a.id: a for a in daily.actors}
        by_article = {b.id: b for b in records}
        self.reports: list[list[tuple[ArticleRecord, IncidentRecord]]] = []
        self.actors: list[list[KnownActor]] = []
        for incident in daily.incidents:
            reports, involved = [], list(incident.actors)
            for report in incident.reports:
                source = by_article.get(report.article_id)
                local = (
                    next((i for i in source.incidents if i.id == report.incident_id), None)
                    if source
                    else None
                )
                if source is None or local is None:
                    continue
                named = {actor_map[(source.id, a)] for a in local.named}
                involved += sorted(named | {actor_map[(source.id, a)] for a in local.report.actors})
                reports.append((source, local))
            self.reports.append(reports)
            self.actors.append(
                [
                    KnownActor(
                        name=actors[a].name,
                        kind=actors[a].kind,
                        role=next(iter(actors[a].roles), None),
                        names=actors[a].names,
                    )
                    for a in unique(involved)
                ]
            )

    def evidence(self, number: int) -> dict[ReportEvidence, tuple[ArticleRecord, IncidentRecord]]:
        """The distinct evidence of the reports of the day's incident ``number`` (actors by
        name key), each with its first report. Reports whose evidence is equal score alike
        against any other, so one of them is all that is compared and kept."""
        distinct: dict[ReportEvidence, tuple[ArticleRecord, IncidentRecord]] = {}
        for source, local in self.reports[number]:
            found = day_evidence(source, local, self.actor_map)
            by_name = replace(
                found,
                owner="today",
                actors=frozenset(self.names[a] for a in found.actors),
                people=frozenset(self.names[a] for a in found.people),
            )
            distinct.setdefault(by_name, (source, local))
        return distinct

    def kept(self, number: int) -> list[KeptReport]:
        """What the store keeps of the reports of the day's incident ``number``: one report
        for each distinct evidence (see ``evidence``)."""
        kept = []
        for found, (source, local) in self.evidence(number).items():
            names = {a.id: a.name for a in source.actors}
            kept.append(
                KeptReport(
                    incident=local.incident(),
                    places=sorted(found.places),
                    words=sorted(found.words),
                    figures=[f.figure() for f in local.figures],
                    actors=sorted(found.actors),
                    people=sorted(found.people),
                    name_words=sorted({w for a in local.named for w in content_words(names[a])}),
                )
            )
        return kept


def _matches(today: _Today, latest: Sequence[StoryRecord]) -> dict[int, int]:
    """Today's incident index -> index in ``latest`` of the story it continues: every pair of
    reports the merge's blocking offers scored by the merge's similarity (a later date is no
    evidence against), then one story per incident and one incident per story, best first.
    Equal evidence within one incident or one story is compared once (see ``_Today.evidence``)."""
    if not latest:
        return {}
    items: list[ReportEvidence] = []
    whose: list[tuple[bool, int]] = []  # (is today's, incident or story index)
    for number in range(len(today.reports)):
        found = list(today.evidence(number))
        items += found
        whose += [(True, number)] * len(found)
    for number, record in enumerate(latest):
        earlier = unique(_evidence(k, "earlier") for k in record.reports)
        items += earlier
        whose += [(False, number)] * len(earlier)
    best: dict[tuple[int, int], float] = defaultdict(float)
    for i, j in rows(candidate_pairs(items)):  # two owners: each pair is today's and an earlier one
        (_, a), (_, b) = sorted((whose[i], whose[j]), reverse=True)
        score = incident_similarity(items[i], items[j], across_days=True)
        if score >= SAME_EVENT_THRESHOLD and score > best[(a, b)]:
            best[(a, b)] = score
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for (incident, story), _score in sorted(best.items(), key=lambda pair: (-pair[1], pair[0])):
        if incident not in chosen and story not in taken:
            chosen[incident] = story
            taken.add(story)
    return chosen


def _days_before(day: dt.date, days: int) -> dt.date:
    """``days`` before ``day``, or the calendar's first day (a day in year 1 has no 14 days
    before it, and ``date - timedelta`` raised for it)."""
    return day - dt.timedelta(days=min(days, (day - dt.date.min).days))


def _new_story_ids(
    daily: DailyBriefing,
    today: _Today,
    chosen: dict[int, int],
    before: Sequence[StoryRecord],
    begun: set[str],
) -> dict[int, str]:
    """The id of each of the day's incidents that continues no earlier story: its first day
    and incident id, or, when the day is run again (``before``: what its last run kept), the
    id the last run gave the same event. An article more renumbers the day's incidents, and
    a later day's link to the last run's "day.i1" must still lead to the same event; no new
    story takes an id any run of the day gave another (``begun``: a run may drop an event
    that a later day still links to)."""
    started = [r for r in before if r.since == daily.date]
    again = {n: started[i].story for n, i in _matches(today, started).items() if n not in chosen}
    taken = {r.story for r in before} | set(again.values()) | begun
    ids: dict[int, str] = {}
    for number, incident in enumerate(daily.incidents):
        if number in chosen:
            continue
        story = again.get(number) or f"{daily.date.isoformat()}.{incident.id}"
        suffix = 1
        while number not in again and story in taken:
            suffix += 1
            story = f"{daily.date.isoformat()}.{incident.id}~{suffix}"
        taken.add(story)
        ids[number] = story
    return ids


def link_stories(
    daily: DailyBriefing,
    records: Sequence[ArticleRecord],
    actor_map: ActorMap,
    store: Store,
    tenant: str | None = None,
) -> DailyBriefing:
    """The day with each incident placed in its story, recorded in ``store`` (replacing an
    earlier run of the same day) among the stories of ``tenant`` (a service token's id;
    ``None``: the one desk the CLI and the library share)."""
    day = daily.date
    owner = tenant or SHARED
    warnings: list[str] = []
    if not records:
        # No article given, or every one failed (an endpoint down, a budget spent): the run
        # says nothing about the day's stories, and replacing the day with it would erase
        # what an earlier run kept.
        warnings.append(
            f"no article of the day was briefed: the stories kept for {day} are left as they were"
        )
        return daily.model_copy(update={"warnings": [*daily.warnings, *warnings]})
    earlier = parsed_records(
        store.story_days_between(_days_before(day, STORY_WINDOW_DAYS), day, owner), warnings
    )
    latest: dict[str, StoryRecord] = {}
    for record in earlier:  # oldest first: the last one kept is the story's latest day
        latest[record.story] = record
    stories = list(latest.values())
    today = _Today(daily, records, actor_map)
    chosen = _matches(today, stories)
    last_run = parsed_records(store.story_day_rows(day, owner), warnings)
    fresh = _new_story_ids(daily, today, chosen, last_run, store.story_ids_begun_on(day, owner))
    figures = {f.id: f for f in daily.figures}
    marks: list[StoryMark] = []
    records_of_day: list[StoryRecord] = []  # each with its reports added as it is written
    for number, incident in enumerate(daily.incidents):
        own = [figures[f] for f in incident.figures if f in figures]
        statuses: list[str] = sorted({r.status for r in incident.reports})
        actors = today.actors[number]
        status: StoryStatus = "new"
        changes: list[str] = []
        story, since, shown = fresh.get(number, ""), day, []
        if number in chosen:
            before = stories[chosen[number]]
            story, since = before.story, before.since
            changes = story_changes(before, incident, own, statuses, actors)
            status = "updated" if changes else "continuing"
            shown = [r.day for r in earlier if r.story == story][-EARLIER_DAYS_SHOWN:]
            known = {(a.name, a.kind): a for a in [*before.actors, *actors]}
            actors = list(known.values())[-KNOWN_ACTORS:]
        entry = StoryDay(
            date=day,
            incident=incident.id,
            status=status,
            changes=changes,
            description=incident.description,
            place=incident.place,
            figures=[f"{f.measure}: {figure_values(f)}" for f in own],
            articles=incident.articles,
        )
        marks.append(
            StoryMark(
                incident=incident.id, story=story, status=status, changes=changes, since=since, earlier=shown
            )
        )
        records_of_day.append(
            StoryRecord(
                story=story, since=since, day=entry, statuses=statuses, figures=own, actors=actors, reports=[]
            )
        )
    continued = {m.story for m in marks}
    last_day = store.last_story_day_before(day, owner)
    quiet = []
    # Quiet means "was news on the last recorded day and is not today"; a last day beyond
    # the story window is not a yesterday (months later, in a store another desk also
    # writes to, it would list every story of that old day as news gone quiet).
    if last_day is not None and (day - last_day).days <= STORY_WINDOW_DAYS:
        following = last_day + dt.timedelta(days=1)  # last_day < day: never past the calendar's end
        for record in parsed_records(store.story_days_between(last_day, following, owner), warnings):
            if record.story not in continued:
                quiet.append(
                    QuietStory(story=record.story, last_seen=last_day, description=record.day.description)
                )
    # Each incident's row is made as it is written: a busy day's rows, its reports' evidence
    # as JSON, are too large to hold together beside the day.
    store.replace_story_day(
        day,
        (
            (record.day.incident, record.story, with_reports(record, today.kept(number)))
            for number, record in enumerate(records_of_day)
        ),
        owner,
    )
    warnings += store.take_warnings()
    return daily.model_copy(
        update={"stories": marks, "quiet": quiet, "warnings": [*daily.warnings, *map(one_line, warnings)]}
    )


def list_stories(store: Store, limit: int = 200, tenant: str | None = None) -> list[StorySummary]:
    """``tenant``'s stories (see ``link_stories``), seen most recently first."""
    owner = tenant or SHARED
    latest = parsed_records(store.latest_story_rows(limit, owner), [])
    firsts = store.story_first_days([r.story for r in latest], owner)
    return [
        StorySummary(
            id=r.story,
            first_seen=firsts.get(r.story, (r.since, 1))[0],
            last_seen=r.day.date,
            days=firsts.get(r.story, (r.since, 1))[1],
            status=r.day.status,
            description=r.day.description,
        )
        for r in latest
    ]


def story_timeline(store: Store, story: str, tenant: str | None = None) -> Story | None:
    """One of ``tenant``'s stories, day by day; ``None`` when the store holds no readable
    day of it (another tenant's story is as absent as one that never was)."""
    days = [r.day for r in parsed_records(store.story_rows(story, tenant or SHARED), [])]
    if not days:
        return None
    return Story(
        id=story,
        first_seen=days[0].date,
        last_seen=days[-1].date,
        description=days[-1].description,
        days=days,
    )
