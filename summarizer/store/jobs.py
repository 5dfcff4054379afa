"""The service's jobs: a row in ``jobs`` and one row per article in ``job_items`` (state
``queued``, ``running``, ``briefed``, ``failed`` or ``cancelled``). ``service.jobs`` decides;
these methods only read and write the rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from summarizer.store.connection import StoreBase, now

# created_at, total, cancelled, {state: count}
JobCounts = tuple[str, int, bool, dict[str, int]]


class JobTables(StoreBase):
    def create_job(
        self, job_id: str, owner: str | None, options: str, articles: list[str], max_queued: int
    ) -> int | None:
        """A job of ``articles`` (each as JSON), all queued, unless the queue would then hold
        more than ``max_queued`` items: then nothing is written and the number already queued
        is returned. The count and the insert are one transaction, so concurrent posts
        cannot both pass the check."""
        with self.transaction() as conn:
            queued = int(conn.execute("SELECT COUNT(*) FROM job_items WHERE state = 'queued'").fetchone()[0])
            if queued + len(articles) > max_queued:
                return queued
            conn.execute(
                "INSERT INTO jobs (id, created_at, owner, options, total, open) VALUES (?, ?, ?, ?, ?, 1)",
                (job_id, now(), owner, options, len(articles)),
            )
            conn.executemany(
                "INSERT INTO job_items (job_id, seq, article, state) VALUES (?, ?, ?, 'queued')",
                [(job_id, n, article) for n, article in enumerate(articles)],
            )
        return None

    def queued_job_items(self) -> int:
        row = self.connection().execute("SELECT COUNT(*) FROM job_items WHERE state = 'queued'").fetchone()
        return int(row[0])

    def requeue_job_items(self, abandoned: Callable[[str | None], bool]) -> int:
        """Running items whose claimer is ``abandoned`` go back in the queue, in one
        transaction; returns how many. Those of a job cancelled meanwhile are cancelled
        instead: a recorded cancel wins over a restart."""
        with self.transaction() as conn:
            claimers = [
                row[0]
                for row in conn.execute("SELECT DISTINCT claimed_by FROM job_items WHERE state = 'running'")
            ]
            requeued = 0
            for claimer in (c for c in claimers if abandoned(c)):
                requeued += conn.execute(
                    """UPDATE job_items SET state = 'queued', claimed_by = NULL
                       WHERE state = 'running' AND claimed_by IS ?
                       AND job_id NOT IN (SELECT id FROM jobs WHERE cancelled = 1)""",
                    (claimer,),
                ).rowcount
                conn.execute(  # put back only to be cancelled below, in input order
                    """UPDATE job_items SET state = 'queued', claimed_by = NULL
                       WHERE state = 'running' AND claimed_by IS ?
                       AND job_id IN (SELECT id FROM jobs WHERE cancelled = 1)""",
                    (claimer,),
                )
            # Also any item a store written before this rule left queued in a cancelled job.
            cancelled = conn.execute(
                """SELECT DISTINCT i.job_id FROM job_items i JOIN jobs j ON j.id = i.job_id
                   WHERE i.state = 'queued' AND j.cancelled = 1"""
            ).fetchall()
            for (job_id,) in cancelled:
                _cancel_queued(conn, job_id)
            conn.execute(
                """UPDATE jobs SET open = 1 WHERE cancelled = 0
                   AND id IN (SELECT job_id FROM job_items WHERE state = 'queued')"""
            )
            return requeued

    def claim_job_item(self, claimer: str) -> tuple[str, str | None, int, str, str] | None:
        """The next queued item, marked running by ``claimer``: job id, owner, seq, article
        JSON and the job's options JSON.

        Owners take turns: the next item is the oldest queued one of the owner served
        longest ago (or never), so one owner's 20,000 queued articles hold another's single
        article back by one item per worker, not by the whole queue."""
        conn = self.connection()
        # A read first: idle workers must not take the write lock that briefings need.
        if conn.execute("SELECT 1 FROM jobs WHERE open = 1 AND cancelled = 0 LIMIT 1").fetchone() is None:
            return None
        with self.transaction() as conn:
            while True:
                job = conn.execute(
                    """SELECT j.id, j.owner, j.options FROM jobs j
                       LEFT JOIN job_turns t ON t.owner = COALESCE(j.owner, '')
                       WHERE j.open = 1 AND j.cancelled = 0
                       ORDER BY COALESCE(t.turn, 0), j.created_at, j.rowid LIMIT 1"""
                ).fetchone()
                if job is None:
                    return None
                job_id, owner, options = str(job[0]), job[1], str(job[2])
                item = conn.execute(
                    """SELECT seq, article FROM job_items
                       WHERE state = 'queued' AND job_id = ? ORDER BY seq LIMIT 1""",
                    (job_id,),
                ).fetchone()
                if item is not None:
                    break
                conn.execute("UPDATE jobs SET open = 0 WHERE id = ?", (job_id,))  # all handed out
            conn.execute(
                "UPDATE job_items SET state = 'running', claimed_by = ? WHERE job_id = ? AND seq = ?",
                (claimer, job_id, item[0]),
            )
            conn.execute(
                """INSERT INTO job_turns (owner, turn)
                   VALUES (?, (SELECT COALESCE(MAX(turn), 0) + 1 FROM job_turns))
                   ON CONFLICT (owner) DO UPDATE SET turn = excluded.turn""",
                (owner or "",),
            )
        return job_id, owner, int(item[0]), str(item[1]), options

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
            conn.execute("UPDATE jobs SET cancelled = 1, open = 0 WHERE id = ?", (job_id,))
            _cancel_queued(conn, job_id)
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


def _cancel_queued(conn: sqlite3.Connection, job_id: str) -> int:
    """The job's queued items cancelled, each with the next completion number in input
    order (so its results stream lists them); returns how many."""
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
    return len(queued)
