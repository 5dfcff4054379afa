"""The layering the code relies on: the daily merge, the scorer, grounding and vetting read
only what a briefing carries plus the shared text layer, never the offline engine's rules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
INDEPENDENT = ["daily", "evals", "text", "grounding.py", "vetting.py", "long_documents.py", "render"]


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("part", INDEPENDENT)
def test_part_imports_nothing_from_the_offline_engine(part: str) -> None:
    root = PACKAGE / part
    files = [root] if root.is_file() else sorted(root.rglob("*.py"))
    assert files
    for path in files:
        engine = {m for m in imported_modules(path) if m.startswith("summarizer.engines.extractive")}
        assert not engine, f"{path.relative_to(PACKAGE)} imports {sorted(engine)}"


def test_merge_and_scorer_do_not_load_the_engine_at_run_time() -> None:
    code = (
        "import sys, summarizer.daily.merge, summarizer.evals.scoring;"
        "print(sorted(m for m in sys.modules if m.startswith('summarizer.engines.extractive')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
