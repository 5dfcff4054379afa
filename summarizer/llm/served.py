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
from summarizer.llm.tls import shared_tls_context

# A model list is small; an endpoint that sends more is not answering the question.
MAX_REPLY_BYTES = 1_000_000
TIMEOUT_S = 10.0
# What a model id looks like; anything else from the endpoint is not printed or used.
MODEL_ID = re.compile(r"[\w.:/@+-]{1,200}")


def with_served_model(settings: Settings) -> Settings:
    """``settings`` with the endpoint's model filled in when none was given."""
    base_url = settings.base_url
    if (
        settings.resolved_engine != "llm"
        or "model" in settings.model_fields_set
        or base_url is None
        or OPENAI_HOST in base_url
    ):
        return settings
    url = base_url.rstrip("/") + "/models"
    models = _listed_models(url, settings)
    if len(models) == 1:
        return settings.with_overrides(model=models[0])
    if not models:
        raise ConfigurationError(f"no --model given, and {url} lists no model; give --model")
    shown = ", ".join(models[:5]) + (", ..." if len(models) > 5 else "")
    raise ConfigurationError(
        f"no --model given, and the endpoint serves {len(models)} models ({shown}); choose one with --model"
    )


def _listed_models(url: str, settings: Settings) -> list[str]:
    headers = {"Authorization": f"Bearer {settings.api_key.get_secret_value()}"} if settings.api_key else {}
    try:
        with (
            httpx2.Client(verify=shared_tls_context(), timeout=TIMEOUT_S, follow_redirects=False) as client,
            client.stream("GET", url, headers=headers) as reply,
        ):
            if reply.status_code != 200:
                raise ConfigurationError(
                    f"no --model given, and {url} answered HTTP {reply.status_code}; give --model"
                )
            body = b""
            for chunk in reply.iter_bytes():
                body += chunk
                if len(body) > MAX_REPLY_BYTES:
                    raise ConfigurationError(
                        f"no --model given, and {url} sent an oversized list; give --model"
                    )
    except httpx2.HTTPError as exc:
        reason = type(exc).__name__  # never the reply: it may echo a key
        raise ConfigurationError(
            f"no --model given, and {url} could not be asked ({reason}); give --model"
        ) from exc
    try:
        listed = httpx2.Response(200, content=body).json().get("data", [])
    except (ValueError, AttributeError) as exc:
        raise ConfigurationError(
            f"no --model given, and {url} did not send a model list; give --model"
        ) from exc
    ids = [m.get("id") for m in listed if isinstance(m, dict)] if isinstance(listed, list) else []
    return [i for i in ids if isinstance(i, str) and MODEL_ID.fullmatch(i)]
