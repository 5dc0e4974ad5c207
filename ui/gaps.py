"""GapLog: weekly counts of topic terms from declined questions (opt-in, HOSPICEWIJZER_GAP_LOG).

Stored in ``<data_dir>/gaps.sqlite3`` as (ISO week, term, count) only: no question text, no time
of day, no user. Weeks older than the retention are deleted on every write, with SQLite's
``secure_delete`` so the pruned rows are overwritten in the file as well.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from assistant.sqlite import open_sqlite
from ui.private import private_file


@dataclass(frozen=True, slots=True)
class GapRow:
    """How often a term occurred in declined questions in one ISO week."""

    week: str  # "2026-W49"
    term: str
    count: int


def iso_week(day: date) -> str:
    """``2026-W49``: sorts as text in time order."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class GapLog:
    """Topic terms of declined questions per ISO week, kept ``retention_weeks`` weeks."""

    def __init__(self, path: Path, retention_weeks: int = 26) -> None:
        self._conn = open_sqlite(
            private_file(path),
            "Het bestand met onderwerpen zonder antwoord",
            "Zet het bestand opzij; er wordt dan een nieuw aangemaakt.",
        )
        self._lock = threading.Lock()
        self.retention_weeks = retention_weeks
        self._conn.execute("PRAGMA secure_delete=ON")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS gap_terms (week TEXT NOT NULL, term TEXT NOT NULL, "
            "count INTEGER NOT NULL, PRIMARY KEY (week, term))"
        )

    def record(self, terms: Iterable[str], today: date) -> None:
        """Count each term once for this week, then delete weeks past the retention."""
        week = iso_week(today)
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT INTO gap_terms(week, term, count) VALUES (?, ?, 1) "
                    "ON CONFLICT(week, term) DO UPDATE SET count = count + 1",
                    [(week, t) for t in set(terms)],
                )
                self._prune(today)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _prune(self, today: date) -> None:
        oldest = iso_week(today - timedelta(weeks=self.retention_weeks - 1))
        self._conn.execute("DELETE FROM gap_terms WHERE week < ?", (oldest,))

    def weeks(self) -> list[GapRow]:
        """All rows, newest week first, then most frequent."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT week, term, count FROM gap_terms ORDER BY week DESC, count DESC, term"
            ).fetchall()
        return [GapRow(*r) for r in rows]

    def close(self) -> None:
        """Close the database."""
        self._conn.close()
