"""Install time: ``pip install -e .`` of this checkout into a fresh virtual environment,
the README's first step, with whatever pip cache the machine has (warm after one run).

The checkout is copied first (its tracked sources only), so the benchmark neither writes
build metadata into the working tree nor depends on what a previous run left there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path
from typing import Any

# What an editable install of the project reads; the rest of a checkout (tests, evals, the
# virtual environments and stores a developer keeps there) is not part of installing it.
PROJECT_FILES = ("pyproject.toml", "README.md", "summarizer", "prompts", "schemas")
# pip prints this once resolution and downloads are over and unpacking begins.
INSTALL_BEGINS = "Installing collected packages"


def source_checkout() -> Path | None:
    """The checkout this package runs from, or None for an installed wheel."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() and (root / "summarizer").is_dir() else None


def copy_project(root: Path, into: Path) -> Path:
    target = into / "project"
    target.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in PROJECT_FILES:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


def install_time(runs: int = 1) -> dict[str, Any]:
    """Seconds for a fresh venv plus ``pip install -e .`` (best of ``runs``), split at the
    point pip stops resolving and downloading and starts unpacking."""
    root = source_checkout()
    if root is None:
        return {"skipped": "not a source checkout (installed from a wheel)"}
    best: dict[str, Any] | None = None
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="install-") as scratch:
            measured = _one_install(root, Path(scratch))
        if "error" in measured:
            return measured
        if best is None or measured["total_s"] < best["total_s"]:
            best = measured
    assert best is not None
    return best


def _one_install(root: Path, scratch: Path) -> dict[str, Any]:
    project = copy_project(root, scratch)
    environment = scratch / "venv"
    started = time.perf_counter()
    venv.create(environment, with_pip=True)
    venv_s = time.perf_counter() - started
    pip = [str(environment / "bin" / "python"), "-m", "pip", "install", "-e", "."]
    started = time.perf_counter()
    resolved_s: float | None = None
    tail: list[str] = []
    piped, merged = subprocess.PIPE, subprocess.STDOUT
    with subprocess.Popen(pip, cwd=project, stdout=piped, stderr=merged, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if resolved_s is None and line.startswith(INSTALL_BEGINS):
                resolved_s = time.perf_counter() - started
            tail = [*tail[-4:], line.rstrip()]
    if process.returncode != 0:
        return {"error": "pip install -e . failed: " + " | ".join(tail)}
    pip_s = time.perf_counter() - started
    return {
        "python": sys.version.split()[0],
        "venv_s": round(venv_s, 1),
        "resolve_and_download_s": round(resolved_s if resolved_s is not None else pip_s, 1),
        "unpack_s": round(pip_s - (resolved_s if resolved_s is not None else pip_s), 1),
        "total_s": round(venv_s + pip_s, 1),
    }
