"""Gold annotations turned into model replies and briefings, for scorer and harness tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.evals.gold import Gold, load_gold
from summarizer.evals.runner import EVAL_SETS
from summarizer.grounding.draft import ground_draft
from summarizer.models import Briefing, BriefingDraft, Provenance

ROOT = Path(__file__).resolve().parent.parent


def gold_files(set_name: str = "seeds") -> list[Path]:
    """The gold files of one eval set ("seeds" or "invented"), in name order."""
    origin, _ = EVAL_SETS[set_name]
    return [p for p in sorted((ROOT / "evals" / "gold").glob("*.json")) if load_gold(p).origin == origin]


def gold_and_text(path: Path) -> tuple[Gold, str]:
    gold = load_gold(path)
    folder = next(folder for origin, folder in EVAL_SETS.values() if origin == gold.origin)
    return gold, (ROOT / folder / f"{gold.article}.txt").read_text(encoding="utf-8")


def gold_to_draft(gold: Gold) -> dict[str, Any]:
    return {
        "summary": "A test summary. It has two sentences.",
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "role": a.role, "aliases": a.aliases} for a in gold.actors],
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind} for q in gold.quotes],
        "figures": [
            {"id": f.id, "text": f.text, "value": f.value, "value_high": f.value_high, "bound": f.bound[0],
             "unit": f.unit, "counted": f.counted, "category": f.category[0], "claimed_by": f.claimed_by}
            for f in gold.figures
        ],
        "incidents": [
            {"id": i.id, "type": i.type[0], "description": i.evidence, "place": i.place, "time": i.time,
             "perpetrators": i.perpetrators, "targets": i.targets, "casualty_figures": i.casualty_figures,
             "claimed_by": i.claimed_by, "status": i.status, "evidence": i.evidence}
            for i in gold.incidents
        ],
    }  # fmt: skip


def gold_to_briefing(gold: Gold, text: str) -> Briefing:
    grounded = ground_draft(BriefingDraft.model_validate(gold_to_draft(gold)), text)
    assert not grounded.ungrounded, grounded.ungrounded
    return Briefing(
        article={"id": gold.article},
        summary="A test summary. It has two sentences.",
        actors=grounded.actors,
        quotes=grounded.quotes,
        figures=grounded.figures,
        incidents=grounded.incidents,
        provenance=Provenance(engine="llm", created_at=dt.datetime.now(dt.UTC)),
    )
