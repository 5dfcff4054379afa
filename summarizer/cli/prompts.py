"""``summarizer prompts``: the shipped prompt versions, checked against the lock; ``prompts
new`` starts the next version of one."""

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
from summarizer.cli.report import usage_error
from summarizer.errors import SummarizerError

prompts_app = typer.Typer(rich_markup_mode=None, invoke_without_command=True)
app.add_typer(prompts_app, name="prompts")


@prompts_app.callback(invoke_without_command=True)
def prompts(
    ctx: typer.Context,
    release: Annotated[
        bool, typer.Option("--release", help="Pin the unreleased prompt versions' hashes in prompts.lock.")
    ] = False,
) -> None:
    """List the prompt versions with their hashes (unreleased ones marked) and check the
    released ones against the lock; `prompts new briefing/v2` starts briefing/v3."""
    if ctx.invoked_subcommand is not None:
        return
    from summarizer.prompts import (
        available_prompts,
        load_prompt,
        release_new_prompts,
        released_problems,
        unreleased_prompts,
    )

    problems = released_problems()
    if release:
        if problems:
            for problem in problems:
                rep.say(problem, "LOCK")
            raise typer.Exit(EXIT_FAILURES)  # nothing is pinned while a file is broken
        for ref in release_new_prompts():
            rep.say(f"released {ref}")
    unreleased = set(unreleased_prompts())
    for ref in available_prompts():
        try:
            digest = load_prompt(ref).hash
        except SummarizerError:
            digest = "?" * 16  # named among the problems below
        note = (
            "  unreleased (edit freely; `summarizer prompts --release` pins it)" if ref in unreleased else ""
        )
        sys.stdout.write(f"{ref}  {digest}{note}\n")
    for problem in problems:
        rep.say(problem, "LOCK")
    if problems:
        raise typer.Exit(EXIT_FAILURES)


@prompts_app.command("new")
def new(
    source: Annotated[
        str, typer.Argument(metavar="PROMPT", help="The version to start from, e.g. briefing/v2.")
    ],
) -> None:
    """Start the next version of a prompt as a copy of SOURCE (briefing/v2 -> prompts/briefing/v3.yaml),
    with its own version and a changelog placeholder; it stays unreleased until `prompts --release`."""
    from summarizer.prompts import new_prompt_version

    try:
        path = new_prompt_version(source)
    except (SummarizerError, FileExistsError) as exc:
        raise usage_error(str(exc)) from exc
    try:
        path = path.resolve().relative_to(Path.cwd())
    except ValueError:
        path = path.resolve()
    rep.say(f"wrote {path}: edit it (and its changelog), then `summarizer prompts --release`")
    sys.stdout.write(f"{path}\n")
