"""How ``serve`` reads requests off the socket: bounded in size and in time.

uvicorn's default parser (httptools) buffers a request head of any size, and no uvicorn
setting bounds how long a request may take to arrive (``timeout_keep_alive`` covers only
the idle time between requests, and any byte resets it). So ``serve`` runs uvicorn's h11
protocol with

- ``h11_max_incomplete_event_size`` = ``MAX_HEAD_BYTES``: a request line and headers over
  64 KiB get a 400 and the connection is closed, instead of being buffered;
- ``ReadBoundedH11Protocol``: each request (line, headers and body) must arrive whole within
  ``read_timeout_s`` of the connection opening or of the previous response; otherwise the
  connection is closed, so slowloris connections cannot pile up.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_HEAD_BYTES = 64 * 1024


class ReadBoundedH11Protocol(H11Protocol):
    # A class attribute, set once per process by ``serve`` (and by each worker process from
    # its settings): uvicorn builds one protocol per connection from the class alone.
    read_timeout_s: ClassVar[float] = 60.0
    _read_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm_read_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_read_deadline()  # the next request on this connection gets its own time

    def connection_lost(self, exc: Exception | None) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
        super().connection_lost(exc)

    def _arm_read_deadline(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
        self._read_deadline = self.loop.call_later(self.read_timeout_s, self._read_too_slow)

    def _read_too_slow(self) -> None:
        # IDLE: the request head has not arrived; SEND_BODY: its body has not. A request
        # received whole (DONE, MUST_CLOSE) may take as long as its work takes.
        if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
            self.transport.close()


def server_options(read_timeout_s: float) -> dict[str, Any]:
    """The uvicorn options that bound how requests are read."""
    ReadBoundedH11Protocol.read_timeout_s = read_timeout_s
    return {"http": ReadBoundedH11Protocol, "h11_max_incomplete_event_size": MAX_HEAD_BYTES}
