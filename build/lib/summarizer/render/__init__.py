"""Briefings as JSON, Markdown or a self-contained, escaped HTML page."""

from summarizer.render.html import briefing_html
from summarizer.render.markdown import briefing_markdown

FORMATS = ("json", "md", "html")

__all__ = ["FORMATS", "briefing_html", "briefing_markdown"]
