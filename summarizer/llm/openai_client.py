"""The wire protocol, and the only module that imports ``openai`` and ``instructor``; the
endpoint, key and HTTP client it talks through come from ``provider``.

instructor turns ``BriefingDraft`` into a tool definition or a JSON-schema response format
and parses the reply. Its own re-asks are disabled (``max_retries=0``): the engine re-asks
with a fresh message list, and transport failures go through ``llm.retry``'s single policy.
instructor's ``context=`` is never used, because it runs Jinja over the messages and the
messages carry untrusted article text.
"""

from __future__ import annotations

import functools
import logging
import re
import socket
import threading
import time
import weakref
from typing import Any

import instructor
import instructor.v2.core.patch
import instructor.v2.validation.async_validators
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel
from tenacity import RetryError

from summarizer.config import Settings
from summarizer.errors import TransportError
from summarizer.llm.local_server import LOCAL_MODE
from summarizer.llm.provider import provider_for
from summarizer.llm.redact import shown_url
from summarizer.llm.replies import causes_of, dump_of, short_errors, usage_of
from summarizer.llm.retry import (
    RETRYABLE_STATUS,
    RetryableTransportError,
    parse_retry_after,
    transport_policy,
)
from summarizer.llm.transport import (
    DeadlineExceeded,
    DeferredAnswer,
    ReplyRefused,
    call_budget,
)
from summarizer.llm.types import (
    CallRecord,
    CallSink,
    InvalidReply,
    Messages,
    Reply,
    TransportGaveUp,
)
from summarizer.models import BriefingDraft
from summarizer.models.common import Usage

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    # llama-cpp-python's server: the schema goes in its own response_format, which it turns
    # into a grammar, and the reply is parsed as JSON content. instructor's JSON_SCHEMA mode
    # parses that way and, unlike its JSON mode, does not also paste the schema into the
    # system message (about 600 prompt tokens a call that the grammar makes redundant).
    "json_object_schema": instructor.Mode.JSON_SCHEMA,
}
# How endpoints refuse a response format they do not speak: llama-cpp-python's server answers
# HTTP 500 to ``{"type": "json_schema", ...}`` ("'response_format', 'type' ... Input should be
# 'text' or 'json_object'"); others 400 or 422. The message must name the response format.
DIALECT_REFUSALS = frozenset({400, 422, 500})
DIALECT_NOTE = "the endpoint refused the json_schema response format; asking in json_object_schema mode"


def _remember_async_validator_checks() -> None:
    """Check each response model for asynchronous validators once, not five times a call.

    instructor refuses models carrying its async validators (it does not run them) by walking
    the model's whole type tree, and does so five times in every call: about 1 ms for a
    briefing, the largest share of a call's CPU after JSON (the service's throughput is bound
    by it). The answer depends only on the class, and the classes are made once, so the
    classes that passed are remembered; one that fails is not, and fails on every call.
    Installed only where instructor still names the function the way this wraps it.
    """
    checks = instructor.v2.validation.async_validators
    original = getattr(checks, "reject_async_validators", None)
    if original is None or getattr(original, "remembers_passes", False):
        return
    # Weak: a response model made for one article is forgotten with it.
    passed: weakref.WeakSet[Any] = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        try:
            if response_model in passed:
                return
        except TypeError:  # unhashable annotations: check every time
            original(response_model)
            return
        original(response_model)
        passed.add(response_model)

    reject_async_validators.remembers_passes = True  # type: ignore[attr-defined]
    checks.reject_async_validators = reject_async_validators
    patch_module = instructor.v2.core.patch
    if getattr(patch_module, "reject_async_validators", None) is original:
        setattr(patch_module, "reject_async_validators", reject_async_validators)  # noqa: B010


_remember_async_validator_checks()


# Bounded: the grounded engine makes a response model per article, and a wrapper kept for
# each would grow with every article a service ever saw; the fixed models stay in it.
@functools.lru_cache(maxsize=64)
def wrapped_model(model: type[BaseModel]) -> type[BaseModel]:
    """The model wrapped the way instructor wants it, once per model and process (every
    client shares it).

    Given a plain model, instructor builds a new wrapper class on every request (several
    milliseconds, and a fresh schema each time); given its own wrapper, it uses it as is.
    """
    return instructor.openai_schema(model)


@functools.lru_cache(maxsize=64)  # bounded for the same reason as wrapped_model
def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A response model's JSON schema, made once (``json_object_schema`` mode sends it)."""
    return model.model_json_schema()


# How resolvers say a name does not resolve, where the socket.gaierror is not kept as a cause.
UNRESOLVED = re.compile(
    r"Name or service not known|nodename nor servname|getaddrinfo failed|Temporary failure in name resolution"
    r"|No address associated with hostname"
)


def _classify_transport(
    exc: BaseException, base_url: str, timeout_s: float
) -> RetryableTransportError | TransportGaveUp | None:
    """Map an SDK error to retry-or-not; ``None`` when it is not a transport error. A call
    stopped by an answer book (``DeferredAnswer``) is raised as it is."""
    causes = list(causes_of(exc))
    if deferred := next((c for c in causes if isinstance(c, DeferredAnswer)), None):
        raise deferred
    if refused := next((c for c in causes if isinstance(c, ReplyRefused)), None):
        return TransportGaveUp(f"reply refused: {refused}", status=None, http_attempts=1, retryable=False)
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        # Nothing listens there: retrying only delays the failure.
        message = f"could not connect to {base_url}: connection refused (is the server running?)"
        return TransportGaveUp(message, status=None, http_attempts=1, retryable=False)
    if any(isinstance(c, socket.gaierror) or UNRESOLVED.search(str(c)) for c in causes):
        # The name does not resolve: a typo or no network, which a retry within seconds won't fix.
        message = f"could not resolve the host of {base_url} (check --base-url, or the network)"
        return TransportGaveUp(message, status=None, http_attempts=1, retryable=False)
    if isinstance(exc, openai.APITimeoutError) or any(isinstance(c, DeadlineExceeded) for c in causes):
        message = f"no complete reply from {base_url} within the call's deadline ({timeout_s:.0f} s)"
        return RetryableTransportError(message, status=None, retry_after_s=None)
    if isinstance(exc, openai.APIConnectionError):
        root = causes[-1]
        detail = f"{type(root).__name__}: {root}" if root is not exc else str(exc)
        message = f"connection to {base_url} failed ({detail})"
        return RetryableTransportError(message, status=None, retry_after_s=None)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        message = f"HTTP {status} from the endpoint: {exc.message}"
        if status in RETRYABLE_STATUS:
            retry_after = parse_retry_after(exc.response.headers.get("retry-after"))
            return RetryableTransportError(message, status=status, retry_after_s=retry_after)
        if status in (401, 403):
            message += " (check OPENAI_API_KEY / SUMMARIZER_API_KEY)"
        elif status == 404:
            message += " (check --model and --base-url)"
        return TransportGaveUp(message, status=status, http_attempts=1, retryable=False)
    return None


class OpenAIStructuredClient:
    def __init__(self, settings: Settings) -> None:
        provider = provider_for(settings)  # who is asked, with which key, over what
        # instructor logs every failed attempt at ERROR; each one is already counted in the
        # result and recorded in the run log, so its own log lines would only be noise.
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
        self._settings = settings
        self._redactor = provider.redactor
        self._openai = openai.OpenAI(
            api_key=provider.api_key,
            base_url=provider.base_url,
            max_retries=0,
            timeout=provider.timeout_s,
            http_client=provider.http_client(),
        )
        self._base_url = shown_url(str(self._openai.base_url).rstrip("/"))  # for messages
        self.model = settings.model
        self.mode = settings.resolved_mode
        self._instructor = instructor.from_openai(self._openai, mode=MODES[self.mode])
        # The dialect is learnt once: with no mode set, an endpoint that refuses the JSON
        # schema response format before it ever answered one is asked the way
        # llama-cpp-python's server wants (its refusal is an HTTP 500, not a fault to retry).
        self._dialect_known = settings.mode != "auto" or self.mode != "json_schema"
        self._dialect_lock = threading.Lock()

    def _learn_dialect(self, refused: openai.APIStatusError) -> bool:
        """Switch to ``json_object_schema`` after the endpoint refused ``json_schema``;
        False when the dialect was known already (the refusal is then a real error)."""
        if self._dialect_known or refused.status_code not in DIALECT_REFUSALS:
            return False
        if not any(word in str(refused.message) for word in ("response_format", "json_schema")):
            return False  # a server error about something else: a fault, retried as one
        with self._dialect_lock:
            if not self._dialect_known:
                self.mode = LOCAL_MODE
                self._instructor = instructor.from_openai(self._openai, mode=MODES[self.mode])
                self._dialect_known = True
        return True

    def _redact(self, text: str) -> str:
        """Error text with the key removed: some endpoints echo the key they rejected."""
        return self._redactor.text(text)[0]

    def close(self) -> None:
        """Release the HTTP connection pool."""
        self._openai.close()

    def ask(
        self,
        messages: Messages,
        parameters: dict[str, Any],
        on_call: CallSink,
        response_model: type[BaseModel] = BriefingDraft,
        deadline: float | None = None,
    ) -> Reply:
        """One structured reply; transport failures retried until the retry budget or
        ``deadline`` (``time.monotonic()``; the article's budget) runs out."""
        s = self._settings
        deadline = deadline if deadline is not None else time.monotonic() + s.article_timeout_s
        policy = transport_policy(s.transport_retries, s.retry_wait_base_s, s.retry_wait_max_s, deadline)
        attempts = 0
        try:
            for attempt in policy:
                with attempt:
                    attempts += 1
                    now = time.monotonic()
                    call_deadline = min(now + s.timeout_s, deadline)
                    with call_budget(call_deadline, s.max_reply_bytes) as budget:
                        reply = self._ask_once(
                            messages, parameters, on_call, attempts, response_model, call_deadline - now
                        )
                    reply.redactions = budget.redactions
                    return reply
        except RetryableTransportError as exc:
            raise TransportGaveUp(
                self._redact(f"{exc} (gave up after {attempts} attempts)"),
                status=exc.status,
                http_attempts=attempts,
                retryable=True,
            ) from exc
        except TransportGaveUp as exc:
            exc.message = self._redact(exc.message)
            raise
        except InvalidReply as exc:
            exc.http_attempts = attempts
            exc.errors = self._redact(exc.errors)
            raise
        except RetryError as exc:  # pragma: no cover - reraise=True makes this unreachable
            raise TransportGaveUp(str(exc), status=None, http_attempts=attempts, retryable=True) from exc
        raise AssertionError("unreachable: the retry loop returns or raises")

    def _ask_once(
        self,
        messages: Messages,
        parameters: dict[str, Any],
        on_call: CallSink,
        attempt: int,
        response_model: type[BaseModel],
        call_seconds: float,
    ) -> Reply:
        """One HTTP request; ``call_seconds`` is its deadline, for the timeout message."""
        started = time.perf_counter()

        def record(raw: str | None, usage: Usage, error: str | None, status: int | None = None) -> None:
            latency = (time.perf_counter() - started) * 1000
            on_call(CallRecord([dict(m) for m in messages], parameters, raw, usage, latency, error, status))

        extra: dict[str, Any] = {}
        if self.mode == "json_object_schema":
            schema = json_schema(response_model)
            extra["extra_body"] = {"response_format": {"type": "json_object", "schema": schema}}
        try:
            draft, completion = self._instructor.chat.completions.create_with_completion(
                model=self.model,
                messages=[dict(m) for m in messages],  # type: ignore[misc]
                response_model=wrapped_model(response_model),
                max_retries=0,
                **parameters,
                **extra,
            )
        except IncompleteOutputException as exc:
            raw, usage = (
                dump_of(exc.last_completion),
                usage_of(getattr(exc.last_completion, "usage", None)),
            )
            error = "the reply was cut off at the token limit (finish_reason=length)"
            record(raw, usage, error)
            raise InvalidReply(error, raw, usage) from exc
        except InstructorRetryException as exc:
            cause = exc.__cause__ or exc
            if isinstance(cause, openai.APIStatusError) and self._learn_dialect(cause):
                record(None, Usage(), f"{DIALECT_NOTE} (HTTP {cause.status_code})", cause.status_code)
                return self._ask_once(messages, parameters, on_call, attempt, response_model, call_seconds)
            transport = _classify_transport(cause, self._base_url, call_seconds)
            if transport is not None:
                status = getattr(cause, "status_code", None)
                record(None, Usage(), str(transport), status)
                raise transport from cause
            raw, usage = dump_of(exc.last_completion), usage_of(exc.total_usage)
            record(raw, usage, f"invalid reply: {cause}")
            raise InvalidReply(short_errors(cause), raw, usage) from exc
        except (openai.APIError, openai.APIConnectionError) as exc:
            if isinstance(exc, openai.APIStatusError) and self._learn_dialect(exc):
                record(None, Usage(), f"{DIALECT_NOTE} (HTTP {exc.status_code})", exc.status_code)
                return self._ask_once(messages, parameters, on_call, attempt, response_model, call_seconds)
            transport = _classify_transport(exc, self._base_url, call_seconds) or TransportGaveUp(
                str(exc), status=None, http_attempts=attempt, retryable=False
            )
            record(None, Usage(), str(transport), getattr(exc, "status_code", None))
            raise transport from exc
        except (ValueError, IndexError, KeyError, AttributeError, TypeError) as exc:
            # Replies instructor cannot even take apart (no choices, no tool call, no content).
            record(None, Usage(), f"unusable reply: {exc!r}")
            raise InvalidReply(f"unusable reply: {exc}", None) from exc
        self._dialect_known = True  # it answered in this dialect: later refusals are faults
        usage = usage_of(getattr(completion, "usage", None))
        raw = dump_of(completion) or ""
        record(raw, usage, None)
        return Reply(draft=draft, raw=raw, usage=usage, http_attempts=attempt)


class BatchEndpoints:
    """OpenAI's Files and Batches endpoints, for ``summarizer/batch/runner.py``: plain dicts in and
    out, SDK errors as ``TransportError`` with the key scrubbed from their text."""

    def __init__(self, settings: Settings) -> None:
        self._structured = OpenAIStructuredClient(settings)
        self._client = self._structured._openai

    def close(self) -> None:
        self._structured.close()

    def _call(self, what: str, call: Any) -> Any:
        try:
            return call()
        except (openai.APIError, openai.APIConnectionError) as exc:
            raise TransportError(
                self._structured._redact(f"{what} at {self._structured._base_url}: {exc}")
            ) from exc

    def upload(self, name: str, content: bytes) -> str:
        made = self._call(
            "uploading the batch input",
            lambda: self._client.files.create(file=(name, content, "application/jsonl"), purpose="batch"),
        )
        return str(made.id)

    def download(self, file_id: str) -> bytes:
        found = self._call(f"downloading file {file_id}", lambda: self._client.files.content(file_id))
        return bytes(found.content)

    def create(self, input_file_id: str, metadata: dict[str, str]) -> dict[str, Any]:
        made = self._call(
            "creating the batch",
            lambda: self._client.batches.create(
                input_file_id=input_file_id,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata=metadata,
            ),
        )
        return dict(made.model_dump())

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        found = self._call(f"reading batch {batch_id}", lambda: self._client.batches.retrieve(batch_id))
        return dict(found.model_dump())

    def cancel(self, batch_id: str) -> dict[str, Any]:
        done = self._call(f"cancelling batch {batch_id}", lambda: self._client.batches.cancel(batch_id))
        return dict(done.model_dump())
