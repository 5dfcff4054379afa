"""What requests carry: one article, a job's articles and options, a day; and the format a
request accepts."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal, TypeVar

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.service.problems import Problem

EngineChoice = Literal["auto", "llm", "extractive"]


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    id: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code; detected when omitted.")


class BriefingRequest(ArticleIn):
    engine: EngineChoice | None = None
    prompt: str | None = Field(default=None, description="Prompt id/version, e.g. briefing/v1.")
    model: str | None = None


class JobOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    engine: EngineChoice | None = None
    prompt: str | None = None
    model: str | None = None


class DailyRequest(JobOptions):
    date: dt.date | None = None
    # A day of no articles says nothing (and was recorded as a day of no stories).
    articles: list[ArticleIn] = Field(min_length=1)


def wanted_format(request: Request) -> str:
    accept = request.headers.get("accept", "")
    if "text/html" in accept:
        return "html"
    if "text/markdown" in accept:
        return "md"
    return "json"


async def job_body(request: Request) -> tuple[bytes, dict[str, Any]]:
    """A job's articles, unparsed (a JSON array, ``{"articles": [...], "engine": ...}``, JSON
    lines, or a multipart upload of either in a field named ``file``), and its options from
    the query (or the form's other fields). ``parse_job`` reads them: off the event loop, as
    a 16 MB body takes about a second to parse."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        async with request.form() as form:  # closes the uploaded file's spool
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                detail = "upload the articles in a form field named 'file'"
                raise Problem(422, "Invalid request", detail, stage="input")
            data = await upload.read()
            fields: dict[str, Any] = {k: v for k, v in form.items() if k != "file" and isinstance(v, str)}
        return data, fields
    return await request.body(), dict(request.query_params)


def parse_job(data: bytes, fields: dict[str, Any]) -> tuple[list[ArticleIn], JobOptions]:
    """Articles and options from what ``job_body`` read. Every way a body can be unusable is
    a 422 problem at the input stage."""
    items = json_or_lines(data)
    if isinstance(items, dict) and "articles" in items:  # {"articles": [...], "engine": ...}
        fields = {k: v for k, v in items.items() if k != "articles"}
        items = items["articles"]
    elif isinstance(items, dict):  # one article: a JSON lines file of one line
        items = [items]
    options = validated(JobOptions, fields, "options")
    if not isinstance(items, list):
        raise Problem(422, "Invalid request", "expected a list of articles", stage="input")
    articles = [validated(ArticleIn, item, f"article {n}") for n, item in enumerate(items, start=1)]
    return articles, options


Model = TypeVar("Model", bound=BaseModel)


def validated(model: type[Model], data: Any, what: str) -> Model:
    """``data`` as ``model``, or a 422 problem naming the first mistake."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        detail = f"{what}: {where}: {first['msg']}" if where else f"{what}: {first['msg']}"
        raise Problem(422, "Invalid request", detail, stage="input") from exc


def json_or_lines(data: bytes) -> Any:
    """One JSON document (an array, an object with ``articles``, or one article), else JSON
    lines; a 422 problem when the body is not UTF-8, not JSON, nested too deep or holds a
    number too long to read."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Problem(
            422, "Invalid request", f"the body is not UTF-8 (byte {exc.start})", stage="input"
        ) from exc
    try:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data":
                raise
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        detail = f"not JSON or JSON lines: {exc.msg} (line {exc.lineno})"
        raise Problem(422, "Invalid request", detail, stage="input") from exc
    except RecursionError as exc:
        raise Problem(422, "Invalid request", "the JSON is nested too deeply", stage="input") from exc
    except ValueError as exc:  # an integer of thousands of digits
        raise Problem(422, "Invalid request", f"unreadable JSON: {exc}", stage="input") from exc
