"""JobPickup: the writer's side of the hand-over between worker processes (``serve --workers N``).

A background thread that, on every round, lets a worker that is not the writer try to become it
(the data dir's lock: free once the writer process has stopped, so the role moves on) and lets
the writer claim the jobs other workers handed over through the job table.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ui.jobs import JobKind
from ui.periodic import Periodic

if TYPE_CHECKING:
    from ui.changes import DocumentChanges

log = logging.getLogger(__name__)


class JobPickup(Periodic):
    """Claims handed-over jobs for ``changes`` every ``interval_s`` seconds.

    Args:
        changes: The document changes of this process (its job queue and workspace).
        interval_s: Seconds between rounds (how long a handed-over job waits at most).
    """

    def __init__(self, changes: DocumentChanges, interval_s: float) -> None:
        super().__init__(interval_s, name="hw-pickup", join_s=10)
        self.changes = changes

    def round(self) -> None:
        """Become the writer if the role is free; as the writer, claim handed-over jobs."""
        ws = self.changes.ws
        try:
            if not ws.writable and ws.try_become_writer():
                log.warning("Dit werkproces is nu de schrijver (documenttaken).")
                for line in self.changes.recover():
                    log.warning("Herstel: %s", line)
            if ws.writable:
                for row in ws.jobs_table.claim():
                    self.changes.jobs.submit(
                        JobKind(row.kind), row.total, self.changes.work_for(row),
                        job_id=row.id, claimed=True,
                    )  # fmt: skip
        except Exception:
            log.exception("Documenttaken ophalen mislukt; volgende ronde opnieuw")
