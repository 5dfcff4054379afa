"""Documents longer than one request: chunked, briefed concurrently, put back together."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import Summarizer
from summarizer.article import Article
from summarizer.pipeline.long_documents import chunk_spans
from summarizer.testing import Reply, ScriptedServer, Status, article_from_request
from tests.conftest import llm_settings

# Scripted replies here are whole briefing drafts: the free-generation prompt.
pytestmark = pytest.mark.usefixtures("free_generation")

SECTION = (
    "Update {n}: Flood waters rose again in Riverside district {n}, officials said. "
    '"We have moved {families} families to the school gym," Mayor Ana Ruiz said. '
    "Crews cleared {roads} roads by the evening.\n\n"
)


def long_document(sections: int = 1100) -> str:
    """About 200,000 characters of live updates, each naming the mayor again."""
    return "".join(SECTION.format(n=n, families=n + 10, roads=n % 7 + 2) for n in range(sections))


def chunk_reply(body: dict[str, Any]) -> Reply | Status:
    """For any chunk: its first update as summary, the mayor, her quotes and the road counts."""
    text = article_from_request(body)
    if "district 400," in text:
        return Status(500, message="this part always fails")
    quotes = re.findall(r'"([^"]+)," Mayor Ana Ruiz said', text)
    roads = re.findall(r"cleared (\d+) roads", text)
    first = text.strip().split(". ")[0] + "."
    return Reply(
        {
            "summary": first,
            "actors": [{"id": "a1", "name": "Ana Ruiz", "kind": "person", "role": "Mayor"}],
            "quotes": [{"text": q, "speaker": "a1"} for q in quotes],
            "figures": [
                {
                    "id": f"f{n}",
                    "text": f"{r} roads",
                    "value": int(r),
                    "counted": "roads",
                    "category": "other",
                }
                for n, r in enumerate(roads[:5])
            ],
            "incidents": [],
        }
    )


def test_a_200000_character_document_is_briefed_in_chunks_and_put_back_together(
    server: ScriptedServer,
) -> None:
    text = long_document()
    assert len(text) > 200_000
    server.default = chunk_reply
    settings = llm_settings(
        server, max_article_chars=20_000, chunk_overlap_chars=3_000, transport_retries=0, concurrency=4
    )
    with Summarizer(settings) as runner:
        briefing = runner.summarize(Article(text=text, id="live"))
    chunks = chunk_spans(text, 20_000, 3_000)
    assert len(chunks) > 10 and len(server.requests) >= len(chunks)
    # Every item's span holds its text in the whole document.
    for quote in briefing.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    for figure in briefing.figures:
        assert text[figure.span.start : figure.span.end] == figure.text
    # No duplicates from the overlaps: one quote per passage, one actor for the mayor.
    spans = [(q.span.start, q.span.end) for q in briefing.quotes]
    assert len(spans) == len(set(spans))
    (mayor,) = briefing.actors
    assert all(q.speaker == mayor.id for q in briefing.quotes)
    assert len(mayor.mentions) == len({(m.start, m.end) for m in mayor.mentions})
    # The failed chunk is named and the rest kept: every quote outside it is there.
    failed = [w for w in briefing.warnings if "could not be briefed" in w.message]
    assert len(failed) == 1
    first_failed = int(failed[0].message.split()[1].split("-")[0].replace(",", ""))
    last_failed = int(failed[0].message.split()[1].split("-")[1].replace(",", ""))
    expected = {
        m.start(1)
        for m in re.finditer(r'"([^"]+)," Mayor', text)
        if not first_failed <= m.start(1) < last_failed
    }
    found = {q.span.start for q in briefing.quotes}
    assert expected - found == set()
    assert briefing.summary.startswith("Update 0:")
    assert briefing.provenance.llm_calls == len(chunks) - 1  # the calls of the parts kept


def test_the_offline_engine_reads_the_whole_document_at_once() -> None:
    import summarizer

    text = long_document(300)
    settings = summarizer.resolve_settings(engine="extractive", cache=False, max_article_chars=5_000)
    briefing = summarizer.summarize(text, settings=settings)
    assert not any("could not be briefed" in w.message for w in briefing.warnings)
    assert briefing.quotes and all(text[q.span.start : q.span.end] == q.text for q in briefing.quotes)


def test_passes_keep_the_union_once(server: ScriptedServer) -> None:
    server.default = chunk_reply
    text = long_document(3)
    with Summarizer(llm_settings(server, passes=3)) as runner:
        briefing = runner.summarize(text)
    assert len(server.requests) == 3
    assert len(briefing.quotes) == 3 and len({q.span.start for q in briefing.quotes}) == 3


@given(
    st.lists(
        st.sampled_from(
            [
                "Short one.",
                "A longer sentence follows here.",
                "\n\n",
                "Dr. Lee spoke at 5 p.m. today.",
                "x" * 90,
            ]
        ),
        min_size=1,
        max_size=80,
    ),
    st.integers(50, 400),
    st.integers(0, 120),
)
@settings(max_examples=300, deadline=None)
def test_chunks_cover_the_document_in_order_within_the_size(
    parts: list[str], size: int, overlap: int
) -> None:
    text = " ".join(parts)
    chunks = chunk_spans(text, size, overlap)
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    for before, after in itertools.pairwise(chunks):
        assert after.start > before.start  # always progresses
        assert after.start <= before.end  # no gap: every character is in some chunk
    assert all(0 < c.end - c.start <= size for c in chunks)


def test_a_document_whose_every_part_fails_fails_at_the_transport_stage(server: ScriptedServer) -> None:
    from summarizer.results import Failure

    server.default = lambda body: Status(500, message="down")
    settings = llm_settings(server, max_article_chars=5_000, transport_retries=0)
    with Summarizer(settings) as runner:
        (result,) = list(runner.summarize_many([long_document(100)]))
    assert isinstance(result, Failure) and result.stage == "transport"
