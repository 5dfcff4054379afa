"""Briefings as JSON, Markdown or a self-contained, escaped HTML page."""

from summarizer.render.daily import daily_html, daily_markdown
from summarizer.render.html import briefing_html
from summarizer.render.markdown import briefing_markdown

FORMATS = ("json", "md", "html")

__all__ = ["FORMATS", "briefing_html", "briefing_markdown", "daily_html", "daily_markdown"]
