"""The LLM engine: prompt -> structured draft -> grounding -> ``Briefing``.

Attempts are bounded and counted in three separate budgets: transport retries (inside the
client), validation re-asks (here, each with a fresh message list), and one grounding
re-ask that names exactly the items not found in the article.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from summarizer.article import Article
from summarizer.config import CHARS_PER_TOKEN, Settings
from summarizer.engines.base import language_fields, summary_warnings
from summarizer.errors import InputError, TransportError, ValidationFailure
from summarizer.grounding.draft import Grounded, ground_draft
from summarizer.llm.ask import ask_until_valid, call_context, logging_sink
from summarizer.llm.types import (
    CallContext,
    CallLog,
    InvalidReply,
    Messages,
    Reply,
    StructuredClient,
    TransportGaveUp,
)
from summarizer.models import SCHEMA_VERSION, Briefing, BriefingDraft, BriefingWarning, Provenance
from summarizer.models.common import Usage
from summarizer.prompts import Prompt, as_article_data


@dataclass
class RunStats:
    usage: Usage = field(default_factory=Usage)
    llm_calls: int = 0
    attempts: int = 0
    transport_retries: int = 0
    validation_reasks: int = 0
    grounding_reasks: int = 0
    redactions: int = 0
    # time.monotonic() by which every call for this article must be done (retries included).
    deadline: float = 0.0

    def count(self, http_attempts: int, usage: Usage) -> None:
        self.attempts += 1
        self.llm_calls += http_attempts
        self.transport_retries += http_attempts - 1
        self.usage = self.usage + usage


class LLMEngine:
    name = "llm"
    # What the model is asked to fill; the grounded engine asks for labels instead.
    response_model: type[BaseModel] = BriefingDraft

    def __init__(self, settings: Settings, prompt: Prompt, client: StructuredClient) -> None:
        self.settings = settings
        self.prompt = prompt
        self.client = client
        self.parameters: dict[str, Any] = dict(prompt.spec.parameters)
        if settings.temperature is not None:
            self.parameters["temperature"] = settings.temperature
        if settings.max_tokens is not None:
            self.parameters["max_tokens"] = settings.max_tokens

    def close(self) -> None:
        self.client.close()

    def identity(self) -> dict[str, Any]:
        return {
            "engine": self.name,
            "model": self.client.model,
            "prompt_hash": self.prompt.hash,
            "schema_version": SCHEMA_VERSION,
            "parameters": self.parameters,
        }

    def brief(self, article: Article, store: CallLog | None) -> Briefing:
        started = time.perf_counter()
        stats = RunStats(deadline=time.monotonic() + self.settings.article_timeout_s)
        context = self._context(article)
        messages = self.prompt.render(
            article_title=as_article_data(article.title or "(none)"),
            article_published=article.published.isoformat() if article.published else "(unknown)",
            article_text=as_article_data(article.text, article.planted),
        )
        reply = self._ask_valid(messages, article, stats, store, context, purpose="extract")
        grounded = ground_draft(reply.draft, article.text, article.reading[0])
        warnings: list[BriefingWarning] = []
        if grounded.ungrounded and self.settings.grounding_reask:
            reply, grounded, warnings = self._reask_ungrounded(
                messages, reply, grounded, article, stats, store, context
            )
        warnings += grounded.warnings + summary_warnings(reply.draft.summary)
        warnings += self._redaction_warnings(stats)
        language = language_fields(article)
        return Briefing(
            article=article.meta,
            summary=reply.draft.summary,
            actors=grounded.actors,
            incidents=grounded.incidents,
            quotes=grounded.quotes,
            figures=grounded.figures,
            language=language["language"],
            language_source=language["language_source"],
            warnings=language["warnings"] + warnings,
            provenance=self._provenance(stats, started),
        )

    def _context(self, article: Article) -> CallContext:
        return call_context(
            self.settings, self.client, self.prompt, article_id=article.id, schema_version=SCHEMA_VERSION
        )

    @staticmethod
    def _redaction_warnings(stats: RunStats) -> list[BriefingWarning]:
        if not stats.redactions:
            return []
        return [
            BriefingWarning(
                code="secret_redacted",
                message=f"the endpoint's replies contained a configured secret {stats.redactions} "
                "time(s); it was removed before anything read them",
            )
        ]

    def _provenance(self, stats: RunStats, started: float) -> Provenance:
        return Provenance(
            engine="llm",
            model=self.client.model,
            prompt_id=self.prompt.spec.id,
            prompt_version=self.prompt.spec.version,
            prompt_hash=self.prompt.hash,
            created_at=dt.datetime.now(dt.UTC),
            usage=stats.usage,
            llm_calls=stats.llm_calls,
            attempts=stats.attempts,
            transport_retries=stats.transport_retries,
            validation_reasks=stats.validation_reasks,
            grounding_reasks=stats.grounding_reasks,
            latency_ms=round((time.perf_counter() - started) * 1000, 3),
            parameters=self.parameters,
        )

    def _reask_ungrounded(
        self,
        messages: Messages,
        first: Reply,
        first_grounded: Grounded,
        article: Article,
        stats: RunStats,
        store: CallLog | None,
        context: CallContext,
    ) -> tuple[Reply, Grounded, list[BriefingWarning]]:
        """One targeted re-ask; the better-grounded of the two answers is kept."""
        # Only what must change: the items not found, not the whole first answer again (in a
        # small context window the first answer plus the article leaves no room to reply).
        followup = [*messages, self.prompt.grounding_reask("\n".join(first_grounded.ungrounded))]
        stats.grounding_reasks += 1
        try:
            second = self._ask_valid(followup, article, stats, store, context, purpose="grounding_reask")
        except (ValidationFailure, TransportError) as exc:
            note = BriefingWarning(
                code="uncertain",
                message=f"grounding re-ask failed ({exc.stage}); kept first answer",
            )
            return first, first_grounded, [note]
        second_grounded = ground_draft(second.draft, article.text, article.reading[0])
        if second_grounded.item_count < first_grounded.item_count:
            note = BriefingWarning(
                code="uncertain", message="grounding re-ask grounded fewer items; kept first answer"
            )
            return first, first_grounded, [note]
        notes = [
            BriefingWarning(
                code="uncertain",
                message="not found in the article in the first answer; re-asked",
                item=line.removeprefix("- "),
            )
            for line in first_grounded.ungrounded
        ]
        return second, second_grounded, notes

    def _ask_valid(
        self,
        messages: Messages,
        article: Article,
        stats: RunStats,
        store: CallLog | None,
        context: CallContext,
        purpose: str,
        response_model: type[BaseModel] | None = None,
        max_tokens: int | None = None,
    ) -> Reply:
        """Ask until the reply validates, re-asking at most ``validation_retries`` times
        while the article's time budget lasts (``llm.ask.ask_until_valid``).

        ``max_tokens`` bounds each reply by what the task needs (a setting given by the user
        stays the upper limit)."""
        parameters = self.parameters
        if max_tokens is not None:
            parameters = {**parameters, "max_tokens": min(max_tokens, self.settings.max_tokens or max_tokens)}
        _check_fits(messages, parameters, self.settings, article)

        def may_reask() -> bool:
            if time.monotonic() >= stats.deadline:
                return False  # the article's time budget is spent; no more re-asks
            stats.validation_reasks += 1
            return True

        try:
            reply = ask_until_valid(
                self.client,
                messages,
                parameters,
                logging_sink(store, context, purpose, lambda: stats.attempts + 1),
                reask=self.prompt.validation_reask,
                reasks=self.settings.validation_retries,
                response_model=response_model or self.response_model,
                deadline=stats.deadline,
                counted=stats.count,
                may_reask=may_reask,
            )
        except InvalidReply as exc:
            raise ValidationFailure(
                f"no schema-valid reply after {stats.attempts} attempts: {exc}",
                article_id=article.id,
                attempts=stats.attempts,
                usage=stats.usage.model_dump(),
            ) from exc
        except TransportGaveUp as exc:
            stats.count(exc.http_attempts, Usage())
            raise TransportError(
                str(exc),
                article_id=article.id,
                attempts=stats.attempts,
                usage=stats.usage.model_dump(),
            ) from exc
        stats.redactions += reply.redactions
        return reply


def _check_fits(messages: Messages, parameters: dict[str, Any], settings: Settings, article: Article) -> None:
    """Refuse a request the model's context window cannot hold (the server would cut the
    article or fail after minutes); chunks are sized so that this only happens when a
    setting forces a larger text into one request."""
    window = settings.context_tokens
    if window is None:
        return
    chars = sum(len(m["content"]) for m in messages)
    needed = chars // CHARS_PER_TOKEN + int(parameters.get("max_tokens") or 0)
    if needed > window:
        raise InputError(
            f"the request needs about {needed:,} tokens with its reply, more than the model's context "
            f"window of {window:,}; lower SUMMARIZER_MAX_ARTICLE_CHARS (now {settings.max_article_chars:,})",
            source=article.id,
        )
