"""The run log: every LLM call with its prompt, reply, usage, cost and error."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from summarizer.llm.costs import cost_usd
from summarizer.llm.types import CallContext, CallRecord
from summarizer.store.connection import StoreBase, now
from summarizer.store.migrations import SEARCH_INDEX


class RunLog(StoreBase):
    def log_call(self, ctx: CallContext, record: CallRecord, *, purpose: str, attempt: int) -> int:
        messages = json.dumps(record.messages, ensure_ascii=False)
        try:
            return self._insert_call(ctx, record, messages, purpose, attempt)
        except sqlite3.Error as exc:
            self._write_failed(f"log a call for {ctx.article_id}", exc)
            return 0

    def _insert_call(
        self, ctx: CallContext, record: CallRecord, messages: str, purpose: str, attempt: int
    ) -> int:
        with self.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO calls (created_at, article_id, engine, model, mode, prompt_id,
                   prompt_version, prompt_hash, schema_version, purpose, attempt, parameters,
                   request_messages, raw_response, prompt_tokens, completion_tokens,
                   total_tokens, latency_ms, status, error, cost_usd)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    now(), ctx.article_id, ctx.engine, ctx.model, ctx.mode, ctx.prompt_id,
                    ctx.prompt_version, ctx.prompt_hash, ctx.schema_version, purpose, attempt,
                    json.dumps(record.parameters, sort_keys=True), self.scrub(messages),
                    self.scrub(record.raw_response), record.usage.prompt_tokens,
                    record.usage.completion_tokens, record.usage.total_tokens,
                    round(record.latency_ms, 3), record.status, self.scrub(record.error),
                    cost_usd(ctx.model, ctx.provider, record.usage, ctx.batch),
                ),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def list_calls(
        self,
        limit: int = 20,
        article_id: str | None = None,
        model: str | None = None,
        prompt: str | None = None,
        text: str | None = None,
    ) -> list[dict[str, Any]]:
        """The newest calls, filtered by article, model, prompt (``id`` or ``id/version``)
        and words in their messages, reply or error (all of them, in any order)."""
        where: list[str] = []
        params: list[str | int] = []
        for column, value in (("article_id", article_id), ("model", model)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if prompt:
            prompt_id, _, version = prompt.partition("/")
            where.append("prompt_id = ?" + (" AND prompt_version = ?" if version else ""))
            params += [prompt_id, version] if version else [prompt_id]
        if text and text.strip():
            condition, words = self._text_condition(text)
            where.append(condition)
            params += words
        query = "SELECT * FROM calls" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.connection().execute(query + " ORDER BY id DESC LIMIT ?", (*params, limit)).fetchall()
        return [dict(r) for r in rows]

    def _text_condition(self, text: str) -> tuple[str, list[str]]:
        """A condition on calls holding every word of ``text`` in their messages, reply or
        error: through a full-text index (SQLite FTS5) brought up to date first, or, where
        SQLite was built without FTS5, a scan."""
        words = text.split()
        try:
            with self.transaction() as conn:
                for statement in SEARCH_INDEX:
                    conn.execute(statement)
                done = conn.execute("SELECT COALESCE(MAX(last_id), 0) FROM calls_search_done").fetchone()[0]
                conn.execute(
                    "INSERT INTO calls_search (rowid, request_messages, raw_response, error) "
                    "SELECT id, request_messages, raw_response, error FROM calls WHERE id > ?",
                    (done,),
                )
                conn.execute("DELETE FROM calls_search_done")
                conn.execute("INSERT INTO calls_search_done SELECT COALESCE(MAX(id), 0) FROM calls")
        except sqlite3.OperationalError:  # no FTS5 in this SQLite
            scanned = "(COALESCE(request_messages, '') || COALESCE(raw_response, '') || COALESCE(error, ''))"
            return " AND ".join(f"{scanned} LIKE ?" for _ in words), [f"%{w}%" for w in words]
        # Each word quoted: what a user types is words to find, never query syntax.
        phrase = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        return "id IN (SELECT rowid FROM calls_search WHERE calls_search MATCH ?)", [phrase]

    def call_totals(self) -> list[dict[str, Any]]:
        """Calls, failures, tokens and cost (unknown if any call's is) by day and model."""
        rows = self.connection().execute(
            "SELECT substr(created_at, 1, 10) AS day, model, COUNT(*) AS calls, "
            "SUM(error IS NOT NULL) AS failed, COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens, "
            "COALESCE(SUM(completion_tokens), 0) AS completion_tokens, "
            "CASE WHEN COUNT(cost_usd) = COUNT(*) THEN SUM(cost_usd) END AS cost_usd FROM calls "
            "GROUP BY day, model ORDER BY day DESC, model"
        )
        return [dict(r) for r in rows]

    def last_call_id(self) -> int:
        return int(self.connection().execute("SELECT COALESCE(MAX(id), 0) FROM calls").fetchone()[0])

    def calls_since(self, call_id: int) -> tuple[int, float | None]:
        """Calls logged after ``call_id`` and their cost (``None`` if any is unknown)."""
        row = (
            self.connection()
            .execute(
                "SELECT COUNT(*), CASE WHEN COUNT(cost_usd) = COUNT(*) THEN COALESCE(SUM(cost_usd), 0) END "
                "FROM calls WHERE id > ?",
                (call_id,),
            )
            .fetchone()
        )
        return int(row[0]), row[1]

    def get_call(self, call_id: int) -> dict[str, Any] | None:
        row = self.connection().execute("SELECT * FROM calls WHERE id = ?", (call_id,)).fetchone()
        return None if row is None else dict(row)
