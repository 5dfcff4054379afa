"""What every prompt's calls share, whoever asks (the engine's briefing and re-asks, the
daily top line, the next prompt): the run-log entry's context, with the model the settings
resolved and the prices of the endpoint, and the sink that logs each HTTP call to it."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.config import Settings
from summarizer.llm.costs import priced_provider
from summarizer.llm.types import CallContext, CallLog, CallRecord, CallSink, StructuredClient
from summarizer.prompts import Prompt


def call_context(
    settings: Settings,
    client: StructuredClient,
    prompt: Prompt,
    *,
    article_id: str,
    schema_version: str,
    engine: str = "llm",
) -> CallContext:
    """The context of every call made for one article (or one day) with ``prompt``: priced
    as the endpoint prices it, at the Batch API's discount when the run is a batch."""
    return CallContext(
        article_id=article_id,
        engine=engine,
        model=client.model,
        mode=client.mode,
        prompt_id=prompt.spec.id,
        prompt_version=prompt.spec.version,
        prompt_hash=prompt.hash,
        schema_version=schema_version,
        provider=priced_provider(settings.base_url),
        batch=settings.batch_pricing,
    )


def logging_sink(
    log: CallLog | None, context: CallContext, purpose: str, attempt: Callable[[], int]
) -> CallSink:
    """A sink writing each HTTP call to ``log`` (nothing without one), numbered by ``attempt()``."""

    def sink(record: CallRecord) -> None:
        if log is not None:
            log.log_call(context, record, purpose=purpose, attempt=attempt())

    return sink
