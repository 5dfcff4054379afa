"""Command line: ``summarizer brief``, ``daily``, ``batch``, ``serve``, ``eval``, ``logs``,
``prompts``, ``story`` and ``mock-llm``, one module each, over ``app`` (the typer app,
global options, exit codes).

Each command is a thin layer over the library: parse options, call it, print. Everything
printed on stderr goes through ``console.Reporter``, which never interprets user data.
"""

from summarizer.cli import batch, brief, daily, eval, logs, mock, prompts, serve, story
from summarizer.cli.app import app, main

__all__ = ["app", "batch", "brief", "daily", "eval", "logs", "main", "mock", "prompts", "serve", "story"]
