"""GenerationWatcher: every worker process notices, within seconds, what another process committed."""

from __future__ import annotations

import logging

from assistant.assistant import IndexHandle
from assistant.errors import AssistantError
from ui.periodic import Periodic

log = logging.getLogger(__name__)


class GenerationWatcher(Periodic):
    """A daemon thread that compares the registry generation with the snapshot's and reloads.

    The check is one SQLite read (``state`` table, WAL: never blocked by the writer); the reload
    runs on this thread, so requests keep answering from the previous snapshot meanwhile.

    Args:
        index: The process's index handle.
        interval_s: Seconds between checks.
    """

    def __init__(self, index: IndexHandle, interval_s: float) -> None:
        super().__init__(interval_s, name="hw-generation", join_s=30)
        self.index = index

    def round(self) -> None:
        """Reload when another process committed a newer generation."""
        try:
            if self.index.refresh():
                log.info("Nieuwe indexgeneratie geladen")
        except AssistantError as err:
            # E.g. vectors deleted between the registry read and the vector fetch: a newer
            # generation is committed by then; the next round loads that one.
            log.warning("Index herladen mislukt, volgende ronde opnieuw: %s", err)
        except Exception:
            log.exception("Index herladen mislukt")
