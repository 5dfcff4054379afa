"""FIFOs that cannot hang the test that plants them.

Opening a FIFO for reading waits for a writer, forever if none comes, so a test that hands
one to code under test used to run that code in a child process with a timeout: about a
second of CPU per run, for the interpreter and its imports. ``planted_fifos`` lets the code
run in the test's own process instead. A watchdog thread opens each FIFO's writing end
without blocking, which succeeds exactly when somebody has opened (or is waiting to open)
the reading end; it then closes it at once, so that reader gets end-of-file instead of
waiting. Each FIFO so opened is recorded: the tests assert that none was, i.e. that the FIFO
was refused without being opened, and a regression fails the test instead of hanging it.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def planted_fifos(*paths: Path) -> Iterator[list[Path]]:
    """Make a FIFO at each path; yields the (growing) list of those somebody opened to read."""
    for path in paths:
        os.mkfifo(path)
    opened: list[Path] = []
    stop = threading.Event()

    def release_readers() -> None:
        while not stop.wait(0.005):
            for path in paths:
                try:
                    descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                except OSError as exc:
                    if exc.errno in (errno.ENXIO, errno.ENOENT):  # no reader; or moved away
                        continue
                    raise
                os.close(descriptor)  # the reader sees end-of-file
                if path not in opened:
                    opened.append(path)

    watchdog = threading.Thread(target=release_readers, name="fifo-watchdog", daemon=True)
    watchdog.start()
    try:
        yield opened
    finally:
        stop.set()
        watchdog.join()
