"""Background jobs: document changes run one at a time on a writer thread, off the request path.

A request that changes documents returns at once with a job id; the job's status and progress
are read from :meth:`JobQueue.get` (``GET /api/jobs/{id}``). One writer keeps index writes
serialised; readers keep answering from the current index snapshot meanwhile.

With a :class:`~ui.jobtable.JobTable` every job is also recorded in SQLite: a worker process that
is not the writer hands its jobs over through it (:meth:`JobQueue.follow` keeps the local job
object up to date), and any worker answers a status query for any job.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from assistant.errors import AssistantError, NotFound
from ui.jobtable import CLAIMED, JobRow, JobTable

log = logging.getLogger(__name__)
KEEP = 500  # finished jobs kept for status queries


class Status(StrEnum):
    """Where a job (or an evaluation run) is: its values are what the API and UI show."""

    WAITING = "wachtend"
    RUNNING = "bezig"
    DONE = "klaar"
    FAILED = "fout"


class JobKind(StrEnum):
    """What a document job changes."""

    UPLOAD = "upload"
    REPLACE = "vervanging"
    DELETE = "verwijdering"
    RESCAN = "inlezen"


@dataclass
class Job:
    """One document change and how far it got.

    Attributes:
        id: Opaque id (the status URL's last part).
        kind: ``upload``, ``vervanging`` or ``verwijdering``.
        status: ``wachtend``, ``bezig``, ``klaar`` or ``fout``.
        done: Files handled so far.
        total: Files in the job.
        message: Dutch summary, or the error.
        result: The job's outcome (an ingest report as JSON), when finished.
    """

    id: str
    kind: JobKind
    total: int = 0
    status: Status = Status.WAITING
    done: int = 0
    message: str = ""
    result: dict[str, Any] = field(default_factory=dict)
    created: float = field(default_factory=time.time)
    finished: threading.Event = field(default_factory=threading.Event, repr=False)
    on_change: Callable[[Job], None] | None = field(default=None, repr=False, compare=False)

    def progress(self, done: int, total: int) -> None:
        """Progress callback for the work."""
        self.done, self.total = done, total
        if self.on_change is not None:
            self.on_change(self)

    def update_from(self, row: JobRow) -> None:
        """Take over the state another process recorded (a job followed through the table)."""
        self.status, self.done, self.total = Status(row.status), row.done, row.total
        self.message, self.result = row.message, row.result
        if self.status in (Status.DONE, Status.FAILED):
            self.finished.set()

    def to_json(self) -> dict[str, Any]:
        """What the status URL returns."""
        return {
            "id": self.id, "kind": self.kind, "status": self.status, "done": self.done,
            "total": self.total, "message": self.message, "result": self.result or None,
        }  # fmt: skip


Work = Callable[[Job], tuple[str, dict[str, Any]]]


def new_job_id() -> str:
    """A fresh opaque job id (also the name of the job's staging folder)."""
    return uuid.uuid4().hex[:16]


class JobQueue:
    """A FIFO of jobs run by one daemon thread; ``work`` returns (message, result).

    Args:
        table: Where jobs are recorded for other worker processes (None: this process only).
        follow_interval_s: How often a followed job (run by another process) is re-read.
    """

    def __init__(self, table: JobTable | None = None, follow_interval_s: float = 0.25) -> None:
        self.table = table
        self._follow_interval = follow_interval_s
        self._queue: queue.Queue[tuple[Job, Work] | None] = queue.Queue()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._saved: dict[str, float] = {}
        self._thread = threading.Thread(target=self._run, name="hw-writer", daemon=True)
        self._thread.start()

    def _remember(self, job: Job) -> None:
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                oldest = next(iter(self._jobs.values()))
                if not oldest.finished.is_set():
                    break
                self._jobs.popitem(last=False)

    def submit(
        self, kind: JobKind, total: int, work: Work, *, job_id: str | None = None,
        claimed: bool = False,
    ) -> Job:  # fmt: skip
        """Queue a job to run in this process; returns at once.

        Args:
            kind: What the job changes.
            total: Files in the job.
            work: Runs the job on the writer thread.
            job_id: The id to use (a job staged under its id, or claimed from the table).
            claimed: The job already has a row in the table (handed over by another worker).
        """
        job = Job(id=job_id or new_job_id(), kind=kind, total=total)
        if self.table is not None:
            if not claimed:
                self.table.add(job.id, kind, total, {}, CLAIMED)
            job.on_change = self._save
        self._remember(job)
        self._queue.put((job, work))
        return job

    def follow(self, job_id: str, kind: JobKind, total: int) -> Job:
        """A local view of a job that the writer (another process) runs; kept up to date.

        The job must already be in the table (handed over by :class:`~ui.changes.DocumentChanges`).
        """
        job = Job(id=job_id, kind=kind, total=total)
        self._remember(job)
        threading.Thread(
            target=self._refresh, args=(job,), name=f"hw-follow-{job_id}", daemon=True
        ).start()
        return job

    def _refresh(self, job: Job) -> None:
        assert self.table is not None
        while not job.finished.wait(self._follow_interval):
            try:
                row = self.table.get(job.id)
            except sqlite3.ProgrammingError:  # the table was closed: this process is stopping
                return
            except sqlite3.Error as err:  # busy beyond the timeout: try again next round
                log.debug("Taak %s volgen: %s", job.id, err)
                continue
            if row is not None:
                job.update_from(row)

    def _save(self, job: Job, force: bool = False) -> None:
        """Record a job's state in the table (progress at most four times a second)."""
        if self.table is None:
            return
        now = time.monotonic()
        if not force and now - self._saved.get(job.id, 0.0) < 0.25:
            return
        self._saved[job.id] = now
        try:
            self.table.save(job.id, job.status, job.done, job.total, job.message, job.result)
        except Exception as err:  # the job itself goes on; only other workers see less
            log.warning("Taakstatus %s niet opgeslagen: %s", job.id, err)

    def get(self, job_id: str) -> Job:
        """A job by id (run here, followed here, or recorded by another worker).

        Raises:
            NotFound: Unknown (or long forgotten) id.
        """
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None and self.table is not None:
            row = self.table.get(job_id)
            if row is not None:
                job = Job(id=row.id, kind=JobKind(row.kind), created=row.created)
                job.update_from(row)
        if job is None:
            raise NotFound(f"Taak '{job_id}' bestaat niet (meer)")
        return job

    def pending(self) -> int:
        """Jobs waiting or running."""
        with self._lock:
            return sum(1 for j in self._jobs.values() if not j.finished.is_set())

    def close(self, timeout: float = 300.0) -> None:
        """Finish the queued jobs, then stop the writer thread (before the workspace closes)."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            job, work = item
            job.status = Status.RUNNING
            self._save(job, force=True)
            try:
                job.message, job.result = work(job)
                job.status = Status.DONE
            except AssistantError as err:
                job.status, job.message = Status.FAILED, str(err)
            except Exception as err:
                log.exception("Taak %s (%s) mislukt", job.id, job.kind)
                job.status, job.message = Status.FAILED, f"Onverwachte fout: {type(err).__name__}"
            finally:
                self._save(job, force=True)
                self._saved.pop(job.id, None)
                job.finished.set()
