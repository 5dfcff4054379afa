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
from summarizer.errors import ConfigurationError, OutputError
from summarizer.evals.compare import Delta, Verdict, gate, paired_bootstrap
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

    def verdict(self, max_drop: float) -> Verdict | None:
        """The gate's verdict when there is a baseline to gate on."""
        if self.baseline is None:
            return None
        return Verdict(max_drop, self.gate_reasons(max_drop))


def record_path(out: str | Path | None, default_folder: Path, stamp: str, *, force: bool) -> Path:
    """Where a record goes: ``out`` (a folder takes ``<time>.json`` inside it, as ``brief
    --out`` takes a folder), else the default folder. A record is evidence: an existing one is
    never replaced unless ``force``.

    ``out`` is kept as the user typed it: ``Path`` drops a trailing slash, and "runs/" names a
    folder to make even before it exists."""
    if out is None:
        return default_folder / f"{stamp}.json"
    if str(out).endswith(("/", "\\")) or Path(out).is_dir():
        return Path(out) / f"{stamp}.json"
    out = Path(out)
    if out.exists() and not force:
        raise OutputError(
            f"{out} exists: a run record is never overwritten; choose another --out, give a folder, "
            "or pass --force to replace it"
        )
    return out


def mismatches(baseline: dict[str, Any], candidate: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """How a baseline record and a candidate variant differ in what makes scores comparable:
    the engine, the model, the set and its gold. Prompts may differ: that is the comparison."""
    base_variant = next(iter(baseline["variants"].values()))
    found = []
    for key in ("engine", "model"):
        was, now = base_variant["identity"].get(key), candidate["identity"].get(key)
        if was != now:
            found.append(f"{key} {was} in the baseline, {now} now")
    if baseline["set"] != record["set"]:
        found.append(f"set {baseline['set']} in the baseline, {record['set']} now")
    elif baseline.get("gold") and record.get("gold") and baseline["gold"] != record["gold"]:
        found.append(f"gold {baseline['gold']} in the baseline, {record['gold']} now (the gold changed)")
    return found


def evaluate(
    root: Path,
    set_name: str,
    items: list[EvalItem],
    *,
    settings: Settings | None = None,
    prompts: list[str] | None = None,
    repeats: int = 1,
    out: str | Path | None = None,
    rescored: Path | None = None,
    baseline: Path | None = None,
    force: bool = False,
) -> Evaluation:
    """Run (or, with ``rescored``, re-score) and compare; raises ``SummarizerError`` for a
    record or configuration that cannot be used: an existing ``out``, or (unless ``force``) a
    baseline made with another engine, model, set or gold. ``items`` is the set
    (``load_set``). Nothing is written yet."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if rescored is not None:
        record = rescore(rescored, items)
        # A new record beside the old one: a stored record is evidence and stays as it was.
        path = (
            record_path(out, rescored.parent, stamp, force=force)
            if out is not None
            else rescored.with_name(f"{rescored.stem}.rescored-{stamp}.json")
        )
    else:
        assert settings is not None, "a run needs settings"
        runs = root / "evals" / "runs" if set_name in EVAL_SETS else Path(set_name) / "runs"
        path = record_path(out, runs, stamp, force=force)  # refused before any model is called
        record = new_record(root, set_name, repeats, items)
        for version in prompts or []:
            identity, outputs, cost_usd = run_variant(items, settings, version, repeats)
            record["variants"][variant_name(settings, version)] = {
                "identity": identity,
                "prompt": version,
                "outputs": outputs,
                "scores": score_outputs(items, outputs),
                "cost_usd": cost_usd,
            }
    evaluation = Evaluation(record, items, path, baseline=baseline)
    variants = list(record["variants"].values())
    if baseline is not None:
        base = load_record(baseline).model_dump(mode="json")
        if (differences := mismatches(base, variants[-1], record)) and not force:
            raise ConfigurationError(
                f"the baseline {baseline} is not comparable: {'; '.join(differences)}; "
                "pass --force to compare anyway"
            )
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


def write_evaluation(evaluation: Evaluation, max_drop: float = 0.05) -> None:
    """The record, and its Markdown and HTML reports beside it (with the gate's verdict when
    there is a baseline)."""
    path, record, deltas = evaluation.path, evaluation.record, evaluation.deltas
    verdict = evaluation.verdict(max_drop)
    write_record(record, path)
    write_atomic(path.with_suffix(".md"), markdown_report(record, deltas, verdict))
    write_atomic(path.with_suffix(".html"), html_report(record, evaluation.items, deltas, verdict))
