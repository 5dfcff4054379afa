"""The provider: which endpoint is asked, with which key, over which guarded HTTP client,
and at whose prices. Kept apart from the wire protocol (``openai_client``: instructor's
structured asks, error classification), as pydantic-ai keeps ``providers/`` apart from
``models/``; it needs no SDK, so the SDK stays imported by ``openai_client`` alone."""

from __future__ import annotations

from dataclasses import dataclass

import httpx2

from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.llm.costs import priced_provider
from summarizer.llm.redact import Redactor
from summarizer.llm.transport import guarded_client

# Local servers ignore the key but the SDK insists on one.
PLACEHOLDER_KEY = "not-needed-for-local-servers"


@dataclass(frozen=True)
class Provider:
    base_url: str | None  # None: OpenAI's own API
    api_key: str
    timeout_s: float
    redactor: Redactor
    prices: str | None  # whose prices apply (``costs``); None: unknown

    def http_client(self) -> httpx2.Client:
        """A client under which every call has a whole-call deadline, a reply cap and the
        configured secrets scrubbed from what comes back (``transport``)."""
        return guarded_client(self.redactor, self.timeout_s)


def provider_for(settings: Settings) -> Provider:
    """The provider the settings configure; ``ConfigurationError`` saying how to configure
    one when there is none."""
    if not settings.llm_configured:
        raise ConfigurationError(
            "no LLM is configured: set OPENAI_API_KEY, or pass --base-url (or set "
            "SUMMARIZER_BASE_URL) for an OpenAI-compatible server such as llama.cpp, "
            "vLLM or Ollama; or use --engine extractive to work offline"
        )
    return Provider(
        base_url=settings.base_url,
        api_key=settings.api_key.get_secret_value() if settings.api_key else PLACEHOLDER_KEY,
        timeout_s=settings.timeout_s,
        redactor=Redactor(settings.secret_values()),
        prices=priced_provider(settings.base_url),
    )
