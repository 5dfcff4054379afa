"""The articles every benchmark briefs: seed paragraphs, drafts a good model would answer.

``SEEDS`` is the folder of seed articles (``--seeds``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.config import Settings, resolve_settings
from summarizer.models import Briefing
from summarizer.testing import ScriptedServer

SEEDS = Path("seeds")


def seed_texts(seed_dir: Path | None = None) -> list[str]:
    folder = seed_dir or SEEDS
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed articles in {folder.resolve()}: run from the project folder")
    return texts


def thousand_word_article(seed_dir: Path | None = None) -> str:
    """Whole seed paragraphs until about 1,000 words: a long wire story."""
    paragraphs = [p for text in seed_texts(seed_dir) for p in text.split("\n\n") if p.strip()]
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < 1000:
        chosen.append(paragraphs[len(chosen) % len(paragraphs)])
    return "\n\n".join(chosen)


def draft_from(briefing: Briefing) -> dict[str, Any]:
    """The LLM-facing draft of a briefing: what a good model would answer for the article."""
    data = briefing.model_dump(mode="json", include={"summary", "actors", "quotes", "figures", "incidents"})
    for key, computed in [
        ("actors", ("mentions", "match")),
        ("quotes", ("id", "span", "match")),
        ("figures", ("span", "match")),
        ("incidents", ("evidence_span", "match")),
    ]:
        for item in data[key]:
            for name in computed:
                item.pop(name, None)
    return data


def settings_for(server: ScriptedServer, home: Path, **extra: Any) -> Settings:
    # The scripted endpoints answer whole briefing drafts: the free-generation prompt, whose
    # per-article work (the longest reply to parse, every item to ground) is the heavier.
    values: dict[str, Any] = {
        "base_url": server.base_url,
        "data_dir": home,
        "timeout_s": 30,
        "prompt": "briefing/v1",
        **extra,
    }
    return resolve_settings(**values)


def variants(text: str, count: int) -> list[str]:
    """Distinct articles (distinct cache keys) that the same draft still grounds in."""
    return [f"{text}\n\n(Report {n}.)" for n in range(count)]
