"""``summarizer daily``: a day's articles merged into one briefing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    app,
    rep,
)
from summarizer.cli.options import (
    BaseUrlOpt,
    ConcurrencyOpt,
    DateOpt,
    EngineOpt,
    LangOpt,
    LocalModelOpt,
    MaxCostOpt,
    ModelOpt,
    NoCacheOpt,
    PassesOpt,
    PathsArg,
    PromptOpt,
    RunOptions,
    SourceOpt,
    WorkersOpt,
)
from summarizer.cli.report import (
    check_format,
    common_date,
    count,
    debug_internal,
    input_defaults,
    output_folder,
    report_inputs,
    report_store,
    usage_error,
)
from summarizer.cli.settings import describe_engine, run_settings
from summarizer.errors import SummarizerError
from summarizer.prompt_ids import DAILY_PROMPT


@app.command()
def daily(
    ctx: typer.Context,
    paths: PathsArg,
    date: DateOpt = None,
    source: SourceOpt = None,
    lang: LangOpt = None,
    out: Annotated[
        Path | None,
        typer.Option("-o", "--out", metavar="DIR", help="Folder to write daily-DATE.<format> into."),
    ] = None,
    fmt: Annotated[str, typer.Option("-f", "--format", metavar="FORMAT", help="md, html or json.")] = "md",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    prompt: PromptOpt = None,
    daily_prompt: Annotated[
        str, typer.Option(metavar="PROMPT", help="Top-line prompt id/version.")
    ] = DAILY_PROMPT,
    concurrency: ConcurrencyOpt = None,
    workers: WorkersOpt = None,
    passes: PassesOpt = None,
    max_cost: MaxCostOpt = None,
    no_cache: NoCacheOpt = False,
    local_model: LocalModelOpt = None,
) -> None:
    """Merge a day's articles into one briefing: events once with every source, conflicts flagged."""
    from summarizer.daily import daily_briefing
    from summarizer.inputs.fetch import PageFetcher
    from summarizer.inputs.read import load_inputs
    from summarizer.pipeline.runner import store_for
    from summarizer.render import render
    from summarizer.render.folders import write_atomic

    check_format(fmt)
    defaults = input_defaults(date, source, lang)
    folder = output_folder(out)
    options = RunOptions(
        model, base_url, engine, concurrency, workers, passes, max_cost, no_cache, local_model
    )
    settings = run_settings(ctx, options)
    with PageFetcher.for_settings(store_for(settings), settings) as fetcher:
        loaded = load_inputs(paths, defaults, fetcher)
    articles = [i.article for i in loaded if i.article is not None]
    day = defaults.published or common_date(articles)
    if day is None:
        raise usage_error("give --date YYYY-MM-DD: the articles carry no publication date")
    input_failures = report_inputs(loaded)
    rep.say(describe_engine(settings))
    try:
        result = daily_briefing(
            articles,
            date=day,
            settings=settings,
            prompt=prompt,
            daily_prompt=daily_prompt,
            input_failures=input_failures,
            on_result=debug_internal,
        )
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    text = render(result, fmt, {a.id: a.text for a in articles})
    written = ""
    if folder is None:
        sys.stdout.write(text)
    else:
        target = folder.reserve(f"daily-{day.isoformat()}", fmt, fallback="daily")
        try:
            write_atomic(target, text)
        except OSError as exc:
            rep.say(f"cannot write {target}: {exc.strerror or exc}", "FAILED")
            raise typer.Exit(EXIT_FAILURES) from exc
        written = f" to {target}"
    failed = [a for a in result.articles if a.status == "failed"]
    briefed = len(result.articles) - len(failed)
    skipped = [i for i in loaded if i.skipped]
    rep.say(
        f"{briefed} briefed, {len(failed)} failed"
        + (f", {len(skipped)} skipped" if skipped else "")
        + f"; {count(len(result.incidents), 'incident')}, "
        + f"{count(len(result.conflicts), 'figure conflict')}; "
        + f"top line: {result.provenance.top_line_engine}{written}"
    )
    for entry in failed:
        label = entry.article.title or entry.article.id
        rep.say(f"{label}: {entry.stage} failed: {entry.reason}", "FAILED")
    for item in skipped:
        rep.say(f"{item.source}: {item.skipped}", "SKIPPED")
    for warning in result.warnings:
        rep.warning(warning)
    report_store(store_for(settings))
    if failed:
        raise typer.Exit(EXIT_FAILURES)
