"""The layering the code relies on: the daily merge, the scorer, grounding and vetting read
only what a briefing carries plus the shared text layer, never the offline engine's rules."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
INDEPENDENT = ["daily", "evals", "text", "grounding", "linkage.py", "pipeline/long_documents.py", "render"]


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def assert_imports_nothing_from(part: str, prefix: str) -> None:
    root = PACKAGE / part
    files = [root] if root.is_file() else sorted(root.rglob("*.py"))
    assert files
    for path in files:
        found = {m for m in imported_modules(path) if m.startswith(prefix)}
        assert not found, f"{path.relative_to(PACKAGE)} imports {sorted(found)}"


@pytest.mark.parametrize("part", INDEPENDENT)
def test_part_imports_nothing_from_the_offline_engine(part: str) -> None:
    assert_imports_nothing_from(part, "summarizer.engines.extractive")


def loaded_at_run_time(modules: str, prefix: str) -> str:
    code = f"import sys, {modules}; print(sorted(m for m in sys.modules if m.startswith({prefix!r})))"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_merge_and_scorer_do_not_load_the_engine_at_run_time() -> None:
    loaded = loaded_at_run_time(
        "summarizer.daily.actors, summarizer.daily.incidents, summarizer.daily.quotes, summarizer.evals.scoring",
        "summarizer.engines.extractive",
    )
    assert loaded == "[]"


@pytest.mark.parametrize("part", ["pipeline", "linkage.py", "grounding", "inputs", "llm"])
def test_part_imports_nothing_from_the_daily_briefing(part: str) -> None:
    """Steps before the daily merge never reach forward into it (long documents share the
    record linkage through ``summarizer.linkage``, not through the merge)."""
    assert_imports_nothing_from(part, "summarizer.daily")


def test_the_pipeline_does_not_load_the_daily_briefing_at_run_time() -> None:
    modules = "summarizer.pipeline, summarizer.pipeline.long_documents, summarizer.linkage"
    assert loaded_at_run_time(modules, "summarizer.daily") == "[]"


def test_the_current_schema_has_one_import_path() -> None:
    """``summarizer.models`` names the current schema; only the models package itself reads
    a versioned module by name, so a schema bump touches the models and nothing else."""
    tests = Path(__file__).resolve().parent
    for path in [*sorted(PACKAGE.rglob("*.py")), *sorted(tests.rglob("*.py"))]:
        if path.is_relative_to(PACKAGE / "models"):
            continue
        versioned = {m for m in imported_modules(path) if m.startswith("summarizer.models.briefing_v")}
        assert not versioned, f"{path.name} imports {sorted(versioned)}; use summarizer.models"


@pytest.mark.parametrize("heavy", ["numpy", "pydantic", "openai", "summarizer.models", "summarizer.evals"])
def test_the_command_line_starts_without_the_heavy_parts(heavy: str) -> None:
    """``summarizer --help`` imports the CLI's command modules only: each command imports
    the library where it runs (a module-level import in one command module cost every
    start 0.45 s once)."""
    assert loaded_at_run_time("summarizer.cli", heavy) == "[]"


# Modules that are tables of words (data written as Python), not code to read in one sitting.
DATA_TABLES = {"text/vocabulary.py"}
DATA_TABLE_FOLDERS = {"text/lexicons"}
MAX_MODULE_LINES = 400


def test_no_module_is_longer_than_one_sitting() -> None:
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in DATA_TABLES or relative.rsplit("/", 1)[0] in DATA_TABLE_FOLDERS:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{relative} ({lines} lines)")
    assert not too_long, "split by concern: " + ", ".join(too_long)


SQL = re.compile(
    r"\b(?:SELECT\s+[\w*(]|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(?:TABLE|INDEX)|ALTER\s+TABLE|PRAGMA\s+\w+)",
)


def test_no_module_outside_the_store_holds_sql() -> None:
    """The store's tables sit behind its own methods: a query written anywhere else would
    have to change with every migration, and nothing would say so."""
    holding = [
        path.relative_to(PACKAGE).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.is_relative_to(PACKAGE / "store") and SQL.search(path.read_text(encoding="utf-8"))
    ]
    assert not holding, f"SQL outside summarizer/store: {holding}"
    assert SQL.search("SELECT day FROM story_days") and SQL.search("INSERT OR REPLACE INTO cache")
