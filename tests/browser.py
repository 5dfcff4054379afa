"""Driving headless Chromium from tests over the DevTools protocol on a pipe.

``--remote-debugging-pipe`` makes Chromium read protocol messages (JSON, each ended by a NUL
byte) on its file descriptor 3 and write replies on 4: no WebDriver and no WebSocket client
are needed. Sockets and the profile go in a short folder, because Chromium aborts when a
Unix socket path is over 107 bytes (a long TMPDIR).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


def find_browser() -> str:
    """Chromium's path; skips the test where there is none, unless CI requires it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    if os.environ.get("CI_REQUIRE_BROWSER"):
        pytest.fail("chromium is required here (CI_REQUIRE_BROWSER is set) but was not found")
    pytest.skip("no chromium on this machine; .ci/run installs it")


class Page:
    """One tab, attached with a flat session; ``evaluate`` runs JavaScript in it."""

    def __init__(self, to_browser: int, from_browser: int) -> None:
        self._out = os.fdopen(to_browser, "wb", buffering=0)
        self._in = os.fdopen(from_browser, "rb", buffering=0)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self._out.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = self._in.read(65536)
            if not chunk:
                raise RuntimeError("the browser closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def open(self, url: str) -> None:
        """Show ``url`` in the tab, once it has loaded. The tab is made on first use and then
        navigated: a new tab would start a new renderer process each time."""
        if self.session is None:
            target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
            attached = self.send(
                "Target.attachToTarget", {"targetId": target, "flatten": True}, session=False
            )
            self.session = attached["sessionId"]
            self.send("Page.enable")
        self.evaluate("window.previousPage = true")  # a new page has a new window, without it
        self.send("Page.navigate", {"url": url})
        self.wait_for("!window.previousPage && document.readyState === 'complete'")

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True}
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, condition: str, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.evaluate(f"Boolean({condition})"):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {condition}")
            time.sleep(0.01)  # an evaluation is a millisecond's round trip


@contextmanager
def headless_browser() -> Iterator[Page]:
    """A browser whose tab opens pages with ``Page.open``: one launch (about half a second
    of CPU) serves any number of pages."""
    browser = find_browser()
    with tempfile.TemporaryDirectory(dir="/tmp", prefix="chr", ignore_cleanup_errors=True) as short:
        # The ends the browser gets are moved to 10 and up, so that putting them on 3 and 4
        # can never overwrite one with the other.
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_browser_r, from_browser_w)]
        os.close(to_browser_r)
        os.close(from_browser_w)
        to_browser_r, from_browser_w = high
        args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={short}/profile",
            "--remote-debugging-pipe",
        ]
        # Chromium reads fd 3 and writes fd 4: bash (dash takes one-digit fds only) puts the pipe
        # ends there and execs it.
        redirect = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        log = open(f"{short}/stderr", "wb")  # noqa: SIM115 - closed below, after the browser
        process = subprocess.Popen(
            ["bash", "-c", redirect, browser, *args],
            pass_fds=(to_browser_r, from_browser_w),
            env={**os.environ, "TMPDIR": short},
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,  # /usr/bin/chromium is a wrapper: stop its whole group
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        page = Page(to_browser_w, from_browser_r)
        try:
            yield page
        except RuntimeError as exc:  # the protocol failed: what the browser said explains it
            said = Path(f"{short}/stderr").read_text(encoding="utf-8", errors="replace")[-3000:]
            raise RuntimeError(f"{exc}; the browser said:\n{said}") from exc
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
            log.close()
            page._out.close()
            page._in.close()
