"""Endpoints that speak another dialect of structured output: learnt from the first refusal."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer import summarize
from summarizer.testing import Reply, ScriptedServer, Status
from summarizer.testing.openai_server import Action
from tests import drafts
from tests.conftest import llm_settings, seed_text

# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")


def llama_cpp_python(body: dict[str, Any]) -> Action:
    """llama-cpp-python's server: HTTP 500 for the json_schema response format, and a reply
    for ``{"type": "json_object", "schema": ...}`` (which it turns into a grammar)."""
    form = body.get("response_format") or {}
    if form.get("type") == "json_schema":
        # The real server's words (llama-cpp-python 0.3): a pydantic error on the request.
        return Status(
            500,
            message="1 validation error: {'type': 'literal_error', 'loc': ('body', 'response_format', "
            "'type'), 'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}",
        )
    assert form.get("type") == "json_object" and "schema" in form
    return Reply(drafts.good())


def test_a_plain_base_url_to_llama_cpp_python_learns_its_dialect_once(server: ScriptedServer) -> None:
    server.default = llama_cpp_python
    settings = llm_settings(server)  # no mode given: json_schema first
    briefing = summarize(seed_text(), settings=settings)
    assert briefing.provenance.transport_retries == 0  # a refusal of the dialect is no fault to retry
    kinds = [(r.get("response_format") or {}).get("type") for r in server.requests]
    assert kinds == ["json_schema", "json_object"]
    # The schema is not pasted into the messages as well: the grammar enforces it.
    assert all("json_schema" not in m["content"] for m in server.requests[-1]["messages"])


def test_an_explicit_mode_is_never_second_guessed(server: ScriptedServer) -> None:
    from summarizer import TransportError

    server.default = llama_cpp_python
    settings = llm_settings(server, mode="json_schema", transport_retries=1)
    try:
        summarize(seed_text(), settings=settings)
    except TransportError as exc:
        assert "500" in str(exc)
    else:  # pragma: no cover - the endpoint refuses every request
        raise AssertionError("an explicit json_schema mode must not be switched")
    assert {(r.get("response_format") or {}).get("type") for r in server.requests} == {"json_schema"}


def test_a_server_error_about_something_else_is_a_fault_not_a_dialect(server: ScriptedServer) -> None:
    server.push(Status(500, message="CUDA out of memory"), Reply(drafts.good()))
    briefing = summarize(seed_text(), settings=llm_settings(server))
    assert briefing.provenance.transport_retries == 1
    assert [(r.get("response_format") or {}).get("type") for r in server.requests] == ["json_schema"] * 2


def test_a_server_error_after_the_dialect_is_known_is_retried_as_a_fault(server: ScriptedServer) -> None:
    server.push(Reply(drafts.good()), Status(500), Reply(drafts.good()))
    settings = llm_settings(server, cache=False)
    from summarizer import Summarizer

    with Summarizer(settings) as runner:
        runner.summarize(seed_text())
        second = runner.summarize(seed_text())
    assert second.provenance.transport_retries == 1
    assert [(r.get("response_format") or {}).get("type") for r in server.requests] == ["json_schema"] * 3


@pytest.mark.parametrize(
    ("entry", "window"),
    [
        ({"id": "served", "object": "model", "max_model_len": 8192}, 8192),  # vLLM
        ({"id": "served", "object": "model", "meta": {"n_ctx_train": 32768}}, 32768),  # llama.cpp
        ({"id": "served", "object": "model", "owned_by": "me"}, None),  # llama-cpp-python
        ({"id": "served", "object": "model", "max_model_len": "8192"}, None),  # not a number
        ({"id": "served", "object": "model", "max_model_len": True}, None),
    ],
)
def test_the_context_window_is_read_from_the_model_list(entry: dict[str, Any], window: int | None) -> None:
    from summarizer.llm.served import _context_of

    assert _context_of(entry) == window


def test_chunks_follow_the_context_window() -> None:
    from summarizer.config import resolve_settings

    small = resolve_settings(base_url="http://127.0.0.1:1/v1", model="m", context_tokens=8192)
    assert small.chunk_chars < 20_000 < resolve_settings().chunk_chars
    assert resolve_settings(context_tokens=1024).chunk_chars >= 2_000  # never absurdly small
    hosted = resolve_settings(api_key="sk-test", model="gpt-4o-mini")
    from summarizer.llm.served import with_served_model

    assert with_served_model(hosted).context_tokens == 128_000


def test_a_request_that_cannot_fit_the_window_is_never_sent(server: ScriptedServer) -> None:
    from summarizer import InputError

    settings = llm_settings(server, context_tokens=1024, max_article_chars=50_000, max_tokens=600)
    text = seed_text()
    assert len(text) // 3 + 600 > 1024
    with pytest.raises(InputError, match="context window"):
        summarize(text, settings=settings)
    assert server.requests == []


def test_a_long_article_is_chunked_to_the_window(server: ScriptedServer) -> None:
    settings = llm_settings(server, context_tokens=4096)
    server.default = lambda body: Reply(drafts.good())
    text = "\n\n".join([seed_text()] * 3)
    assert len(text) > settings.chunk_chars
    summarize(text, settings=settings)
    for request in server.requests:
        chars = sum(len(m["content"]) for m in request["messages"])
        assert chars // 3 < 4096


@pytest.mark.parametrize(("cores", "expected"), [(1, (1, 1)), (2, (1, 2)), (8, (7, 8))])
def test_the_local_server_leaves_the_product_a_core(cores: int, expected: tuple[int, int]) -> None:
    from summarizer.llm.local_server import server_threads

    assert server_threads(cores) == expected
