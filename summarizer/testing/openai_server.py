"""An OpenAI-compatible ``/v1/chat/completions`` server on 127.0.0.1 serving scripted replies.

It speaks real HTTP so the real ``openai`` client and ``instructor`` are exercised end to end:
a reply is sent as a tool call when the request carries ``tools`` and as message content
otherwise (``response_format`` JSON schema or JSON mode). Faults are scripted too: HTTP
status codes with or without Retry-After, delays longer than the client's timeout,
connection resets, malformed JSON, replies cut off at the token limit, empty ``choices``.

Hostile endpoints are scripted the same way: ``Trickle`` (a reply sent a few bytes at a
time, headers included), ``Hang`` (never answers), ``Huge`` (a reply of many megabytes);
replies that echo the API key are plain ``Reply`` or ``Status`` payloads carrying it, and
``complying_responder`` obeys instructions planted in the article.

Script entries are consumed in order; when the script is empty, ``default`` answers (a
callable receiving the request body). Every request body is kept in ``requests``.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """A completion. ``payload`` is a dict (sent as JSON) or a raw string (sent as is)."""

    payload: dict[str, Any] | str
    finish_reason: str = "stop"
    prompt_tokens: int = 100
    completion_tokens: int = 50


@dataclass(frozen=True)
class Status:
    code: int
    headers: dict[str, str] = field(default_factory=dict)
    message: str = "scripted error"


@dataclass(frozen=True)
class Delay:
    seconds: float
    then: Action


@dataclass(frozen=True)
class Reset:
    """Close the connection without answering."""


@dataclass(frozen=True)
class EmptyChoices:
    """A 200 answer whose ``choices`` list is empty."""


@dataclass(frozen=True)
class Trickle:
    """Send ``then`` (a ``Reply``) ``chunk`` bytes every ``interval_s`` seconds, status line
    and headers included, so neither a read timeout nor a header timeout ever fires."""

    then: Reply
    interval_s: float = 1.0
    chunk: int = 1


@dataclass(frozen=True)
class Hang:
    """Accept the request and never answer (until the server stops)."""


@dataclass(frozen=True)
class Huge:
    """A 200 reply whose body is ``megabytes`` MB of JSON string content; without a
    content-length when ``declare_length`` is false (the body ends when the connection does)."""

    megabytes: int = 50
    declare_length: bool = True


Action = Reply | Status | Delay | Reset | EmptyChoices | Trickle | Hang | Huge
Responder = Callable[[dict[str, Any]], Action]

ARTICLE_BLOCK = re.compile(r"<article>\n(.*?)\n</article>", re.DOTALL)


def article_from_request(body: dict[str, Any]) -> str:
    """The article text the client sent between ``<article>`` tags."""
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, str) and (found := ARTICLE_BLOCK.search(content)):
            return found.group(1)
    return ""


def _chat_messages(messages: object) -> bool:
    return isinstance(messages, list) and all(isinstance(m, dict) for m in messages)


def completion_for(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """The chat completion carrying ``reply`` in the shape the request asked for (tool call or content)."""
    content = reply.payload if isinstance(reply.payload, str) else json.dumps(reply.payload)
    message: dict[str, Any] = {"role": "assistant", "content": content}
    tools = body.get("tools")
    if tools:
        name = tools[0]["function"]["name"]
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": content},
                }
            ],
        }
    usage = {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "scripted"),
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
        "usage": usage,
    }


class _LoopbackServer(ThreadingHTTPServer):
    # Class attributes, because ``listen()`` runs in the constructor: a deep accept queue so
    # bursts of concurrent clients are never refused before a handler sees them.
    request_queue_size = 256
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (its next request never came, or it closed with the reply
        unread) is no fault of the server's: nothing to print. Anything else is."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class ScriptedServer:
    def __init__(
        self,
        default: Responder | None = None,
        latency_s: float = 0.0,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        model_name: str | None = None,
        client_timeout_s: float | None = None,
        max_body_bytes: int = 64 * 1024 * 1024,
        keep_requests: bool = True,
    ) -> None:
        # What GET /v1/models lists (None: the route does not exist, as on some servers).
        self.models: list[str] | None = ["scripted-model"]
        self.script: deque[Action] = deque()
        self.default = default
        self.latency_s = latency_s
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        # The model every completion says answered (None: the one the request named).
        self.model_name = model_name
        self.client_timeout_s = client_timeout_s
        self.max_body_bytes = max_body_bytes
        # Tests read every request back; a long-running server (mock-llm) keeps none, or
        # each request body would stay in memory as long as it runs.
        self.keep_requests = keep_requests
        self._httpd = _LoopbackServer((host, port), self._handler_class())
        self._stopping = threading.Event()
        # A short poll interval: shutdown() waits up to one interval for the loop to notice.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def push(self, *actions: Action) -> None:
        with self._lock:
            self.script.extend(actions)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _next_action(self, body: dict[str, Any]) -> Action:
        with self._lock:
            if self.keep_requests:
                self.requests.append(body)
            if self.script:
                return self.script.popleft()
        if self.default is None:
            return Status(500, message="script exhausted and no default responder")
        return self.default(body)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Each read and write on the connection (None: no limit): a client that stops
            # sending mid-request is dropped instead of holding its thread for ever.
            timeout = server.client_timeout_s
            # Headers and body go out in separate writes; without TCP_NODELAY, Nagle's
            # algorithm and delayed ACKs add ~40 ms to every reply on loopback.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def do_GET(self) -> None:
                # The model list (GET /v1/models), so a run without --model can ask for it.
                if not self.path.rstrip("/").endswith("/models") or server.models is None:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                self._send(
                    200, {"object": "list", "data": [{"id": m, "object": "model"} for m in server.models]}
                )

            def do_POST(self) -> None:
                raw = self._raw_body()
                if raw is None:
                    return  # answered with why
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                body = self._chat_request(raw)
                if body is None:
                    return
                if server.latency_s:
                    time.sleep(server.latency_s)
                try:
                    action = server._next_action(body)
                except Exception as exc:  # a request the responder cannot read: the client's mistake
                    self._send(
                        400, {"error": {"message": f"cannot answer this request ({type(exc).__name__})"}}
                    )
                    return
                self._act(body, action)

            def _raw_body(self) -> bytes | None:
                """The request's body; ``None`` once a 4xx said why there is none (a length
                that is no number or over the limit, which is never read)."""
                length = self.headers.get("content-length", "0").strip()
                number = length.isascii() and length.isdigit()  # "²" is a digit int() refuses
                if not number or int(length) > server.max_body_bytes:
                    self.close_connection = True  # what follows the head is not read
                    code = 413 if number else 400
                    self._send(code, {"error": {"message": f"content-length {length[:20]!r} refused"}})
                    return None
                return self.rfile.read(int(length))

            def _chat_request(self, raw: bytes) -> dict[str, Any] | None:
                """The chat request's JSON object; ``None`` once a 400 said why there is none
                (not JSON, nested too deep, not a chat request's shape)."""
                try:
                    body = json.loads(raw or b"{}")
                except (ValueError, RecursionError):
                    self._send(400, {"error": {"message": "the body is not JSON"}})
                    return None
                if not isinstance(body, dict) or not _chat_messages(body.get("messages", [])):
                    self._send(400, {"error": {"message": "the body is not a chat request"}})
                    return None
                return body

            def _act(self, body: dict[str, Any], action: Action) -> None:
                if isinstance(action, Delay):
                    time.sleep(action.seconds)
                    self._act(body, action.then)
                elif isinstance(action, Reset):
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                    )
                    self.connection.close()
                    self.close_connection = True
                elif isinstance(action, Status):
                    error = {
                        "error": {
                            "message": action.message,
                            "type": "scripted",
                            "code": action.code,
                        }
                    }
                    self._send(action.code, error, action.headers)
                elif isinstance(action, Hang):
                    server._stopping.wait()
                    self.close_connection = True
                elif isinstance(action, Trickle):
                    self._trickle(body, action)
                elif isinstance(action, Huge):
                    self._huge(body, action)
                elif isinstance(action, EmptyChoices):
                    empty = completion_for(body, Reply({}))
                    empty["choices"] = []
                    self._send(200, empty)
                else:
                    completion = completion_for(body, action)
                    if server.model_name is not None:
                        completion["model"] = server.model_name
                    self._send(200, completion)

            def _trickle(self, body: dict[str, Any], action: Trickle) -> None:
                data = json.dumps(completion_for(body, action.then)).encode("utf-8")
                head = (
                    f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    f"content-length: {len(data)}\r\n\r\n"
                ).encode("ascii")
                message = head + data
                self.close_connection = True
                try:
                    for at in range(0, len(message), action.chunk):
                        if server._stopping.wait(action.interval_s):
                            return
                        self.wfile.write(message[at : at + action.chunk])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up, as it should

            def _huge(self, body: dict[str, Any], action: Huge) -> None:
                megabytes = action.megabytes
                filler = "x" * (1024 * 1024)
                prefix = json.dumps(completion_for(body, Reply("@@")))
                before, after = prefix.split("@@")
                size = len(before) + len(after) + megabytes * len(filler)
                self.close_connection = True
                try:
                    self.send_response(200)
                    self.send_header("content-type", "application/json")
                    if action.declare_length:
                        self.send_header("content-length", str(size))
                    self.end_headers()
                    self.wfile.write(before.encode())
                    for _ in range(megabytes):
                        self.wfile.write(filler.encode())
                    self.wfile.write(after.encode())
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client stopped reading, as it should

            def _send(
                self, code: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode("utf-8")
                try:
                    self.send_response(code)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up or stopped reading (timeout); nothing left to tell it

        return Handler
