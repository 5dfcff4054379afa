"""``summarizer eval``: score briefings against gold, compare prompt versions, gate."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    app,
    rep,
)
from summarizer.cli.options import (
    BaseUrlOpt,
    EngineOpt,
    LocalModelOpt,
    ModelOpt,
)
from summarizer.cli.report import (
    usage_error,
)
from summarizer.cli.settings import describe_engine, local_overrides, resolved_settings
from summarizer.errors import SummarizerError
from summarizer.prompt_ids import DEFAULT_PROMPT

if TYPE_CHECKING:  # the command imports the library where it runs (tests/test_layering.py)
    from summarizer.config import Settings
    from summarizer.evals.compare import Verdict


@app.command("eval")
def eval_command(
    ctx: typer.Context,
    prompt: Annotated[
        list[str] | None,
        typer.Option(metavar="PROMPT", help="Prompt version to run; give it twice to compare two."),
    ] = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    local_model: LocalModelOpt = None,
    repeats: Annotated[
        int,
        typer.Option(
            min=1,
            metavar="N",
            help="Runs of each prompt per article; the scores pool every run (an LLM varies between runs).",
        ),
    ] = 1,
    set_name: Annotated[
        str,
        typer.Option(
            "--set",
            metavar="SET",
            help="Which gold set to score: seeds (the five seed articles), invented "
            "(articles written for development, in evals/invented), unseen (articles "
            "written and set aside, never used to change a rule, in evals/unseen), or the "
            "path of any folder of gold files, each beside its article (<article>.txt).",
        ),
    ] = "seeds",
    root: Annotated[
        Path, typer.Option(metavar="DIR", help="Project folder holding evals/gold and the named sets.")
    ] = Path("."),
    out: Annotated[
        str | None,  # a str keeps the trailing slash of "runs/" (a folder), which Path drops
        typer.Option(
            metavar="FILE|DIR",
            help="Run record path, or a folder to write <time>.json in (default evals/runs/, or runs/ "
            "in a set folder). An existing record is never replaced unless --force.",
        ),
    ] = None,
    rescore: Annotated[
        Path | None,
        typer.Option(
            metavar="RECORD", help="Re-score a stored run record into a new record beside it; no model calls."
        ),
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(metavar="RECORD", help="Compare against (and gate on) this run record.")
    ] = None,
    max_drop: Annotated[
        float,
        typer.Option(metavar="FRACTION", help="Gate: fail if a metric's CI reaches below -FRACTION."),
    ] = 0.05,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace an existing --out record; compare with a baseline made with another engine, "
            "model, set or gold.",
        ),
    ] = False,
    daily: Annotated[
        bool,
        typer.Option(
            "--daily",
            help="Score the daily merge instead, on the day bundles in evals/days and apart on "
            "those in evals/days/unseen: incident and actor clustering (pairwise and B-cubed), "
            "conflicts, must-not-merge violations; with the same record, reports and gate (--out, "
            "--rescore, --baseline, --max-drop, --force). The bundles' hand-written briefings are "
            "merged (no engine runs), unless --engine, --model, --base-url or --local-model is "
            "given: then that engine briefs the texts and the whole flow is scored, with how many "
            "gold items it found.",
        ),
    ] = False,
) -> None:
    """Score briefings against gold; compare prompt versions; gate regressions."""
    if daily:
        # The hand-written briefings are merged, unless an engine is named: then the bundles'
        # texts are briefed by it and merged, the whole flow a newsroom runs.
        given = {"model": model, "base_url": base_url, "engine": engine} | local_overrides(ctx, local_model)
        settings = resolved_settings(**given) if any(given.values()) and rescore is None else None
        if settings is not None:
            rep.say(describe_engine(settings))
        _eval_daily(
            root,
            out=out,
            rescore=rescore,
            baseline=baseline,
            max_drop=max_drop,
            force=force,
            settings=settings,
        )
        return
    from summarizer.evals.report import (
        COMPARISON_NOTE,
        SUMMARY_NOTE,
        aligned,
        checks_line,
        delta_rows,
        summary_rows,
    )
    from summarizer.evals.runner import load_set
    from summarizer.evals.session import evaluate, write_evaluation

    try:
        items = load_set(root, set_name)
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    settings = None
    if rescore is None:
        given = {"model": model, "base_url": base_url, "engine": engine} | local_overrides(ctx, local_model)
        settings = resolved_settings(**given)
        rep.say(describe_engine(settings))
        if prompt and settings.resolved_engine != "llm":
            raise usage_error(
                f"--prompt {' --prompt '.join(prompt)} needs an LLM: the offline engine ignores prompts, "
                "so its scores would not be the prompt's. Configure one (--base-url, OPENAI_API_KEY, "
                "or `summarizer mock-llm` to try the workflow), or drop --prompt"
            )
    try:
        evaluation = evaluate(
            root,
            set_name,
            items,
            settings=settings,
            prompts=prompt or [settings.prompt if settings else DEFAULT_PROMPT],
            repeats=repeats,
            out=out,
            rescored=rescore,
            baseline=baseline,
            force=force,
        )
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    try:
        write_evaluation(evaluation, max_drop)
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    record, deltas = evaluation.record, evaluation.deltas
    verdict = evaluation.verdict(max_drop)
    sys.stdout.write(aligned(summary_rows(record)))
    sys.stdout.write(f"({SUMMARY_NOTE})\n")
    for name, variant in record["variants"].items():
        sys.stdout.write(f"{name}: {checks_line(variant)}\n")
    if deltas:
        sys.stdout.write(aligned(delta_rows(deltas, verdict)))
        sys.stdout.write(f"({COMPARISON_NOTE})\n")
    _record_and_gate(evaluation.path, verdict)


def _eval_daily(
    root: Path,
    *,
    out: str | None,
    rescore: Path | None,
    baseline: Path | None,
    max_drop: float,
    force: bool,
    settings: Settings | None,
) -> None:
    """``eval --daily``: the merge's scores per day, the record and reports, the gate."""
    from summarizer.evals.daily import format_scores
    from summarizer.evals.daily_engine import found_line
    from summarizer.evals.daily_report import COMPARISON_HEADER, COMPARISON_NOTE
    from summarizer.evals.daily_session import VARIANT, day_scores, evaluate_days, write_daily_evaluation
    from summarizer.evals.report import aligned, delta_rows

    try:
        evaluation = evaluate_days(
            root, out=out, rescored=rescore, baseline=baseline, force=force, settings=settings
        )
        write_daily_evaluation(evaluation, max_drop)
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    scores = day_scores(evaluation)
    sys.stdout.write(format_scores({n: s for n, s in scores.items() if not n.startswith("unseen/")}) + "\n")
    # Days set aside, never used to change a rule: reported (and recorded) apart.
    if unseen := {n.removeprefix("unseen/"): s for n, s in scores.items() if n.startswith("unseen/")}:
        sys.stdout.write("unseen days:\n" + format_scores(unseen) + "\n")
    outputs = evaluation.record["variants"][VARIANT]["outputs"]
    if any("found" in output for output in outputs):
        sys.stdout.write(found_line(outputs) + "\n")
    verdict = evaluation.verdict(max_drop)
    if evaluation.deltas:
        sys.stdout.write(aligned(delta_rows(evaluation.deltas, verdict, COMPARISON_HEADER)))
        sys.stdout.write(f"({COMPARISON_NOTE})\n")
    _record_and_gate(evaluation.path, verdict)


def _record_and_gate(path: Path, verdict: Verdict | None) -> None:
    """Where the record went, then the gate's reasons; a failed gate exits non-zero."""
    sys.stdout.write(f"record: {path} (+ .md, .html)\n")
    if verdict is None:
        return
    for reason in verdict.reasons:
        rep.say(reason, "GATE")
    if not verdict.passed:
        raise typer.Exit(EXIT_FAILURES)
    rep.say("gate passed")
