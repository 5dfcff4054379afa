"""Command line: ``summarizer brief``, ``daily``, ``serve``, ``eval`` and ``logs``.

Each command is a thin layer over the library: parse options, call it, print. Everything
printed on stderr goes through ``console.Reporter``, which never interprets user data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
import sys
import time
import traceback
import urllib.parse
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from summarizer.console import Reporter
from summarizer.errors import ConfigurationError, OutputError, SummarizerError
from summarizer.formats import FORMATS
from summarizer.prompt_ids import DAILY_PROMPT, DEFAULT_PROMPT

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.batch.runner import BatchRunner
    from summarizer.config import Settings
    from summarizer.inputs.read import Defaults, Loaded
    from summarizer.models import Briefing
    from summarizer.outputs import OutputFolder
    from summarizer.render import (
        FORMATS,
    )
    from summarizer.results import Failure
    from summarizer.store import Store

HELP = (
    "Grounded, validated briefings of news articles: brief, daily, serve, batch, eval, logs.\n\n"
    "Settings not given as options come from SUMMARIZER_* environment variables (each option's "
    "help names its own); the API key only from OPENAI_API_KEY or SUMMARIZER_API_KEY."
)
# Plain help (click's formatter): drawing it with rich imports a Markdown parser and costs
# more than the rest of the start-up; option text is never read as markup either.
app = typer.Typer(no_args_is_help=True, help=HELP, pretty_exceptions_enable=False, rich_markup_mode=None)
logs_app = typer.Typer(help="Read the run log of LLM calls.", rich_markup_mode=None)
app.add_typer(logs_app, name="logs")
batch_app = typer.Typer(
    rich_markup_mode=None,
    help="Brief through OpenAI's Batch API (half the price, results within 24 h): submit, status, "
    "collect, cancel.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")
rep = Reporter()

# typer prints an argument's Python type beside its name ("PATH <list[str]>"); each argument
# here says what it takes in its metavar and help instead, as options do with theirs.
typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]


def _env(*names: str) -> str:
    """The environment variables a setting is read from when its option is not given."""
    return f"[env var: {', '.join(names)}]"


EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE
LOCAL_TIMEOUT_S = 900.0
_options = {"debug": False}
T = TypeVar("T")


def _print_version(value: bool) -> None:
    if value:
        from summarizer import __version__

        sys.stdout.write(f"summarizer {__version__}\n")
        raise typer.Exit()


@app.callback(help=HELP)
def _global_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="On an unexpected error, show the full traceback.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    _options["debug"] = debug


def main() -> None:
    """The ``summarizer`` command: the app, with a last-resort handler so that no traceback
    reaches a user unless they ask for it with ``--debug``."""
    try:
        app()
    except KeyboardInterrupt:
        rep.error("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_FAILURES)  # the reader went away (| head); nothing left to tell it
    except Exception as exc:  # last resort: every expected failure is handled where it happens
        if _debugging():
            traceback.print_exc()
        else:
            rep.error(f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_INTERNAL)


PathsArg = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Files, folders, JSONL, http(s) URLs, or - for stdin.")
]
ModelOpt = Annotated[
    str | None,
    typer.Option("-m", "--model", metavar="MODEL", help=f"Model name. {_env('SUMMARIZER_MODEL')}"),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        metavar="URL",
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1. "
        + _env("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
    ),
]
EngineOpt = Annotated[
    str | None,
    typer.Option(
        metavar="ENGINE",
        help="auto (the LLM if one is configured, else offline), llm or extractive. "
        + _env("SUMMARIZER_ENGINE"),
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", metavar="DATE", help="YYYY-MM-DD: publication date of articles that give none."),
]
SourceOpt = Annotated[
    str | None, typer.Option("--source", metavar="OUTLET", help="Outlet of articles that name none.")
]
OutOpt = Annotated[
    Path | None, typer.Option("-o", "--out", metavar="DIR", help="Folder to write one file per article.")
]
BriefingFormatOpt = Annotated[
    str, typer.Option("-f", "--format", metavar="FORMAT", help="json, md, html or csv (a row per item).")
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option(min=1, max=256, metavar="N", help=f"LLM calls at once. {_env('SUMMARIZER_CONCURRENCY')}"),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        min=1,
        max=64,
        metavar="N",
        help="Processes briefing at once, for the offline engine's CPU work; one per core. "
        + _env("SUMMARIZER_WORKERS"),
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help=f"Ignore cached results. {_env('SUMMARIZER_CACHE=false')}")
]
MaxCostOpt = Annotated[
    float | None,
    typer.Option(
        "--max-cost",
        min=0.0,
        metavar="USD",
        help="Stop sending articles before the run's LLM cost would pass USD; the unsent ones "
        "fail at the budget stage. Needs a priced model (OpenAI's API). " + _env("SUMMARIZER_MAX_COST_USD"),
    ),
]
PassesOpt = Annotated[
    int | None,
    typer.Option(
        min=1,
        max=10,
        metavar="N",
        help="LLM extraction passes per text, items of all kept once, for recall. "
        + _env("SUMMARIZER_PASSES"),
    ),
]


def _count(number: int, noun: str) -> str:
    """'1 incident', '2 incidents'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _usage_error(message: str) -> typer.Exit:
    rep.error(message)
    return typer.Exit(EXIT_USAGE)


def _check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> None:
    if fmt not in allowed:
        raise _usage_error(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")


def _settings(**given: object) -> Settings:
    from pydantic import ValidationError

    from summarizer.config import resolve_settings
    from summarizer.llm.served import with_served_model

    try:
        return with_served_model(resolve_settings(**given))
    except ConfigurationError as exc:
        raise _usage_error(str(exc)) from exc
    except ValidationError as exc:
        # One line per bad value, named as the option or variable that set it (pydantic's
        # own text is a multi-line dump with a documentation URL).
        problems = "; ".join(
            f"{_setting_name(error['loc'], given)}: {error['msg']} (got {error['input']!r})"
            for error in exc.errors()
        )
        raise _usage_error(f"invalid settings: {problems}") from exc


def _run_settings(
    ctx: typer.Context,
    local_model: Path | None,
    model: str | None,
    base_url: str | None,
    engine: str | None,
    concurrency: int | None,
    workers: int | None,
    passes: int | None,
    max_cost: float | None,
    no_cache: bool,
) -> Settings:
    """The settings of a briefing run (brief, daily) from its options."""
    given: dict[str, object] = {"model": model, "base_url": base_url, "engine": engine}
    given |= _local_overrides(ctx, local_model)
    return _settings(
        **given,
        concurrency=concurrency,
        workers=workers,
        passes=passes,
        max_cost_usd=max_cost,
        cache=False if no_cache else None,
    )


def _setting_name(location: tuple[int | str, ...], given: dict[str, object]) -> str:
    field = str(location[0]) if location else "?"
    if given.get(field) is not None:
        return "--" + field.replace("_", "-")
    return f"SUMMARIZER_{field.upper()}"


def _output_folder(out: Path | None) -> OutputFolder | None:
    """The checked output folder: a file or an unwritable folder is a usage error, stated
    before any article is briefed."""
    from summarizer.outputs import OutputFolder

    if out is None:
        return None
    try:
        folder = OutputFolder(out)
    except OutputError as exc:
        raise _usage_error(str(exc)) from exc
    if folder.removed_orphans:
        rep.say(f"removed {folder.removed_orphans} temporary file(s) left in {out} by an interrupted run")
    return folder


LocalModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--local-model",
        metavar="GGUF",
        help="A GGUF file: serve it with llama.cpp on 127.0.0.1 for this run (needs summarizer[local]).",
    ),
]


def _local_overrides(ctx: typer.Context, local_model: Path | None) -> dict[str, object]:
    """Settings pointing at a llama.cpp server started for this command and stopped after it."""
    if local_model is None:
        return {}
    from summarizer.llm.local_server import LOCAL_MODE, local_llama_server

    rep.say(f"starting llama.cpp's server for {local_model} ...")
    try:
        server = ctx.with_resource(local_llama_server(local_model))
    except SummarizerError as exc:
        raise _usage_error(str(exc)) from exc
    # A small model on this machine's CPU takes minutes per article, not seconds.
    timeouts = {"timeout_s": LOCAL_TIMEOUT_S, "article_timeout_s": 3 * LOCAL_TIMEOUT_S}
    return {
        "base_url": server.base_url,
        "model": server.model,
        "mode": LOCAL_MODE,
        "engine": "llm",
        **timeouts,
    }


def describe_engine(settings: Settings) -> str:
    if settings.resolved_engine == "llm":
        where = settings.base_url or "OpenAI"
        return f"engine: llm — model {settings.model} at {where} ({settings.resolved_mode} mode)"
    note = "" if settings.engine == "extractive" else "; no LLM configured (set OPENAI_API_KEY or --base-url)"
    return f"engine: extractive (offline, deterministic{note})"


def render(briefing: Briefing, article: Article, fmt: str) -> str:
    from summarizer.render import briefing_html, briefing_markdown, briefing_rows, csv_text

    if fmt == "json":
        return briefing.model_dump_json(indent=2) + "\n"
    if fmt == "csv":
        return csv_text(briefing_rows(briefing))
    if fmt == "html":
        return briefing_html(briefing, article.text)
    return briefing_markdown(briefing)


def _report_inputs(loaded: list[Loaded]) -> list[Failure]:
    """Print how each input was read (warnings, skips); the inputs that failed, as failures."""
    from summarizer.results import Failure

    for item in loaded:
        for warning in item.warnings:
            rep.warning(f"{item.source}: {warning}")
    return [Failure("-", "input", i.error.reason, source=i.source) for i in loaded if i.error]


def _report_store(store: Store) -> None:
    for warning in store.take_warnings():
        rep.warning(warning)


def _spent(store: Store, since: int) -> str:
    """'; 12 LLM calls, $0.0042' for the calls logged since ``since``; unknown prices say so."""
    calls, cost = store.calls_since(since)
    if calls == 0:
        return ""
    money = (
        f"${cost:,.4f}" if cost is not None else "cost unknown (no listed price for this endpoint or model)"
    )
    return f"; {_count(calls, 'LLM call')}, {money}"


def _report_end(
    done: int, failures: list[Failure], loaded: list[Loaded], where: str, spent: str = ""
) -> None:
    skipped = [i for i in loaded if i.skipped]
    counts = f"{done} briefed{where}, {len(failures)} failed"
    rep.say(counts + (f", {len(skipped)} skipped" if skipped else "") + spent)
    for failure in failures:
        _say_failure(failure)
    for item in skipped:
        rep.say(f"{item.source}: {item.skipped}", "SKIPPED")


_JSONL_LINE = re.compile(r":\d+$")


def _output_stem(item: Loaded, article: Article) -> str:
    """The input file's name, or the last part of a URL's path; the article id for stdin,
    each line of a JSONL file, and a URL without a path."""
    from summarizer.inputs.fetch import is_url

    if is_url(item.source):
        return Path(urllib.parse.urlsplit(item.source).path).stem or article.id
    from_file = item.source != "<stdin>" and not _JSONL_LINE.search(item.source)
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
    prompt: Annotated[
        str, typer.Option(metavar="PROMPT", help="Prompt id/version or a .yaml path.")
    ] = DEFAULT_PROMPT,
    concurrency: ConcurrencyOpt = None,
    workers: WorkersOpt = None,
    passes: PassesOpt = None,
    max_cost: MaxCostOpt = None,
    no_cache: NoCacheOpt = False,
    date: DateOpt = None,
    source: SourceOpt = None,
    local_model: LocalModelOpt = None,
) -> None:
    """Brief each article: actors, incidents, quotes and figures, grounded in the text."""
    from rich.progress import Progress

    from summarizer.article import distinct_ids
    from summarizer.inputs.fetch import PageFetcher
    from summarizer.inputs.read import load_inputs
    from summarizer.models.common import content_id
    from summarizer.outputs import write_atomic
    from summarizer.pipeline.runner import Summarizer, with_note
    from summarizer.render import BRIEFING_FORMATS, briefing_rows, csv_text
    from summarizer.results import Failure

    _check_format(fmt, BRIEFING_FORMATS)
    defaults = _defaults(date, source)
    folder = _output_folder(out)
    settings = _run_settings(
        ctx, local_model, model, base_url, engine, concurrency, workers, passes, max_cost, no_cache
    )
    try:
        runner = ctx.with_resource(Summarizer(settings, prompt))
    except SummarizerError as exc:
        raise _usage_error(str(exc)) from exc
    rep.say(describe_engine(settings))
    if settings.resolved_engine == "extractive" and prompt != DEFAULT_PROMPT:
        rep.warning(f"the offline engine uses no prompt: --prompt {prompt} is ignored")
    _report_store(runner.store)

    first_call = runner.store.last_call_id()
    with PageFetcher(runner.store) as fetcher:
        loaded = load_inputs(paths, defaults, fetcher)
    failures = _report_inputs(loaded)
    readable = [i for i in loaded if i.article is not None]
    several_to_stdout = folder is None and len(readable) > 1
    if several_to_stdout and fmt == "html":
        raise _usage_error("several articles cannot share one HTML page on stdout; give --out FOLDER")
    # Two inputs with one id and different texts are both briefed; the same text given
    # twice is briefed once, and each input still gets its own output.
    inputs_by_id: dict[str, list[tuple[Loaded, Article]]] = {}
    notes: dict[str, str] = {}
    articles = distinct_ids(i.article for i in readable if i.article is not None)
    for item, (article, note) in zip(readable, articles, strict=True):
        inputs_by_id.setdefault(article.id, []).append((item, article))
        if note is not None:
            notes[article.id] = note
            rep.warning(f"{item.source}: {note}")
    paths_out = (
        {
            id(item): folder.reserve(
                _output_stem(item, article), fmt, fallback=content_id(article.text), tiebreak=article.id
            )
            for group in inputs_by_id.values()
            for item, article in group
        }
        if folder
        else {}
    )
    done = 0
    show_progress = len(inputs_by_id) > 1 and rep.is_terminal
    with Progress(console=rep.console, transient=True, disable=not show_progress) as progress:
        task = progress.add_task("briefing", total=len(inputs_by_id))
        for result in runner.summarize_many(group[0][1] for group in inputs_by_id.values()):
            progress.advance(task)
            article_id = result.article_id if isinstance(result, Failure) else result.article.id
            for item, article in inputs_by_id[article_id]:
                outcome = with_note(result, notes.get(article_id))
                if isinstance(outcome, Failure):
                    failures.append(Failure(**{**outcome.__dict__, "source": item.source}))
                    continue
                briefing = outcome.model_copy(update={"article": article.meta})
                if folder is None:
                    # Several articles on stdout stay machine-readable: JSON lines, or
                    # Markdown documents split by a rule.
                    if several_to_stdout and fmt == "json":
                        sys.stdout.write(briefing.model_dump_json() + "\n")
                    elif fmt == "csv":  # one table: the header once
                        sys.stdout.write(csv_text(briefing_rows(briefing), header=done == 0))
                    else:
                        sys.stdout.write(
                            ("\n---\n\n" if done and several_to_stdout else "")
                            + render(briefing, article, fmt)
                        )
                    done += 1
                    continue
                text = render(briefing, article, fmt)
                try:
                    write_atomic(paths_out[id(item)], text)
                except OSError as exc:
                    reason = f"cannot write {paths_out[id(item)]}: {exc.strerror or exc}"
                    failures.append(Failure(article.id, "output", reason, source=item.source))
                    continue
                done += 1
    _report_store(runner.store)
    _report_end(done, failures, loaded, f" to {out}" if out else "", _spent(runner.store, first_call))
    if failures:
        raise typer.Exit(EXIT_FAILURES)


def _defaults(date: str | None, source: str | None) -> Defaults:
    from summarizer.inputs.read import Defaults

    try:
        published = dt.date.fromisoformat(date) if date else None
    except ValueError as exc:
        raise _usage_error(f"--date must be YYYY-MM-DD, not {date!r}") from exc
    return Defaults(published=published, source=source)


@app.command()
def daily(
    ctx: typer.Context,
    paths: PathsArg,
    date: DateOpt = None,
    source: SourceOpt = None,
    out: Annotated[
        Path | None,
        typer.Option("-o", "--out", metavar="DIR", help="Folder to write daily-DATE.<format> into."),
    ] = None,
    fmt: Annotated[str, typer.Option("-f", "--format", metavar="FORMAT", help="md, html or json.")] = "md",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    prompt: Annotated[
        str, typer.Option(metavar="PROMPT", help="Briefing prompt id/version.")
    ] = DEFAULT_PROMPT,
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
    from summarizer.outputs import write_atomic
    from summarizer.pipeline.runner import store_for
    from summarizer.render import daily_html, daily_markdown

    _check_format(fmt)
    defaults = _defaults(date, source)
    folder = _output_folder(out)
    settings = _run_settings(
        ctx, local_model, model, base_url, engine, concurrency, workers, passes, max_cost, no_cache
    )
    with PageFetcher(store_for(settings)) as fetcher:
        loaded = load_inputs(paths, defaults, fetcher)
    articles = [i.article for i in loaded if i.article is not None]
    day = defaults.published or _common_date(articles)
    if day is None:
        raise _usage_error("give --date YYYY-MM-DD: the articles carry no publication date")
    input_failures = _report_inputs(loaded)
    rep.say(describe_engine(settings))
    try:
        result = daily_briefing(
            articles,
            date=day,
            settings=settings,
            prompt=prompt,
            daily_prompt=daily_prompt,
            input_failures=input_failures,
            on_result=_debug_internal,
        )
    except SummarizerError as exc:
        raise _usage_error(str(exc)) from exc
    if fmt == "json":
        text = result.model_dump_json(indent=2) + "\n"
    elif fmt == "html":
        text = daily_html(result, {a.id: a.text for a in articles})
    else:
        text = daily_markdown(result)
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
        + f"; {_count(len(result.incidents), 'incident')}, "
        + f"{_count(len(result.conflicts), 'figure conflict')}; "
        + f"top line: {result.provenance.top_line_engine}{written}"
    )
    for entry in failed:
        label = entry.article.title or entry.article.id
        rep.say(f"{label}: {entry.stage} failed: {entry.reason}", "FAILED")
    for item in skipped:
        rep.say(f"{item.source}: {item.skipped}", "SKIPPED")
    for warning in result.warnings:
        rep.warning(warning)
    _report_store(store_for(settings))
    if failed:
        raise typer.Exit(EXIT_FAILURES)


def _common_date(articles: list[Article]) -> dt.date | None:
    dates = Counter(a.published for a in articles if a.published)
    return dates.most_common(1)[0][0] if dates else None


def _read_log(read: Callable[[], T]) -> T:
    try:
        return read()
    except sqlite3.Error as exc:
        rep.error(f"the run log cannot be read: {exc}")
        raise typer.Exit(EXIT_FAILURES) from exc


def _batch_runner(model: str | None, base_url: str | None, prompt: str = DEFAULT_PROMPT) -> BatchRunner:
    from summarizer.batch.runner import BatchRunner  # here: the other commands need not import it

    try:
        return BatchRunner(_settings(model=model, base_url=base_url, engine="llm"), prompt)
    except SummarizerError as exc:
        raise _usage_error(str(exc)) from exc


def _batch_step(step: Callable[[], T]) -> T:
    """A Batch API step; its failure (the endpoint refusing, an unknown batch) is one line
    and exit status 1, and what was done before it is kept in the store."""
    try:
        return step()
    except SummarizerError as exc:
        rep.error(str(exc))
        raise typer.Exit(EXIT_FAILURES) from exc


def _say_failure(failure: Failure) -> None:
    """A failure on one line; under ``--debug``, an internal one (a bug) with its traceback."""
    rep.say(failure.line(), "FAILED")
    if failure.traceback and _debugging():
        rep.console.print(failure.traceback.rstrip(), markup=False, highlight=False)


def _debugging() -> bool:
    return _options["debug"] or "--debug" in sys.argv[1:]


def _debug_internal(article: Article, result: Briefing | Failure) -> None:
    """Under ``--debug``, an article's internal failure (a bug) with its traceback, as it happens."""
    from summarizer.results import Failure

    if isinstance(result, Failure) and result.traceback and _debugging():
        _say_failure(result)


def _exit_if_any(failures: list[Failure]) -> None:
    """Each failure on a line of its own, then exit status 1 if there was any."""
    for failure in failures:
        _say_failure(failure)
    if failures:
        raise typer.Exit(EXIT_FAILURES)


@batch_app.command("submit")
def batch_submit(
    ctx: typer.Context,
    paths: PathsArg,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    prompt: Annotated[str, typer.Option(metavar="PROMPT", help="Prompt id/version.")] = DEFAULT_PROMPT,
    date: DateOpt = None,
    source: SourceOpt = None,
) -> None:
    """Send the articles not already briefed as one batch; `batch collect` gets the results."""
    from summarizer.article import distinct_ids
    from summarizer.inputs.fetch import PageFetcher
    from summarizer.inputs.read import load_inputs
    from summarizer.models import Briefing
    from summarizer.results import Failure

    runner = ctx.with_resource(_batch_runner(model, base_url, prompt))
    with PageFetcher(runner.store) as fetcher:
        loaded = load_inputs(paths, _defaults(date, source), fetcher)
    failures = _report_inputs(loaded)
    articles = [article for article, _ in distinct_ids(i.article for i in loaded if i.article is not None)]
    state, settled = _batch_step(lambda: runner.submit(articles))
    cached = sum(isinstance(r, Briefing) for r in settled)
    failures += [r for r in settled if isinstance(r, Failure)]
    if state is None:
        rep.say(f"nothing to send: {cached} already briefed (cached; `summarizer brief` returns them)")
    else:
        rep.say(f"submitted {state.describe()}; {cached} already briefed (cached)")
    _exit_if_any(failures)


@batch_app.command("status")
def batch_status(model: ModelOpt = None, base_url: BaseUrlOpt = None) -> None:
    """Every batch of this store, as the endpoint reports it now, and the articles waiting."""
    with _batch_runner(model, base_url) as runner:
        for state in _batch_step(runner.refresh):
            rep.say(state.describe())
        rep.say(f"{runner.pending()} article(s) waiting for results")


@batch_app.command("collect")
def batch_collect(
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    out: OutOpt = None,
    fmt: BriefingFormatOpt = "json",
    wait: Annotated[bool, typer.Option("--wait", help="Poll until every article is settled.")] = False,
    poll: Annotated[
        float, typer.Option(min=0.0, metavar="SECONDS", help="Seconds between polls with --wait.")
    ] = 60.0,
    sync_reasks: Annotated[
        bool,
        typer.Option(
            "--sync-reasks", help="Send re-asks at once at the full price, not as a follow-up batch."
        ),
    ] = False,
) -> None:
    """Brief every article whose batch results are in (validated and grounded like `brief`)."""
    from summarizer.models.common import content_id
    from summarizer.outputs import write_atomic
    from summarizer.render import BRIEFING_FORMATS
    from summarizer.results import Failure

    _check_format(fmt, BRIEFING_FORMATS)
    folder = _output_folder(out)
    done, failures = 0, []
    with _batch_runner(model, base_url) as runner:
        while True:
            results, follow_up = _batch_step(lambda: runner.collect(sync_reasks))
            for article, result in results:
                if isinstance(result, Failure):
                    failures.append(result)
                    continue
                text = render(result, article, fmt)
                if folder is None:
                    sys.stdout.write(text)
                else:
                    path = folder.reserve(result.article.id, fmt, fallback=content_id(article.text))
                    write_atomic(path, text)
                done += 1
            if follow_up is not None:
                rep.say(f"re-asks sent as {follow_up.describe()}")
            waiting = runner.pending()
            if not wait or waiting == 0:
                break
            rep.say(f"{waiting} article(s) waiting; next look in {poll:g} s")
            time.sleep(poll)
    rep.say(f"{done} briefed{f' to {out}' if out else ''}, {len(failures)} failed, {waiting} waiting")
    _exit_if_any(failures)


@batch_app.command("cancel")
def batch_cancel(
    batch_id: Annotated[str, typer.Argument(metavar="BATCH_ID", help="The batch id `batch status` shows.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Cancel a batch; what it finished is still collected, the rest fails."""
    with _batch_runner(model, base_url) as runner:
        rep.say(_batch_step(lambda: runner.cancel(batch_id)).describe())


_NESTED_FIELDS = ("request_messages", "parameters", "raw_response")


def _nested(row: dict[str, object]) -> dict[str, object]:
    """A logged call with its JSON fields as JSON, not as strings inside JSON."""
    for field in _NESTED_FIELDS:
        value = row.get(field)
        if isinstance(value, str):
            with contextlib.suppress(json.JSONDecodeError):
                row[field] = json.loads(value)
    return row


@logs_app.callback(invoke_without_command=True)
def logs_list(
    ctx: typer.Context,
    limit: Annotated[
        int, typer.Option("-n", "--limit", min=1, metavar="N", help="How many calls, newest first.")
    ] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    article: Annotated[str | None, typer.Option(metavar="ID", help="Only calls for this article id.")] = None,
    model: Annotated[
        str | None, typer.Option("-m", "--model", metavar="MODEL", help="Only calls to this model.")
    ] = None,
    prompt: Annotated[
        str | None, typer.Option(metavar="PROMPT", help="Only calls with this prompt: id or id/version.")
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            "-q",
            "--query",
            metavar="WORDS",
            help="Only calls whose messages, reply or error hold these words.",
        ),
    ] = None,
) -> None:
    """List recent LLM calls, newest first; `logs show ID` for one in full."""
    from summarizer.pipeline.runner import store_for

    if ctx.invoked_subcommand is not None:
        return
    store = store_for(_settings())
    _report_store(store)
    rows = _read_log(lambda: store.list_calls(limit, article, model, prompt, query))
    if not rows:
        filtered = any((article, model, prompt, query))
        rep.say(f"no {'matching ' if filtered else ''}LLM calls in the run log {store.path}")
        return
    for row in rows:
        if as_json:
            sys.stdout.write(json.dumps(_nested(row), ensure_ascii=False) + "\n")
            continue
        status = row["error"] or "ok"
        tokens = row["total_tokens"] or 0
        cost = "$?" if row["cost_usd"] is None else f"${row['cost_usd']:.5f}"
        sys.stdout.write(
            f"{row['id']:>6}  {row['created_at']}  {row['article_id']}  {row['model']}  "
            f"{row['prompt_id']}/{row['prompt_version']}  {row['purpose']}  {tokens} tok  {cost}  "
            f"{row['latency_ms']:.0f} ms  {status[:80]}\n"
        )


@logs_app.command("path")
def logs_path() -> None:
    """Print where the run log (the store) is."""
    from summarizer.pipeline.runner import store_for

    sys.stdout.write(f"{store_for(_settings()).path}\n")


@logs_app.command("status")
def logs_status() -> None:
    """Calls, failures and tokens by day and model."""
    from summarizer.pipeline.runner import store_for

    store = store_for(_settings())
    _report_store(store)
    totals = _read_log(store.call_totals)
    if not totals:
        rep.say(f"no LLM calls in the run log {store.path}")
        return
    header = ("day", "model", "calls", "failed", "prompt tok", "completion tok", "cost USD")
    sys.stdout.write("{:<10}  {:<24}  {:>7}  {:>6}  {:>11}  {:>14}  {:>10}\n".format(*header))
    for row in totals:
        cost = "unknown" if row["cost_usd"] is None else f"{row['cost_usd']:.4f}"
        sys.stdout.write(
            f"{row['day']:<10}  {str(row['model'])[:24]:<24}  {row['calls']:>7,}  {row['failed']:>6,}  "
            f"{row['prompt_tokens']:>11,}  {row['completion_tokens']:>14,}  {cost:>10}\n"
        )


@logs_app.command("show")
def logs_show(
    call_id: Annotated[int, typer.Argument(metavar="CALL_ID", help="A call's id, as `logs` lists them.")],
) -> None:
    """Show one call in full: request messages, raw response, usage, error."""
    from summarizer.pipeline.runner import store_for

    store = store_for(_settings())
    _report_store(store)
    row = _read_log(lambda: store.get_call(call_id))
    if row is None:
        raise _usage_error(f"no call with id {call_id}")
    sys.stdout.write(json.dumps(_nested(row), indent=2, ensure_ascii=False) + "\n")


@app.command()
def prompts(
    release: Annotated[
        bool, typer.Option("--release", help="Add new prompt versions to prompts/prompts.lock.")
    ] = False,
) -> None:
    """List the shipped prompt versions with their hashes, and check them against the lock."""
    from summarizer.prompts import available_prompts, load_prompt, lock_problems, release_new_prompts

    if release:
        for ref in release_new_prompts():
            rep.say(f"released {ref}")
    for ref in available_prompts():
        sys.stdout.write(f"{ref}  {load_prompt(ref).hash}\n")
    problems = lock_problems()
    for problem in problems:
        rep.say(problem, "LOCK")
    if problems:
        raise typer.Exit(EXIT_FAILURES)


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(metavar="HOST", help="Address to bind; beyond loopback needs tokens.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")] = 8000,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    processes: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            metavar="N",
            help="Server processes sharing the port, store and metrics; one per core uses every core.",
        ),
    ] = 1,
) -> None:
    """Serve the HTTP API and web page (FastAPI + uvicorn): POST /v1/briefings, /v1/jobs, ..."""
    from summarizer.service import serve as run_service

    settings = _settings(model=model, base_url=base_url, engine=engine)
    rep.say(describe_engine(settings))
    try:
        run_service(settings, host, port, processes)
    except SummarizerError as exc:
        raise _usage_error(str(exc)) from exc


@app.command("eval")
def eval_command(
    prompt: Annotated[
        list[str] | None,
        typer.Option(metavar="PROMPT", help="Prompt version to run; give it twice to compare two."),
    ] = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
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
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Run record path (default evals/runs/<time>.json, or runs/<time>.json in a set folder).",
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
) -> None:
    """Score briefings against gold; compare prompt versions; gate regressions."""
    from summarizer.evals.compare import gate, paired_bootstrap
    from summarizer.evals.record import load_record
    from summarizer.evals.report import (
        aligned,
        checks_line,
        delta_rows,
        html_report,
        markdown_report,
        summary_rows,
    )
    from summarizer.evals.runner import (
        EVAL_SETS,
        load_set,
        new_record,
        run_variant,
        score_outputs,
        variant_name,
        write_record,
    )
    from summarizer.evals.runner import (
        rescore as rescore_record,
    )
    from summarizer.outputs import write_atomic

    try:
        items = load_set(root, set_name)
    except SummarizerError as exc:
        raise _usage_error(str(exc)) from exc
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if rescore is not None:
        try:
            record = rescore_record(rescore, items)
        except SummarizerError as exc:
            raise _usage_error(str(exc)) from exc
        # A new record beside the old one: a stored record is evidence and stays as it was.
        path = out or rescore.with_name(f"{rescore.stem}.rescored-{stamp}.json")
    else:
        settings = _settings(model=model, base_url=base_url, engine=engine)
        rep.say(describe_engine(settings))
        record = new_record(root, set_name, repeats)
        for version in prompt or [DEFAULT_PROMPT]:
            try:
                identity, outputs, cost_usd = run_variant(items, settings, version, repeats)
            except SummarizerError as exc:
                raise _usage_error(str(exc)) from exc
            record["variants"][variant_name(settings, version)] = {
                "identity": identity,
                "prompt": version,
                "outputs": outputs,
                "scores": score_outputs(items, outputs),
                "cost_usd": cost_usd,
            }
        runs = root / "evals" / "runs" if set_name in EVAL_SETS else Path(set_name) / "runs"
        path = out or runs / f"{stamp}.json"
    variants = list(record["variants"].values())
    deltas = None
    if baseline is not None:
        try:
            base = load_record(baseline).model_dump(mode="json")
        except SummarizerError as exc:
            raise _usage_error(str(exc)) from exc
        deltas = paired_bootstrap(
            next(iter(base["variants"].values()))["scores"]["per_article"],
            variants[-1]["scores"]["per_article"],
        )
    elif len(variants) == 2:
        deltas = paired_bootstrap(variants[0]["scores"]["per_article"], variants[1]["scores"]["per_article"])
    record["comparison"] = [d.__dict__ for d in deltas] if deltas else None
    write_record(record, path)
    write_atomic(path.with_suffix(".md"), markdown_report(record, deltas))
    write_atomic(path.with_suffix(".html"), html_report(record, items, deltas))
    sys.stdout.write(aligned(summary_rows(record)))
    for name, variant in record["variants"].items():
        sys.stdout.write(f"{name}: {checks_line(variant)}\n")
    if deltas:
        sys.stdout.write(aligned(delta_rows(deltas)))
    sys.stdout.write(f"record: {path} (+ .md, .html)\n")
    if baseline is not None:
        reasons = gate(deltas or [], variants[-1]["scores"]["checks"], max_drop)
        for reason in reasons:
            rep.say(reason, "GATE")
        if reasons:
            raise typer.Exit(EXIT_FAILURES)
        rep.say("gate passed")
