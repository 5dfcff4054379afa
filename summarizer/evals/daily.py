"""Scoring the daily merge against gold day bundles.

A day bundle (``evals/days/*.json``) is a day of short articles, each with its briefing
written out by hand (items given as text found in the article), and gold saying which
reports are one event, which names one actor, which figure groups truly conflict and
which events must not merge. The merge is scored alone: no engine runs, so the figures
move only when the merge does.

An article's text is given in the bundle (``text``) or read from a file beside it
(``text_file``, relative to the bundle: the seed day reads ``seeds/``).

Scores, each kept as counts so days add up (micro over days):
- incident and actor clustering, pairwise (precision, recall and F1 over pairs of items of
  different articles: what the merge decides) and B-cubed (per item, the share of its
  predicted cluster that is truly its own, and of its true cluster that it was put with;
  every item counts, so one large wrong merge costs as much as the items it swallows);
- conflict precision and recall (a flagged figure group is right when it holds two figures
  of one gold conflict, of two articles or of one that reports the dispute itself);
- the number of must-not-merge pairs found in one incident.

The merge's decisions (``DayOutput``: the clusters and the flagged groups) are kept apart
from their scores, so a run record can be re-scored against changed gold without merging.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.daily.actor_entries import merge_actors
from summarizer.daily.merge import Briefed
from summarizer.daily.records import article_record
from summarizer.evals.clustering import BCubedScore, Clustering, PairScore, Ref, bcubed, pairwise
from summarizer.models import Actor, Briefing, Figure, Incident, Provenance, Quote
from summarizer.models.common import Span
from summarizer.models.daily_v2 import DailyBriefing


def _span(text: str, part: str) -> Span:
    start = text.find(part)
    if start < 0:
        raise ValueError(f"{part!r} is not in the article")
    return Span(start=start, end=start + len(part))


def _mentions(text: str, actor: dict[str, Any]) -> list[Span]:
    """Every place the text names an actor, as an engine's briefing lists them: each
    occurrence of the name and, for a person, of the surname alone ("Mr. Blinken"), so a
    passage that names a person only by surname still names that person."""
    name: str = actor["name"]
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    words = name.split()
    if actor["kind"] == "person" and len(words) > 1:
        surname = rf"(?<!\w){re.escape(words[-1])}(?!\w)"
        found += [
            m.span() for m in re.finditer(surname, text) if not any(s <= m.start() < e for s, e in found)
        ]
    return [Span(start=s, end=e) for s, e in sorted(found)] or [_span(text, name)]


def bundle_article(entry: dict[str, Any], day: dt.date) -> Briefed:
    """One article of a bundle and its hand-written briefing."""
    text: str = entry["text"]
    article = Article(id=entry["id"], text=text, source=entry.get("source"), published=day)
    briefing = Briefing(
        article=article.meta,
        summary="One. Two.",
        # The language every engine records (``engines.base.language_fields``).
        language=article.reading[0],
        actors=[
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                role=a.get("role"),
                canonical_name=a.get("canonical_name"),
                mentions=_mentions(text, a),
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
    def load(cls, path: Path, name: str | None = None) -> DayBundle:
        data = json.loads(path.read_text(encoding="utf-8"))
        day = dt.date.fromisoformat(data["date"])
        gold = data["gold"]
        entries = [
            {**entry, "text": (path.parent / entry["text_file"]).read_text(encoding="utf-8")}
            if "text_file" in entry
            else entry
            for entry in data["articles"]
        ]
        return cls(
            name=name or path.stem,
            date=day,
            briefed=[bundle_article(entry, day) for entry in entries],
            events=gold.get("events", []),
            actors=gold.get("actors", []),
            conflicts=gold.get("conflicts", []),
            must_not_merge=[(a, b) for a, b in gold.get("must_not_merge", [])],
        )

    def refs(self, kind: str) -> list[Ref]:
        """Every item of one kind (``incidents``, ``actors``) the day's briefings hold."""
        return [f"{b.article.id}:{item.id}" for b in self.briefed for item in getattr(b.briefing, kind)]


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
    incidents: Clustering
    actors: Clustering
    conflicts: ConflictScore
    must_not_merge_violations: int

    @classmethod
    def zero(cls) -> DayScore:
        nothing = Clustering(PairScore(0, 0, 0), BCubedScore(0.0, 0.0, 0))
        return cls(nothing, nothing, ConflictScore(0, 0, 0, 0), 0)

    def __add__(self, other: DayScore) -> DayScore:
        return DayScore(
            self.incidents + other.incidents,
            self.actors + other.actors,
            self.conflicts + other.conflicts,
            self.must_not_merge_violations + other.must_not_merge_violations,
        )

    def metrics(self) -> dict[str, float]:
        """The figures a comparison pairs day by day (and the gate reads)."""
        found: dict[str, float] = {}
        for kind, clustering in (("incidents", self.incidents), ("actors", self.actors)):
            found[f"{kind}.pairwise_f1"] = clustering.pairwise.f1
            found[f"{kind}.bcubed_f1"] = clustering.bcubed.f1
        found["conflicts.precision"] = self.conflicts.precision
        found["conflicts.recall"] = self.conflicts.recall
        return found

    def as_dict(self) -> dict[str, Any]:
        """Counts and rates, as a run record keeps them."""

        def clustering(c: Clustering) -> dict[str, Any]:
            p, b = c.pairwise, c.bcubed
            return {
                "pairwise": {"precision": p.precision, "recall": p.recall, "f1": p.f1},
                "pair_counts": {"right": p.true_positive, "predicted": p.predicted, "gold": p.gold},
                "bcubed": {"precision": b.precision, "recall": b.recall, "f1": b.f1, "items": b.items},
            }

        c = self.conflicts
        return {
            "incidents": clustering(self.incidents),
            "actors": clustering(self.actors),
            "conflicts": {"precision": c.precision, "recall": c.recall},
            "conflict_counts": {"right": c.right, "flagged": c.flagged, "found": c.found, "gold": c.gold},
            "must_not_merge_violations": self.must_not_merge_violations,
        }


def _conflict_score(flagged: Sequence[Iterable[Ref]], gold: Sequence[list[Ref]]) -> ConflictScore:
    def matches(group: Iterable[Ref], conflict: list[Ref]) -> bool:
        # Two figures of the conflict, of two articles or of one: an article may report the
        # dispute itself (the commission's turnout and the opposition's).
        return len(set(group) & set(conflict)) >= 2

    right = sum(any(matches(group, c) for c in gold) for group in flagged)
    found = sum(any(matches(group, c) for group in flagged) for c in gold)
    return ConflictScore(right, len(flagged), found, len(gold))


@dataclass(frozen=True)
class DayOutput:
    """What the merge decided for one day, by item reference: what a record keeps."""

    incidents: list[list[Ref]]
    actors: list[list[Ref]]
    conflicts: list[list[Ref]]

    def as_dict(self) -> dict[str, list[list[Ref]]]:
        return {"incidents": self.incidents, "actors": self.actors, "conflicts": self.conflicts}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DayOutput:
        return cls(data["incidents"], data["actors"], data["conflicts"])


def merge_output(bundle: DayBundle, day: DailyBriefing) -> DayOutput:
    """The merged day as clusters of the bundle's item references."""
    return merge_decisions(bundle.briefed, day)


def merge_decisions(briefed: Sequence[Briefed], day: DailyBriefing) -> DayOutput:
    """The day merged from ``briefed`` as clusters of their items' references."""
    incident_clusters = [[f"{r.article_id}:{r.incident_id}" for r in i.reports] for i in day.incidents]
    _, actor_map = merge_actors([article_record(b.article, b.briefing) for b in briefed])
    by_daily: dict[str, list[Ref]] = {}
    for (article_id, local), daily in actor_map.items():
        by_daily.setdefault(daily, []).append(f"{article_id}:{local}")
    figure_at = {
        (b.article.id, f.span.start): f"{b.article.id}:{f.id}" for b in briefed for f in b.briefing.figures
    }
    flagged = [
        sorted({figure_at[(v.source.article_id, v.source.span.start)] for v in figure.values})
        for figure in day.figures
        if figure.conflict
    ]
    return DayOutput(incident_clusters, list(by_daily.values()), flagged)


def score_output(bundle: DayBundle, output: DayOutput) -> DayScore:
    """One day's merge decisions against the bundle's gold."""
    cluster_of = {ref: n for n, cluster in enumerate(output.incidents) for ref in cluster}
    violations = sum(
        1 for a, b in bundle.must_not_merge if a in cluster_of and cluster_of.get(a) == cluster_of.get(b)
    )
    incidents, actors = bundle.refs("incidents"), bundle.refs("actors")
    return DayScore(
        incidents=Clustering(
            pairwise(output.incidents, bundle.events), bcubed(output.incidents, bundle.events, incidents)
        ),
        actors=Clustering(
            pairwise(output.actors, bundle.actors), bcubed(output.actors, bundle.actors, actors)
        ),
        conflicts=_conflict_score(output.conflicts, bundle.conflicts),
        must_not_merge_violations=violations,
    )


def score_day(bundle: DayBundle, day: DailyBriefing) -> DayScore:
    """The merged day against the bundle's gold."""
    return score_output(bundle, merge_output(bundle, day))


def merge_bundle(bundle: DayBundle) -> DailyBriefing:
    """The bundle's day merged as ``summarizer daily`` merges it (the offline top line: the
    scores never read it)."""
    from summarizer.config import Settings
    from summarizer.daily import merge_briefings

    return merge_briefings(bundle.briefed, bundle.date, settings=Settings(engine="extractive"))


def load_days(folder: Path) -> list[DayBundle]:
    """The bundles of ``folder`` (``*.json``) and of its ``unseen/`` folder, the latter named
    ``unseen/<name>``: days set aside, never used to change a rule."""
    bundles = [DayBundle.load(path) for path in sorted(folder.glob("*.json"))]
    bundles += [DayBundle.load(p, f"unseen/{p.stem}") for p in sorted((folder / "unseen").glob("*.json"))]
    return bundles


def score_days(folder: Path) -> dict[str, DayScore]:
    """Every bundle directly in ``folder`` merged and scored, by name."""
    return {
        bundle.name: score_day(bundle, merge_bundle(bundle))
        for bundle in (DayBundle.load(path) for path in sorted(folder.glob("*.json")))
    }


def total(scores: Iterable[DayScore]) -> DayScore:
    return sum(scores, start=DayScore.zero())


SCORE_HEADER = "day  incidents P/R/F1 (pairs; B3)  actors P/R/F1 (pairs; B3)  conflicts P/R  must-not-merge"


def format_scores(scores: dict[str, DayScore]) -> str:
    """One line per day and one for all days together."""
    lines = [SCORE_HEADER]
    for name, score in scores.items():
        lines.append(score_line(name, score))
    lines.append(score_line("all", total(scores.values())))
    return "\n".join(lines)


def _prf(c: Clustering) -> str:
    p, b = c.pairwise, c.bcubed
    return f"{p.precision:.2f}/{p.recall:.2f}/{p.f1:.2f}; {b.precision:.2f}/{b.recall:.2f}/{b.f1:.2f}"


def score_line(name: str, s: DayScore) -> str:
    c = s.conflicts
    return (
        f"{name}  {_prf(s.incidents)}  {_prf(s.actors)}  {c.precision:.2f}/{c.recall:.2f}"
        f"  {s.must_not_merge_violations}"
    )
