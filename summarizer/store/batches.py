"""Batch API runs (``summarizer.batch``): the batches, each article waiting for results, and
each request sent with the answer or error that came back. ``batch`` decides; these
methods only read and write the rows."""

from __future__ import annotations

from summarizer.store.connection import StoreBase, now

# A request's answer: HTTP status, body and error, as the batch returned them.
Answer = tuple[int | None, bytes | None, str | None]


class BatchTables(StoreBase):
    def add_batch(
        self, batch_id: str, input_file_id: str, status: str, counts: str, requests: list[tuple[str, str]]
    ) -> None:
        """A batch just created, with its requests as (request key, article key)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO batches (id, created_at, input_file_id, status, request_counts) "
                "VALUES (?, ?, ?, ?, ?)",
                (batch_id, now(), input_file_id, status, counts),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO batch_requests (request_key, batch_id, article_key) VALUES (?, ?, ?)",
                [(rkey, batch_id, akey) for rkey, akey in requests],
            )

    def add_batch_article(self, key: str, article: str, prompt: str, model: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO batch_articles VALUES (?, ?, ?, ?, 'waiting', NULL, ?)",
                (key, article, prompt, model, now()),
            )

    def batch_rows(self) -> list[tuple[str, str, str, str | None]]:
        """Every batch, oldest first: id, status, created_at, request counts (JSON)."""
        rows = self.connection().execute(
            "SELECT id, status, created_at, request_counts FROM batches ORDER BY created_at"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows.fetchall()]

    def update_batch(
        self, batch_id: str, status: str, output_file_id: str | None, error_file_id: str | None, counts: str
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE batches SET status = ?, output_file_id = ?, error_file_id = ?, "
                "request_counts = ? WHERE id = ?",
                (status, output_file_id, error_file_id, counts, batch_id),
            )

    def batch_created_at(self, batch_id: str) -> str | None:
        row = self.connection().execute("SELECT created_at FROM batches WHERE id = ?", (batch_id,)).fetchone()
        return None if row is None else str(row[0])

    def set_batch_status(self, batch_id: str, status: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE batches SET status = ? WHERE id = ?", (status, batch_id))

    def answered_batch_articles(self) -> list[tuple[str, str, str, str]]:
        """Waiting articles none of whose requests is in a batch not yet collected: article
        key, article JSON, prompt, model."""
        rows = self.connection().execute(
            "SELECT article_key, article, prompt, model FROM batch_articles "
            "WHERE state = 'waiting' AND NOT EXISTS ("
            " SELECT 1 FROM batch_requests r JOIN batches b ON b.id = r.batch_id"
            " WHERE r.article_key = batch_articles.article_key AND b.collected = 0)"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows.fetchall()]

    def settle_batch_article(self, key: str, state: str, reason: str | None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE batch_articles SET state = ?, reason = ? WHERE article_key = ?", (state, reason, key)
            )

    def waiting_batch_articles(self) -> int:
        row = self.connection().execute("SELECT COUNT(*) FROM batch_articles WHERE state = 'waiting'")
        return int(row.fetchone()[0])

    def uncollected_batches(self) -> list[tuple[str, str, str | None, str | None]]:
        """Batches not yet collected: id, status, output file id, error file id."""
        rows = self.connection().execute(
            "SELECT id, status, output_file_id, error_file_id FROM batches WHERE collected = 0"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows.fetchall()]

    def collect_batch(self, batch_id: str, status: str, answered: dict[str, Answer]) -> None:
        """A finished batch's answers kept, what it never answered marked so, and the batch
        marked collected, in one transaction."""
        with self.transaction() as conn:
            for rkey, (code, body, error) in answered.items():
                conn.execute(
                    "UPDATE batch_requests SET status_code = ?, response = ?, error = ? "
                    "WHERE request_key = ? AND batch_id = ?",
                    (code, self.scrub(body.decode("utf-8")) if body else None, error, rkey, batch_id),
                )
            # What the batch never answered (it failed, expired or was cancelled first).
            conn.execute(
                "UPDATE batch_requests SET error = ? "
                "WHERE batch_id = ? AND response IS NULL AND error IS NULL",
                (f"the batch ended {status} before answering this request", batch_id),
            )
            conn.execute("UPDATE batches SET collected = 1 WHERE id = ?", (batch_id,))

    def batch_answers(self, article_key: str) -> dict[str, Answer]:
        """The answers and errors the batches returned for one article's requests."""
        rows = self.connection().execute(
            "SELECT request_key, status_code, response, error FROM batch_requests WHERE article_key = ?",
            (article_key,),
        )
        return {
            rkey: (code, body.encode("utf-8") if isinstance(body, str) else body, error)
            for rkey, code, body, error in rows
            if body is not None or error is not None
        }
