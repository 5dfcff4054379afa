"""Scoring the daily merge against gold day bundles.

A day bundle (``evals/days/*.json``) is a day of short articles, each with its briefing
written out by hand (items given as text found in the article), and gold saying which
reports are one event, which names one actor, which figure groups truly conflict and
which events must not merge. The merge is scored alone: no engine runs, so the figures
move only when the merge does.

Scores: pairwise precision, recall and F1 of incident and actor clustering (over pairs of
items of different articles), conflict precision and recall (a flagged figure group is
right when it holds figures of one gold conflict from two articles), and the number of
must-not-merge pairs found in one incident.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.daily.actors import merge_actors
from summarizer.daily.merge import Briefed
from summarizer.models import Actor, Briefing, Figure, Incident, Provenance, Quote
from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing

Ref = str  # "article id:local item id"


def _span(text: str, part: str) -> Span:
    start = text.find(part)
    if start < 0:
        raise ValueError(f"{part!r} is not in the article")
    return Span(start=start, end=start + len(part))


def bundle_article(entry: dict[str, Any], day: dt.date) -> Briefed:
    """One article of a bundle and its hand-written briefing."""
    text: str = entry["text"]
    article = Article(id=entry["id"], text=text, source=entry.get("source"), published=day)
    briefing = Briefing(
        article=article.meta,
        summary="One. Two.",
        actors=[
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                role=a.get("role"),
                canonical_name=a.get("canonical_name"),
                mentions=[_span(text, a["name"])],
            )
            for a in entry.get("actors", [])
        ],
        figures=[
            Figure(**{"unit": "count", "bound": "exact", **f}, span=_span(text, f["text"]))
            for f in entry.get("figures", [])
        ],
        incidents=[
            Incident(
                **{k: v for k, v in i.items() if k != "evidence"},
                description=i["evidence"],
                evidence=i["evidence"],
                evidence_span=_span(text, i["evidence"]),
            )
            for i in entry.get("incidents", [])
        ],
        quotes=[
            Quote(
                id=f"q{n}",
                text=q["text"],
                speaker=q.get("speaker"),
                kind=q.get("kind", "direct"),
                span=_span(text, q["text"]),
            )
            for n, q in enumerate(entry.get("quotes", []), start=1)
        ],
        provenance=Provenance(engine="extractive", created_at=dt.datetime.now(dt.UTC)),
    )
    return Briefed(article, briefing)


@dataclass(frozen=True)
class DayBundle:
    name: str
    date: dt.date
    briefed: list[Briefed]
    events: list[list[Ref]]
    actors: list[list[Ref]]
    conflicts: list[list[Ref]]
    must_not_merge: list[tuple[Ref, Ref]]

    @classmethod
    def load(cls, path: Path) -> DayBundle:
        data = json.loads(path.read_text(encoding="utf-8"))
        day = dt.date.fromisoformat(data["date"])
        gold = data["gold"]
        return cls(
            name=path.stem,
            date=day,
            briefed=[bundle_article(entry, day) for entry in data["articles"]],
            events=gold.get("events", []),
            actors=gold.get("actors", []),
            conflicts=gold.get("conflicts", []),
            must_not_merge=[(a, b) for a, b in gold.get("must_not_merge", [])],
        )


@dataclass(frozen=True)
class PairScore:
    true_positive: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PairScore) -> PairScore:
        return PairScore(
            self.true_positive + other.true_positive, self.predicted + other.predicted, self.gold + other.gold
        )


@dataclass(frozen=True)
class ConflictScore:
    """Flagged figure groups that are true conflicts, and gold conflicts that were flagged."""

    right: int
    flagged: int
    found: int
    gold: int

    @property
    def precision(self) -> float:
        return self.right / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def __add__(self, other: ConflictScore) -> ConflictScore:
        return ConflictScore(
            self.right + other.right,
            self.flagged + other.flagged,
            self.found + other.found,
            self.gold + other.gold,
        )


@dataclass(frozen=True)
class DayScore:
    incidents: PairScore
    actors: PairScore
    conflicts: ConflictScore
    must_not_merge_violations: int

    @classmethod
    def zero(cls) -> DayScore:
        return cls(PairScore(0, 0, 0), PairScore(0, 0, 0), ConflictScore(0, 0, 0, 0), 0)

    def __add__(self, other: DayScore) -> DayScore:
        return DayScore(
            self.incidents + other.incidents,
            self.actors + other.actors,
            self.conflicts + other.conflicts,
            self.must_not_merge_violations + other.must_not_merge_violations,
        )


def _pairs(clusters: Iterable[Iterable[Ref]]) -> set[frozenset[Ref]]:
    """Pairs of items of different articles placed in one cluster."""
    return {
        frozenset((a, b))
        for cluster in clusters
        for a, b in combinations(sorted(set(cluster)), 2)
        if a.split(":")[0] != b.split(":")[0]
    }


def pairwise(predicted: Iterable[Iterable[Ref]], gold: Iterable[Iterable[Ref]]) -> PairScore:
    found, truth = _pairs(predicted), _pairs(gold)
    return PairScore(len(found & truth), len(found), len(truth))


def _conflict_score(flagged: Sequence[set[Ref]], gold: Sequence[list[Ref]]) -> ConflictScore:
    def matches(group: set[Ref], conflict: list[Ref]) -> bool:
        shared = group & set(conflict)
        return len({ref.split(":")[0] for ref in shared}) >= 2

    right = sum(any(matches(group, c) for c in gold) for group in flagged)
    found = sum(any(matches(group, c) for group in flagged) for c in gold)
    return ConflictScore(right, len(flagged), found, len(gold))


def score_day(bundle: DayBundle, day: DailyBriefing) -> DayScore:
    """The merged day against the bundle's gold."""
    incident_clusters = [[f"{r.article_id}:{r.incident_id}" for r in i.reports] for i in day.incidents]
    _, actor_map = merge_actors(bundle.briefed)
    by_daily: dict[str, list[Ref]] = {}
    for (article_id, local), daily in actor_map.items():
        by_daily.setdefault(daily, []).append(f"{article_id}:{local}")
    figure_at = {
        (b.article.id, f.span.start): f"{b.article.id}:{f.id}"
        for b in bundle.briefed
        for f in b.briefing.figures
    }
    flagged = [
        {figure_at[(v.source.article_id, v.source.span.start)] for v in figure.values}
        for figure in day.figures
        if figure.conflict
    ]
    cluster_of = {ref: n for n, cluster in enumerate(incident_clusters) for ref in cluster}
    violations = sum(
        1 for a, b in bundle.must_not_merge if a in cluster_of and cluster_of.get(a) == cluster_of.get(b)
    )
    return DayScore(
        incidents=pairwise(incident_clusters, bundle.events),
        actors=pairwise(by_daily.values(), bundle.actors),
        conflicts=_conflict_score(flagged, bundle.conflicts),
        must_not_merge_violations=violations,
    )


def score_days(folder: Path) -> dict[str, DayScore]:
    """Every bundle in ``folder`` merged and scored, by name."""
    from summarizer.config import Settings
    from summarizer.daily import merge_briefings

    settings = Settings(engine="extractive")
    scores = {}
    for path in sorted(folder.glob("*.json")):
        bundle = DayBundle.load(path)
        scores[bundle.name] = score_day(
            bundle, merge_briefings(bundle.briefed, bundle.date, settings=settings)
        )
    return scores


def format_scores(scores: dict[str, DayScore]) -> str:
    """One line per day and one for all days together."""
    lines = ["day  incidents P/R/F1  actors P/R/F1  conflicts P/R  must-not-merge"]
    for name, score in scores.items():
        lines.append(_line(name, score))
    lines.append(_line("all", sum(scores.values(), start=DayScore.zero())))
    return "\n".join(lines)


def _line(name: str, s: DayScore) -> str:
    i, a, c = s.incidents, s.actors, s.conflicts
    return (
        f"{name}  {i.precision:.2f}/{i.recall:.2f}/{i.f1:.2f}  {a.precision:.2f}/{a.recall:.2f}/{a.f1:.2f}"
        f"  {c.precision:.2f}/{c.recall:.2f}  {s.must_not_merge_violations}"
    )
