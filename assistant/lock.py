"""DataDirLock: one writer per embedded data dir (Chroma's embedded mode is not multi-process safe)."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from assistant.errors import DataDirLocked


class DataDirLock:
    """An advisory ``flock`` on ``<data_dir>/.lock``: exclusive for writers, shared for readers.

    The lock is released by the OS when the process dies, so a crash never leaves it stuck.
    """

    def __init__(self, data_dir: Path, *, exclusive: bool = True) -> None:
        self.path = data_dir / ".lock"
        self.exclusive = exclusive
        self._fh: IO[str] | None = None

    def acquire(self) -> DataDirLock:
        """Take the lock without waiting.

        Raises:
            DataDirLocked: Another process holds a conflicting lock.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process lifetime
        mode = fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fh.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "onbekend"
            fh.close()
            raise DataDirLocked(
                f"De datamap {self.path.parent} is in gebruik door een ander proces ({holder}). "
                "Wacht tot dat klaar is, of stuur het verzoek naar de draaiende server "
                "(bij een Chroma-server via HOSPICEWIJZER_CHROMA_URL mogen meerdere processen)."
            ) from None
        if self.exclusive:
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()}")
            fh.flush()
        self._fh = fh
        return self

    def release(self) -> None:
        """Release the lock."""
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> DataDirLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
