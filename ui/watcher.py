"""GenerationWatcher: every worker process notices, within seconds, what another process committed."""

from __future__ import annotations

import logging
import threading

from assistant.assistant import IndexHandle
from assistant.errors import AssistantError

log = logging.getLogger(__name__)


class GenerationWatcher:
    """A daemon thread that compares the registry generation with the snapshot's and reloads.

    The check is one SQLite read (``state`` table, WAL: never blocked by the writer); the reload
    runs on this thread, so requests keep answering from the previous snapshot meanwhile.

    Args:
        index: The process's index handle.
        interval_s: Seconds between checks.
    """

    def __init__(self, index: IndexHandle, interval_s: float) -> None:
        self.index = index
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hw-generation", daemon=True)

    def start(self) -> GenerationWatcher:
        """Start watching."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop watching (waits for a reload in progress)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(30)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                if self.index.refresh():
                    log.info("Nieuwe indexgeneratie geladen")
            except AssistantError as err:
                # E.g. vectors deleted between the registry read and the vector fetch: a newer
                # generation is committed by then; the next round loads that one.
                log.warning("Index herladen mislukt, volgende ronde opnieuw: %s", err)
            except Exception:
                log.exception("Index herladen mislukt")
