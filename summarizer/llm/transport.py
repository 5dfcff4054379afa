"""The HTTP transport under the openai client: a whole-call deadline, a reply size cap, and
secrets removed from replies before anything parses them.

httpx's timeouts bound each socket operation, not a call: an endpoint that sends one byte a
second never trips a 60 s read timeout. Here every connect, read and write of a call gets
the time left until the call's deadline as its timeout, so a call ends by its deadline
however the endpoint trickles (headers included). The deadline and the byte cap of the call
in progress travel in a context variable that the client sets around each call.

The reply body is read here, up to the cap (a larger reply fails the call without reading
further), compressed replies are refused (identity is asked for, so a compression bomb
cannot inflate past the cap), and configured secrets are scrubbed from the body before the
SDK sees it: nothing downstream (parsing, cache, run log, outputs) can receive them.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

import httpcore2
import httpx2

from summarizer.llm.redact import Redactor
from summarizer.llm.tls import shared_tls_context


class ReplyRefused(Exception):
    """A reply the transport will not hand on: too large, or compressed against the request."""


class DeadlineExceeded(httpcore2.ReadTimeout):
    """The call's deadline passed (an httpcore timeout, so every layer treats it as one)."""


@dataclass
class CallBudget:
    """Limits of the call in progress, and what the transport did to its reply."""

    deadline: float  # time.monotonic() value
    max_bytes: int
    redactions: int = 0

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded("the call's deadline passed")
        return left


_budget: ContextVar[CallBudget | None] = ContextVar("summarizer_call_budget", default=None)


class AnswerBook(Protocol):
    """Answers to requests known in advance (a Batch API's results): ``(status, body)`` for a
    request it holds, ``None`` to send the request, or it raises ``RequestDeferred`` (or
    another ``DeferredAnswer``) to stop the call without sending it."""

    def answer(self, body: bytes) -> tuple[int, bytes] | None: ...


class DeferredAnswer(Exception):
    """A call that the answer book stops; it passes through every layer of the client
    unchanged (never retried, never logged as a transport failure)."""


_answers: ContextVar[AnswerBook | None] = ContextVar("summarizer_answer_book", default=None)


@contextmanager
def answers_from(book: AnswerBook) -> Iterator[None]:
    """Calls made in this context (this thread) are answered by ``book`` first."""
    token = _answers.set(book)
    try:
        yield
    finally:
        _answers.reset(token)


@contextmanager
def call_budget(deadline: float, max_bytes: int) -> Iterator[CallBudget]:
    budget = CallBudget(deadline=deadline, max_bytes=max_bytes)
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


def _capped(timeout: float | None) -> float | None:
    budget = _budget.get()
    if budget is None:
        return timeout
    left = budget.remaining()
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore2.NetworkStream):
    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _capped(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _capped(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _capped(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore2.NetworkBackend):
    """Every connect, read and write gets the time left in the ``call_budget`` in force."""

    def __init__(self, inner: httpcore2.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _capped(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _capped(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class GuardedTransport(httpx2.HTTPTransport):
    """httpx's transport with per-call deadlines, a reply cap and secret scrubbing."""

    def __init__(self, redactor: Redactor, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # httpcore takes its network backend only at construction, and httpx builds the pool
        # (with proxy and TLS settings from the environment) itself; wrapping the backend of
        # the pool it built keeps all of that and adds the deadline to every socket call.
        self._pool._network_backend = DeadlineBackend(self._pool._network_backend)
        self._redactor = redactor

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        budget = _budget.get()
        book = _answers.get()
        canned = book.answer(request.read()) if book is not None else None
        if canned is not None:
            status, content = canned
            response = httpx2.Response(status, headers={"content-type": "application/json"}, content=content)
        else:
            response = super().handle_request(request)
        try:
            body = self._read_body(response, budget.max_bytes if budget else None)
        finally:
            response.close()
        body, redactions = self._redactor.body(body)
        if budget is not None:
            budget.redactions += redactions
        skip = {b"content-length", b"transfer-encoding", b"content-encoding"}
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in skip]
        return httpx2.Response(
            status_code=response.status_code,
            headers=headers,
            content=body,
            extensions=response.extensions,
            request=request,
        )

    @staticmethod
    def _read_body(response: httpx2.Response, max_bytes: int | None) -> bytes:
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise ReplyRefused(f"the endpoint sent a {encoding}-compressed reply after being asked for none")
        declared = response.headers.get("content-length", "")
        if max_bytes is not None and declared.isdigit() and int(declared) > max_bytes:
            raise ReplyRefused(f"the reply is {int(declared):,} bytes, over the {max_bytes:,}-byte limit")
        body = bytearray()
        assert isinstance(response.stream, httpx2.SyncByteStream)
        for chunk in response.stream:
            body += chunk
            if max_bytes is not None and len(body) > max_bytes:
                raise ReplyRefused(f"the reply is over the {max_bytes:,}-byte limit; stopped reading")
        return bytes(body)


class _SelfClosingClient(httpx2.Client):
    """Closes its connections when collected, as the SDK's own default client does (engines
    live as long as their ``Summarizer`` and are not closed explicitly)."""

    def __del__(self) -> None:
        if not self.is_closed:
            with contextlib.suppress(Exception):
                self.close()


def guarded_client(redactor: Redactor, timeout_s: float, max_connections: int = 1000) -> httpx2.Client:
    """An httpx client for the openai SDK, with ``GuardedTransport`` under it."""
    limits = httpx2.Limits(max_connections=max_connections, max_keepalive_connections=100)
    return _SelfClosingClient(
        transport=GuardedTransport(redactor, limits=limits, verify=shared_tls_context()),
        timeout=httpx2.Timeout(timeout_s),
        headers={"Accept-Encoding": "identity"},
        follow_redirects=True,
    )
