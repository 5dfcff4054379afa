"""Briefing through OpenAI's Batch API: half the price, results within 24 hours.

``submit`` runs each article through the LLM engine with an answer book that holds no
answers: the engine builds its first request exactly as it would send it, and the book
stops the call there and keeps the request (``summarizer.llm.transport.answers_from``).
The requests go up as one JSONL file (``custom_id`` = a hash of the request) and a batch
is created. ``collect`` downloads what came back and runs each article through the same
engine again, now with the batch's answers in the book: validation, grounding, vetting
and the cache are those of the synchronous path, not a copy of them. Where the engine asks
again (a validation or grounding re-ask), the new request was not answered: it is kept
and the article's re-asks go out together as a follow-up batch, or, with
``sync_reasks``, are sent at once over the ordinary endpoint.

Everything is in the store (batches, the articles waiting, every request with its answer
or error), so ``status`` and ``collect`` survive a crash and can run later from another
process, and what was briefed lands in the cache: a later ``brief`` of the same articles
costs nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from summarizer.article import Article
from summarizer.batch.book import AnswerBook, RequestDeferred, RequestFailed, read_results, request_key
from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.llm.transport import answers_from
from summarizer.models import Briefing
from summarizer.pipeline.runner import Summarizer
from summarizer.results import Failure, as_failure
from summarizer.store.batches import Answer

TERMINAL = ("completed", "failed", "expired", "cancelled")
ENDPOINT = "/v1/chat/completions"


@dataclass(frozen=True)
class BatchState:
    id: str
    status: str
    created_at: str
    counts: dict[str, int]

    def describe(self) -> str:
        done = self.counts.get("completed", 0) + self.counts.get("failed", 0)
        total = self.counts.get("total", 0)
        failed = self.counts.get("failed", 0)
        return f"{self.id}: {self.status}, {done}/{total} requests done, {failed} failed"


class BatchRunner:
    """Submit, follow, collect and cancel batches for one store and one endpoint."""

    def __init__(self, settings: Settings, prompt: str | None = None) -> None:
        if settings.resolved_engine != "llm":
            raise ConfigurationError(
                "the Batch API needs an LLM: set OPENAI_API_KEY, or --base-url for a server "
                "with OpenAI's /v1/files and /v1/batches"
            )
        from summarizer.llm.openai_client import BatchEndpoints

        self.settings = settings.model_copy(update={"batch_pricing": True})
        self.summarizer = Summarizer(self.settings, prompt)
        self.prompt = self.summarizer.prompt
        self.store = self.summarizer.store
        self.endpoints = BatchEndpoints(settings)
        # An article is collected with the prompt and model it was submitted with, whatever
        # this runner was started with: its requests must be the ones the batch answered.
        self._by_choice: dict[tuple[str, str], Summarizer] = {(self.prompt, settings.model): self.summarizer}

    def _summarizer(self, prompt: str, model: str) -> Summarizer:
        if (prompt, model) not in self._by_choice:
            settings = self.settings.model_copy(update={"model": model})
            self._by_choice[(prompt, model)] = Summarizer(settings, prompt)
        return self._by_choice[(prompt, model)]

    def close(self) -> None:
        self.endpoints.close()
        for summarizer in self._by_choice.values():
            summarizer.close()

    def __enter__(self) -> BatchRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ submit

    def submit(self, articles: list[Article]) -> tuple[BatchState | None, list[Briefing | Failure]]:
        """One batch of the first request of every article not already cached. Returns the
        batch (``None`` when nothing needed one) and the articles settled at once: cached
        briefings, and failures found before any request (an article over the limit)."""
        settled: list[Briefing | Failure] = []
        requests: dict[str, tuple[str, dict[str, Any]]] = {}  # request key -> article key, body
        for article in articles:
            cached = self.summarizer.cached(article)
            if cached is not None:
                settled.append(cached)
                continue
            key = self.summarizer.key_of(article)
            outcome, book = self._run(self.summarizer, article, {})
            if outcome is not None:
                settled.append(outcome)
                continue
            self._remember_article(key, article)
            for body in book.unanswered:
                requests[request_key(body)] = (key, body)
        if not requests:
            return None, settled
        return self._send(requests), settled

    def _send(self, requests: dict[str, tuple[str, dict[str, Any]]]) -> BatchState:
        lines = [
            json.dumps(
                {"custom_id": rkey, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False
            )
            for rkey, (_, body) in requests.items()
        ]
        content = ("\n".join(lines) + "\n").encode("utf-8")
        file_id = self.endpoints.upload("summarizer-batch.jsonl", content)
        made = self.endpoints.create(file_id, {"made_by": "summarizer", "requests": str(len(lines))})
        self.store.add_batch(
            made["id"],
            file_id,
            made["status"],
            json.dumps(made.get("request_counts") or {}),
            [(rkey, akey) for rkey, (akey, _) in requests.items()],
        )
        return self._state(made)

    def _remember_article(self, key: str, article: Article) -> None:
        self.store.add_batch_article(key, article.model_dump_json(), self.prompt, self.settings.model)

    # ------------------------------------------------------------------ status

    def refresh(self) -> list[BatchState]:
        """Every batch of this store, the unfinished ones read again from the endpoint."""
        states = []
        for batch_id, status, created_at, counts in self.store.batch_rows():
            if status in TERMINAL:
                states.append(BatchState(batch_id, status, created_at, json.loads(counts or "{}")))
                continue
            found = self.endpoints.retrieve(batch_id)
            self.store.update_batch(
                batch_id,
                found["status"],
                found.get("output_file_id"),
                found.get("error_file_id"),
                json.dumps(found.get("request_counts") or {}),
            )
            states.append(self._state(found, created_at))
        return states

    def cancel(self, batch_id: str) -> BatchState:
        created_at = self.store.batch_created_at(batch_id)
        if created_at is None:
            raise ConfigurationError(
                f"no batch {batch_id} in this store; `summarizer batch status` lists them"
            )
        done = self.endpoints.cancel(batch_id)
        self.store.set_batch_status(batch_id, done["status"])
        return self._state(done, created_at)

    # ------------------------------------------------------------------ collect

    def collect(
        self, sync_reasks: bool = False
    ) -> tuple[list[tuple[Article, Briefing | Failure]], BatchState | None]:
        """Download what finished batches returned and brief every article whose requests
        are all answered. Re-asks the engine makes go out as one follow-up batch (returned),
        or at once over the ordinary endpoint with ``sync_reasks``."""
        self.refresh()
        self._download_finished()
        waiting = self.store.answered_batch_articles()
        results: list[tuple[Article, Briefing | Failure]] = []
        follow_ups: dict[str, tuple[str, dict[str, Any]]] = {}
        for akey, stored, prompt, model in waiting:
            article = Article.model_validate_json(stored)
            summarizer = self._summarizer(prompt, model)
            outcome, book = self._run(summarizer, article, self.store.batch_answers(akey), sync_reasks)
            if outcome is None:
                for body in book.unanswered:
                    follow_ups[request_key(body)] = (akey, body)
                continue
            state, reason = ("failed", outcome.reason) if isinstance(outcome, Failure) else ("briefed", None)
            self.store.settle_batch_article(akey, state, reason)
            results.append((article, outcome))
        follow_up = self._send(follow_ups) if follow_ups else None
        return results, follow_up

    def pending(self) -> int:
        return self.store.waiting_batch_articles()

    def _download_finished(self) -> None:
        for batch_id, status, output_file_id, error_file_id in self.store.uncollected_batches():
            if status not in TERMINAL:
                continue
            answered: dict[str, Answer] = {}
            for file_id in (output_file_id, error_file_id):
                if file_id:
                    answered |= read_results(self.endpoints.download(file_id))
            self.store.collect_batch(batch_id, status, answered)

    def _run(
        self,
        summarizer: Summarizer,
        article: Article,
        answers: dict[str, Answer],
        send_the_rest: bool = False,
    ) -> tuple[Briefing | Failure | None, AnswerBook]:
        """The article through the engine with ``answers``: its briefing or failure, or
        ``None`` when the engine made a request the book does not hold."""
        book = AnswerBook(answers, send_the_rest)
        try:
            with answers_from(book):
                return summarizer.brief_uncached(article), book
        except RequestDeferred:
            return None, book
        except RequestFailed as exc:
            return Failure(article.id, "transport", f"batch request failed: {exc}"), book
        except Exception as exc:  # one article's failure never sinks the batch
            return as_failure(exc, article), book

    @staticmethod
    def _state(found: dict[str, Any], created_at: str | None = None) -> BatchState:
        counts = {k: int(v) for k, v in (found.get("request_counts") or {}).items()}
        return BatchState(str(found["id"]), str(found["status"]), created_at or _now(), counts)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
