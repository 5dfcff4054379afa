"""What a request's work may hold while it runs, and for how long: the request body (read
here, under its size limit), a share of the bytes in flight, and one of its caller's
concurrent slots.

Each is a ``Ticket`` that is released when the work really ends, not when the request is
answered: after a 504 at the request deadline the briefing goes on in its thread (a thread
cannot be stopped), and until it ends it still holds its memory and its caller's slot. A
caller whose abandoned work piles up is then refused (429) instead of starving the pool for
everyone else.

Synchronous work (``/v1/briefings``, ``/v1/daily``) is admitted by the bytes of the bodies
in flight: briefing a text costs many times its size in memory and CPU, so a limit on
bytes bounds both, and a request beyond it gets 503 with ``Retry-After``, before its body
is read when it declares its length.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.service.problems import Problem, problem_response

SYNCHRONOUS_WORK = frozenset({"/v1/briefings", "/v1/daily"})


class Ticket:
    """Something held by a request's work, given back once (``release``). The request hands
    it to its work with ``hold``; then only the work's end gives it back."""

    def __init__(self, release: Callable[[], None]) -> None:
        self._release: Callable[[], None] | None = release
        self._lock = threading.Lock()
        self.held = False

    def hold(self) -> None:
        self.held = True

    def release(self) -> None:
        with self._lock:
            release, self._release = self._release, None
        if release is not None:
            release()


class BytesInFlight:
    """Admission by the total bytes of the synchronous requests whose work is unfinished."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_flight = 0
        self._lock = threading.Lock()

    def admit(self, size: int) -> Ticket:
        """A ticket for ``size`` bytes, or a 503 problem. One request over the whole limit is
        admitted when nothing else is in flight: the body limit, not this, decides what is
        too large ever to run."""
        with self._lock:
            if self.in_flight and self.in_flight + size > self.limit:
                raise Problem(
                    503,
                    "Busy",
                    f"{self.in_flight:,} bytes of articles are being briefed; the limit is "
                    f"{self.limit:,}; retry shortly",
                    headers={"Retry-After": "2"},
                )
            self.in_flight += size
        return Ticket(lambda: self._give_back(size))

    def _give_back(self, size: int) -> None:
        with self._lock:
            self.in_flight -= size


class CallerSlots:
    """At most ``per_caller`` pieces of work at once per caller, abandoned ones included."""

    def __init__(self, per_caller: int) -> None:
        self.per_caller = per_caller
        self._taken: dict[str, int] = {}
        self._lock = threading.Lock()

    def take(self, caller: str) -> Ticket:
        """One of the caller's slots, or a 429 problem when all are in use."""
        with self._lock:
            if self._taken.get(caller, 0) >= self.per_caller:
                raise Problem(
                    429,
                    "Too many requests",
                    f"at most {self.per_caller} requests at once per token (counting work still "
                    "running after its deadline); retry shortly",
                    headers={"Retry-After": "1"},
                )
            self._taken[caller] = self._taken.get(caller, 0) + 1
        return Ticket(lambda: self._give_back(caller))

    def _give_back(self, caller: str) -> None:
        with self._lock:
            self._taken[caller] -= 1
            if not self._taken[caller]:
                del self._taken[caller]


class Intake:
    """Reads each request's body, refusing one over ``max_body_bytes`` with a 413, and
    admits synchronous work by bytes in flight (``admission``); the body is then replayed to
    the app and the admission ticket put in the request's state as ``admission``."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, admission: BytesInFlight) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.admission = admission

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _refuse(_too_large(limit), scope, send)
            return
        synchronous = scope.get("method") == "POST" and scope.get("path") in SYNCHRONOUS_WORK
        ticket: Ticket | None = None
        try:
            if synchronous and declared.isdigit():
                ticket = self.admission.admit(int(declared))  # refused before a byte is read
            # Read up to the limit and replayed: a body over the limit is refused before any
            # route sees it, whether or not it declared its length.
            body = bytearray()
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    break
                body += message.get("body", b"")
                if len(body) > limit:
                    raise _too_large(limit)
                if not message.get("more_body"):
                    break
            if synchronous and ticket is None:
                ticket = self.admission.admit(len(body))
        except Problem as problem:
            if ticket is not None:
                ticket.release()
            await _refuse(problem, scope, send)
            return
        if ticket is not None:
            scope.setdefault("state", {})["admission"] = ticket
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        try:
            await self.app(scope, replay, send)
        finally:
            if ticket is not None and not ticket.held:  # no work took it: the request's end is its end
                ticket.release()


def _too_large(limit: int) -> Problem:
    return Problem(413, "Request too large", f"the request body is over the limit of {limit:,} bytes")


async def _refuse(problem: Problem, scope: Scope, send: Send) -> None:
    problem.headers.setdefault("Connection", "close")  # the unread body cannot be skipped cheaply
    await problem_response(problem, scope.get("path", ""))(scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
