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
    from summarizer import bench  # here: the default run deselects this test, and need not import it

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(bench, "SEEDS", SEEDS)
    bench.main(["--quick"])
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
    assert "7. adversarial articles" in printed and "offline engine + vetting" in printed
    assert "8. service" in printed and "9. service, one job" in printed
    assert "10. import summarizer" in printed and "10. summarizer --help" in printed
    assert figures_lost(tmp_path) == 0
    figures = json.loads((tmp_path / "bench.json").read_text())
    assert figures["overhead"]["round_trip_ms"] > 0 and figures["cached_rerun"]["articles_per_s"] > 0
    for run in figures["daily_merge"]["runs"]:
        assert 0 < run["incidents_out"] <= run["incidents_in"]


def figures_lost(folder: Path) -> int:
    return int(json.loads((folder / "bench.json").read_text())["service_job"]["lost"])
