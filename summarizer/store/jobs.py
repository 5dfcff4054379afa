"""The service's jobs: a row in ``jobs`` and one row per article in ``job_items`` (state
``queued``, ``running``, ``briefed``, ``failed`` or ``cancelled``). ``service.jobs`` decides;
these methods only read and write the rows."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.store.connection import StoreBase, now

# created_at, total, cancelled, {state: count}
JobCounts = tuple[str, int, bool, dict[str, int]]


class JobTables(StoreBase):
    def create_job(self, job_id: str, owner: str | None, options: str, articles: list[str]) -> None:
        """A job of ``articles`` (each as JSON), all queued."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO jobs (id, created_at, owner, options, total) VALUES (?, ?, ?, ?, ?)",
                (job_id, now(), owner, options, len(articles)),
            )
            conn.executemany(
                "INSERT INTO job_items (job_id, seq, article, state) VALUES (?, ?, ?, 'queued')",
                [(job_id, n, article) for n, article in enumerate(articles)],
            )

    def queued_job_items(self) -> int:
        row = self.connection().execute("SELECT COUNT(*) FROM job_items WHERE state = 'queued'").fetchone()
        return int(row[0])

    def requeue_job_items(self, abandoned: Callable[[str | None], bool]) -> int:
        """Running items whose claimer is ``abandoned`` go back in the queue, in one
        transaction; returns how many."""
        with self.transaction() as conn:
            claimers = [
                row[0]
                for row in conn.execute("SELECT DISTINCT claimed_by FROM job_items WHERE state = 'running'")
            ]
            requeued = 0
            for claimer in (c for c in claimers if abandoned(c)):
                requeued += conn.execute(
                    "UPDATE job_items SET state = 'queued', claimed_by = NULL "
                    "WHERE state = 'running' AND claimed_by IS ?",
                    (claimer,),
                ).rowcount
            return requeued

    def claim_job_item(self, claimer: str) -> tuple[str, int, str, str] | None:
        """The oldest queued item of a job that is not cancelled, marked running by
        ``claimer``: job id, seq, article JSON and the job's options JSON."""
        # A read first: idle workers must not take the write lock that briefings need.
        if (
            self.connection().execute("SELECT 1 FROM job_items WHERE state = 'queued' LIMIT 1").fetchone()
            is None
        ):
            return None
        with self.transaction() as conn:
            row = conn.execute(
                """SELECT i.job_id, i.seq, i.article, j.options FROM job_items i
                   JOIN jobs j ON j.id = i.job_id
                   WHERE i.state = 'queued' AND j.cancelled = 0
                   ORDER BY j.created_at, i.job_id, i.seq LIMIT 1"""
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE job_items SET state = 'running', claimed_by = ? WHERE job_id = ? AND seq = ?",
                (claimer, row[0], row[1]),
            )
        return str(row[0]), int(row[1]), str(row[2]), str(row[3])

    def finish_job_item(self, job_id: str, seq: int, state: str, record: str) -> None:
        """A running item done, with the next completion number of its job."""
        with self.transaction() as conn:
            order = conn.execute(
                "SELECT COALESCE(MAX(done_order), 0) + 1 FROM job_items WHERE job_id = ?", (job_id,)
            ).fetchone()[0]
            conn.execute(
                """UPDATE job_items SET state = ?, result = ?, done_order = ?
                   WHERE job_id = ? AND seq = ? AND state = 'running'""",
                (state, self.scrub(record), order, job_id, seq),
            )

    def cancel_job(self, job_id: str) -> bool:
        """The job marked cancelled and its queued items cancelled in order; ``False`` when
        there is no such job."""
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM jobs WHERE id = ?", (job_id,)).fetchone() is None:
                return False
            # A job with nothing left to run is finished, not cancelled: cancelling it changes nothing.
            unfinished = conn.execute(
                "SELECT COUNT(*) FROM job_items WHERE job_id = ? AND state IN ('queued', 'running')",
                (job_id,),
            ).fetchone()[0]
            if not unfinished:
                return True
            conn.execute("UPDATE jobs SET cancelled = 1 WHERE id = ?", (job_id,))
            order = conn.execute(
                "SELECT COALESCE(MAX(done_order), 0) FROM job_items WHERE job_id = ?", (job_id,)
            ).fetchone()[0]
            queued = conn.execute(
                "SELECT seq FROM job_items WHERE job_id = ? AND state = 'queued' ORDER BY seq", (job_id,)
            ).fetchall()
            for offset, (seq,) in enumerate(queued, start=1):
                conn.execute(
                    "UPDATE job_items SET state = 'cancelled', done_order = ? WHERE job_id = ? AND seq = ?",
                    (order + offset, job_id, seq),
                )
        return True

    def job_counts(self, job_id: str) -> JobCounts | None:
        conn = self.connection()
        job = conn.execute("SELECT created_at, total, cancelled FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if job is None:
            return None
        counts = {
            str(state): int(count)
            for state, count in conn.execute(
                "SELECT state, COUNT(*) FROM job_items WHERE job_id = ? GROUP BY state", (job_id,)
            )
        }
        return str(job[0]), int(job[1]), bool(job[2]), counts

    def recent_job_ids(self, owner: str, limit: int) -> list[str]:
        query = "SELECT id FROM jobs WHERE owner = ? ORDER BY created_at DESC LIMIT ?"
        return [str(job_id) for (job_id,) in self.connection().execute(query, (owner, limit)).fetchall()]

    def job_owner(self, job_id: str) -> str | None:
        row = self.connection().execute("SELECT owner FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return None if row is None else row[0]

    def job_results_after(self, job_id: str, after: int) -> list[tuple[int, str | None, int]]:
        """Finished items in completion order after ``after``: order, record, seq."""
        rows = self.connection().execute(
            """SELECT done_order, result, seq FROM job_items
               WHERE job_id = ? AND done_order > ? ORDER BY done_order""",
            (job_id, after),
        )
        return [(int(order), result, int(seq)) for order, result, seq in rows]
