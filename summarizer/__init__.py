"""Grounded, validated structured briefings of news articles.

>>> import summarizer
>>> briefing = summarizer.summarize(text)          # LLM if configured, else offline
>>> briefing.provenance.engine, briefing.quotes[0].span
"""

import importlib.metadata

from summarizer.article import Article
from summarizer.config import Settings, resolve_settings
from summarizer.daily import daily_briefing
from summarizer.errors import (
    ArticleError,
    ConfigurationError,
    GroundingFailure,
    InputError,
    PromptError,
    SummarizerError,
    TransportError,
    ValidationFailure,
)
from summarizer.models.briefing_v2 import Briefing
from summarizer.models.daily_v1 import DailyBriefing
from summarizer.pipeline import Failure, Summarizer, asummarize, summarize, summarize_many

try:
    __version__ = importlib.metadata.version("summarizer")
except importlib.metadata.PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "ArticleError",
    "Briefing",
    "ConfigurationError",
    "DailyBriefing",
    "Failure",
    "GroundingFailure",
    "InputError",
    "PromptError",
    "Settings",
    "Summarizer",
    "SummarizerError",
    "TransportError",
    "ValidationFailure",
    "asummarize",
    "daily_briefing",
    "resolve_settings",
    "summarize",
    "summarize_many",
]
