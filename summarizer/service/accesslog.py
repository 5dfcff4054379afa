"""The access log: one line per request, written when its response has been sent.

    access GET /v1/jobs/3f2a 200 4.1ms caller=9c1e0d7a22b4

Each line says the method, the path, the status, how long the response took (a results
stream: until its last line) and who called: the token id (a prefix of the token's digest,
the same id jobs record as their owner), ``anonymous`` without tokens, ``-`` when the
request was refused before a caller was known. Never logged: the query string and the
fragment (a client may put a key there), the user information of a target sent as a whole
URL, headers (the token), bodies (articles). The path is the raw one, still
percent-encoded, and anything unprintable in it is escaped, so a request cannot forge a log
line. The log is an ASGI middleware outside the guard, so refused requests are logged too.

``SUMMARIZER_SERVICE_ACCESS_LOG`` (``serve --access-log``) chooses where: ``-`` (stderr,
the default), ``off``, or a file, appended to (each line is one write, so the processes of
``serve --processes N`` can share it).
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.errors import ConfigurationError

MAX_PATH_CHARS = 300
# Where the guard leaves the caller it found, in the request's scope state.
CALLER_KEY = "caller"


# A request target other than a path (``GET http://user:pass@host/path``, ``GET //...``,
# ``CONNECT user:pass@host:443``) carries an authority, and what comes before its '@' is a
# credential. A client may leave '/', '?' or '#' unencoded inside the password (against the
# standard, and the parser then cuts the target at the '?'), so no authority is shown at
# all: the scheme, '*', then the path after the last '@'.
_ORIGIN_FORM = re.compile(r"/(?!/)")
_SCHEME = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//")


def printable(text: str, limit: int = MAX_PATH_CHARS) -> str:
    """A client's value on one log line: anything unprintable (a line break, a bidi
    override) escaped, so it cannot forge a line; bounded."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def shown_path(scope: Scope) -> str:
    """The request's path as sent (percent-encoded; no user information, query or
    fragment), printable and bounded."""
    raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "replace")
    target = re.split(r"[?#]", raw.decode("ascii", "backslashreplace"), maxsplit=1)[0]
    if not _ORIGIN_FORM.match(target):
        scheme = _SCHEME.match(target)
        rest = target[scheme.end() :] if scheme else ""
        rest = rest.rsplit("@", 1)[-1]
        target = (scheme.group() if scheme else "") + "*" + (rest[rest.index("/") :] if "/" in rest else "")
    # A space too is escaped: the line's fields are separated by spaces.
    return printable(target.replace(" ", "\\x20"))


# Any token is a method to the parser ("X" * 60,000 included): others are shown as one word,
# so a client can neither fill a log line nor make a metrics series per made-up method.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"})


def shown_method(scope: Scope) -> str:
    method = str(scope.get("method", ""))
    return method if method in METHODS else "OTHER"


def access_line(method: str, path: str, status: int, seconds: float, caller: str) -> str:
    return f"access {method} {path} {status} {seconds * 1000:.1f}ms caller={caller}"


def sink_for(destination: str) -> Callable[[str], None] | None:
    """Where lines go: ``-`` stderr, ``off`` nowhere (``None``), else a file appended to
    (open as long as the process runs)."""
    if destination == "off":
        return None
    return _writer(sys.stderr if destination == "-" else _opened(destination))


def check_destination(destination: str) -> None:
    """A configuration error now, rather than at the first request, when the log cannot be written."""
    if destination not in ("-", "off"):
        _opened(destination).close()


def _opened(destination: str) -> TextIO:
    try:
        return Path(destination).expanduser().open("a", encoding="utf-8", buffering=1)
    except OSError as exc:
        raise ConfigurationError(
            f"cannot open the access log {destination}: {exc.strerror}; give a writable file, '-' or 'off'"
        ) from exc


def _writer(stream: TextIO) -> Callable[[str], None]:
    lock = threading.Lock()

    def write(line: str) -> None:
        with lock:
            stream.write(line + "\n")
            stream.flush()

    return write


class AccessLog:
    """ASGI middleware writing one ``access_line`` per HTTP request."""

    def __init__(self, app: ASGIApp, write: Callable[[str], None]) -> None:
        self.app = app
        self.write = write

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            # A request whose handler failed before answering shows 500 (what the server
            # sends), one whose client went away mid-stream the status it was sent.
            caller = scope.get("state", {}).get(CALLER_KEY, "-")
            line = access_line(
                shown_method(scope),
                shown_path(scope),
                status or 500,
                time.perf_counter() - started,
                caller,
            )
            self.write(line)
