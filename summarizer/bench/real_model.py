"""The LLM path's quality with a real model: ``python -m summarizer.bench --eval-model GGUF``.

The model is served by llama.cpp on 127.0.0.1 (``--local-model``'s server, threads and
context included) and every development set is scored through the eval harness, for each
prompt asked (the grounded engine and, for comparison, free generation). It takes minutes
per article on CPU, so it runs only when asked. The figures a reader of a local model's
briefings cares about are printed per set: F1 per item type, speaker accuracy, tokens and
seconds per article, and the slowest article.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.config import resolve_settings
from summarizer.evals.runner import EVAL_SETS, load_set
from summarizer.evals.session import evaluate
from summarizer.llm.local_server import DEFAULT_CONTEXT, LOCAL_MODE, local_llama_server

ROOT = Path(".")
TYPES = ("actors", "quotes", "figures", "incidents")


def real_model_quality(model: Path, prompts: list[str], home: Path) -> dict[str, Any]:
    """Per prompt and set: F1 per item type, speaker accuracy, tokens and time per article."""
    found: dict[str, Any] = {"model": model.name, "prompts": {}}
    with local_llama_server(model) as server:
        settings = resolve_settings(
            base_url=server.base_url, model=server.model, mode=LOCAL_MODE, context_tokens=DEFAULT_CONTEXT,
            data_dir=home, cache=False, concurrency=1, timeout_s=600, article_timeout_s=900,
        )  # fmt: skip
        for prompt in prompts:
            found["prompts"][prompt] = {
                name: _scores(
                    evaluate(ROOT, name, load_set(ROOT, name), settings=settings, prompts=[prompt]).record
                )
                for name in EVAL_SETS
            }
    return found


def _scores(record: dict[str, Any]) -> dict[str, Any]:
    variant = next(iter(record["variants"].values()))
    micro, cost = variant["scores"]["micro"], variant["scores"]["cost"]
    briefed = cost.get("briefed") or 1
    return {
        "articles": len(variant["outputs"]),
        "f1": {t: micro[t]["lenient"]["f1"] for t in TYPES},
        "speaker": micro["quotes"]["fields"].get("speaker"),
        "hallucinated": variant["scores"]["checks"]["hallucinated_quotes"]
        + variant["scores"]["checks"]["hallucinated_figures"],
        "prompt_tokens_per_article": cost["prompt_tokens"] / briefed,
        "completion_tokens_per_article": cost["completion_tokens"] / briefed,
        "seconds_per_article": cost["latency_ms"] / briefed / 1000,
        "slowest_seconds": cost.get("max_latency_ms", 0.0) / 1000,
        "failures": variant["scores"]["checks"]["failures"],
    }


def report_lines(found: dict[str, Any]) -> list[str]:
    lines = [f"real model: {found['model']} through llama.cpp (2 cores: generation on 1 thread)"]
    lines.append(
        "prompt        set        actors quotes figures incidents speaker  tokens/article  s/article (max)"
    )
    for prompt, sets in found["prompts"].items():
        for name, s in sets.items():
            f1 = s["f1"]
            speaker = f"{s['speaker']:.2f}" if s["speaker"] is not None else "-"
            tokens = f"{s['prompt_tokens_per_article']:.0f}+{s['completion_tokens_per_article']:.0f}"
            lines.append(
                f"{prompt:<13} {name:<10} {f1['actors']:.2f}   {f1['quotes']:.2f}   {f1['figures']:.2f}    "
                f"{f1['incidents']:.2f}      {speaker}     {tokens:<15} {s['seconds_per_article']:.0f} "
                f"({s['slowest_seconds']:.0f}); hallucinated {s['hallucinated']}, failed {s['failures']}"
            )
    return lines
