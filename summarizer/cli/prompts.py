"""``summarizer prompts``: the shipped prompt versions, checked against the lock."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from summarizer.cli.app import (
    EXIT_FAILURES,
    app,
    rep,
)


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
