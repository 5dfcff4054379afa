from __future__ import annotations

import asyncio

import pytest
from tenacity import RetryCallState, Retrying

from summarizer import asummarize
from summarizer.llm.retry import RetryableTransportError, parse_retry_after, transport_wait
from summarizer.testing import Reply, ScriptedServer
from tests import drafts
from tests.conftest import llm_settings, seed_text

# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")


def _state_with(exc: BaseException) -> RetryCallState:
    state = RetryCallState(Retrying(), fn=None, args=(), kwargs={})
    state.set_exception((type(exc), exc, None))
    return state


def test_retry_after_header_sets_the_wait_up_to_the_cap() -> None:
    wait = transport_wait(base_s=1.0, max_s=30.0)
    assert wait(_state_with(RetryableTransportError("429", status=429, retry_after_s=7.0))) == 7.0
    assert wait(_state_with(RetryableTransportError("429", status=429, retry_after_s=90.0))) == 30.0
    backoff = wait(_state_with(RetryableTransportError("503", status=503, retry_after_s=None)))
    assert 0.0 <= backoff <= 30.0


def test_parse_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_asummarize_runs_the_same_pipeline(server: ScriptedServer) -> None:
    server.push(Reply(drafts.good()))
    briefing = asyncio.run(asummarize(seed_text(), settings=llm_settings(server)))
    assert briefing.provenance.engine == "llm" and len(briefing.quotes) == 2
