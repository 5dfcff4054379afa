"""``summarizer logs``: read the run log of LLM calls."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
from collections.abc import Callable
from typing import Annotated, TypeVar

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    logs_app,
    rep,
)
from summarizer.cli.report import (
    report_store,
    usage_error,
)
from summarizer.cli.settings import resolved_settings

T = TypeVar("T")


def read_log(read: Callable[[], T]) -> T:
    try:
        return read()
    except sqlite3.Error as exc:
        rep.error(f"the run log cannot be read: {exc}")
        raise typer.Exit(EXIT_FAILURES) from exc


NESTED_FIELDS = ("request_messages", "parameters", "raw_response")


def nested(row: dict[str, object]) -> dict[str, object]:
    """A logged call with its JSON fields as JSON, not as strings inside JSON."""
    for field in NESTED_FIELDS:
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
    store = store_for(resolved_settings())
    report_store(store)
    rows = read_log(lambda: store.list_calls(limit, article, model, prompt, query))
    if not rows:
        filtered = any((article, model, prompt, query))
        rep.say(f"no {'matching ' if filtered else ''}LLM calls in the run log {store.path}")
        return
    for row in rows:
        if as_json:
            sys.stdout.write(json.dumps(nested(row), ensure_ascii=False) + "\n")
            continue
        status = row["error"] or "ok"
        tokens = row["total_tokens"] or 0
        cost = "cost unknown" if row["cost_usd"] is None else f"${row['cost_usd']:.5f}"
        sys.stdout.write(
            f"{row['id']:>6}  {row['created_at']}  {row['article_id']}  {row['model']}  "
            f"{row['prompt_id']}/{row['prompt_version']}  {row['purpose']}  {tokens} tok  {cost}  "
            f"{row['latency_ms']:.0f} ms  {status[:80]}\n"
        )


@logs_app.command("path")
def logs_path() -> None:
    """Print where the run log (the store) is."""
    from summarizer.pipeline.runner import store_for

    sys.stdout.write(f"{store_for(resolved_settings()).path}\n")


@logs_app.command("status")
def logs_status() -> None:
    """Calls, failures and tokens by day and model."""
    from summarizer.pipeline.runner import store_for

    store = store_for(resolved_settings())
    report_store(store)
    totals = read_log(store.call_totals)
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

    store = store_for(resolved_settings())
    report_store(store)
    row = read_log(lambda: store.get_call(call_id))
    if row is None:
        raise usage_error(f"no call with id {call_id}")
    sys.stdout.write(json.dumps(nested(row), indent=2, ensure_ascii=False) + "\n")
