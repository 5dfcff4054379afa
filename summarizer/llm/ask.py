"""One way to call an LLM, whoever asks (the engine's briefing and re-asks, the daily top
line, the next prompt): the run-log entry's context, with the model the settings resolved
and the prices of the endpoint; the sink that logs each HTTP call to it; and the validated
ask with its bounded, counted re-asks."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from summarizer.config import Settings
from summarizer.llm.costs import priced_provider
from summarizer.llm.types import (
    CallContext,
    CallLog,
    CallRecord,
    CallSink,
    InvalidReply,
    Messages,
    Reply,
    StructuredClient,
)
from summarizer.models import BriefingDraft
from summarizer.models.common import Usage
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


def _always() -> bool:
    return True


def _uncounted(http_attempts: int, usage: Usage) -> None:
    return None


def ask_until_valid(
    client: StructuredClient,
    messages: Messages,
    parameters: dict[str, Any],
    sink: CallSink,
    *,
    reask: Callable[[str], dict[str, str]],
    reasks: int,
    response_model: type[BaseModel] = BriefingDraft,
    deadline: float | None = None,
    counted: Callable[[int, Usage], None] = _uncounted,
    may_reask: Callable[[], bool] = _always,
) -> Reply:
    """A reply that validates against ``response_model``, re-asking at most ``reasks`` times
    (while ``may_reask()``), each time with a fresh message list: the original messages
    plus one note (``reask(errors)``) on what was wrong, so failed replies do not pile up in
    the context. ``counted(http_attempts, usage)`` sees every reply, valid or not.

    Raises the last ``InvalidReply`` when no reply validated, and ``TransportGaveUp`` as
    the client raises it (transport retries are the client's, one policy).
    """
    current = messages
    sent: set[str] = set()
    last: InvalidReply | None = None
    for number in range(reasks + 1):
        request = json.dumps(current, sort_keys=True)
        if request in sent:
            # At temperature 0 the same request gets the same answer: re-sending it buys
            # nothing but time (a second cut-off reply of thousands of tokens).
            break
        sent.add(request)
        if number and not may_reask():
            break
        try:
            reply = client.ask(current, parameters, sink, response_model=response_model, deadline=deadline)
        except InvalidReply as exc:
            counted(exc.http_attempts, exc.usage)
            last = exc
            current = [*messages, reask(_cut_off_note(exc.errors))]
            continue
        counted(reply.http_attempts, reply.usage)
        return reply
    assert last is not None, "the first ask always runs"
    raise last


CUT_OFF = "cut off at the token limit"


def _cut_off_note(errors: str) -> str:
    """The re-ask's note on what was wrong; a reply cut off at the token limit most often
    repeated itself, so the note says to list each item once and keep the reply short."""
    if CUT_OFF not in errors:
        return errors
    return f"{errors}. List each item once, and keep the reply short: at most 2,000 tokens."
