"""What commands print on stderr about a run: inputs, failures (with the traceback of an
internal one under --debug), the store's warnings, counts and cost; and usage errors."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    EXIT_USAGE,
    debugging,
    rep,
)
from summarizer.errors import OutputError
from summarizer.formats import FORMATS

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.inputs.read import Defaults, Loaded
    from summarizer.models import Briefing
    from summarizer.render.folders import OutputFolder
    from summarizer.results import Failure
    from summarizer.store import Store


def count(number: int, noun: str) -> str:
    """'1 incident', '2 incidents'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def usage_error(message: str) -> typer.Exit:
    rep.error(message)
    return typer.Exit(EXIT_USAGE)


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> None:
    if fmt not in allowed:
        raise usage_error(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")


def output_folder(out: Path | None) -> OutputFolder | None:
    """The checked output folder: a file or an unwritable folder is a usage error, stated
    before any article is briefed."""
    from summarizer.render.folders import OutputFolder

    if out is None:
        return None
    try:
        folder = OutputFolder(out)
    except OutputError as exc:
        raise usage_error(str(exc)) from exc
    if folder.removed_orphans:
        rep.say(f"removed {folder.removed_orphans} temporary file(s) left in {out} by an interrupted run")
    return folder


def report_inputs(loaded: list[Loaded]) -> list[Failure]:
    """Print how each input was read (warnings, skips); the inputs that failed, as failures."""
    from summarizer.results import Failure

    for item in loaded:
        for warning in item.warnings:
            rep.warning(f"{item.source}: {warning}")
    return [Failure("-", "input", i.error.reason, source=i.source) for i in loaded if i.error]


def report_store(store: Store) -> None:
    for warning in store.take_warnings():
        rep.warning(warning)


def spent_line(store: Store, since: int) -> str:
    """'; 12 LLM calls, $0.0042' for the calls logged since ``since``; unknown prices say so."""
    calls, cost = store.calls_since(since)
    if calls == 0:
        return ""
    money = (
        f"${cost:,.4f}" if cost is not None else "cost unknown (no listed price for this endpoint or model)"
    )
    return f"; {count(calls, 'LLM call')}, {money}"


def report_end(done: int, failures: list[Failure], loaded: list[Loaded], where: str, spent: str = "") -> None:
    skipped = [i for i in loaded if i.skipped]
    counts = f"{done} briefed{where}, {len(failures)} failed"
    rep.say(counts + (f", {len(skipped)} skipped" if skipped else "") + spent)
    position = {item.source: n for n, item in enumerate(loaded)}
    # In input order, whether an input failed on reading or in the pipeline.
    for failure in sorted(failures, key=lambda f: position.get(f.source or "", len(position))):
        say_failure(failure)
    for item in skipped:
        rep.say(f"{item.source}: {item.skipped}", "SKIPPED")


def say_failure(failure: Failure) -> None:
    """A failure on one line; under ``--debug``, an internal one (a bug) with its traceback."""
    rep.say(failure.line(), "FAILED")
    if failure.traceback and debugging():
        rep.console.print(failure.traceback.rstrip(), markup=False, highlight=False)


def debug_internal(article: Article, result: Briefing | Failure) -> None:
    """Under ``--debug``, an article's internal failure (a bug) with its traceback, as it happens."""
    from summarizer.results import Failure

    if isinstance(result, Failure) and result.traceback and debugging():
        say_failure(result)


def exit_if_any(failures: list[Failure]) -> None:
    """Each failure on a line of its own, then exit status 1 if there was any."""
    for failure in failures:
        say_failure(failure)
    if failures:
        raise typer.Exit(EXIT_FAILURES)


def input_defaults(date: str | None, source: str | None, lang: str | None = None) -> Defaults:
    from summarizer.inputs.read import Defaults
    from summarizer.text.language import normalize_code

    try:
        published = dt.date.fromisoformat(date) if date else None
    except ValueError as exc:
        raise usage_error(f"--date must be YYYY-MM-DD, not {date!r}") from exc
    try:
        language = normalize_code(lang) if lang else None
    except ValueError as exc:
        raise usage_error(f"--lang: {exc}") from exc
    return Defaults(published=published, source=source, language=language)


def common_date(articles: list[Article]) -> dt.date | None:
    dates = Counter(a.published for a in articles if a.published)
    return dates.most_common(1)[0][0] if dates else None
