"""``summarizer batch``: submit, status, collect and cancel Batch API runs."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    batch_app,
    rep,
)
from summarizer.cli.options import (
    BaseUrlOpt,
    BriefingFormatOpt,
    DateOpt,
    LangOpt,
    ModelOpt,
    OutOpt,
    PathsArg,
    PromptOpt,
    SourceOpt,
)
from summarizer.cli.report import (
    check_format,
    exit_if_any,
    input_defaults,
    output_folder,
    report_inputs,
    usage_error,
)
from summarizer.cli.settings import resolved_settings
from summarizer.errors import SummarizerError

if TYPE_CHECKING:
    from summarizer.batch.runner import BatchRunner

T = TypeVar("T")


def batch_runner(model: str | None, base_url: str | None, prompt: str | None = None) -> BatchRunner:
    from summarizer.batch.runner import BatchRunner  # here: the other commands need not import it

    settings = resolved_settings(model=model, base_url=base_url, engine="llm")
    if not settings.llm_configured:
        # batch has no --engine: the offline engine is `brief`'s, not an option here.
        raise usage_error(
            "the Batch API needs an LLM endpoint: set OPENAI_API_KEY, or pass --base-url for an "
            "OpenAI-compatible server with /v1/batches; to work offline, `summarizer brief` uses the "
            "offline engine with no LLM configured"
        )
    try:
        return BatchRunner(settings, prompt)
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc


def batch_step(step: Callable[[], T]) -> T:
    """A Batch API step; its failure (the endpoint refusing, an unknown batch) is one line
    and exit status 1, and what was done before it is kept in the store."""
    try:
        return step()
    except SummarizerError as exc:
        rep.error(str(exc))
        raise typer.Exit(EXIT_FAILURES) from exc


@batch_app.command("submit")
def batch_submit(
    ctx: typer.Context,
    paths: PathsArg,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    prompt: PromptOpt = None,
    date: DateOpt = None,
    source: SourceOpt = None,
    lang: LangOpt = None,
) -> None:
    """Send the articles not already briefed as one batch; `batch collect` gets the results."""
    from summarizer.inputs.fetch import PageFetcher
    from summarizer.inputs.read import load_inputs
    from summarizer.models import Briefing
    from summarizer.pipeline.distinct import prepare
    from summarizer.results import Failure

    runner = ctx.with_resource(batch_runner(model, base_url, prompt))
    with PageFetcher.for_settings(runner.store, runner.settings) as fetcher:
        loaded = load_inputs(paths, input_defaults(date, source, lang), fetcher)
    failures = report_inputs(loaded)
    articles = [entry.article for entry in prepare(i.article for i in loaded if i.article is not None)]
    state, settled = batch_step(lambda: runner.submit(articles))
    cached = sum(isinstance(r, Briefing) for r in settled)
    failures += [r for r in settled if isinstance(r, Failure)]
    if state is None:
        rep.say(f"nothing to send: {cached} already briefed (cached; `summarizer brief` returns them)")
    else:
        rep.say(f"submitted {state.describe()}; {cached} already briefed (cached)")
    exit_if_any(failures)


@batch_app.command("status")
def batch_status(model: ModelOpt = None, base_url: BaseUrlOpt = None) -> None:
    """Every batch of this store, as the endpoint reports it now, and the articles waiting."""
    with batch_runner(model, base_url) as runner:
        for state in batch_step(runner.refresh):
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
    from summarizer.render import BRIEFING_FORMATS, render
    from summarizer.render.folders import write_atomic
    from summarizer.results import Failure

    check_format(fmt, BRIEFING_FORMATS)
    folder = output_folder(out)
    done, failures = 0, []
    with batch_runner(model, base_url) as runner:
        while True:
            results, follow_up = batch_step(lambda: runner.collect(sync_reasks))
            for article, result in results:
                if isinstance(result, Failure):
                    failures.append(result)
                    continue
                text = render(result, fmt, article.text)
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
    exit_if_any(failures)


@batch_app.command("cancel")
def batch_cancel(
    batch_id: Annotated[str, typer.Argument(metavar="BATCH_ID", help="The batch id `batch status` shows.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Cancel a batch; what it finished is still collected, the rest fails."""
    with batch_runner(model, base_url) as runner:
        rep.say(batch_step(lambda: runner.cancel(batch_id)).describe())
