"""The gate every request passes first, decided on the request line and headers alone,
before any byte of the body is read (an ASGI middleware, outermost): with tokens
configured, every path but ``/healthz`` needs a valid token, so a stranger can make the
service neither read a body nor show a page.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.service.access import Access
from summarizer.service.problems import Problem, problem_response

OPEN_PATHS = frozenset({"/healthz"})


class Guard:
    def __init__(self, app: ASGIApp, access: Access) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            self.check(scope, Headers(scope=scope))
        except Problem as problem:
            # Connection: close, as the unread body cannot be skipped cheaply.
            problem.headers.setdefault("Connection", "close")
            await problem_response(problem, scope.get("path", ""))(scope, _no_body, send)
            return
        await self.app(scope, receive, send)

    def check(self, scope: Scope, headers: Headers) -> None:
        if self.access.required and scope.get("path") not in OPEN_PATHS:
            self.access.caller_for(headers.get("authorization", ""))


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
