"""The options commands share, each with its metavar, help and environment variable, and
the options object of a briefing run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer


def env_vars(*names: str) -> str:
    """The environment variables a setting is read from when its option is not given."""
    return f"[env var: {', '.join(names)}]"


PathsArg = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Files, folders, JSONL, http(s) URLs, or - for stdin.")
]

ModelOpt = Annotated[
    str | None,
    typer.Option("-m", "--model", metavar="MODEL", help=f"Model name. {env_vars('SUMMARIZER_MODEL')}"),
]

# The briefing prompt, which also chooses the LLM engine (grounded/v1, v2: the grounded engine).
PromptOpt = Annotated[
    str | None,
    typer.Option(
        metavar="PROMPT",
        help="Briefing prompt id/version or a .yaml path (default: SUMMARIZER_PROMPT, else grounded/v2).",
    ),
]

BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        metavar="URL",
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1. "
        + env_vars("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
    ),
]

EngineOpt = Annotated[
    str | None,
    typer.Option(
        metavar="ENGINE",
        help="auto (the LLM if one is configured, else offline), llm or extractive. "
        + env_vars("SUMMARIZER_ENGINE"),
    ),
]

DateOpt = Annotated[
    str | None,
    typer.Option("--date", metavar="DATE", help="YYYY-MM-DD: publication date of articles that give none."),
]

SourceOpt = Annotated[
    str | None, typer.Option("--source", metavar="OUTLET", help="Outlet of articles that name none.")
]

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="CODE",
        help="ISO 639-1 language (en, de, fr, es) of articles that give none; detected when omitted.",
    ),
]

OutOpt = Annotated[
    Path | None, typer.Option("-o", "--out", metavar="DIR", help="Folder to write one file per article.")
]

BriefingFormatOpt = Annotated[
    str, typer.Option("-f", "--format", metavar="FORMAT", help="json, md, html or csv (a row per item).")
]

ConcurrencyOpt = Annotated[
    int | None,
    typer.Option(
        min=1, max=256, metavar="N", help=f"LLM calls at once. {env_vars('SUMMARIZER_CONCURRENCY')}"
    ),
]

WorkersOpt = Annotated[
    int | None,
    typer.Option(
        min=1,
        max=64,
        metavar="N",
        help="Processes briefing at once, for the offline engine's CPU work; one per core. "
        + env_vars("SUMMARIZER_WORKERS"),
    ),
]

NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help=f"Ignore cached results. {env_vars('SUMMARIZER_CACHE=false')}")
]

MaxCostOpt = Annotated[
    float | None,
    typer.Option(
        "--max-cost",
        min=0.0,
        metavar="USD",
        help="Stop sending articles before the run's LLM cost would pass USD; the unsent ones "
        "fail at the budget stage. Needs a priced model (OpenAI's API). "
        + env_vars("SUMMARIZER_MAX_COST_USD"),
    ),
]

PassesOpt = Annotated[
    int | None,
    typer.Option(
        min=1,
        max=10,
        metavar="N",
        help="LLM extraction passes per text, items of all kept once, for recall. "
        + env_vars("SUMMARIZER_PASSES"),
    ),
]

LocalModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--local-model",
        metavar="GGUF",
        help="A GGUF file: serve it with llama.cpp on 127.0.0.1 for this run (needs summarizer[local]).",
    ),
]


@dataclass(frozen=True)
class RunOptions:
    """The options of a briefing run (brief, daily), as given on the command line."""

    model: str | None = None
    base_url: str | None = None
    engine: str | None = None
    concurrency: int | None = None
    workers: int | None = None
    passes: int | None = None
    max_cost: float | None = None
    no_cache: bool = False
    local_model: Path | None = None
