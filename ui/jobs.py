"""Background jobs: document changes run one at a time on a writer thread, off the request path.

A request that changes documents returns at once with a job id; the job's status and progress
are read from :meth:`JobQueue.get` (``GET /api/jobs/{id}``). One writer keeps index writes
serialised; readers keep answering from the current index snapshot meanwhile.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from assistant.errors import AssistantError, NotFound

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

    def progress(self, done: int, total: int) -> None:
        """Progress callback for the work."""
        self.done, self.total = done, total

    def to_json(self) -> dict[str, Any]:
        """What the status URL returns."""
        return {
            "id": self.id, "kind": self.kind, "status": self.status, "done": self.done,
            "total": self.total, "message": self.message, "result": self.result or None,
        }  # fmt: skip


Work = Callable[[Job], tuple[str, dict[str, Any]]]


class JobQueue:
    """A FIFO of jobs run by one daemon thread; ``work`` returns (message, result)."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Job, Work] | None] = queue.Queue()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="hw-writer", daemon=True)
        self._thread.start()

    def submit(self, kind: JobKind, total: int, work: Work) -> Job:
        """Queue a job; returns at once."""
        job = Job(id=uuid.uuid4().hex[:16], kind=kind, total=total)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                oldest = next(iter(self._jobs.values()))
                if not oldest.finished.is_set():
                    break
                self._jobs.popitem(last=False)
        self._queue.put((job, work))
        return job

    def get(self, job_id: str) -> Job:
        """A job by id.

        Raises:
            NotFound: Unknown (or long forgotten) id.
        """
        with self._lock:
            job = self._jobs.get(job_id)
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
            try:
                job.message, job.result = work(job)
                job.status = Status.DONE
            except AssistantError as err:
                job.status, job.message = Status.FAILED, str(err)
            except Exception as err:
                log.exception("Taak %s (%s) mislukt", job.id, job.kind)
                job.status, job.message = Status.FAILED, f"Onverwachte fout: {type(err).__name__}"
            finally:
                job.finished.set()
