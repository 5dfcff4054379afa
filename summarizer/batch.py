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
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.errors import ConfigurationError
from summarizer.llm.transport import DeferredAnswer, answers_from
from summarizer.models.briefing_v3 import Briefing
from summarizer.pipeline import Failure, Summarizer, as_failure
from summarizer.prompt_ids import DEFAULT_PROMPT

TERMINAL = ("completed", "failed", "expired", "cancelled")
ENDPOINT = "/v1/chat/completions"


def request_key(body: bytes | dict[str, Any]) -> str:
    """A request's identity: the hash of its JSON body with keys in order."""
    data = json.loads(body) if isinstance(body, bytes) else body
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class RequestDeferred(DeferredAnswer):
    """The engine made a request that the batch has not answered (yet)."""


class RequestFailed(DeferredAnswer):
    """The batch answered the request with an error: the article fails with it."""


@dataclass
class _Book:
    """What the batch answered, for one article's run through the engine."""

    answers: dict[str, tuple[int | None, bytes | None, str | None]]  # status, body, error
    send_the_rest: bool = False
    unanswered: list[dict[str, Any]] = field(default_factory=list)

    def answer(self, body: bytes) -> tuple[int, bytes] | None:
        key = request_key(body)
        found = self.answers.get(key)
        if found is not None:
            status, content, error = found
            if error is not None or status is None or content is None or status >= 400:
                raise RequestFailed(error or f"the batch answered HTTP {status}")
            return status, content
        if self.send_the_rest:
            return None
        self.unanswered.append(json.loads(body))
        raise RequestDeferred(key)


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

    def __init__(self, settings: Settings, prompt: str = DEFAULT_PROMPT) -> None:
        if settings.resolved_engine != "llm":
            raise ConfigurationError(
                "the Batch API needs an LLM: set OPENAI_API_KEY, or --base-url for a server "
                "with OpenAI's /v1/files and /v1/batches"
            )
        from summarizer.llm.openai_client import BatchEndpoints

        self.settings = settings.model_copy(update={"batch_pricing": True})
        self.prompt = prompt
        self.summarizer = Summarizer(self.settings, prompt)
        self.store = self.summarizer.store
        self.endpoints = BatchEndpoints(settings)
        # An article is collected with the prompt and model it was submitted with, whatever
        # this runner was started with: its requests must be the ones the batch answered.
        self._by_choice: dict[tuple[str, str], Summarizer] = {(prompt, settings.model): self.summarizer}

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
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO batches (id, created_at, input_file_id, status, request_counts) "
                "VALUES (?, ?, ?, ?, ?)",
                (made["id"], _now(), file_id, made["status"], json.dumps(made.get("request_counts") or {})),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO batch_requests (request_key, batch_id, article_key) VALUES (?, ?, ?)",
                [(rkey, made["id"], akey) for rkey, (akey, _) in requests.items()],
            )
        return self._state(made)

    def _remember_article(self, key: str, article: Article) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO batch_articles VALUES (?, ?, ?, ?, 'waiting', NULL, ?)",
                (key, article.model_dump_json(), self.prompt, self.settings.model, _now()),
            )

    # ------------------------------------------------------------------ status

    def refresh(self) -> list[BatchState]:
        """Every batch of this store, the unfinished ones read again from the endpoint."""
        states = []
        rows = (
            self.store.connection()
            .execute("SELECT id, status, created_at, request_counts FROM batches ORDER BY created_at")
            .fetchall()
        )
        for batch_id, status, created_at, counts in rows:
            if status in TERMINAL:
                states.append(BatchState(batch_id, status, created_at, json.loads(counts or "{}")))
                continue
            found = self.endpoints.retrieve(batch_id)
            with self.store.transaction() as conn:
                conn.execute(
                    "UPDATE batches SET status = ?, output_file_id = ?, error_file_id = ?, "
                    "request_counts = ? WHERE id = ?",
                    (
                        found["status"],
                        found.get("output_file_id"),
                        found.get("error_file_id"),
                        json.dumps(found.get("request_counts") or {}),
                        batch_id,
                    ),
                )
            states.append(self._state(found, created_at))
        return states

    def cancel(self, batch_id: str) -> BatchState:
        known = self.store.connection().execute("SELECT created_at FROM batches WHERE id = ?", (batch_id,))
        row = known.fetchone()
        if row is None:
            raise ConfigurationError(
                f"no batch {batch_id} in this store; `summarizer batch status` lists them"
            )
        done = self.endpoints.cancel(batch_id)
        with self.store.transaction() as conn:
            conn.execute("UPDATE batches SET status = ? WHERE id = ?", (done["status"], batch_id))
        return self._state(done, row[0])

    # ------------------------------------------------------------------ collect

    def collect(
        self, sync_reasks: bool = False
    ) -> tuple[list[tuple[Article, Briefing | Failure]], BatchState | None]:
        """Download what finished batches returned and brief every article whose requests
        are all answered. Re-asks the engine makes go out as one follow-up batch (returned),
        or at once over the ordinary endpoint with ``sync_reasks``."""
        self.refresh()
        self._download_finished()
        conn = self.store.connection()
        waiting = conn.execute(
            "SELECT article_key, article, prompt, model FROM batch_articles "
            "WHERE state = 'waiting' AND NOT EXISTS ("
            " SELECT 1 FROM batch_requests r JOIN batches b ON b.id = r.batch_id"
            " WHERE r.article_key = batch_articles.article_key AND b.collected = 0)"
        ).fetchall()
        results: list[tuple[Article, Briefing | Failure]] = []
        follow_ups: dict[str, tuple[str, dict[str, Any]]] = {}
        for akey, stored, prompt, model in waiting:
            article = Article.model_validate_json(stored)
            summarizer = self._summarizer(prompt, model)
            outcome, book = self._run(summarizer, article, self._answers(akey), send_the_rest=sync_reasks)
            if outcome is None:
                for body in book.unanswered:
                    follow_ups[request_key(body)] = (akey, body)
                continue
            state, reason = ("failed", outcome.reason) if isinstance(outcome, Failure) else ("briefed", None)
            with self.store.transaction() as write:
                write.execute(
                    "UPDATE batch_articles SET state = ?, reason = ? WHERE article_key = ?",
                    (state, reason, akey),
                )
            results.append((article, outcome))
        follow_up = self._send(follow_ups) if follow_ups else None
        return results, follow_up

    def pending(self) -> int:
        row = self.store.connection().execute("SELECT COUNT(*) FROM batch_articles WHERE state = 'waiting'")
        return int(row.fetchone()[0])

    def _download_finished(self) -> None:
        rows = (
            self.store.connection()
            .execute("SELECT id, status, output_file_id, error_file_id FROM batches WHERE collected = 0")
            .fetchall()
        )
        for batch_id, status, output_file_id, error_file_id in rows:
            if status not in TERMINAL:
                continue
            answered: dict[str, tuple[int | None, bytes | None, str | None]] = {}
            for file_id in (output_file_id, error_file_id):
                if file_id:
                    answered |= _read_results(self.endpoints.download(file_id))
            with self.store.transaction() as conn:
                for rkey, (code, body, error) in answered.items():
                    conn.execute(
                        "UPDATE batch_requests SET status_code = ?, response = ?, error = ? "
                        "WHERE request_key = ? AND batch_id = ?",
                        (
                            code,
                            self.store.scrub(body.decode("utf-8")) if body else None,
                            error,
                            rkey,
                            batch_id,
                        ),
                    )
                # What the batch never answered (it failed, expired or was cancelled first).
                conn.execute(
                    "UPDATE batch_requests SET error = ? "
                    "WHERE batch_id = ? AND response IS NULL AND error IS NULL",
                    (f"the batch ended {status} before answering this request", batch_id),
                )
                conn.execute("UPDATE batches SET collected = 1 WHERE id = ?", (batch_id,))

    def _answers(self, article_key: str) -> dict[str, tuple[int | None, bytes | None, str | None]]:
        rows = self.store.connection().execute(
            "SELECT request_key, status_code, response, error FROM batch_requests WHERE article_key = ?",
            (article_key,),
        )
        return {
            rkey: (code, body.encode("utf-8") if isinstance(body, str) else body, error)
            for rkey, code, body, error in rows
            if body is not None or error is not None
        }

    def _run(
        self,
        summarizer: Summarizer,
        article: Article,
        answers: dict[str, tuple[int | None, bytes | None, str | None]],
        send_the_rest: bool = False,
    ) -> tuple[Briefing | Failure | None, _Book]:
        """The article through the engine with ``answers``: its briefing or failure, or
        ``None`` when the engine made a request the book does not hold."""
        book = _Book(answers, send_the_rest)
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


def _read_results(content: bytes) -> dict[str, tuple[int | None, bytes | None, str | None]]:
    """Lines of a batch output or error file, by ``custom_id``: the HTTP status and body of
    the response, or the error. A line that cannot be read is skipped (its request then
    counts as unanswered, and its article fails with that reason)."""
    found: dict[str, tuple[int | None, bytes | None, str | None]] = {}
    for line in content.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
            rkey = str(record["custom_id"])
        except (ValueError, KeyError, TypeError):
            continue
        response = record.get("response") or {}
        error = record.get("error")
        body = response.get("body")
        code = response.get("status_code")
        message = None
        if error:
            message = f"{error.get('code', 'error')}: {error.get('message', '')}".strip(": ")
        elif isinstance(code, int) and code >= 400:
            detail = (body or {}).get("error", {}) if isinstance(body, dict) else {}
            message = f"HTTP {code}: {detail.get('message', '')}".rstrip(": ")
        found[rkey] = (code, json.dumps(body).encode("utf-8") if body is not None else None, message)
    return found


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
