"""Values kept per thread: what one step of briefing an article builds, the next step in
the same thread finds again by the article's text."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


class KeptPerThread(Generic[Key, Value]):
    """The last few values this thread built, by key (the least recently used goes first).

    Per-article work is done in the thread that briefs the article, by steps that do not
    call one another (the planted-instruction scan, grounding, vetting): what one step
    builds, the next finds here by the article's text. One cache for the whole process held
    the last few texts of any thread, so with 32 articles in flight each was built twice;
    one per thread holds a few per thread, and nothing is kept on the article (a batch of
    10,000 would hold a copy of every text). Kept values must never change once built."""

    def __init__(self, build: Callable[[Key], Value], size: int = 4) -> None:
        self._build = build
        self._size = size
        self._local = threading.local()

    def _kept(self) -> dict[Key, Value]:
        kept: dict[Key, Value] | None = getattr(self._local, "kept", None)
        if kept is None:
            kept = self._local.kept = {}
        return kept

    def peek(self, key: Key) -> Value | None:
        """The value kept for ``key``, if any, without building one."""
        return self._kept().get(key)

    def __call__(self, key: Key) -> Value:
        kept = self._kept()
        value = kept.pop(key, None)  # looked up by value: equal keys share one
        if value is None:
            value = self._build(key)
            if len(kept) >= self._size:
                del kept[next(iter(kept))]  # the least recently used
        kept[key] = value  # now the most recent
        return value
