"""Periodic: a daemon thread that runs one round of work every few seconds until stopped."""

from __future__ import annotations

import threading
from typing import Self


class Periodic:
    """Runs ``round()`` every ``interval_s`` seconds on its own daemon thread.

    Args:
        interval_s: Seconds between rounds.
        name: The thread's name.
        join_s: How long ``stop()`` waits for a round in progress.
    """

    def __init__(self, interval_s: float, *, name: str, join_s: float) -> None:
        self.interval_s = interval_s
        self._join_s = join_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Self:
        """Start the rounds."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop after the current round (waits up to ``join_s`` for it)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(self._join_s)

    def round(self) -> None:
        """One round of work (subclasses); it handles its own errors."""
        raise NotImplementedError

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.round()
