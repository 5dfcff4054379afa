"""Briefings as JSON, Markdown, CSV rows or a self-contained, escaped HTML page."""

from summarizer.formats import BRIEFING_FORMATS, FORMATS
from summarizer.render.daily import daily_html, daily_markdown
from summarizer.render.html import briefing_html
from summarizer.render.markdown import briefing_markdown
from summarizer.render.table import briefing_rows, csv_text

__all__ = [
    "BRIEFING_FORMATS",
    "FORMATS",
    "briefing_html",
    "briefing_markdown",
    "briefing_rows",
    "csv_text",
    "daily_html",
    "daily_markdown",
]
