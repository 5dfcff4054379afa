"""A released schema never changes: any edit needs a new version and a new snapshot."""

from __future__ import annotations

import pytest

from summarizer.models.snapshot import SNAPSHOTS, render_snapshot, schemas_dir


@pytest.mark.parametrize("name", sorted(SNAPSHOTS))
def test_schema_matches_its_snapshot(name: str) -> None:
    path = schemas_dir() / name
    assert path.exists(), f"missing snapshot {name}: run python -m summarizer.models.snapshot"
    assert render_snapshot(SNAPSHOTS[name]) == path.read_text(encoding="utf-8"), (
        f"{name} changed: released schemas are never edited; add a new version instead"
    )
