"""Errors as RFC 9457 ``application/problem+json``, in the CLI's stage and reason vocabulary.

No handler ever puts a traceback or an exception's internals in a response: an unexpected
error is a 500 whose detail says only that, and the cause goes to the server's log.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.errors import (
    ArticleError,
    ConfigurationError,
    InputError,
    PromptError,
    SummarizerError,
)
from summarizer.results import HTTP_STATUS
from summarizer.service.accesslog import shown_path

MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("summarizer.service")


class Problem(Exception):
    """An error to send as problem+json: HTTP status, stage, reason, optional headers."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        *,
        stage: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.stage = status, title, detail, stage
        self.headers = headers or {}
        self.extra = extra


def problem_response(problem: Problem, instance: str) -> JSONResponse:
    slug = problem.title.lower().replace(" ", "-")
    body: dict[str, Any] = {
        "type": f"/problems/{slug}",
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "instance": instance,
    }
    if problem.stage:
        body["stage"] = problem.stage
    body |= problem.extra
    return JSONResponse(body, status_code=problem.status, headers=problem.headers, media_type=MEDIA_TYPE)


def from_error(exc: SummarizerError) -> Problem:
    """A library error as a problem: the same stage and reason a CLI failure line shows, at
    the stage's status (``results.HTTP_STATUS``, which the CLI and library share)."""
    if isinstance(exc, InputError):
        return Problem(HTTP_STATUS["input"], "Unusable article", exc.reason, stage="input")
    if isinstance(exc, ArticleError):
        return Problem(HTTP_STATUS[exc.stage], f"{exc.stage.capitalize()} failed", str(exc), stage=exc.stage)
    if isinstance(exc, ConfigurationError | PromptError):
        return Problem(HTTP_STATUS["configuration"], "Invalid request", str(exc), stage="configuration")
    return Problem(HTTP_STATUS["internal"], "Internal error", str(exc), stage="internal")


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request.url.path)

    @app.exception_handler(SummarizerError)
    async def _library(request: Request, exc: SummarizerError) -> JSONResponse:
        return problem_response(from_error(exc), request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors)
        return problem_response(
            Problem(422, "Invalid request", detail, stage="input", errors=errors), request.url.path
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {400: "Invalid request", 404: "Not found", 405: "Method not allowed"}.get(
            exc.status_code, "HTTP error"
        )
        headers = dict(exc.headers or {})
        # FastAPI's 400 is a body it could not parse (too deep, a number too long): the input's.
        stage = "input" if exc.status_code == 400 else None
        return problem_response(
            Problem(exc.status_code, title, str(exc.detail), stage=stage, headers=headers), request.url.path
        )

    @app.exception_handler(Exception)  # what the middlewares outside the app raise
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return _unexpected_response(request.scope, exc)

    app.add_middleware(LastResort)  # the first added, so the innermost: what the routes raise


def _unexpected_response(scope: Scope, exc: Exception) -> JSONResponse:
    # The path as the access log shows it: the decoded one could carry a line break.
    log.error("unexpected error on %s: %s", shown_path(scope), type(exc).__name__, exc_info=exc)
    problem = Problem(
        500, "Internal error", "an unexpected error occurred; see the server log", stage="internal"
    )
    return problem_response(problem, str(scope.get("path", "")))


class LastResort:
    """An error no handler took (a bug) answered with the internal-error problem inside the
    app. Starlette's own last handler answers and then raises again, and uvicorn, seeing the
    error, closes the connection it had just told the client to keep: the client's next
    request on it met a reset, and the traceback was logged twice. A response already under
    way cannot be taken back: that error goes on (the connection is closed mid-answer)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started:
                raise
            await _unexpected_response(scope, exc)(scope, receive, send)
