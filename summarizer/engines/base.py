"""What every engine provides: the same ``Briefing`` out of the same ``Article`` in."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any, Protocol

from summarizer.article import Article
from summarizer.llm.types import CallLog
from summarizer.models import Briefing, BriefingWarning


class Engine(Protocol):
    name: str

    def identity(self) -> dict[str, Any]:
        """Everything besides the article text that determines the output (for the cache)."""
        ...

    def brief(self, article: Article, store: CallLog | None) -> Briefing: ...

    def close(self) -> None:
        """Release connections (an engine that holds none does nothing)."""
        ...


def cache_key(text: str, identity: dict[str, Any], repeat: int = 0, published: date | None = None) -> str:
    """Same text, engine identity, repeat index and publication date: same briefing.

    The date is part of the key because relative times ("on Friday") resolve against it.
    """
    payload: dict[str, Any] = {"text": text, "identity": identity, "repeat": repeat}
    if published is not None:
        payload["published"] = published.isoformat()
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def summary_warnings(summary: str) -> list[BriefingWarning]:
    from summarizer.grounding.align import sentence_count

    count = sentence_count(summary)
    if 2 <= count <= 4:
        return []
    return [
        BriefingWarning(code="summary_sentences", message=f"summary has {count} sentences, expected 2 to 4")
    ]
