"""Prometheus metrics, and the ASGI middleware that counts and times every request.

Requests are counted by route template (never by raw path, which would let a caller mint
unbounded label values) and status; latency goes in a histogram; briefing outcomes by engine
and stage; LLM calls and tokens from each briefing's provenance; queue depth on scrape.
Each app has its own registry, so several apps in one process (tests) never collide.
Under ``serve --processes N`` (``PROMETHEUS_MULTIPROC_DIR`` set by ``serve``) every worker
process writes its values to files there and a scrape, whichever worker answers it, adds
them all up (prometheus-client's multiprocess mode).
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.models import Briefing, Provenance
from summarizer.results import Failure
from summarizer.service.accesslog import shown_method

if TYPE_CHECKING:
    from fastapi import FastAPI

    from summarizer.service.jobs import JobStore


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "summarizer_http_requests", "HTTP requests", ["route", "method", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "summarizer_http_request_seconds",
            "HTTP request latency",
            ["route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
            registry=self.registry,
        )
        self.briefings = Counter(
            "summarizer_briefings",
            "Articles briefed or failed",
            ["engine", "outcome", "stage"],
            registry=self.registry,
        )
        self.llm_calls = Counter(
            "summarizer_llm_calls", "HTTP requests to the LLM endpoint", registry=self.registry
        )
        self.tokens = Counter("summarizer_llm_tokens", "LLM tokens", ["kind"], registry=self.registry)
        # The depth is read from the shared store on scrape: the latest reading is the answer.
        self.queue_depth = Gauge(
            "summarizer_job_queue_depth",
            "Job articles waiting",
            registry=self.registry,
            multiprocess_mode="mostrecent",
        )
        self._jobs: JobStore | None = None

    def count_result(self, result: Briefing | Failure) -> None:
        if isinstance(result, Failure):
            self.briefings.labels("-", "failed", result.stage).inc()
            return
        self.count_briefed(result.provenance)

    def count_briefed(self, provenance: Provenance) -> None:
        self.briefings.labels(provenance.engine, "briefed", "-").inc()
        self.llm_calls.inc(provenance.llm_calls)
        self.tokens.labels("prompt").inc(provenance.usage.prompt_tokens)
        self.tokens.labels("completion").inc(provenance.usage.completion_tokens)

    def render(self) -> tuple[bytes, str]:
        if self._jobs is not None:
            self.queue_depth.set(self._jobs.queued_items())
        shared = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if shared:
            every_worker = CollectorRegistry()
            multiprocess.MultiProcessCollector(every_worker, path=shared)  # type: ignore[no-untyped-call]
            return generate_latest(every_worker), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST

    def install(self, app: FastAPI, jobs: JobStore) -> None:
        self._jobs = jobs
        app.add_middleware(_Measured, metrics=self)


class _Measured:
    """Counts and times every request."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def watched_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        finally:
            self._record(scope, status["code"], started)

    def _record(self, scope: Scope, status: int, started: float) -> None:
        route: Any = scope.get("route")
        template = getattr(route, "path", None) or "unmatched"
        self.metrics.requests.labels(template, shown_method(scope), str(status)).inc()
        self.metrics.latency.labels(template).observe(time.perf_counter() - started)
