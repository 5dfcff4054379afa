"""Every error the package raises on purpose.

    SummarizerError                 root: catch this to catch everything below
    ├── ConfigurationError          settings are missing or contradictory
    ├── PromptError                 a prompt file is malformed or a variable is missing
    ├── InputError                  an article could not be read or is unusable
    ├── OutputError                 an output folder or file cannot be written
    └── ArticleError                a step failed for one article (carries article id + stage)
        ├── TransportError          the endpoint kept failing (429, 5xx, timeouts) past retries
        ├── ValidationFailure       the model's replies never validated within the re-ask budget
        └── GroundingFailure        nothing the model returned could be found in the article

Messages say how to fix the problem where there is something to fix.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Root of every error raised by summarizer."""


class ConfigurationError(SummarizerError):
    """Settings are missing or contradictory."""


class PromptError(SummarizerError):
    """A prompt file failed validation, or rendering lacked a variable."""


class InputError(SummarizerError):
    """An input could not be turned into an article (empty, binary, unreadable)."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source
        self.reason = message


class OutputError(SummarizerError):
    """An output folder is not a folder or not writable, or a name would leave it."""


class ArticleError(SummarizerError):
    """A pipeline stage failed for one article."""

    stage = "pipeline"

    def __init__(
        self,
        message: str,
        *,
        article_id: str | None = None,
        attempts: int = 0,
        usage: dict[str, int] | None = None,
    ) -> None:
        prefix = f"[{article_id}] " if article_id else ""
        super().__init__(f"{prefix}{message}")
        self.article_id = article_id
        self.attempts = attempts
        self.usage = usage or {}


class TransportError(ArticleError):
    """The endpoint kept failing (rate limit, server error, timeout) past the retry budget."""

    stage = "transport"


class ValidationFailure(ArticleError):
    """The model never produced output that validates against the schema."""

    stage = "validation"


class GroundingFailure(ArticleError):
    """The model's output could not be aligned with the article text."""

    stage = "grounding"
