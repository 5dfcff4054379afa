"""``summarizer brief``: one briefing per article, to stdout or a folder."""

from __future__ import annotations

import re
import sys
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    app,
    rep,
)
from summarizer.cli.options import (
    BaseUrlOpt,
    BriefingFormatOpt,
    ConcurrencyOpt,
    DateOpt,
    EngineOpt,
    LangOpt,
    LocalModelOpt,
    MaxCostOpt,
    ModelOpt,
    NoCacheOpt,
    OutOpt,
    PassesOpt,
    PathsArg,
    PromptOpt,
    RunOptions,
    SourceOpt,
    WorkersOpt,
)
from summarizer.cli.report import (
    check_format,
    input_defaults,
    output_folder,
    report_end,
    report_inputs,
    report_store,
    spent_line,
    usage_error,
)
from summarizer.cli.settings import describe_engine, run_settings
from summarizer.errors import SummarizerError

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.inputs.read import Loaded
    from summarizer.pipeline.distinct import Prepared
    from summarizer.render.folders import OutputFolder


JSONL_LINE = re.compile(r":\d+$")


def output_stem(item: Loaded, article: Article) -> str:
    """The input file's name, or the last part of a URL's path; the article id for stdin,
    each line of a JSONL file, and a URL without a path."""
    from summarizer.inputs.fetch import is_url

    if is_url(item.source):
        return Path(urllib.parse.urlsplit(item.source).path).stem or article.id
    from_file = item.source != "<stdin>" and not JSONL_LINE.search(item.source)
    return Path(item.source).stem if from_file else article.id


@app.command()
def brief(
    ctx: typer.Context,
    paths: PathsArg,
    out: OutOpt = None,
    fmt: BriefingFormatOpt = "md",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    prompt: PromptOpt = None,
    concurrency: ConcurrencyOpt = None,
    workers: WorkersOpt = None,
    passes: PassesOpt = None,
    max_cost: MaxCostOpt = None,
    no_cache: NoCacheOpt = False,
    date: DateOpt = None,
    source: SourceOpt = None,
    lang: LangOpt = None,
    local_model: LocalModelOpt = None,
) -> None:
    """Brief each article: actors, incidents, quotes and figures, grounded in the text."""
    from rich.progress import Progress

    from summarizer.inputs.fetch import PageFetcher
    from summarizer.inputs.read import load_inputs
    from summarizer.pipeline.distinct import prepare
    from summarizer.pipeline.runner import Summarizer, in_input_order
    from summarizer.render import BRIEFING_FORMATS, briefing_rows, csv_text, render
    from summarizer.render.folders import write_atomic
    from summarizer.results import Failure

    check_format(fmt, BRIEFING_FORMATS)
    defaults = input_defaults(date, source, lang)
    folder = output_folder(out)
    options = RunOptions(
        model, base_url, engine, concurrency, workers, passes, max_cost, no_cache, local_model
    )
    settings = run_settings(ctx, options)
    try:
        runner = ctx.with_resource(Summarizer(settings, prompt))
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    rep.say(describe_engine(settings))
    if settings.resolved_engine == "extractive" and prompt is not None:
        rep.warning(f"the offline engine uses no prompt: --prompt {prompt} is ignored")
    report_store(runner.store)

    first_call = runner.store.last_call_id()
    with PageFetcher.for_settings(runner.store, runner.settings) as fetcher:
        loaded = load_inputs(paths, defaults, fetcher)
    failures = report_inputs(loaded)
    readable = [i for i in loaded if i.article is not None]
    several_to_stdout = folder is None and len(readable) > 1
    if several_to_stdout and fmt == "html":
        raise usage_error("several articles cannot share one HTML page on stdout; give --out FOLDER")
    # The pipeline's duplicate-id rule (pipeline.distinct): its notes are shown here, and
    # each input gets its own output, named after the id it is briefed under.
    prepared = prepare(i.article for i in readable if i.article is not None)
    for item, entry in zip(readable, prepared, strict=True):
        if entry.note is not None:
            rep.warning(f"{item.source}: {entry.note}")
    paths_out = reserve_outputs(folder, fmt, readable, prepared) if folder else {}
    done = 0
    articles = sum(entry.first for entry in prepared)
    show_progress = articles > 1 and rep.is_terminal
    with Progress(console=rep.console, transient=True, disable=not show_progress) as progress:
        task = progress.add_task("briefing", total=articles)
        # In input order on stdout and in the listing, whatever finishes first.
        for index, outcome in in_input_order(runner.each_result(prepared), len(prepared)):
            item, article = readable[index], prepared[index].article
            if prepared[index].first:
                progress.advance(task)
            if isinstance(outcome, Failure):
                failures.append(Failure(**{**outcome.__dict__, "source": item.source}))
                continue
            if folder is None:
                # Several articles on stdout stay machine-readable: JSON lines, or
                # Markdown documents split by a rule.
                if several_to_stdout and fmt == "json":
                    sys.stdout.write(outcome.model_dump_json() + "\n")
                elif fmt == "csv":  # one table: the header once
                    sys.stdout.write(csv_text(briefing_rows(outcome), header=done == 0))
                else:
                    sys.stdout.write(
                        ("\n---\n\n" if done and several_to_stdout else "")
                        + render(outcome, fmt, article.text)
                    )
                done += 1
                continue
            text = render(outcome, fmt, article.text)
            try:
                write_atomic(paths_out[index], text)
            except OSError as exc:
                reason = f"cannot write {paths_out[index]}: {exc.strerror or exc}"
                failures.append(Failure(article.id, "output", reason, source=item.source))
                continue
            done += 1
    report_store(runner.store)
    report_end(done, failures, loaded, f" to {out}" if out else "", spent_line(runner.store, first_call))
    if failures:
        raise typer.Exit(EXIT_FAILURES)


def reserve_outputs(
    folder: OutputFolder, fmt: str, readable: list[Loaded], prepared: list[Prepared]
) -> dict[int, Path]:
    """A path for each input's output, reserved before any is briefed (names do not depend
    on which finishes first): inputs of one article side by side, in order of appearance."""
    from summarizer.models.common import content_id

    first_seen: dict[str, int] = {}
    for index, entry in enumerate(prepared):
        first_seen.setdefault(entry.article.id, index)
    order = sorted(range(len(prepared)), key=lambda i: (first_seen[prepared[i].article.id], i))
    return {
        index: folder.reserve(
            output_stem(readable[index], prepared[index].article),
            fmt,
            fallback=content_id(prepared[index].article.text),
            tiebreak=prepared[index].article.id,
        )
        for index in order
    }
