"""``summarizer daily``: a day's articles merged into one briefing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
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

if TYPE_CHECKING:
    from summarizer.article import Article


def handed_on(articles: list[Article]) -> Iterator[Article]:
    """Each article of ``articles``, dropped from the list as it is given: a day of 10,000
    articles is not held here while it is briefed and merged."""
    articles.reverse()
    while articles:
        yield articles.pop()


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
    from summarizer.pipeline.distinct import texts_by_id
    from summarizer.pipeline.runner import store_for
    from summarizer.render import render_encoded
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
    input_failures = report_inputs(loaded)
    if day is None and input_failures and not articles:
        # Nothing could be read (a mistyped path): that, not a missing date, is the problem.
        for failure in input_failures:
            rep.say(f"{failure.source}: {failure.stage} failed: {failure.reason}", "FAILED")
        raise typer.Exit(EXIT_FAILURES)
    if day is None:
        raise usage_error("give --date YYYY-MM-DD: the articles carry no publication date")
    skipped = [i for i in loaded if i.skipped]
    # Only the page links passages into the articles' texts; nothing else here keeps an
    # article once it is handed on to be briefed (``handed_on``).
    texts = texts_by_id(articles) if fmt == "html" else {}
    del loaded
    rep.say(describe_engine(settings))
    try:
        result = daily_briefing(
            handed_on(articles),
            date=day,
            settings=settings,
            prompt=prompt,
            daily_prompt=daily_prompt,
            input_failures=input_failures,
            on_result=debug_internal,
        )
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    # Written as it is rendered: a busy day's page or JSON is never held whole.
    parts = render_encoded(result, fmt, texts)
    written = ""
    if folder is None:
        sys.stdout.flush()
        for part in parts:
            sys.stdout.buffer.write(part)
        sys.stdout.buffer.flush()
    else:
        target = folder.reserve(f"daily-{day.isoformat()}", fmt, fallback="daily")
        try:
            write_atomic(target, parts)
        except OSError as exc:
            rep.say(f"cannot write {target}: {exc.strerror or exc}", "FAILED")
            raise typer.Exit(EXIT_FAILURES) from exc
        written = f" to {target}"
    failed = [a for a in result.articles if a.status == "failed"]
    briefed = len(result.articles) - len(failed)
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
