"""Paired comparison of two variants over the same articles, and the regression gate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from summarizer.evals.runner import HEADLINE

BOOTSTRAP_SAMPLES = 2000


@dataclass(frozen=True)
class Delta:
    metric: str
    baseline: float
    candidate: float
    delta: float
    low: float
    high: float
    improved: int
    worsened: int


@dataclass(frozen=True)
class Verdict:
    """The gate's verdict: the drop it allowed and why it failed (none: it passed)."""

    max_drop: float
    reasons: list[str]

    @property
    def passed(self) -> bool:
        return not self.reasons

    def regressed(self, delta: Delta) -> bool:
        """Whether ``delta`` is one of the reasons the gate failed."""
        return delta.low < -self.max_drop

    def line(self) -> str:
        if self.passed:
            return f"gate passed (no metric's 95% CI reaches below -{self.max_drop}, nothing hallucinated)"
        return f"gate FAILED: {'; '.join(self.reasons)}"


def paired_bootstrap(
    baseline: dict[str, dict[str, float]],
    candidate: dict[str, dict[str, float]],
    seed: int = 0,
    metrics: Sequence[str] = HEADLINE,
) -> list[Delta]:
    """Per-metric mean difference with a 95% bootstrap interval, resampling the units both
    runs scored (articles; days for the daily merge)."""
    articles = sorted(set(baseline) & set(candidate))
    rng = np.random.default_rng(seed)
    deltas: list[Delta] = []
    if not articles:
        return deltas
    draws = rng.integers(0, len(articles), size=(BOOTSTRAP_SAMPLES, len(articles)))
    for metric in metrics:
        a = np.array([baseline[x][metric] for x in articles])
        b = np.array([candidate[x][metric] for x in articles])
        diff = b - a
        means = diff[draws].mean(axis=1)
        low, high = np.percentile(means, [2.5, 97.5])
        deltas.append(
            Delta(
                metric,
                float(a.mean()),
                float(b.mean()),
                float(diff.mean()),
                float(low),
                float(high),
                int((diff > 1e-9).sum()),
                int((diff < -1e-9).sum()),
            )
        )
    return deltas


def gate(deltas: list[Delta], candidate_checks: dict[str, Any], max_drop: float) -> list[str]:
    """Reasons to fail: a metric whose interval reaches below -max_drop, or any hallucination."""
    reasons = [
        f"{d.metric}: delta {d.delta:+.3f}, 95% CI [{d.low:+.3f}, {d.high:+.3f}] reaches below -{max_drop}"
        for d in deltas
        if d.low < -max_drop
    ]
    for kind in ("hallucinated_quotes", "hallucinated_figures"):
        if candidate_checks.get(kind, 0):
            reasons.append(f"{candidate_checks[kind]} {kind.replace('_', ' ')}")
    return reasons
