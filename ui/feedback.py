"""FeedbackStore: ratings (goed/fout) on answers, listable and exportable as CSV."""

from __future__ import annotations

import csv
import io
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.sqlite import open_sqlite
from ui.private import private_file


@dataclass(frozen=True, slots=True)
class Feedback:
    """One rating."""

    id: int
    created_at: str
    rating: str
    reason: str
    question: str
    answer: str
    document_ids: str


def spreadsheet_cell(value: str) -> str:
    """A text cell a spreadsheet will not run: "=HYPERLINK(...)" becomes "'=HYPERLINK(...)"."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class FeedbackStore:
    """Feedback in ``<data_dir>/feedback.sqlite3``.

    The question is stored only because the user chose to send feedback on it; the UI says so.
    """

    def __init__(self, path: Path) -> None:
        self._conn = open_sqlite(
            private_file(path),
            "De feedbackdatabase",
            "Zet het bestand opzij; er wordt dan een nieuwe aangemaakt.",
        )
        self._lock = threading.Lock()
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT, "
            "rating TEXT, reason TEXT, question TEXT, answer TEXT, document_ids TEXT)"
        )

    def add(
        self, rating: str, reason: str, question: str, answer: str, document_ids: list[str]
    ) -> int:
        """Store a rating; returns its id."""
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO feedback(created_at, rating, reason, question, answer, document_ids) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    rating,
                    reason,
                    question,
                    answer,
                    ",".join(document_ids),
                ),
            )
        return int(cur.lastrowid or 0)

    def add_reason(self, feedback_id: int, reason: str) -> bool:
        """Attach an explanation to an earlier rating; False when it does not exist."""
        with self._lock:
            cur = self._conn.execute(
                "UPDATE feedback SET reason=? WHERE id=?", (reason, int(feedback_id))
            )
        return cur.rowcount == 1

    def all(self) -> list[Feedback]:
        """All ratings, newest first."""
        with self._lock:
            rows = self._conn.execute("SELECT * FROM feedback ORDER BY id DESC").fetchall()
        return [Feedback(*r) for r in rows]

    def to_csv(self) -> str:
        """All ratings as CSV (semicolon-separated, as Dutch spreadsheets expect)."""
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";")
        writer.writerow(["id", "datum", "oordeel", "reden", "vraag", "antwoord", "documenten"])
        for f in self.all():
            writer.writerow(
                [f.id, f.created_at, f.rating]
                + [spreadsheet_cell(v) for v in (f.reason, f.question, f.answer, f.document_ids)]
            )
        return buf.getvalue()

    def close(self) -> None:
        """Close the database."""
        self._conn.close()
