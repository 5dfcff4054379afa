"""What requests carry: one article, a job's articles and options, a day; and the format a
request accepts."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

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
    articles: list[ArticleIn]


def wanted_format(request: Request) -> str:
    accept = request.headers.get("accept", "")
    if "text/html" in accept:
        return "html"
    if "text/markdown" in accept:
        return "md"
    return "json"


async def job_body(request: Request) -> tuple[list[ArticleIn], JobOptions]:
    """Articles and options from a JSON array (or ``{"articles": [...], "engine": ...}``),
    JSON lines, or a multipart upload of either in a field named ``file``."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        async with request.form() as form:  # closes the uploaded file's spool
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                detail = "upload the articles in a form field named 'file'"
                raise Problem(422, "Invalid request", detail, stage="input")
            data = await upload.read()
            fields = {k: v for k, v in form.items() if k != "file" and isinstance(v, str)}
        options = JobOptions.model_validate(fields)
    else:
        data = await request.body()
        options = JobOptions.model_validate(dict(request.query_params))
    text = data.decode("utf-8", errors="replace")
    try:
        items = json_or_lines(text)
    except json.JSONDecodeError as exc:
        detail = f"not JSON or JSON lines: {exc.msg} (line {exc.lineno})"
        raise Problem(422, "Invalid request", detail, stage="input") from exc
    if isinstance(items, dict):  # {"articles": [...], "engine": ...}
        options = JobOptions.model_validate({k: v for k, v in items.items() if k != "articles"})
        items = items.get("articles", [])
    if not isinstance(items, list):
        raise Problem(422, "Invalid request", "expected a list of articles", stage="input")
    articles: list[ArticleIn] = []
    for number, item in enumerate(items, start=1):
        try:
            articles.append(ArticleIn.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise Problem(
                422, "Invalid request", f"article {number}: {where}: {first['msg']}", stage="input"
            ) from exc
    return articles, options


def json_or_lines(text: str) -> Any:
    """One JSON document (an array, or an object with ``articles``), else JSON lines."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise
    return [json.loads(line) for line in text.splitlines() if line.strip()]
