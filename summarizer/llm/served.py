"""Which model to ask for when an OpenAI-compatible endpoint is given and no model is.

OpenAI's own API has a default here (``gpt-4o-mini``), but a vLLM fleet, llama.cpp's server
or Ollama serve models of their own, and asking them for ``gpt-4o-mini`` fails on every
article (or, worse, the run claims a model that was never used). So the endpoint is asked
(``GET /models``, part of the OpenAI API that all of them implement): one model served is
the model; several, or no answer, is a configuration error that says to give ``--model``.
"""

from __future__ import annotations

import re

import httpx2

from summarizer.config import OPENAI_HOST, Settings
from summarizer.errors import ConfigurationError
from summarizer.llm.redact import shown_url
from summarizer.llm.tls import shared_tls_context

# A model list is small; an endpoint that sends more is not answering the question.
MAX_REPLY_BYTES = 1_000_000
TIMEOUT_S = 10.0
# What a model id looks like; anything else from the endpoint is not printed or used.
MODEL_ID = re.compile(r"[\w.:/@+-]{1,200}")


def with_served_model(settings: Settings) -> Settings:
    """``settings`` with the endpoint's model filled in when none was given, and the
    model's context window where the endpoint or the table of hosted models says it."""
    base_url = settings.base_url
    if (
        settings.resolved_engine != "llm"
        or "model" in settings.model_fields_set
        or base_url is None
        or OPENAI_HOST in base_url
    ):
        return with_context_window(settings)
    url = base_url.rstrip("/") + "/models"
    listed = _listed_models(url, settings)
    url = shown_url(url)  # for the messages below
    models = list(listed)
    if len(models) == 1:
        window = settings.context_tokens or listed[models[0]]
        return settings.with_overrides(model=models[0], context_tokens=window)
    if not models:
        raise ConfigurationError(f"no --model given, and {url} lists no model; give --model")
    shown = ", ".join(models[:5]) + (", ..." if len(models) > 5 else "")
    raise ConfigurationError(
        f"no --model given, and the endpoint serves {len(models)} models ({shown}); choose one with --model"
    )


def with_context_window(settings: Settings) -> Settings:
    """``settings`` with the model's context window filled in where a hosted model's is
    known (an endpoint's own is read with its model list, in ``with_served_model``)."""
    if settings.context_tokens is not None or settings.resolved_engine != "llm":
        return settings
    if settings.base_url is not None and OPENAI_HOST not in settings.base_url:
        return settings
    window = next((size for prefix, size in HOSTED_CONTEXT if settings.model.startswith(prefix)), None)
    return settings.with_overrides(context_tokens=window)


# OpenAI's published context windows, longest prefix first.
HOSTED_CONTEXT: tuple[tuple[str, int], ...] = (
    ("gpt-4.1", 1_047_576),
    ("gpt-4o", 128_000),
    ("gpt-4-turbo", 128_000),
    ("gpt-5", 400_000),
    ("o3", 200_000),
    ("o4-mini", 200_000),
    ("gpt-3.5-turbo", 16_385),
)


def _context_of(entry: dict[str, object]) -> int | None:
    """The context window an endpoint states for a model: vLLM's ``max_model_len``,
    llama.cpp's ``meta.n_ctx_train`` (or ``n_ctx``); None when it states none."""
    meta = entry.get("meta")
    found = [entry.get("max_model_len"), entry.get("context_length")]
    if isinstance(meta, dict):
        found += [meta.get("n_ctx"), meta.get("n_ctx_train")]
    return next((n for n in found if isinstance(n, int) and not isinstance(n, bool) and n >= 1024), None)


def _listed_models(url: str, settings: Settings) -> dict[str, int | None]:
    """The models the endpoint lists, each with the context window it states."""
    headers = {"Authorization": f"Bearer {settings.api_key.get_secret_value()}"} if settings.api_key else {}
    try:
        with (
            httpx2.Client(verify=shared_tls_context(), timeout=TIMEOUT_S, follow_redirects=False) as client,
            client.stream("GET", url, headers=headers) as reply,
        ):
            if reply.status_code != 200:
                raise ConfigurationError(
                    f"no --model given, and {shown_url(url)} answered HTTP {reply.status_code}; give --model"
                )
            body = b""
            for chunk in reply.iter_bytes():
                body += chunk
                if len(body) > MAX_REPLY_BYTES:
                    raise ConfigurationError(
                        f"no --model given, and {shown_url(url)} sent an oversized list; give --model"
                    )
    except httpx2.HTTPError as exc:
        reason = type(exc).__name__  # never the reply: it may echo a key
        raise ConfigurationError(
            f"no --model given, and {shown_url(url)} could not be asked ({reason}); give --model"
        ) from exc
    try:
        listed = httpx2.Response(200, content=body).json().get("data", [])
    except (ValueError, AttributeError) as exc:
        raise ConfigurationError(
            f"no --model given, and {shown_url(url)} did not send a model list; give --model"
        ) from exc
    entries = [m for m in listed if isinstance(m, dict)] if isinstance(listed, list) else []
    return {
        m["id"]: _context_of(m)
        for m in entries
        if isinstance(m.get("id"), str) and MODEL_ID.fullmatch(m["id"])
    }
