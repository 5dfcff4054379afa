"""The daily flow end to end on the day bundles, as a newsroom meets it: each article's text
briefed by an engine (not its hand-written briefing), the briefings merged as ``summarizer
daily`` merges them, and the merge's decisions read back as the gold's item references, so
one score covers extraction and merge together.

An engine's item is read as the gold item of its article whose text it overlaps most:
incidents by their evidence, figures by their span, actors by a shared mention or, failing
that, the same name. An engine item that reads as no gold item is left out of the
clustering (the gold cannot judge it), and a gold item that no engine item reads as stays
alone, so every pair it belongs to costs recall. How many gold items the engine found is
recorded beside the decisions, so a low score says whether extraction or the merge lost it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from summarizer.config import Settings
from summarizer.daily import merge_briefings
from summarizer.daily.merge import Briefed
from summarizer.evals.clustering import Ref
from summarizer.evals.daily import DayBundle, DayOutput, merge_decisions
from summarizer.models import Briefing
from summarizer.models.common import Span
from summarizer.results import Failure

KINDS = ("incidents", "actors", "figures")


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _best(spans: Sequence[Span], candidates: Iterable[tuple[str, Sequence[Span]]]) -> str | None:
    """The candidate whose spans overlap ``spans`` most (the first on a tie), if any does."""
    scored = [(sum(_overlap(a, b) for a in spans for b in theirs), cid) for cid, theirs in candidates]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] > 0 else None


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def gold_reading(gold: Briefing, found: Briefing) -> dict[str, dict[str, str]]:
    """For each kind, which gold item (local id) each engine item (local id) reads as."""
    incidents = [(i.id, [i.evidence_span]) for i in gold.incidents]
    figures = [(f.id, [f.span]) for f in gold.figures]
    actors = [(a.id, a.mentions) for a in gold.actors]
    gold_names = {_name_key(a.name): a.id for a in gold.actors}
    reading: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for incident in found.incidents:
        if (match := _best([incident.evidence_span], incidents)) is not None:
            reading["incidents"][incident.id] = match
    for figure in found.figures:
        if (match := _best([figure.span], figures)) is not None:
            reading["figures"][figure.id] = match
    for actor in found.actors:
        match = _best(actor.mentions, actors) or gold_names.get(_name_key(actor.name))
        if match is not None:
            reading["actors"][actor.id] = match
    return reading


def _relabel(clusters: list[list[Ref]], as_gold: dict[Ref, Ref]) -> list[list[Ref]]:
    """The clusters in gold references. A gold item read by engine items of two clusters
    stays in the first (each item is in one cluster); engine items no gold item matches
    are left out."""
    placed: set[Ref] = set()
    relabelled = []
    for cluster in clusters:
        gold = [g for g in dict.fromkeys(as_gold[r] for r in cluster if r in as_gold) if g not in placed]
        placed.update(gold)
        if gold:
            relabelled.append(gold)
    return relabelled


def engine_output(bundle: DayBundle, results: Sequence[Briefing | Failure]) -> dict[str, Any]:
    """The day's merge decisions in gold references, from the engine's ``results`` (one per
    bundle article, in order; a failed article contributes nothing), and how many gold items
    of each kind the engine found."""
    briefed = [
        Briefed(gold.article, result)
        for gold, result in zip(bundle.briefed, results, strict=True)
        if isinstance(result, Briefing)
    ]
    # Merged as ``summarizer daily`` merges, with the offline top line (no score reads it).
    day = merge_briefings(briefed, bundle.date, settings=Settings(engine="extractive"))
    decisions = merge_decisions(briefed, day)
    as_gold: dict[str, dict[Ref, Ref]] = {kind: {} for kind in KINDS}
    gold_of = {b.article.id: b.briefing for b in bundle.briefed}
    for b in briefed:
        for kind, read in gold_reading(gold_of[b.article.id], b.briefing).items():
            as_gold[kind].update({f"{b.article.id}:{own}": f"{b.article.id}:{g}" for own, g in read.items()})
    conflicts = _relabel(decisions.conflicts, as_gold["figures"])
    output = DayOutput(
        _relabel(decisions.incidents, as_gold["incidents"]),
        _relabel(decisions.actors, as_gold["actors"]),
        [group for group in conflicts if len(group) >= 2],
    )
    found = {kind: [len(set(as_gold[kind].values())), len(bundle.refs(kind))] for kind in KINDS}
    failed = sum(1 for r in results if isinstance(r, Failure))
    return {**output.as_dict(), "found": found, "failed_articles": failed}


def found_line(outputs: Iterable[dict[str, Any]]) -> str:
    """How many gold items the engine found over every day, as one line."""
    totals = {kind: [0, 0] for kind in KINDS}
    for output in outputs:
        for kind, (found, gold) in output.get("found", {}).items():
            totals[kind][0] += found
            totals[kind][1] += gold
    parts = ", ".join(f"{kind} {found}/{gold}" for kind, (found, gold) in totals.items())
    failed = sum(output.get("failed_articles", 0) for output in outputs)
    return f"gold items the engine found: {parts}; articles that failed: {failed}"
