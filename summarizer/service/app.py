"""The FastAPI app: the same pipeline as the CLI and the library, over HTTP.

Briefing work runs in a bounded thread pool, and large offline briefings in worker
processes (``asyncio`` never waits on an LLM call or the offline engine); jobs run on
store-backed workers (see ``jobs``), and every error is a problem+json in the CLI's stage
vocabulary.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
from collections.abc import AsyncIterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager
from functools import partial
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from summarizer import __version__
from summarizer.config import Settings
from summarizer.errors import SummarizerError
from summarizer.models import Briefing
from summarizer.models.daily_v2 import DailyBriefing, Story, StorySummary
from summarizer.models.snapshot import SNAPSHOTS, schemas_dir
from summarizer.pipeline.distinct import texts_by_id
from summarizer.prompts import available_prompts, load_prompt
from summarizer.render import MEDIA_TYPES, render
from summarizer.results import as_failure
from summarizer.service import SETTINGS_VARIABLE, page
from summarizer.service.accesslog import AccessLog, sink_for
from summarizer.service.admission import Intake, Ticket
from summarizer.service.guard import Guard
from summarizer.service.jobs import QueueFull, stream_results
from summarizer.service.problems import Problem, install, log
from summarizer.service.processes import Answer, brief_and_render
from summarizer.service.requests import (
    BriefingRequest,
    DailyRequest,
    JobOptions,
    job_body,
    wanted_format,
)
from summarizer.service.state import Service, from_failure, logged, readiness, tenant

SWITCH_INTERVAL_S = 0.0005


async def _caller(request: Request) -> str:
    # async: a sync dependency would take a trip through a thread pool on every request.
    service: Service = request.app.state.service
    return service.access.caller(request)


# Module level, so that FastAPI can resolve it from the (postponed) annotations of routes.
Caller = Annotated[str, Depends(_caller)]


def _rendered(result: Briefing | DailyBriefing, wanted: str, text: str | dict[str, str]) -> Response:
    """The result in the ``wanted`` format (see ``wanted_format``; JSON on one line by default)."""
    return Response(render(result, wanted, text, indent=None), media_type=MEDIA_TYPES[wanted])


def _holding(request: Request, who: str) -> list[Ticket]:
    """What a synchronous request's work holds until it ends: one of its caller's slots, and
    the bytes in flight it was admitted with (see ``admission``)."""
    slot = request.app.state.service.access.slots.take(who)
    admitted: Ticket | None = getattr(request.state, "admission", None)
    return [slot] if admitted is None else [slot, admitted]


def create_app(settings: Settings) -> FastAPI:
    service = Service(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            service.runner(JobOptions())  # the default engine built (and the SDK imported) before any request
        except SummarizerError as exc:  # readiness reports it; each request that needs it says why
            log.warning("the default engine could not be built at start-up: %s", exc)
        service.workers.start()
        # What start-up built (the app, its routes and schemas, the SDK's modules) lives as
        # long as the process: frozen out of the collector's sight, it is not walked again by
        # every full collection, which stalled every request in flight for 100-150 ms. Each
        # request allocates thousands of short-lived objects (JSON, pydantic, the SDK), so
        # the youngest generation is collected every 20,000 allocations instead of 700.
        # Measured at 64 concurrent requests: p99 added latency 260 -> 140 ms, 10% less CPU.
        gc.collect()
        gc.freeze()
        gc.set_threshold(20_000, 20, 20)
        # The event loop shares the GIL with the pool's briefings, CPU-bound with the offline
        # engine: a thread waiting for the GIL gets it only after the holder's switch
        # interval, and with N busy threads, after about N of them. At the default 5 ms,
        # ten 1 MB briefings made /healthz wait 650 ms; at 0.5 ms, see the bench (item 11).
        previous_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        yield
        sys.setswitchinterval(previous_interval)  # an app served in a thread (tests) gives it back
        # Stop taking items; let the ones in hand finish within the grace period. Items
        # still running stay marked so and are requeued by the next start.
        await asyncio.to_thread(service.workers.stop, settings.service_grace_s)
        service.pool.shutdown(wait=False, cancel_futures=True)
        service.processes.shutdown()
        service.close()

    app = FastAPI(
        title="summarizer",
        version=__version__,
        summary="Grounded, validated briefings of news articles.",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pull unpinned scripts from a CDN into this origin, and no
        # copy is packaged: the API is described at /openapi.json for any viewer to load.
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = service
    install(app)
    app.add_middleware(Intake, max_body_bytes=settings.service_max_body_bytes, admission=service.admission)
    service.metrics.install(app, service.jobs)  # outside the intake: its 413 and 503 are counted
    app.add_middleware(Guard, access=service.access, metrics=service.metrics)  # before the body is read
    if (write_access := sink_for(settings.service_access_log)) is not None:
        app.add_middleware(AccessLog, write=write_access)  # added last: outermost, sees refusals too

    @app.post("/v1/briefings", response_model=Briefing, tags=["briefings"])
    async def post_briefing(body: BriefingRequest, request: Request, who: Caller) -> Response:
        """Brief one article. ``Accept: text/markdown`` or ``text/html`` for those renderings."""
        article = service.article(body)
        runner = service.runner(body)
        wanted = wanted_format(request)
        caller = tenant(who)
        if service.processes.wanted(runner, article):
            start = partial(service.processes.submit, runner, article, caller, wanted)
        else:
            start = partial(service.pool.submit, brief_and_render, runner, article, caller, wanted)
        # Rendered where it was briefed: a large article's briefing takes tens of ms to write out.
        try:
            answer: Answer = await service.run_started(_holding(request, who), start)
        except BrokenProcessPool as exc:  # its worker died (killed, out of memory): a bug to log
            answer = Answer(None, as_failure(exc, article))
        if answer.failure is not None:
            service.metrics.count_result(logged(answer.failure))
            raise from_failure(answer.failure)
        assert answer.body is not None and answer.provenance is not None  # rendered whenever briefed
        service.metrics.count_briefed(answer.provenance)
        return Response(answer.body, media_type=MEDIA_TYPES[wanted])

    @app.post("/v1/jobs", status_code=202, tags=["jobs"])
    async def post_job(request: Request, who: Caller) -> JSONResponse:
        """Queue many articles: a JSON array, JSON lines, or a multipart upload of either."""
        data, fields = await job_body(request)
        articles, options = await asyncio.to_thread(service.job_articles, data, fields)
        limit = settings.service_max_queued_items
        try:
            job_id = await asyncio.to_thread(service.jobs.create, articles, options.model_dump(), who, limit)
        except QueueFull as full:
            raise Problem(
                429,
                "Queue full",
                f"{full.queued:,} articles are queued; the limit is {limit:,}",
                headers={"Retry-After": "30"},
            ) from full
        service.workers.wake()
        url = f"/v1/jobs/{job_id}"
        body = {"id": job_id, "url": url, "results": f"{url}/results", "total": len(articles)}
        return JSONResponse(body, status_code=202, headers={"Location": url})

    def own_job(job_id: str, who: str) -> None:
        """Another caller's job is as absent as a job that never was."""
        if service.jobs.owner(job_id) != who:
            raise Problem(404, "Not found", f"no job {job_id}")

    @app.get("/v1/jobs", tags=["jobs"])
    async def list_jobs(who: Caller) -> list[dict[str, Any]]:
        recent = await asyncio.to_thread(service.jobs.recent, who, 50)
        return [s.as_dict() for s in recent]

    @app.get("/v1/jobs/{job_id}", tags=["jobs"])
    async def get_job(job_id: str, who: Caller) -> dict[str, Any]:
        own_job(job_id, who)
        status = await asyncio.to_thread(service.jobs.status, job_id)
        assert status is not None
        return status.as_dict()

    @app.get("/v1/jobs/{job_id}/results", tags=["jobs"])
    async def get_results(job_id: str, who: Caller) -> StreamingResponse:
        """JSON lines ``{"seq", "status", "briefing" | "failure"}`` as items complete."""
        own_job(job_id, who)
        return StreamingResponse(stream_results(service.jobs, job_id), media_type="application/x-ndjson")

    @app.delete("/v1/jobs/{job_id}", tags=["jobs"])
    async def delete_job(job_id: str, who: Caller) -> dict[str, Any]:
        own_job(job_id, who)
        await asyncio.to_thread(service.jobs.cancel, job_id)
        status = await asyncio.to_thread(service.jobs.status, job_id)
        assert status is not None
        return status.as_dict()

    @app.post("/v1/daily", tags=["daily"])
    async def post_daily(body: DailyRequest, request: Request, who: Caller) -> Response:
        from summarizer.daily import daily_briefing

        articles = [service.article(a) for a in body.articles]
        dates = [a.published for a in articles if a.published]
        day = body.date or (max(set(dates), key=dates.count) if dates else None)
        if day is None:
            raise Problem(
                422, "Invalid request", "give 'date': the articles carry no publication date", stage="input"
            )
        runner = service.runner(body)
        result = await service.run(
            _holding(request, who),
            lambda: daily_briefing(
                articles, date=day, settings=runner.settings, prompt=runner.prompt, tenant=tenant(who)
            ),
        )
        return _rendered(result, wanted_format(request), texts_by_id(articles))

    @app.get("/v1/stories", tags=["daily"])
    async def list_stories(
        who: Caller, limit: Annotated[int, Query(ge=1, le=1000)] = 200
    ) -> list[StorySummary]:
        """The stories the caller's daily runs kept across days, seen most recently first."""
        from summarizer.daily.stories import list_stories

        return await asyncio.to_thread(list_stories, service.store, limit, tenant(who))

    @app.get("/v1/stories/{story_id}", tags=["daily"])
    async def get_story(story_id: str, who: Caller) -> Story:
        """One of the caller's stories: what each day said of it and what changed."""
        from summarizer.daily.stories import story_timeline

        story = await asyncio.to_thread(story_timeline, service.store, story_id, tenant(who))
        if story is None:
            raise Problem(404, "Not found", f"no story {story_id!r}; GET /v1/stories lists them")
        return story

    @app.get("/v1/schemas", tags=["reference"])
    async def list_schemas() -> list[str]:
        return sorted(SNAPSHOTS)

    @app.get("/v1/schemas/{name}", tags=["reference"])
    async def get_schema(name: str) -> Response:
        if name not in SNAPSHOTS:
            raise Problem(404, "Not found", f"no schema {name!r}; GET /v1/schemas lists them")
        return Response(
            (schemas_dir() / name).read_text(encoding="utf-8"), media_type="application/schema+json"
        )

    @app.get("/v1/prompts", tags=["reference"])
    async def list_prompts() -> list[dict[str, str]]:
        prompts = [load_prompt(ref) for ref in available_prompts()]
        return [{"id": p.spec.id, "version": p.spec.version, "hash": p.hash} for p in prompts]

    @app.get("/healthz", tags=["operations"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"])
    async def readyz() -> JSONResponse:
        checks = await asyncio.to_thread(readiness, service)
        ready = all(c["ok"] for c in checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    @app.get("/metrics", tags=["operations"])
    async def metrics() -> Response:
        body, content_type = service.metrics.render()
        return Response(body, media_type=content_type)

    page.install(app)
    return app


def app_for_worker() -> FastAPI:
    """The app in one of ``serve --processes N``'s processes, with the settings ``serve`` was given."""
    from summarizer.service.transport import server_options

    settings = Settings(**json.loads(os.environ[SETTINGS_VARIABLE]))
    server_options(settings.service_read_timeout_s)  # this process's connections
    return create_app(settings)
