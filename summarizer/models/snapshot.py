"""JSON Schema snapshots of every released schema version, kept under ``schemas/``.

``python -m summarizer.models.snapshot`` writes them; a test fails when a model's schema
no longer matches its snapshot, i.e. when a released version was edited in place.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summarizer.models import briefing_v1, briefing_v2, briefing_v3, briefing_v4, daily_v1, daily_v2

SNAPSHOTS: dict[str, type[BaseModel]] = {
    "briefing.v1.json": briefing_v1.Briefing,
    "briefing-draft.v1.json": briefing_v1.BriefingDraft,
    "briefing.v2.json": briefing_v2.Briefing,
    "briefing.v3.json": briefing_v3.Briefing,
    "briefing.v4.json": briefing_v4.Briefing,
    "daily.v1.json": daily_v1.DailyBriefing,
    "daily-top-line.v1.json": daily_v1.TopLine,
    "daily.v2.json": daily_v2.DailyBriefing,
}


def schemas_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "schemas"


def render_snapshot(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"


def write_snapshots(folder: Path | None = None) -> list[Path]:
    folder = folder or schemas_dir()
    written = []
    for name, model in SNAPSHOTS.items():
        path = folder / name
        if path.exists():
            continue  # released snapshots are never rewritten; a change needs a new version
        path.write_text(render_snapshot(model), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_snapshots():
        print(f"wrote {path}")
