"""An ASGI app served by uvicorn on a free loopback port, in a thread, for tests and
benchmarks that need a real HTTP server in their own process."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


class _PromptServer(uvicorn.Server):
    """uvicorn's server, woken at once when told to stop. uvicorn looks at its exit flag
    every 0.1 s, which cost each test that started a server a tenth of a second idle."""

    _loop: asyncio.AbstractEventLoop | None = None
    _wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._wake = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        counter = 0
        while not await self.on_tick(counter):  # on_tick keeps uvicorn's own housekeeping
            counter = (counter + 1) % 864_000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    def stop(self) -> None:
        self.should_exit = True
        if self._loop is not None and self._wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                self._loop.call_soon_threadsafe(self._wake.set)


@contextmanager
def serve_in_thread(app: Any, **options: Any) -> Iterator[str]:
    """The app's base URL (``http://127.0.0.1:<port>``) until the block ends; then the
    server stops, letting requests in flight finish. ``options`` go to uvicorn (``serve``'s
    own request parser: ``transport.server_options``)."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", **options)
    server = _PromptServer(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
        thread.join(30)
