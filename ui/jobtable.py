"""JobTable: document jobs in SQLite, so every worker process can hand a job to the one writer and read its status.

Each row is a job's last known state. ``hand`` says where it is on its way to the writer:
``staging`` (a worker is still writing its files into ``<data>/staging/<job>/``), ``handed``
(ready; the writer claims it), ``claimed`` (in the writer's queue, or run there directly). The
writer updates status and progress as it works; any worker reads them by id.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.sqlite import open_sqlite

STAGING, HANDED, CLAIMED = "staging", "handed", "claimed"
KEEP = 500  # finished jobs kept for status queries
_UNFINISHED = ("wachtend", "bezig")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '{}',
    created REAL NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    hand TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_hand ON jobs(hand, created);
"""


@dataclass(frozen=True, slots=True)
class JobRow:
    """A job as stored: what the status URL shows plus what the writer needs to run it."""

    id: str
    kind: str
    status: str
    done: int
    total: int
    message: str
    result: dict[str, Any]
    created: float
    payload: dict[str, Any]


class JobTable:
    """``<data>/jobs.sqlite3``, shared by all worker processes on one data dir (WAL)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._conn = open_sqlite(
            path, "Het takenbestand", "Zet het bestand opzij; het wordt leeg opnieuw aangemaakt."
        )
        with self._lock:
            self._conn.execute("PRAGMA busy_timeout=10000")
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()

    def add(
        self, job_id: str, kind: str, total: int, payload: dict[str, Any], hand: str
    ) -> None:
        """Record a new, waiting job."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO jobs(id, kind, status, total, created, payload, hand) "
                "VALUES (?, ?, 'wachtend', ?, ?, ?, ?)",
                (job_id, kind, total, time.time(), json.dumps(payload), hand),
            )
            self._conn.execute(
                "DELETE FROM jobs WHERE status NOT IN ('wachtend', 'bezig') AND id NOT IN "
                "(SELECT id FROM jobs ORDER BY created DESC LIMIT ?)",
                (KEEP,),
            )

    def hand_over(self, job_id: str) -> None:
        """Mark a staged job ready for the writer."""
        with self._lock:
            self._conn.execute("UPDATE jobs SET hand=? WHERE id=?", (HANDED, job_id))

    def save(
        self, job_id: str, status: str, done: int, total: int, message: str,
        result: dict[str, Any],
    ) -> None:  # fmt: skip
        """Store a job's status and progress."""
        with self._lock:
            self._conn.execute(
                "UPDATE jobs SET status=?, done=?, total=?, message=?, result=? WHERE id=?",
                (status, done, total, message, json.dumps(result, ensure_ascii=False), job_id),
            )

    def get(self, job_id: str) -> JobRow | None:
        """A job by id, or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, kind, status, done, total, message, result, created, payload "
                "FROM jobs WHERE id=?",
                (job_id,),
            ).fetchone()
        if row is None:
            return None
        job_id, kind, status, done, total, message, result, created, payload = row
        return JobRow(
            job_id, kind, status, done, total, message, json.loads(result), created,
            json.loads(payload),
        )  # fmt: skip

    def claim(self) -> list[JobRow]:
        """Take the handed-over jobs, oldest first (only the writer calls this)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                ids = [
                    r[0]
                    for r in self._conn.execute(
                        "SELECT id FROM jobs WHERE hand=? ORDER BY created", (HANDED,)
                    )
                ]
                self._conn.executemany(
                    "UPDATE jobs SET hand=? WHERE id=?", [(CLAIMED, i) for i in ids]
                )
            except sqlite3.Error:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return [row for i in ids if (row := self.get(i)) is not None]

    def waiting_for_writer(self) -> set[str]:
        """Ids of jobs not yet claimed by a writer (their staging folders are not crash debris)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM jobs WHERE hand IN (?, ?)", (STAGING, HANDED)
            ).fetchall()
        return {r[0] for r in rows}

    def interrupt_claimed(self, message: str) -> int:
        """Fail the claimed jobs a previous writer left unfinished (call when becoming writer)."""
        with self._lock:
            cur = self._conn.execute(
                "UPDATE jobs SET status='fout', message=? WHERE hand=? AND status IN (?, ?)",
                (message, CLAIMED, *_UNFINISHED),
            )
            return int(cur.rowcount)
