"""Command line: ``summarizer brief``, ``summarizer logs`` (and more as they land).

Each command is a thin layer over the library: parse options, call it, print.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from summarizer.article import Article
from summarizer.config import Settings, resolve_settings
from summarizer.daily.topline import DAILY_PROMPT
from summarizer.errors import SummarizerError
from summarizer.inputs import Defaults, Loaded, load_inputs
from summarizer.models.briefing_v1 import Briefing
from summarizer.models.common import content_id
from summarizer.outputs import safe_name, write_atomic
from summarizer.pipeline import DEFAULT_PROMPT, Failure, Summarizer
from summarizer.render import FORMATS, briefing_html, briefing_markdown, daily_html, daily_markdown

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
logs_app = typer.Typer(help="Read the run log of LLM calls.")
app.add_typer(logs_app, name="logs")
err = Console(stderr=True, highlight=False)

EXIT_FAILURES = 1
EXIT_USAGE = 2

ModelOpt = Annotated[str | None, typer.Option(help="Model name (env SUMMARIZER_MODEL).")]
BaseUrlOpt = Annotated[
    str | None, typer.Option(help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1.")
]
EngineOpt = Annotated[
    str | None, typer.Option(help="auto (LLM if configured, else offline), llm, extractive.")
]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        err.print(f"[red]--format must be one of {', '.join(FORMATS)}, not {escape(repr(fmt))}[/red]")
        raise typer.Exit(EXIT_USAGE)


def _settings(**given: object) -> Settings:
    try:
        return resolve_settings(**given)
    except ValueError as exc:
        err.print(f"[red]invalid settings:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc


LocalModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--local-model",
        help="A GGUF file: serve it with llama.cpp on 127.0.0.1 for this run (needs summarizer[local]).",
    ),
]


def _local_overrides(ctx: typer.Context, local_model: Path | None) -> dict[str, object]:
    """Settings pointing at a llama.cpp server started for this command and stopped after it."""
    if local_model is None:
        return {}
    from summarizer.local_server import LOCAL_MODE, local_llama_server

    err.print(f"starting llama.cpp's server for {escape(str(local_model))} ...")
    try:
        server = ctx.with_resource(local_llama_server(local_model))
    except SummarizerError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc
    return {"base_url": server.base_url, "model": server.model, "mode": LOCAL_MODE, "engine": "llm"}


def describe_engine(settings: Settings) -> str:
    if settings.resolved_engine == "llm":
        where = settings.base_url or "OpenAI"
        return f"engine: llm — model {settings.model} at {where} ({settings.resolved_mode} mode)"
    note = "" if settings.engine == "extractive" else "; no LLM configured (set OPENAI_API_KEY or --base-url)"
    return f"engine: extractive (offline, deterministic{note})"


def render(briefing: Briefing, article: Article, fmt: str) -> str:
    if fmt == "json":
        return briefing.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        return briefing_html(briefing, article.text)
    return briefing_markdown(briefing)


def _output_name(item: Loaded, article: Article, fmt: str) -> str:
    """The input file's name; the article id for stdin and for each line of a JSONL file."""
    from_file = item.source != "<stdin>" and not re.search(r":\d+$", item.source)
    stem = Path(item.source).stem if from_file else article.id
    return f"{safe_name(stem, content_id(article.text))}.{fmt}"


def _output_names(items: list[Loaded], fmt: str) -> dict[int, str]:
    """One file name per input, fixed in input order so a re-run writes the same files; two
    inputs with one name (a/x.txt, b/x.txt) are told apart by article id."""
    names: dict[int, str] = {}
    used: set[str] = set()
    for item in items:
        assert item.article is not None
        name = _output_name(item, item.article, fmt)
        if name in used:
            name = f"{Path(name).stem}-{item.article.id}.{fmt}"
        used.add(name)
        names[id(item)] = name
    return names


@app.command()
def brief(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    out: Annotated[Path | None, typer.Option(help="Folder to write one file per article.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, md or html.")] = "md",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    prompt: Annotated[str, typer.Option(help="Prompt id/version or a .yaml path.")] = DEFAULT_PROMPT,
    concurrency: Annotated[int | None, typer.Option(min=1, max=256)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore cached results.")] = False,
    date: DateOpt = None,
    source: SourceOpt = None,
    local_model: LocalModelOpt = None,
) -> None:
    """Brief each article: actors, incidents, quotes and figures, grounded in the text."""
    _check_format(fmt)
    given: dict[str, object] = {"model": model, "base_url": base_url, "engine": engine}
    given |= _local_overrides(ctx, local_model)
    settings = _settings(**given, concurrency=concurrency, cache=False if no_cache else None)
    try:
        runner = Summarizer(settings, prompt)
    except SummarizerError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc
    err.print(describe_engine(settings))

    loaded = load_inputs(paths, _defaults(date, source))
    failures = [Failure("-", "input", i.error.reason, source=i.source) for i in loaded if i.error]
    # The same text given twice is briefed once; each input still gets its own output.
    inputs_by_id: dict[str, list[Loaded]] = {}
    for item in loaded:
        if item.article is not None:
            inputs_by_id.setdefault(item.article.id, []).append(item)
    articles = [items[0].article for items in inputs_by_id.values() if items[0].article is not None]
    names = _output_names([i for i in loaded if i.article is not None], fmt)
    done = 0
    show_progress = len(articles) > 1 and err.is_terminal
    with Progress(console=err, transient=True, disable=not show_progress) as progress:
        task = progress.add_task("briefing", total=len(articles))
        for result in runner.summarize_many(articles):
            progress.advance(task)
            article_id = result.article_id if isinstance(result, Failure) else result.article.id
            for item in inputs_by_id[article_id]:
                if isinstance(result, Failure):
                    failures.append(Failure(**{**result.__dict__, "source": item.source}))
                    continue
                assert item.article is not None
                done += 1
                text = render(result.model_copy(update={"article": item.article.meta}), item.article, fmt)
                if out is None:
                    sys.stdout.write(text)
                    continue
                write_atomic(out / names[id(item)], text)
    where = f" to {out}" if out else ""
    err.print(f"{done} briefed{escape(where)}, {len(failures)} failed")
    for failure in failures:
        err.print(f"[red]FAILED[/red] {escape(failure.line())}", soft_wrap=True)
    if failures:
        raise typer.Exit(EXIT_FAILURES)


DateOpt = Annotated[
    str | None, typer.Option("--date", help="YYYY-MM-DD: publication date of articles that give none.")
]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Outlet of articles that name none.")]


def _defaults(date: str | None, source: str | None) -> Defaults:
    try:
        published = dt.date.fromisoformat(date) if date else None
    except ValueError as exc:
        err.print(f"[red]--date must be YYYY-MM-DD, not {escape(repr(date))}[/red]")
        raise typer.Exit(EXIT_USAGE) from exc
    return Defaults(published=published, source=source)


@app.command()
def daily(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, or - for stdin.")],
    date: DateOpt = None,
    source: SourceOpt = None,
    out: Annotated[Path | None, typer.Option(help="Folder to write daily-DATE.<format> into.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    engine: EngineOpt = None,
    prompt: Annotated[str, typer.Option(help="Briefing prompt id/version.")] = DEFAULT_PROMPT,
    daily_prompt: Annotated[str, typer.Option(help="Top-line prompt id/version.")] = DAILY_PROMPT,
    concurrency: Annotated[int | None, typer.Option(min=1, max=256)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore cached results.")] = False,
    local_model: LocalModelOpt = None,
) -> None:
    """Merge a day's articles into one briefing: events once with every source, conflicts flagged."""
    from summarizer.daily import daily_briefing

    _check_format(fmt)
    defaults = _defaults(date, source)
    given: dict[str, object] = {"model": model, "base_url": base_url, "engine": engine}
    given |= _local_overrides(ctx, local_model)
    settings = _settings(**given, concurrency=concurrency, cache=False if no_cache else None)
    loaded = load_inputs(paths, defaults)
    articles = [i.article for i in loaded if i.article is not None]
    day = defaults.published or _common_date(articles)
    if day is None:
        err.print("[red]give --date YYYY-MM-DD: the articles carry no publication date[/red]")
        raise typer.Exit(EXIT_USAGE)
    input_failures = [Failure("-", "input", i.error.reason, source=i.source) for i in loaded if i.error]
    err.print(describe_engine(settings))
    try:
        result = daily_briefing(
            articles,
            date=day,
            settings=settings,
            prompt=prompt,
            daily_prompt=daily_prompt,
            input_failures=input_failures,
        )
    except SummarizerError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc
    if fmt == "json":
        text = result.model_dump_json(indent=2) + "\n"
    elif fmt == "html":
        text = daily_html(result, {a.id: a.text for a in articles})
    else:
        text = daily_markdown(result)
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomic(out / f"daily-{day.isoformat()}.{fmt}", text)
    failed = [a for a in result.articles if a.status == "failed"]
    briefed = len(result.articles) - len(failed)
    where = f" to {out}" if out else ""
    top_line_by = result.provenance.top_line_engine
    err.print(
        f"{briefed} briefed, {len(failed)} failed; {len(result.incidents)} incidents, "
        f"{len(result.conflicts)} figure conflicts; top line: {top_line_by}{escape(where)}"
    )
    for entry in failed:
        label = entry.article.title or entry.article.id
        err.print(
            f"[red]FAILED[/red] {escape(f'{label}: {entry.stage} failed: {entry.reason}')}", soft_wrap=True
        )
    for warning in result.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
    if failed:
        raise typer.Exit(EXIT_FAILURES)


def _common_date(articles: list[Article]) -> dt.date | None:
    dates = Counter(a.published for a in articles if a.published)
    return dates.most_common(1)[0][0] if dates else None


@logs_app.callback(invoke_without_command=True)
def logs_list(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    article: Annotated[str | None, typer.Option(help="Only calls for this article id.")] = None,
) -> None:
    """List recent LLM calls, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    from summarizer.pipeline import store_for

    rows = store_for(_settings()).list_calls(limit=limit, article_id=article)
    for row in rows:
        if as_json:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        status = row["error"] or "ok"
        tokens = row["total_tokens"] or 0
        sys.stdout.write(
            f"{row['id']:>6}  {row['created_at']}  {row['article_id']}  {row['model']}  "
            f"{row['prompt_id']}/{row['prompt_version']}  {row['purpose']}  {tokens} tok  "
            f"{row['latency_ms']:.0f} ms  {status[:80]}\n"
        )


@logs_app.command("show")
def logs_show(call_id: int) -> None:
    """Show one call in full: request messages, raw response, usage, error."""
    from summarizer.pipeline import store_for

    row = store_for(_settings()).get_call(call_id)
    if row is None:
        err.print(f"[red]no call with id {call_id}[/red]")
        raise typer.Exit(EXIT_USAGE)
    for field in ("request_messages", "parameters", "raw_response"):
        if row.get(field):
            with contextlib.suppress(json.JSONDecodeError):
                row[field] = json.loads(row[field])
    sys.stdout.write(json.dumps(row, indent=2, ensure_ascii=False) + "\n")


@app.command("eval")
def eval_command(
    prompt: Annotated[
        list[str] | None, typer.Option(help="Prompt version(s) to run; two to compare.")
    ] = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    repeats: Annotated[int, typer.Option(min=1)] = 1,
    set_name: Annotated[str, typer.Option("--set", help="Folder of articles matching evals/gold.")] = "seeds",
    root: Annotated[Path, typer.Option(help="Project folder holding evals/gold and the set.")] = Path("."),
    out: Annotated[
        Path | None, typer.Option(help="Run record path (default evals/runs/<time>.json).")
    ] = None,
    rescore: Annotated[
        Path | None, typer.Option(help="Re-score a stored run record; no model calls.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Compare against (and gate on) this run record.")
    ] = None,
    max_drop: Annotated[
        float, typer.Option(help="Gate: fail if a metric's CI reaches below -max_drop.")
    ] = 0.05,
) -> None:
    """Score briefings against gold; compare prompt versions; gate regressions."""
    try:
        import scipy  # noqa: F401 - the scorer's assignment solver
    except ImportError as exc:
        err.print("[red]evals need scipy:[/red] pip install 'summarizer\\[eval]'")
        raise typer.Exit(EXIT_USAGE) from exc
    from summarizer.evals.compare import gate, paired_bootstrap
    from summarizer.evals.report import checks_line, delta_rows, html_report, markdown_report, summary_rows
    from summarizer.evals.runner import (
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

    items = load_set(root, set_name)
    if rescore is not None:
        record = rescore_record(json.loads(rescore.read_text(encoding="utf-8")), items)
        path = out or rescore
    else:
        settings = _settings(model=model, base_url=base_url, engine=engine)
        err.print(describe_engine(settings))
        record = new_record(root, set_name, repeats)
        for version in prompt or [DEFAULT_PROMPT]:
            try:
                identity, outputs = run_variant(items, settings, version, repeats)
            except SummarizerError as exc:
                err.print(f"[red]error:[/red] {escape(str(exc))}")
                raise typer.Exit(EXIT_USAGE) from exc
            record["variants"][variant_name(settings, version)] = {
                "identity": identity,
                "prompt": version,
                "outputs": outputs,
                "scores": score_outputs(items, outputs),
            }
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = out or root / "evals" / "runs" / f"{stamp}.json"
    variants = list(record["variants"].values())
    deltas = None
    if baseline is not None:
        base = json.loads(baseline.read_text(encoding="utf-8"))
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
    for row in summary_rows(record):
        sys.stdout.write("  ".join(f"{c:<10}" for c in row[:6]) + "  " + row[6] + "\n")
    for name, variant in record["variants"].items():
        sys.stdout.write(f"{name}: {checks_line(variant)}\n")
    if deltas:
        for row in delta_rows(deltas):
            sys.stdout.write("  ".join(f"{c:<16}" for c in row) + "\n")
    sys.stdout.write(f"record: {path} (+ .md, .html)\n")
    if baseline is not None:
        reasons = gate(deltas or [], variants[-1]["scores"]["checks"], max_drop)
        for reason in reasons:
            err.print(f"[red]GATE[/red] {escape(reason)}")
        if reasons:
            raise typer.Exit(EXIT_FAILURES)
        err.print("gate passed")
