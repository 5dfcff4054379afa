"""The gate every request passes first, decided on the request line and headers alone,
before any byte of the body is read (an ASGI middleware, outermost):

- with tokens configured, every path but ``/healthz`` and the static page (``/`` and
  ``/app.js``, read with GET or HEAD) needs a valid token, so a stranger can make the
  service neither read a body nor show any data; the page holds none, and it must load
  before it can ask its user for the token;
- without tokens (the loopback default), the ``Host`` must name this machine (localhost,
  127.0.0.1 or [::1], at the port served), which defeats DNS rebinding, and a request that
  changes state (any method but GET, HEAD, OPTIONS) from another origin is refused: a web
  page the user visits cannot queue jobs on the user's budget, not even with a "simple"
  ``text/plain`` POST, which browsers send without asking.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.service.access import ANONYMOUS, Access
from summarizer.service.accesslog import CALLER_KEY
from summarizer.service.metrics import Metrics
from summarizer.service.page import PATHS as PAGE_PATHS
from summarizer.service.problems import Problem, problem_response

OPEN_PATHS = frozenset({"/healthz"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Guard:
    def __init__(self, app: ASGIApp, access: Access, metrics: Metrics) -> None:
        self.app = app
        self.access = access
        self.metrics = metrics

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
            # Counted under one route label: a refused path is the caller's choice, not a route.
            self.metrics.requests.labels("refused", scope.get("method", ""), str(problem.status)).inc()
            return
        await self.app(scope, receive, send)

    def check(self, scope: Scope, headers: Headers) -> None:
        if self.access.required:
            if not open_without_token(scope):
                caller = self.access.caller_for(headers.get("authorization", ""))
                scope.setdefault("state", {})[CALLER_KEY] = caller  # for the access log
            return  # a browser of another site holds no token: nothing more to check
        scope.setdefault("state", {})[CALLER_KEY] = ANONYMOUS
        host = headers.get("host", "")
        if not own_host(host, scope):
            raise Problem(
                421, "Misdirected request", "this service answers only to localhost, 127.0.0.1 or [::1]"
            )
        if scope.get("method", "GET") not in SAFE_METHODS and cross_site(headers, host):
            raise Problem(403, "Forbidden", "requests from another web origin cannot change anything here")


def open_without_token(scope: Scope) -> bool:
    path = scope.get("path")
    return path in OPEN_PATHS or (path in PAGE_PATHS and scope.get("method") in {"GET", "HEAD"})


def own_host(host: str, scope: Scope) -> bool:
    """True when ``Host`` names a loopback name at the port this server listens on."""
    name, colon, port = host.rpartition(":")
    if not colon or name.endswith(":") or (host.startswith("[") and not name.endswith("]")):
        name, port = host, ""  # no port given (or a bare IPv6 literal)
    server = scope.get("server")
    served_port = str(server[1]) if server and len(server) > 1 and server[1] is not None else ""
    return name.lower() in LOOPBACK_NAMES and (port == served_port or (not port and served_port == "80"))


def cross_site(headers: Headers, host: str) -> bool:
    """True when a browser says the request comes from a page of another origin."""
    if headers.get("sec-fetch-site", "").lower() in {"cross-site", "same-site"}:
        return True
    origin = headers.get("origin")
    return origin is not None and origin.lower() != f"http://{host}".lower()


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
