"""What the LLM layer hands back to engines, with no SDK types leaking out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel

from summarizer.models import BriefingDraft
from summarizer.models.common import Usage

Messages = list[dict[str, str]]


@dataclass
class CallRecord:
    """One HTTP request to the endpoint, as the run log stores it."""

    messages: Messages
    parameters: dict[str, Any]
    raw_response: str | None
    usage: Usage
    latency_ms: float
    error: str | None = None
    status: int | None = None


@dataclass
class Reply:
    draft: Any  # an instance of the response model asked for (``BriefingDraft`` by default)
    raw: str
    usage: Usage
    http_attempts: int
    redactions: int = 0  # configured secrets removed from the reply before it was parsed


@dataclass
class InvalidReply(Exception):
    """The endpoint answered, but the answer did not validate against the schema."""

    errors: str
    raw: str | None
    usage: Usage = field(default_factory=Usage)
    http_attempts: int = 1

    def __str__(self) -> str:
        return self.errors


@dataclass
class TransportGaveUp(Exception):
    """The endpoint kept failing, or failed in a way no retry can fix (401, 404, ...)."""

    message: str
    status: int | None
    http_attempts: int
    retryable: bool

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class CallContext:
    """What every call made for one article shares."""

    article_id: str
    engine: str
    model: str | None
    mode: str | None
    prompt_id: str | None
    prompt_version: str | None
    prompt_hash: str | None
    schema_version: str
    provider: str | None = None  # whose prices apply (summarizer/llm/costs.py); None: unknown
    batch: bool = False  # sent through the Batch API, at its price


class CallLog(Protocol):
    """Where an engine's calls are logged: the run log (``Store``) in a run, anything with
    this one method in a test. Engines see this, never the store's tables."""

    def log_call(self, ctx: CallContext, record: CallRecord, *, purpose: str, attempt: int) -> int: ...


class CallSink(Protocol):
    def __call__(self, record: CallRecord) -> None: ...


class StructuredClient(Protocol):
    """Asks a model for a structured reply; the one seam between engines and any SDK."""

    @property
    def model(self) -> str: ...

    @property
    def mode(self) -> str: ...

    def close(self) -> None: ...

    def ask(
        self,
        messages: Messages,
        parameters: dict[str, Any],
        on_call: CallSink,
        response_model: type[BaseModel] = BriefingDraft,
        deadline: float | None = None,
    ) -> Reply: ...
