"""The ``summarizer`` command: the typer app, its global options, exit codes and the
last-resort handler. Each command lives in a module of its own beside this one."""

from __future__ import annotations

import sys
import traceback
from typing import Annotated

import typer

from summarizer.cli.console import Reporter

HELP = (
    "Grounded, validated briefings of news articles: brief, daily, story, eval, prompts, logs, serve, "
    "batch, "
    "mock-llm (a mock model to try the LLM path with no key).\n\n"
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

EXIT_FAILURES = 1

EXIT_USAGE = 2

EXIT_INTERNAL = 70  # EX_SOFTWARE

_options = {"debug": False}


def debugging() -> bool:
    return _options["debug"] or "--debug" in sys.argv[1:]


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
        if debugging():
            traceback.print_exc()
        else:
            rep.error(f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_INTERNAL)
