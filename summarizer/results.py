"""What one article came to when it did not become a briefing: a ``Failure`` at a stage.

The CLI, the library and the service report failures in these terms, and the service
answers each stage with the status in ``HTTP_STATUS``. An ``internal`` failure is a bug:
it keeps its traceback for ``--debug`` and the server log, and its message is never sent
to an HTTP client.
"""

from __future__ import annotations

import traceback
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summarizer.errors import ArticleError, InputError, Stage, SummarizerError

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.models import Briefing

# The one map from a failure's stage to the service's HTTP status.
HTTP_STATUS: dict[Stage, int] = {
    "input": 422,
    "configuration": 400,
    "transport": 502,
    "validation": 502,
    "budget": 500,
    "output": 500,
    "pipeline": 500,
    "internal": 500,
}
# What an HTTP client is told of an internal failure (the rest is in the server log).
INTERNAL_DETAIL = "an unexpected error occurred; see the server log"


@dataclass(frozen=True)
class Failure:
    """An article that did not become a briefing, and why."""

    article_id: str
    stage: Stage
    reason: str
    source: str | None = None
    attempts: int = 0
    usage: dict[str, int] | None = None
    # The formatted traceback of an internal failure (a bug), for --debug and the server log.
    traceback: str | None = field(default=None, compare=False, repr=False)

    def line(self) -> str:
        where = self.source or self.article_id
        return f"{where}: {self.stage} failed: {self.reason}"

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self.stage]

    @property
    def public_reason(self) -> str:
        """The reason as a client of the service may read it: an internal failure's own
        message may hold anything (paths, data), so it is replaced."""
        return INTERNAL_DETAIL if self.stage == "internal" else self.reason


def as_failure(exc: Exception, article: Article) -> Failure:
    """The failure an exception from briefing ``article`` stands for, with its stage."""
    if isinstance(exc, ArticleError):
        return Failure(article.id, exc.stage, str(exc), attempts=exc.attempts, usage=exc.usage)
    if isinstance(exc, InputError):
        return Failure(article.id, "input", str(exc))
    if isinstance(exc, SummarizerError):
        return Failure(article.id, "configuration", str(exc))
    return Failure(
        article.id,
        "internal",
        f"{type(exc).__name__}: {exc}",
        traceback="".join(traceback.format_exception(exc)),
    )


def result_article_id(result: Briefing | Failure) -> str:
    """The id of the article a result is for."""
    return result.article_id if isinstance(result, Failure) else result.article.id


def result_or_failure(future: Future[Briefing | Failure], article: Article) -> Briefing | Failure:
    try:
        return future.result()
    except Exception as exc:  # one article's bug must not sink the batch; it is reported
        return as_failure(exc, article)
