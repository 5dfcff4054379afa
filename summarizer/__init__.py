"""Grounded, validated structured briefings of news articles.

>>> import summarizer
>>> briefing = summarizer.summarize(text)          # LLM if configured, else offline
>>> briefing.provenance.engine, briefing.quotes[0].span
"""

import importlib as _importlib
import typing as _typing

from summarizer.errors import (
    ArticleError,
    ConfigurationError,
    InputError,
    OutputError,
    PromptError,
    SummarizerError,
    TransportError,
    ValidationFailure,
)

if _typing.TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.config import Settings, resolve_settings
    from summarizer.daily import daily_briefing
    from summarizer.models import Briefing
    from summarizer.models.daily_v2 import DailyBriefing
    from summarizer.pipeline import asummarize, summarize, summarize_many
    from summarizer.pipeline.runner import Summarizer
    from summarizer.results import Failure

# The public names, each imported when first used: `import summarizer` (and with it the CLI's
# start) does not pay for pydantic's models, the daily merge's numpy or the offline engine's
# patterns until something needs them.
_HOMES = {
    "Article": "summarizer.article",
    "Settings": "summarizer.config",
    "resolve_settings": "summarizer.config",
    "daily_briefing": "summarizer.daily",
    "Briefing": "summarizer.models",
    "DailyBriefing": "summarizer.models.daily_v2",
    "Failure": "summarizer.results",
    "Summarizer": "summarizer.pipeline.runner",
    "asummarize": "summarizer.pipeline",
    "summarize": "summarizer.pipeline",
    "summarize_many": "summarizer.pipeline",
}


def _version() -> str:
    """The installed version, read from the package metadata on first use (reading it costs
    more than the rest of ``import summarizer``)."""
    import importlib.metadata

    try:
        return importlib.metadata.version("summarizer")
    except importlib.metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> _typing.Any:
    if name == "__version__":
        globals()[name] = version = _version()
        return version
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(_importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, lazily imported ones included (``dir(summarizer)`` and completion)."""
    return sorted({*globals(), *__all__})


__all__ = [
    "Article",
    "ArticleError",
    "Briefing",
    "ConfigurationError",
    "DailyBriefing",
    "Failure",
    "InputError",
    "OutputError",
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
