"""One evaluation, as ``summarizer eval`` runs it: briefings of a gold set by each prompt
version (or a stored record re-scored), the comparison with a baseline or between two
versions, the record and its reports written, and the gate's verdict. The CLI only prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.evals.compare import Delta, gate, paired_bootstrap
from summarizer.evals.record import load_record
from summarizer.evals.report import html_report, markdown_report
from summarizer.evals.runner import (
    EVAL_SETS,
    EvalItem,
    new_record,
    rescore,
    run_variant,
    score_outputs,
    variant_name,
    write_record,
)
from summarizer.render.folders import write_atomic


@dataclass
class Evaluation:
    record: dict[str, Any]
    items: list[EvalItem]
    path: Path
    deltas: list[Delta] | None = None
    baseline: Path | None = None

    @property
    def candidate(self) -> dict[str, Any]:
        """The variant compared and gated: the last one run."""
        variant: dict[str, Any] = list(self.record["variants"].values())[-1]
        return variant

    def gate_reasons(self, max_drop: float) -> list[str]:
        """Why the candidate fails the gate against the baseline (empty: it passes)."""
        return gate(self.deltas or [], self.candidate["scores"]["checks"], max_drop)


def evaluate(
    root: Path,
    set_name: str,
    items: list[EvalItem],
    *,
    settings: Settings | None = None,
    prompts: list[str] | None = None,
    repeats: int = 1,
    out: Path | None = None,
    rescored: Path | None = None,
    baseline: Path | None = None,
) -> Evaluation:
    """Run (or, with ``rescored``, re-score) and compare; raises ``SummarizerError`` for a
    record or configuration that cannot be used. ``items`` is the set (``load_set``).
    Nothing is written yet."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if rescored is not None:
        record = rescore(rescored, items)
        # A new record beside the old one: a stored record is evidence and stays as it was.
        path = out or rescored.with_name(f"{rescored.stem}.rescored-{stamp}.json")
    else:
        assert settings is not None, "a run needs settings"
        record = new_record(root, set_name, repeats)
        for version in prompts or []:
            identity, outputs, cost_usd = run_variant(items, settings, version, repeats)
            record["variants"][variant_name(settings, version)] = {
                "identity": identity,
                "prompt": version,
                "outputs": outputs,
                "scores": score_outputs(items, outputs),
                "cost_usd": cost_usd,
            }
        runs = root / "evals" / "runs" if set_name in EVAL_SETS else Path(set_name) / "runs"
        path = out or runs / f"{stamp}.json"
    evaluation = Evaluation(record, items, path, baseline=baseline)
    variants = list(record["variants"].values())
    if baseline is not None:
        base = load_record(baseline).model_dump(mode="json")
        evaluation.deltas = paired_bootstrap(
            next(iter(base["variants"].values()))["scores"]["per_article"],
            variants[-1]["scores"]["per_article"],
        )
    elif len(variants) == 2:
        evaluation.deltas = paired_bootstrap(
            variants[0]["scores"]["per_article"], variants[1]["scores"]["per_article"]
        )
    record["comparison"] = [d.__dict__ for d in evaluation.deltas] if evaluation.deltas else None
    return evaluation


def write_evaluation(evaluation: Evaluation) -> None:
    """The record, and its Markdown and HTML reports beside it."""
    path, record, deltas = evaluation.path, evaluation.record, evaluation.deltas
    write_record(record, path)
    write_atomic(path.with_suffix(".md"), markdown_report(record, deltas))
    write_atomic(path.with_suffix(".html"), html_report(record, evaluation.items, deltas))
