"""One evaluation of the daily merge, as ``summarizer eval --daily`` runs it: every day bundle
merged (or a stored record's merges re-scored), compared day by day with a baseline record,
the record and its reports written, and the gate's verdict. The same record format
(``eval-record/v1``), comparison (paired bootstrap, days resampled) and gate as the
single-article evals; the CLI only prints.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from summarizer.config import Settings
from summarizer.errors import ConfigurationError, InputError
from summarizer.evals.compare import Delta, Verdict, gate, paired_bootstrap
from summarizer.evals.daily import (
    DayBundle,
    DayOutput,
    DayScore,
    load_days,
    merge_bundle,
    merge_output,
    score_output,
    total,
)
from summarizer.evals.record import RECORD_FORMAT, load_record
from summarizer.evals.runner import git_revision, write_record
from summarizer.evals.session import mismatches, record_path
from summarizer.models.daily_v2 import DAILY_SCHEMA_VERSION

DAYS_SET: Final = "days"
VARIANT: Final = "merge"
# What the comparison pairs day by day and the gate reads.
DAILY_METRICS: Final = (
    "incidents.pairwise_f1",
    "incidents.bcubed_f1",
    "actors.pairwise_f1",
    "actors.bcubed_f1",
    "conflicts.precision",
    "conflicts.recall",
)


@dataclass
class DailyEvaluation:
    record: dict[str, Any]
    bundles: list[DayBundle]
    path: Path
    deltas: list[Delta] | None = None
    baseline: Path | None = None
    baseline_violations: int = 0

    @property
    def scores(self) -> dict[str, Any]:
        scores: dict[str, Any] = self.record["variants"][VARIANT]["scores"]
        return scores

    def verdict(self, max_drop: float) -> Verdict | None:
        """The gate's verdict when there is a baseline: a metric whose interval reaches below
        ``-max_drop`` fails it, and so does any must-not-merge violation the baseline did not
        have. (The target is none; the seed day still has some, so an absolute rule would
        fail every run and stop meaning anything.)"""
        if self.baseline is None:
            return None
        reasons = gate(self.deltas or [], {}, max_drop)
        violations = self.scores["checks"]["must_not_merge_violations"]
        if violations > self.baseline_violations:
            reasons.append(f"must-not-merge violations rose from {self.baseline_violations} to {violations}")
        return Verdict(max_drop, reasons)


def days_digest(folder: Path) -> str:
    """A short digest of the bundles (gold and articles) a run was scored on."""
    digest = hashlib.sha256()
    for path in sorted([*folder.glob("*.json"), *(folder / "unseen").glob("*.json")]):
        digest.update(path.name.encode("utf-8"))
        data = json.loads(path.read_text(encoding="utf-8"))
        digest.update(json.dumps(data, sort_keys=True).encode("utf-8"))
        for entry in data.get("articles", []):
            if "text_file" in entry:
                digest.update((path.parent / entry["text_file"]).read_bytes())
    return digest.hexdigest()[:16]


def score_outputs(bundles: list[DayBundle], outputs: list[dict[str, Any]]) -> dict[str, Any]:
    """The scores of one run's merge decisions: per day, the gated days together, the unseen
    days together, and what the gate checks."""
    by_day = {o["day"]: DayOutput.from_dict(o) for o in outputs}
    missing = [b.name for b in bundles if b.name not in by_day]
    if missing:
        raise InputError(
            f"the record holds no merge of {', '.join(missing)} (a day added since); "
            "run `summarizer eval --daily` without --rescore"
        )
    days = {b.name: score_output(b, by_day[b.name]) for b in bundles}
    gated = total(s for name, s in days.items() if not name.startswith("unseen/"))
    unseen = total(s for name, s in days.items() if name.startswith("unseen/"))
    return {
        "days": {name: s.as_dict() for name, s in days.items()},
        "per_day": {name: s.metrics() for name, s in days.items()},
        "gated": gated.as_dict(),
        "unseen": unseen.as_dict(),
        "checks": {"must_not_merge_violations": (gated + unseen).must_not_merge_violations},
    }


def day_scores(evaluation: DailyEvaluation) -> dict[str, DayScore]:
    """Each day's score again as numbers to print (recomputed from the stored decisions)."""
    outputs = {o["day"]: DayOutput.from_dict(o) for o in evaluation.record["variants"][VARIANT]["outputs"]}
    return {b.name: score_output(b, outputs[b.name]) for b in evaluation.bundles}


def evaluate_days(
    root: Path,
    *,
    out: str | Path | None = None,
    rescored: Path | None = None,
    baseline: Path | None = None,
    force: bool = False,
    settings: Settings | None = None,
) -> DailyEvaluation:
    """Merge every bundle of ``root/evals/days`` (or, with ``rescored``, re-score a stored
    record's merges) and compare with ``baseline``. The merge reads the bundles' hand-written
    briefings, or with ``settings`` the briefings that engine makes of their texts (the whole
    flow: ``daily_engine``). Raises ``SummarizerError`` for a record that cannot be used: an
    existing ``out``, or (unless ``force``) a baseline of another set, gold or engine. Nothing
    is written yet."""
    folder = root / "evals" / "days"
    if not folder.is_dir():
        raise InputError(f"no day bundles in {folder}; pass --root with the project folder")
    bundles = load_days(folder)
    stamp = "days-" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if rescored is not None:
        record = load_record(rescored).model_dump(mode="json")
        if record["set"] != DAYS_SET or VARIANT not in record["variants"]:
            raise InputError(f"{rescored} is not a record of the daily merge (set {record['set']!r})")
        record |= {"rescored_from": str(rescored), "rescored_at": dt.datetime.now(dt.UTC).isoformat()}
        path = (
            record_path(out, rescored.parent, stamp, force=force)
            if out is not None
            else rescored.with_name(f"{rescored.stem}.rescored-{stamp}.json")
        )
    else:
        path = record_path(out, root / "evals" / "runs", stamp, force=force)
        if settings is None:
            identity: dict[str, Any] = {"engine": "daily-merge", "model": None}
            outputs = [{"day": b.name, **merge_output(b, merge_bundle(b)).as_dict()} for b in bundles]
        else:
            identity, outputs = _engine_outputs(bundles, settings)
        record = {
            "format": RECORD_FORMAT,
            "created_at": dt.datetime.now(dt.UTC).isoformat(),
            "git_revision": git_revision(root),
            "schema_version": DAILY_SCHEMA_VERSION,
            "set": DAYS_SET,
            "repeats": 1,
            "variants": {
                VARIANT: {
                    "identity": identity,
                    "prompt": "",
                    "outputs": outputs,
                    "scores": {},
                    "cost_usd": 0.0,
                }
            },
        }
    record["gold"] = days_digest(folder)
    variant = record["variants"][VARIANT]
    variant["scores"] = score_outputs(bundles, variant["outputs"])
    evaluation = DailyEvaluation(record, bundles, path, baseline=baseline)
    if baseline is not None:
        base = load_record(baseline).model_dump(mode="json")
        if (differences := mismatches(base, variant, record)) and not force:
            raise ConfigurationError(
                f"the baseline {baseline} is not comparable: {'; '.join(differences)}; "
                "pass --force to compare anyway"
            )
        base_variant = next(iter(base["variants"].values()))
        base_checks = base_variant["scores"].get("checks", {})
        evaluation.baseline_violations = int(base_checks.get("must_not_merge_violations", 0))
        evaluation.deltas = paired_bootstrap(
            base_variant["scores"].get("per_day", {}), variant["scores"]["per_day"], metrics=DAILY_METRICS
        )
    record["comparison"] = [d.__dict__ for d in evaluation.deltas] if evaluation.deltas else None
    return evaluation


def _engine_outputs(
    bundles: list[DayBundle], settings: Settings
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every bundle's texts briefed by the engine of ``settings`` (through the cache), then
    merged, in gold references."""
    from summarizer.evals.daily_engine import engine_output
    from summarizer.pipeline.runner import Summarizer
    from summarizer.results import result_article_id

    outputs = []
    with Summarizer(settings) as runner:
        for bundle in bundles:
            articles = [b.article for b in bundle.briefed]
            order = {a.id: n for n, a in enumerate(articles)}
            results = sorted(runner.summarize_many(articles), key=lambda r: order[result_article_id(r)])
            outputs.append({"day": bundle.name, **engine_output(bundle, results)})
        engine = runner.engine.identity()
    return {"engine": f"{engine['engine']}+daily-merge", "model": engine.get("model")}, outputs


def write_daily_evaluation(evaluation: DailyEvaluation, max_drop: float = 0.05) -> None:
    """The record, and its Markdown and HTML reports beside it."""
    from summarizer.evals.daily_report import daily_html_report, daily_markdown_report
    from summarizer.render.folders import write_atomic

    verdict = evaluation.verdict(max_drop)
    write_record(evaluation.record, evaluation.path)
    scores = day_scores(evaluation)
    write_atomic(
        evaluation.path.with_suffix(".md"),
        daily_markdown_report(evaluation.record, scores, evaluation.deltas, verdict),
    )
    write_atomic(
        evaluation.path.with_suffix(".html"),
        daily_html_report(evaluation.record, evaluation.bundles, scores, evaluation.deltas, verdict),
    )
