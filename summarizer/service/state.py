"""Everything the routes share (``Service``): settings, access, the store and its jobs, the
metrics, the thread pool, the briefing processes and one ``Summarizer`` per choice; how a
failure becomes a problem (an internal one logged with its traceback); readiness."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.errors import SummarizerError
from summarizer.inputs.read import build_article
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer, store_for
from summarizer.prompts import available_prompts
from summarizer.results import Failure
from summarizer.service.access import ANONYMOUS, Access
from summarizer.service.accesslog import printable
from summarizer.service.admission import BytesInFlight, Ticket
from summarizer.service.jobs import Claimed, JobStore, JobWorkers
from summarizer.service.metrics import Metrics
from summarizer.service.problems import Problem, from_error, log
from summarizer.service.processes import BriefingProcesses
from summarizer.service.requests import ArticleIn, BriefingRequest, JobOptions, parse_job

T = TypeVar("T")


class Service:
    """Everything the routes share, resolved once at start-up."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.access = Access(settings)
        self.store = store_for(settings)
        self.jobs = JobStore(self.store)
        self.metrics = Metrics()
        self.admission = BytesInFlight(settings.service_max_bytes_in_flight)
        self.pool = ThreadPoolExecutor(
            max_workers=max(8, settings.concurrency * 8), thread_name_prefix="brief"
        )
        self.processes = BriefingProcesses(settings.service_brief_processes)
        self._runners: dict[tuple[str, str], Summarizer] = {}
        self.workers = JobWorkers(self.jobs, self.brief_job_item, settings.service_workers)

    def close(self) -> None:
        for runner in self._runners.values():
            runner.close()

    def runner(self, options: JobOptions | BriefingRequest) -> Summarizer:
        """The ``Summarizer`` for a request's choices, each checked against what is allowed."""
        engine = options.engine or self.settings.engine
        if engine == "llm" and not self.settings.llm_configured:
            raise Problem(
                400,
                "Invalid request",
                "this server has no LLM configured; use engine extractive",
                stage="input",
            )
        prompt = options.prompt or self.settings.prompt
        key = (engine, prompt)
        if key not in self._runners:
            # Checked once per choice (listing the prompts reads the prompt folder).
            if prompt.startswith("daily/") or prompt not in available_prompts():
                raise Problem(
                    400,
                    "Invalid request",
                    f"unknown prompt {prompt!r}; GET /v1/prompts lists them",
                    stage="input",
                )
            # The Summarizer resolves the model as the library does (the endpoint's, if none given).
            self._runners[key] = Summarizer(self.settings.with_overrides(engine=engine), prompt)
        runner = self._runners[key]
        served = runner.settings.model
        if options.model is not None and options.model != served:
            raise Problem(400, "Invalid request", f"this server serves model {served!r} only", stage="input")
        return runner

    def article(self, given: ArticleIn) -> Article:
        limit = self.settings.max_document_chars
        if len(given.text) > limit:
            raise Problem(
                413,
                "Article too long",
                f"the article is {len(given.text):,} characters, over the limit of {limit:,}",
            )
        meta = given.model_dump(exclude={"text", "engine", "prompt", "model"}, exclude_none=True)
        try:
            return build_article(given.text, meta, meta.get("id") or "request")
        except SummarizerError as exc:
            raise from_error(exc) from exc

    def job_articles(self, data: bytes, fields: dict[str, Any]) -> tuple[list[Article], JobOptions]:
        """A job's articles and options from its body, each checked (blocking: run it off the
        event loop)."""
        raw_articles, options = parse_job(data, fields)
        articles = [self.article(a) for a in raw_articles]
        if not articles:
            raise Problem(422, "Invalid request", "the job holds no articles", stage="input")
        self.runner(options)  # refuse unknown choices now, not article by article
        return articles, options

    def brief_job_item(self, item: Claimed) -> Briefing | Failure:
        try:
            runner = self.runner(JobOptions.model_validate(item.options))
        except Problem as exc:
            return Failure(item.article.id, "configuration", exc.detail)
        result = logged(runner.result(item.article, tenant=tenant(item.owner)))
        self.metrics.count_result(result)
        return result

    async def run(self, holding: list[Ticket], work: Callable[..., T], *args: Any) -> T:
        """Blocking work in the thread pool, within the request deadline (see ``run_started``)."""
        return await self.run_started(holding, lambda: self.pool.submit(work, *args))

    async def run_started(self, holding: list[Ticket], start: Callable[[], Future[T]]) -> T:
        """The work ``start`` submits (to the thread pool or a worker process), within the
        request deadline. What the work holds (its bytes in flight, its caller's slot) is
        given back when the work ends, also after a 504: a thread cannot be stopped, nor a
        worker process without losing the others' work, so work that runs on past its
        deadline keeps counting against its caller and the bytes in flight until it really
        ends. Work still waiting for a thread or a process at the deadline is dropped."""
        for ticket in holding:
            ticket.hold()

        def ended(_: object = None) -> None:
            for ticket in holding:
                ticket.release()

        try:
            future = start()
        except BaseException:
            ended()
            raise
        future.add_done_callback(ended)
        limit = self.settings.service_request_timeout_s
        try:
            # Cancelling the wrapper at the deadline cancels the work if it has not started.
            return await asyncio.wait_for(asyncio.wrap_future(future), limit)
        except TimeoutError as exc:
            raise Problem(
                504, "Deadline exceeded", f"no result within the request deadline of {limit:g} s"
            ) from exc


def tenant(caller: str | None) -> str | None:
    """Whose cache a caller's briefings go in: each token has its own; the tokenless service
    has one user, who shares the cache with the CLI and the library."""
    return None if caller in (None, ANONYMOUS) else caller


def from_failure(failure: Failure) -> Problem:
    """A failure as a problem, at its stage's status; an internal one says only that."""
    title = f"{failure.stage.capitalize()} failed"
    return Problem(failure.http_status, title, failure.public_reason, stage=failure.stage)


def logged(result: Briefing | Failure) -> Briefing | Failure:
    """The result, after an internal failure (a bug) is written to the server log with its
    traceback: the client is told only that it happened."""
    if isinstance(result, Failure) and result.stage == "internal":
        # The id is the client's and the reason may quote its text: one line each, so
        # neither can forge a line of the log (the traceback is the server's own).
        log.error(
            "internal failure briefing %s: %s\n%s",
            printable(result.article_id),
            printable(result.reason, 2000),
            result.traceback or "",
        )
    return result


def readiness(service: Service) -> dict[str, dict[str, Any]]:
    checks: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    try:
        service.store.check_writable()
        checks["store"] = {"ok": True}  # not its path: nothing about the host is shown
    except Exception as exc:  # any failure means not ready; the reason is reported, not raised
        checks["store"] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    if service.settings.resolved_engine == "llm":
        checks["llm"] = llm_reachable(service.settings)
    checks["store"]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return checks


def llm_reachable(settings: Settings) -> dict[str, Any]:
    """Any HTTP answer from the endpoint counts: readiness is about reaching it, not about
    what the key may do."""
    import httpx2

    from summarizer.llm.redact import shown_url
    from summarizer.llm.tls import shared_tls_context

    url = (settings.base_url or "https://api.openai.com/v1").rstrip("/") + "/models"
    try:
        with httpx2.Client(timeout=3.0, verify=shared_tls_context()) as client:
            response = client.get(url)
        return {"ok": True, "url": shown_url(url), "status": response.status_code}
    except httpx2.HTTPError as exc:
        return {"ok": False, "url": shown_url(url), "error": type(exc).__name__}
