"""Benchmarks of the LLM path against a loopback server: 1. overhead per article (the
one-call API and a reused runner), 2. concurrency, 3. a cached re-run; and the local model."""

from __future__ import annotations

import http.client
import json
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.bench.articles import (
    draft_from,
    seed_texts,
    settings_for,
    thousand_word_article,
    variants,
)
from summarizer.config import resolve_settings
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.models import Briefing
from summarizer.pipeline import summarize
from summarizer.pipeline.runner import Summarizer
from summarizer.testing import Reply, ScriptedServer


def pipeline_overhead(articles: int, home: Path) -> dict[str, float]:
    text = thousand_word_article()
    draft = draft_from(ExtractiveEngine().brief(Article(text=text), None))
    with ScriptedServer(default=lambda body: Reply(draft)) as server:
        runner = Summarizer(settings_for(server, home, cache=False))
        items = variants(text, articles + 3)
        for warm in items[:3]:
            runner.summarize(warm)
        started, cpu_started = time.perf_counter(), time.thread_time()
        for item in items[3:]:
            runner.summarize(item)
        per_article = (time.perf_counter() - started) / articles * 1000
        # This thread's CPU alone (the scripted server answers from its own thread): steadier
        # than wall time on a shared machine.
        cpu_per_article = (time.thread_time() - cpu_started) / articles * 1000
        # The one-call API (the README's first example): a Summarizer per call, so what it
        # costs beyond a reused runner is what each call builds again.
        settings = settings_for(server, home, cache=False)
        summarize(items[0], settings=settings)
        started = time.perf_counter()
        for item in items[3:]:
            summarize(item, settings=settings)
        one_call = (time.perf_counter() - started) / articles * 1000
        bare, bare_cpu = _bare_instructor_ms(server.base_url, server.requests[-1], items[3:])
        # The run log times each call around the SDK: openai + instructor + the round trip.
        calls = runner.store.list_calls(limit=articles)
        call_ms = sum(c["latency_ms"] for c in calls) / len(calls)
        body = json.dumps(server.requests[-1]).encode("utf-8")
        # One kept-alive connection, as the SDK's client keeps one.
        address = urllib.parse.urlsplit(server.base_url)
        connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port)
        path = f"{address.path}/chat/completions"
        headers = {"content-type": "application/json"}
        try:
            started = 0.0
            for attempt in range(articles + 3):
                if attempt == 3:  # after warm-up
                    started = time.perf_counter()
                connection.request("POST", path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                assert response.status == 200
            round_trip = (time.perf_counter() - started) / articles * 1000
        finally:
            connection.close()
    return {
        "words": len(text.split()),
        "items_per_article": sum(len(draft[k]) for k in ("actors", "quotes", "figures", "incidents")),
        "pipeline_ms": per_article,
        "one_call_ms": one_call,
        "bare_instructor_ms": bare,
        "pipeline_cpu_ms": cpu_per_article,
        "bare_instructor_cpu_ms": bare_cpu,
        "round_trip_ms": round_trip,
        "overhead_ms": per_article - round_trip,
        "sdk_and_instructor_ms": call_ms - round_trip,
        "own_ms": per_article - call_ms,
    }


def _bare_client(base_url: str) -> Any:
    """One instructor client over one openai client, as a caller without summarizer would
    hold it. The benchmark reaches past ``llm/openai_client.py`` to the SDK here on purpose:
    it measures the SDK alone."""
    import instructor
    import openai

    return instructor.from_openai(
        openai.OpenAI(base_url=base_url, api_key="bench", max_retries=0), mode=instructor.Mode.JSON_SCHEMA
    )


def _bare_instructor_ms(base_url: str, sent: dict[str, Any], items: list[str]) -> tuple[float, float]:
    """The baseline the product's overhead is judged against: one instructor client over
    one openai client, the response model wrapped once, asked the same messages for each
    article, with nothing else (no grounding, no store, no vetting). Wall and CPU time
    (this thread's) per call."""
    import instructor

    from summarizer.models import BriefingDraft

    client = _bare_client(base_url)
    wrapped = instructor.openai_schema(BriefingDraft)
    messages = sent["messages"]
    for _ in range(3):  # warm-up, as for the product
        client.chat.completions.create(
            model="bench", messages=messages, response_model=wrapped, max_retries=0
        )
    started, cpu_started = time.perf_counter(), time.thread_time()
    for _ in items:
        client.chat.completions.create(
            model="bench", messages=messages, response_model=wrapped, max_retries=0
        )
    wall = (time.perf_counter() - started) / len(items) * 1000
    return wall, (time.thread_time() - cpu_started) / len(items) * 1000


def _serve_drafts(drafts: dict[str, Any], latency_s: float, urls: Any, stop: Any) -> None:
    """Child process: a scripted endpoint answering every article with its draft."""
    from summarizer.testing import article_from_request

    with ScriptedServer(
        default=lambda body: Reply(drafts[article_from_request(body)]), latency_s=latency_s
    ) as srv:
        urls.put(srv.base_url)
        stop.wait()


@contextmanager
def _drafts_endpoint(items: list[str], latency_s: float) -> Iterator[str]:
    """The base URL of an endpoint, in its own process (its work does not share this one's
    GIL), answering each of ``items`` with the offline engine's draft after ``latency_s``."""
    import multiprocessing

    fork = multiprocessing.get_context("fork")
    drafts = {item: draft_from(ExtractiveEngine().brief(Article(text=item), None)) for item in items}
    urls, stop = fork.Queue(), fork.Event()
    server = fork.Process(target=_serve_drafts, args=(drafts, latency_s, urls, stop), daemon=True)
    server.start()
    try:
        yield urls.get(timeout=30)
    finally:
        stop.set()
        server.join(timeout=10)


def concurrency(
    articles: int, levels: tuple[int, ...], latency_s: float, home: Path
) -> list[dict[str, float]]:
    texts = seed_texts()
    rows = []
    for level in levels:
        items = [f"{texts[n % len(texts)]}\n\n(Level {level}, report {n}.)" for n in range(articles)]
        with _drafts_endpoint(items, latency_s) as base_url:
            settings = resolve_settings(
                base_url=base_url,
                data_dir=home / f"c{level}",
                timeout_s=30,
                cache=False,
                prompt="briefing/v1",
            )
            runner = Summarizer(settings)
            started = time.perf_counter()
            briefed = sum(isinstance(r, Briefing) for r in runner.summarize_many(items, concurrency=level))
            elapsed = time.perf_counter() - started
        assert briefed == articles
        ideal = level / latency_s
        achieved = articles / elapsed
        rows.append(
            {"concurrency": level, "articles_per_s": achieved, "ideal": ideal, "share": achieved / ideal}
        )
    return rows


def concurrency_against_bare(articles: int, level: int, latency_s: float, home: Path) -> dict[str, float]:
    """Throughput of ``summarize_many`` at ``level`` against a bare pool: ``level`` threads
    sending the very requests the product sent (read back from its run log) through one bare
    instructor client, to the same endpoint (its own process, answering after ``latency_s``).
    What the product adds per article (grounding, vetting, the store) is the difference."""
    from concurrent.futures import ThreadPoolExecutor

    import instructor

    from summarizer.models import BriefingDraft

    texts = seed_texts()
    items = [f"{texts[n % len(texts)]}\n\n(Pool {level}, report {n}.)" for n in range(articles)]
    with _drafts_endpoint(items, latency_s) as base_url:
        settings = resolve_settings(
            base_url=base_url, data_dir=home / f"pool{level}", timeout_s=30, cache=False, prompt="briefing/v1"
        )
        runner = Summarizer(settings)
        started = time.perf_counter()
        briefed = sum(isinstance(r, Briefing) for r in runner.summarize_many(items, concurrency=level))
        product_s = time.perf_counter() - started
        sent = runner.store.list_calls(limit=articles)
        client = _bare_client(base_url)
        wrapped = instructor.openai_schema(BriefingDraft)

        def ask(call: dict[str, Any]) -> object:
            return client.chat.completions.create(
                model=call["model"],
                messages=json.loads(call["request_messages"]),
                response_model=wrapped,
                max_retries=0,
                **json.loads(call["parameters"]),
            )

        with ThreadPoolExecutor(max_workers=level) as pool:
            started = time.perf_counter()
            answered = sum(1 for _ in pool.map(ask, sent))
            bare_s = time.perf_counter() - started
    assert briefed == answered == articles
    return {
        "articles": articles,
        "concurrency": level,
        "product_per_s": articles / product_s,
        "bare_per_s": articles / bare_s,
        "ratio": bare_s / product_s,
    }


def cached_rerun(articles: int, home: Path) -> dict[str, float]:
    text = seed_texts()[0]
    draft = draft_from(ExtractiveEngine().brief(Article(text=text), None))
    items = variants(text, articles)
    with ScriptedServer(default=lambda body: Reply(draft)) as server:
        runner = Summarizer(settings_for(server, home))
        first_started = time.perf_counter()
        list(runner.summarize_many(items, concurrency=8))
        first = time.perf_counter() - first_started
        requests = len(server.requests)
        # Consumed as the CLI does, one result at a time (holding all 1,000 briefings
        # would measure Python's garbage collector walking them instead).
        started = time.perf_counter()
        briefed = sum(isinstance(r, Briefing) for r in runner.summarize_many(items, concurrency=8))
        elapsed = time.perf_counter() - started
        assert len(server.requests) == requests, "the re-run reached the endpoint"
    assert briefed == articles
    return {
        "articles": articles,
        "first_run_s": first,
        "rerun_s": elapsed,
        "articles_per_s": articles / elapsed,
    }


def local_model_speed(home: Path) -> dict[str, Any]:
    """Completion tokens per second of the bundled Gemma 3 270M through llama.cpp's server."""
    from summarizer.llm.local_server import LOCAL_MODE, bundled_model, local_llama_server

    text = (
        "Floods force evacuations in Riverside\n\nHeavy rain flooded the town of Riverside on Monday, "
        'forcing 300 people from their homes, officials said. "We have never seen the river this high," '
        "Mayor Jane Doe told reporters. Two bridges were closed."
    )
    with local_llama_server(bundled_model()) as server:
        settings = resolve_settings(
            base_url=server.base_url, model=server.model, mode=LOCAL_MODE, data_dir=home, max_tokens=400,
            timeout_s=600, cache=False,
        )  # fmt: skip
        runner = Summarizer(settings)
        list(runner.summarize_many([text]))
        calls = runner.store.list_calls(limit=100)
    completion = sum(c["completion_tokens"] or 0 for c in calls)
    prompt = sum(c["prompt_tokens"] or 0 for c in calls)
    seconds = sum(c["latency_ms"] or 0 for c in calls) / 1000
    # Whole-call rate: the server also reads the prompt (the schema is in it in JSON mode).
    rate = completion / seconds if seconds else 0.0
    return {"model": server.model, "calls": len(calls), "prompt_tokens": prompt,
            "completion_tokens": completion, "seconds": seconds, "tokens_per_s": rate}  # fmt: skip
