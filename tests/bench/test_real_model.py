"""The real-model benchmark's figures, from a record the eval harness makes (the offline
engine stands in for the model: the model itself runs only when asked, for minutes)."""

from __future__ import annotations

from pathlib import Path

from summarizer.bench.real_model import _scores, report_lines
from summarizer.config import resolve_settings
from summarizer.evals.runner import load_set
from summarizer.evals.session import evaluate


def test_the_figures_per_set_are_read_from_the_eval_record(tmp_path: Path) -> None:
    root = Path(".")
    settings = resolve_settings(engine="extractive", data_dir=tmp_path)
    record = evaluate(
        root, "unseen", load_set(root, "unseen"), settings=settings, prompts=["grounded/v1"]
    ).record
    scores = _scores(record)
    assert scores["articles"] == 3 and scores["failures"] == 0 and scores["hallucinated"] == 0
    assert 0.9 <= scores["f1"]["quotes"] <= 1.0 and scores["speaker"] is not None
    assert scores["prompt_tokens_per_article"] == 0 and scores["seconds_per_article"] < 5
    lines = report_lines({"model": "m.gguf", "prompts": {"grounded/v1": {"unseen": scores}}})
    assert lines[0].startswith("real model: m.gguf") and "unseen" in lines[-1] and "failed 0" in lines[-1]
