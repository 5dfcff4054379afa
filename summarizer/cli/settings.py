"""Settings from command-line options: resolved once (the served model included), with
bad values reported as the option or variable that set them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from summarizer.cli.app import (
    rep,
)
from summarizer.cli.options import (
    RunOptions,
)
from summarizer.cli.report import (
    usage_error,
)
from summarizer.errors import ConfigurationError, SummarizerError

if TYPE_CHECKING:
    from summarizer.config import Settings


LOCAL_TIMEOUT_S = 900.0


def resolved_settings(**given: object) -> Settings:
    from pydantic import ValidationError

    from summarizer.config import resolve_settings
    from summarizer.llm.served import with_served_model

    try:
        return with_served_model(resolve_settings(**given))
    except ConfigurationError as exc:
        raise usage_error(str(exc)) from exc
    except ValidationError as exc:
        # One line per bad value, named as the option or variable that set it (pydantic's
        # own text is a multi-line dump with a documentation URL).
        problems = "; ".join(
            f"{setting_name(error['loc'], given)}: {error['msg']} (got {error['input']!r})"
            for error in exc.errors()
        )
        raise usage_error(f"invalid settings: {problems}") from exc


def setting_name(location: tuple[int | str, ...], given: dict[str, object]) -> str:
    field = str(location[0]) if location else "?"
    if given.get(field) is not None:
        return "--" + field.replace("_", "-")
    return f"SUMMARIZER_{field.upper()}"


def run_settings(ctx: typer.Context, options: RunOptions) -> Settings:
    """The settings of a briefing run (brief, daily) from its options."""
    given: dict[str, object] = {
        "model": options.model,
        "base_url": options.base_url,
        "engine": options.engine,
    }
    given |= local_overrides(ctx, options.local_model)
    return resolved_settings(
        **given,
        concurrency=options.concurrency,
        workers=options.workers,
        passes=options.passes,
        max_cost_usd=options.max_cost,
        cache=False if options.no_cache else None,
    )


def local_overrides(ctx: typer.Context, local_model: Path | None) -> dict[str, object]:
    """Settings pointing at a llama.cpp server started for this command and stopped after it."""
    if local_model is None:
        return {}
    from summarizer.llm.local_server import DEFAULT_CONTEXT, LOCAL_MODE, local_llama_server

    rep.say(f"starting llama.cpp's server for {local_model} ...")
    try:
        server = ctx.with_resource(local_llama_server(local_model))
    except SummarizerError as exc:
        raise usage_error(str(exc)) from exc
    # A small model on this machine's CPU takes minutes per article, not seconds.
    timeouts = {"timeout_s": LOCAL_TIMEOUT_S, "article_timeout_s": 3 * LOCAL_TIMEOUT_S}
    return {
        "base_url": server.base_url,
        "model": server.model,
        "mode": LOCAL_MODE,
        "context_tokens": DEFAULT_CONTEXT,
        "engine": "llm",
        **timeouts,
    }


def describe_engine(settings: Settings) -> str:
    if settings.resolved_engine == "llm":
        from summarizer.llm.redact import shown_url  # here: summarizer.llm imports pydantic
        from summarizer.testing.mock_model import MOCK_MODEL

        where = shown_url(settings.base_url)
        mock = (
            " — a MOCK model: its answers come from the offline engine"
            if settings.model == MOCK_MODEL
            else ""
        )
        return f"engine: llm — model {settings.model} at {where} ({settings.resolved_mode} mode){mock}"
    note = "" if settings.engine == "extractive" else "; no LLM configured (set OPENAI_API_KEY or --base-url)"
    return f"engine: extractive (offline, deterministic{note})"
