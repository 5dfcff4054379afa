"""Briefings as JSON, Markdown, CSV rows or a self-contained, escaped HTML page.

``render(result, format)`` is the one dispatch on a format, used by the CLI (brief, daily,
batch collect) and the service (briefings, daily): a face adds where the text goes, never
how a format is made.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from summarizer.formats import BRIEFING_FORMATS, FORMATS
from summarizer.models import Briefing
from summarizer.models.daily_v2 import DailyBriefing
from summarizer.render.daily import (
    daily_html,
    daily_html_parts,
    daily_json_parts,
    daily_markdown,
    daily_markdown_parts,
)
from summarizer.render.html import briefing_html
from summarizer.render.markdown import briefing_markdown
from summarizer.render.table import briefing_rows, csv_text

# The media type each format is served as.
MEDIA_TYPES = {
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


def render(
    result: Briefing | DailyBriefing,
    fmt: str,
    text: str | Mapping[str, str] = "",
    *,
    indent: int | None = 2,
) -> str:
    """One briefing, or one day's briefing, in ``fmt`` (json, md, html; csv for a briefing).

    ``text`` is what the HTML page links spans into: the article's text for a briefing, the
    texts by article id for a day. JSON is indented by ``indent`` (``None``: one line).
    """
    if fmt == "json":
        return result.model_dump_json(indent=indent) + ("\n" if indent is not None else "")
    if isinstance(result, DailyBriefing):
        if fmt == "html":
            return daily_html(result, text if isinstance(text, Mapping) else {})
        return daily_markdown(result)
    if fmt == "csv":
        return csv_text(briefing_rows(result))
    if fmt == "html":
        return briefing_html(result, text if isinstance(text, str) else "")
    return briefing_markdown(result)


def render_encoded(
    result: Briefing | DailyBriefing,
    fmt: str,
    text: str | Mapping[str, str] = "",
    *,
    indent: int | None = 2,
) -> Iterator[bytes]:
    """``render``'s text as UTF-8, in parts, for writing to a file: what a day of 10,000
    articles gives (a page of about 65 MB, JSON of about 150 MB) is never held whole as
    text and again encoded. JSON comes from the serializer as bytes (``model_dump_json`` is
    the same bytes decoded), a day's one item at a time; the daily page part by part."""
    if fmt == "json" and isinstance(result, DailyBriefing) and indent is not None:
        yield from daily_json_parts(result, indent)
        yield b"\n"
    elif fmt == "json":
        yield result.__pydantic_serializer__.to_json(result, indent=indent)
        if indent is not None:
            yield b"\n"
    elif fmt == "html" and isinstance(result, DailyBriefing):
        for part in daily_html_parts(result, text if isinstance(text, Mapping) else {}):
            yield part.encode("utf-8")
    elif fmt == "md" and isinstance(result, DailyBriefing):
        for part in daily_markdown_parts(result):
            yield part.encode("utf-8")
    else:
        yield render(result, fmt, text, indent=indent).encode("utf-8")


__all__ = [
    "BRIEFING_FORMATS",
    "FORMATS",
    "MEDIA_TYPES",
    "briefing_html",
    "briefing_markdown",
    "briefing_rows",
    "csv_text",
    "daily_html",
    "daily_markdown",
    "render",
    "render_encoded",
]
