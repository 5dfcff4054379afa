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


def language_fields(article: Article) -> dict[str, Any]:
    """What a briefing records of the article's language, and the warning it carries when
    the offline rules do not read that language (the article is then read as English)."""
    from summarizer.text import language as languages

    code, source = article.reading
    warnings = []
    if not languages.is_supported(code):
        warnings.append(
            BriefingWarning(
                code="language_unsupported",
                message=f"the article reads as {languages.name_of(code)} ({code}); its quotations, "
                f"names and numbers were read with the English rules and may be missed "
                f"(supported: {', '.join(languages.SUPPORTED)})",
            )
        )
    return {"language": code, "language_source": source, "warnings": warnings}


def summary_warnings(summary: str) -> list[BriefingWarning]:
    from summarizer.grounding.align import sentence_count

    count = sentence_count(summary)
    if 2 <= count <= 4:
        return []
    return [
        BriefingWarning(code="summary_sentences", message=f"summary has {count} sentences, expected 2 to 4")
    ]
