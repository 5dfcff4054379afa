"""The benchmark script keeps working (its figures are measurements, not assertions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS


@pytest.mark.bench
def test_quick_benchmark_prints_every_figure_with_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.bench.run import main  # here: the default run deselects this test

    monkeypatch.chdir(tmp_path)
    main(["--quick", "--seeds", str(SEEDS), "--out", str(tmp_path / "bench.json")])
    printed = capsys.readouterr().out
    for label in (
        "1. overhead",
        "2. concurrency",
        "3. cached re-run",
        "4. offline engine",
        "5. span alignment",
    ):
        assert label in printed
    assert "6. daily merge" in printed and "< 5 ms" in printed and ">= 2,000/s" in printed
    assert "6c. summarizer daily -f json" in printed and "6c. summarizer daily -f html" in printed
    assert "7. adversarial articles" in printed and "offline engine + vetting" in printed
    assert "8. service" in printed and "9. service, one job" in printed
    assert "11. service" in printed and "12. B's 1-article job" in printed
    assert "10. import summarizer" in printed and "10. summarizer --help" in printed
    assert "1. the one-call API" in printed and "vs a bare pool" in printed
    assert figures_lost(tmp_path) == 0
    figures = json.loads((tmp_path / "bench.json").read_text())
    assert figures["overhead"]["round_trip_ms"] > 0 and figures["cached_rerun"]["articles_per_s"] > 0
    assert figures["concurrency_vs_bare"]["bare_per_s"] > 0 and figures["concurrency_vs_bare"]["ratio"] > 0
    for run in figures["daily_merge"]["runs"]:
        assert 0 < run["incidents_out"] <= run["incidents_in"]
    for run in figures["daily_command"]["runs"]:
        assert run["peak_rss_mb"] > 30 and run["page_bytes"] > 0 and "60 briefed, 0 failed" in run["summary"]


def figures_lost(folder: Path) -> int:
    return int(json.loads((folder / "bench.json").read_text())["service_job"]["lost"])


def test_bench_help_prints_help_and_runs_nothing(tmp_path: Path) -> None:
    """``--help`` is help: no benchmark starts, and nothing is written where it ran."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "summarizer.bench", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and "--quick" in out.stdout and "--out" in out.stdout
    assert "running" not in out.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.bench
def test_the_benchmark_writes_no_figures_unless_asked_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.bench import run

    scratch: list[Path] = []
    real_mkdtemp = run.tempfile.mkdtemp

    def remembered(*args: object, **kwargs: object) -> str:
        made = real_mkdtemp(*args, **kwargs)  # type: ignore[call-overload]
        scratch.append(Path(made))
        return made

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(run.tempfile, "mkdtemp", remembered)
    monkeypatch.setattr(
        run, "measure", lambda quick, local, home, full=False, only=None: {"startup": home.mkdir() or {}}
    )
    monkeypatch.setattr(run, "report", lambda result: ["table"])
    run.main(["--quick", "--seeds", str(SEEDS)])
    assert list(tmp_path.iterdir()) == []
    assert scratch and not scratch[0].exists()


def test_the_install_benchmark_copies_only_what_an_install_reads(tmp_path: Path) -> None:
    """The install row measures a copy of the project, never the working tree (where an
    editable install would leave build metadata) and never a developer's venvs or stores."""
    from summarizer.bench.install import copy_project, source_checkout

    root = source_checkout()
    assert root is not None and (root / "pyproject.toml").is_file()
    copied = copy_project(root, tmp_path)
    assert (copied / "pyproject.toml").read_bytes() == (root / "pyproject.toml").read_bytes()
    assert (copied / "summarizer" / "__init__.py").is_file()
    assert not (copied / ".venv").exists() and not (copied / "tests").exists()
    assert not list(copied.rglob("__pycache__")) and not list(copied.rglob("*.egg-info"))


def test_the_install_row_runs_when_named_and_reports_a_failed_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from summarizer.bench import run
    from summarizer.bench.report import report

    called: list[str] = []
    monkeypatch.setattr(run, "install_time", lambda: called.append("install") or {})
    figures = run.measure(True, False, Path("unused"), only=["install"])
    assert called == ["install"] and figures["install"] == {}
    row = report({"machine": "m", "install": {"error": "pip install -e . failed: no index"}})
    assert any("13. install" in line and "no index" in line for line in row)
    row = report(
        {"machine": "m", "install": {"total_s": 29.0, "resolve_and_download_s": 12.0, "unpack_s": 15.0}}
    )
    assert any("29 s (resolve 12 s, unpack 15 s)" in line and "met" in line for line in row)
