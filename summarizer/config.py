"""Settings, resolved once: explicit argument > environment > default.

This is the only module that reads the environment. Everything else receives a
``Settings`` object.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from summarizer.prompt_ids import DEFAULT_PROMPT

EngineName = Literal["auto", "llm", "extractive"]
ModeName = Literal["auto", "tools", "json_schema", "json", "json_object_schema"]

OPENAI_HOST = "api.openai.com"
# Sizing text to a context window without a tokenizer: news prose runs about 4 characters a
# token in English and 3 in German, French or Spanish; 3 errs on the side of fitting. The
# reserve holds the instructions (under 1,000 tokens) and a reply (up to about 2,000).
CHARS_PER_TOKEN = 3
CONTEXT_RESERVE_TOKENS = 3_000
MIN_CHUNK_CHARS = 2_000


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("summarizer", appauthor=False))


class Settings(BaseSettings):
    """Everything a run can be configured with.

    Environment variables use the ``SUMMARIZER_`` prefix (``SUMMARIZER_MODEL``), except the
    key and endpoint, which also honour the OpenAI SDK's own ``OPENAI_API_KEY`` and
    ``OPENAI_BASE_URL``.
    """

    model_config = SettingsConfigDict(
        env_prefix="SUMMARIZER_", populate_by_name=True, frozen=True, extra="forbid"
    )

    engine: EngineName = "auto"
    # The prompt an LLM engine is run with, as id/version or a .yaml path; it says which task
    # it sets (grounded/v1, v2: the grounded engine; briefing/v1 and v2: free generation).
    prompt: str = DEFAULT_PROMPT
    # The language of an LLM's summary: "article" (the article's own), or an ISO 639-1 code
    # ("en" for English summaries of every article). Quotes, names and evidence always stay
    # as the article writes them.
    summary_language: str = "article"

    @field_validator("summary_language")
    @classmethod
    def _summary_language(cls, value: str) -> str:
        # Read as --lang is ("EN", "en-GB"); a code that names no language ("zz") is refused.
        from summarizer.text.language import normalize_code

        return value if value == "article" else normalize_code(value)

    model: str = "gpt-4o-mini"
    base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("base_url", "SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("api_key", "SUMMARIZER_API_KEY", "OPENAI_API_KEY"),
    )
    mode: ModeName = "auto"
    # Model parameters; unset ones fall back to the prompt file's own parameters.
    temperature: float | None = None
    max_tokens: int | None = None
    # A whole LLM call (connect, send, the complete reply) must finish within timeout_s; all
    # of an article's calls, retries and waits within article_timeout_s. Worst case for one
    # article against an endpoint that never answers: article_timeout_s.
    timeout_s: float = Field(default=60.0, gt=0)
    article_timeout_s: float = Field(default=180.0, gt=0)
    # A reply larger than this fails its call unread (a reply is a few KB of JSON).
    max_reply_bytes: int = Field(default=2_000_000, ge=1024)
    # Transport failures: attempts = 1 + transport_retries. The SDK's own retries are off.
    transport_retries: int = Field(default=4, ge=0)
    retry_wait_base_s: float = Field(default=1.0, ge=0)
    retry_wait_max_s: float = Field(default=30.0, ge=0)
    # Schema-invalid replies: re-asks after the first attempt, each with a fresh message list.
    validation_retries: int = Field(default=2, ge=0)
    # One targeted re-ask naming the items that could not be found in the article.
    grounding_reask: bool = True
    data_dir: Path = Field(
        default_factory=_default_data_dir,
        validation_alias=AliasChoices("data_dir", "SUMMARIZER_HOME", "SUMMARIZER_DATA_DIR"),
    )
    cache: bool = True
    concurrency: int = Field(default=8, ge=1, le=256)
    # Processes that brief articles side by side (``brief --workers``): the offline engine,
    # grounding and vetting are Python CPU work, which threads cannot spread over cores.
    workers: int = Field(default=1, ge=1, le=64)
    # The longest text one LLM request carries (characters): a longer document is briefed in
    # overlapping chunks of this size (summarizer/pipeline/long_documents.py), never truncated by the
    # model's context window. The offline engine reads whole documents.
    max_article_chars: int = Field(default=60_000, ge=100)
    chunk_overlap_chars: int = Field(default=2_000, ge=0)
    # The model's context window in tokens: given, or learnt from the endpoint (vLLM's
    # max_model_len, llama.cpp's n_ctx) or from a table of hosted models. Chunks are sized
    # to fit it (``chunk_chars``), and no request is sent that cannot fit.
    context_tokens: int | None = Field(default=None, ge=1024)
    # A memory-safety limit: longer documents are refused with an error that says so.
    max_document_chars: int = Field(default=5_000_000, ge=100)
    # Extraction passes over each text, for recall: items found by any pass are kept (once).
    passes: int = Field(default=1, ge=1, le=10)
    # A spending limit in US dollars for one run (brief, daily): no article is sent once the
    # run's cost so far plus the next article's expected cost would pass it.
    max_cost_usd: float | None = Field(default=None, gt=0)
    # Calls priced at the Batch API's discount; set by the batch commands for their runs.
    batch_pricing: bool = False

    # Pages (``brief URL``, JSONL ``url`` lines) are fetched from public addresses only;
    # true allows loopback and private ones too, for a user's intranet.
    allow_private_urls: bool = False
    # A fetched page is kept in the store and reused for this long (seconds), then fetched
    # again: a developing story must not stay at its first version.
    page_max_age_s: float = Field(default=600.0, ge=0)

    # The HTTP service (``summarizer serve``). Tokens are given as SHA-256 hex digests, never
    # in the clear: comma-separated in service_token_hashes, or one per line in a file.
    service_token_hashes: str | None = None
    service_token_file: Path | None = None
    service_max_body_bytes: int = Field(default=20_000_000, ge=1024)
    service_request_timeout_s: float = Field(default=300.0, gt=0)
    # A request (line, headers and body) must arrive whole within this, or its connection
    # is closed (slowloris).
    service_read_timeout_s: float = Field(default=60.0, gt=0)
    service_concurrency_per_token: int = Field(default=16, ge=1)
    # Synchronous work (/v1/briefings, /v1/daily) is admitted while the bodies of the requests
    # whose work is unfinished total at most this many bytes; beyond it, 503 and Retry-After.
    # Briefing a text takes many times its size in memory, so this bounds the server's.
    service_max_bytes_in_flight: int = Field(default=8_000_000, ge=1024)
    service_max_queued_items: int = Field(default=100_000, ge=1)
    service_workers: int = Field(default=8, ge=1, le=256)
    # Worker processes for large offline briefings (/v1/briefings): their regex work, in a
    # thread, would hold the GIL the event loop answers every request with (service/processes.py).
    service_brief_processes: int = Field(default=2, ge=1, le=64)
    service_grace_s: float = Field(default=30.0, ge=0)
    # One line per request: '-' stderr, 'off', or a file appended to (service/accesslog.py).
    service_access_log: str = "-"

    @property
    def llm_configured(self) -> bool:
        """True when an endpoint or key is set, i.e. an LLM can be called."""
        return self.base_url is not None or self.api_key is not None

    @property
    def resolved_engine(self) -> Literal["llm", "extractive"]:
        if self.engine == "auto":
            return "llm" if self.llm_configured else "extractive"
        return self.engine

    @property
    def resolved_mode(self) -> Literal["tools", "json_schema", "json", "json_object_schema"]:
        """Tool calling for OpenAI itself; JSON-schema response format elsewhere.

        vLLM, Ollama, llama.cpp's server and LM Studio all honour ``response_format``
        with a JSON schema, while their tool-calling support varies by model template.
        ``json_object_schema`` is for llama-cpp-python's server, which takes the schema as
        ``{"type": "json_object", "schema": ...}`` (``--local-model`` selects it).
        """
        if self.mode != "auto":
            return self.mode
        if self.base_url is None or OPENAI_HOST in self.base_url:
            return "tools"
        return "json_schema"

    def secret_values(self) -> list[str]:
        """Every configured secret, for scrubbing from anything an endpoint sends back or
        the store keeps: the key, and the credentials a base URL may carry (``user:pass@``,
        a ``?key=`` in its query)."""
        from summarizer.llm.redact import url_secrets  # here: summarizer.llm imports the models

        secrets = [self.api_key.get_secret_value()] if self.api_key else []
        return secrets + (url_secrets(self.base_url) if self.base_url else [])

    @property
    def chunk_chars(self) -> int:
        """The longest text one LLM request carries: ``max_article_chars``, or less where the
        context window must also hold the instructions and the reply."""
        if self.context_tokens is None:
            return self.max_article_chars
        room = (self.context_tokens - CONTEXT_RESERVE_TOKENS) * CHARS_PER_TOKEN
        return max(MIN_CHUNK_CHARS, min(self.max_article_chars, room))

    @property
    def db_path(self) -> Path:
        return self.data_dir / "summarizer.sqlite3"

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given fields replaced; ``None`` values are ignored."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if not given:
            return self
        merged = Settings(**(self.model_dump() | given))
        # What was given stays given, and nothing else becomes so: the served-model lookup
        # asks the endpoint only when no model was given (a copy with another engine, as the
        # service makes, must not turn the default model into a chosen one).
        object.__setattr__(merged, "__pydantic_fields_set__", self.model_fields_set | given.keys())
        return merged


def resolve_settings(**explicit: Any) -> Settings:
    """Build settings from explicit values (``None`` means "not given") over the environment."""
    return Settings(**{k: v for k, v in explicit.items() if v is not None})
