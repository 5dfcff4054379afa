"""Every exception the package defines, and the stages a failure is reported at.

What a caller can catch (the public tree, exported by ``summarizer``)::

    SummarizerError                 root: catch this to catch everything below
    ├── ConfigurationError          settings are missing or contradictory
    ├── PromptError                 a prompt file is malformed or a variable is missing
    ├── InputError                  an article could not be read or is unusable
    ├── OutputError                 an output folder or file cannot be written
    └── ArticleError                a step failed for one article (carries article id + stage)
        ├── TransportError          the endpoint kept failing (429, 5xx, timeouts) past retries
        └── ValidationFailure       the model's replies never validated within the re-ask budget

Signals between layers, each caught by the layer above and never seen by a caller::

    Exception
    ├── InvalidReply                llm.types: a reply did not validate; the engine re-asks
    │                               (-> ValidationFailure when the re-asks are spent)
    ├── TransportGaveUp             llm.types: the retry policy gave up (-> TransportError)
    ├── RetryableTransportError     llm.retry: 429, 5xx or a timeout; the policy tries again
    ├── ReplyRefused                llm.transport: a reply over the size cap, read no further
    ├── DeferredAnswer              llm.transport: an answer book stops a call unsent
    │   ├── RequestDeferred         batch.book: the batch has not answered this request yet
    │   └── RequestFailed           batch.book: the batch answered it with an error
    ├── StoreTooNew                 store.connection: a newer release's store; left untouched
    ├── Problem                     service.problems: an HTTP problem+json response
    └── httpcore2.ReadTimeout
        └── DeadlineExceeded        llm.transport: a whole call's deadline passed

A failure that reaches a face (CLI, library, service) is a ``results.Failure`` at one of the
``Stage`` values below; ``results.HTTP_STATUS`` maps each to the service's status code.
Messages say how to fix the problem where there is something to fix.
"""

from __future__ import annotations

from typing import Literal

# Where an article's briefing stopped. ``internal`` is a bug: it keeps its traceback.
Stage = Literal[
    "input", "configuration", "transport", "validation", "budget", "output", "pipeline", "internal"
]


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

    stage: Stage = "pipeline"

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

    stage: Stage = "transport"


class ValidationFailure(ArticleError):
    """The model never produced output that validates against the schema."""

    stage: Stage = "validation"
