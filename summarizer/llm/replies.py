"""Reading what the SDK hands back, with no SDK import: usage, the raw reply for the run
log, an exception's causes, an error's text cut to size."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from summarizer.models.common import Usage


def usage_of(raw: Any) -> Usage:
    """The token usage an SDK reply (or its dict) states; zeros where it states none."""
    if raw is None:
        return Usage()
    get = raw.get if isinstance(raw, dict) else lambda k, d=0: getattr(raw, k, d)
    prompt, completion = int(get("prompt_tokens", 0) or 0), int(get("completion_tokens", 0) or 0)
    total = int(get("total_tokens", 0) or 0) or prompt + completion
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=total)


def dump_of(completion: Any) -> str | None:
    """A reply as the run log keeps it: its JSON, or its text."""
    if completion is None:
        return None
    if hasattr(completion, "model_dump_json"):
        return str(completion.model_dump_json())
    return str(completion)


def causes_of(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the chain of exceptions behind it, each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def short_errors(exc: BaseException, limit: int = 2000) -> str:
    """A validation error's text, cut to ``limit`` characters for a re-ask or a log line."""
    text = str(exc).strip()
    return text if len(text) <= limit else text[:limit] + " …"
