"""Document history: who changed a document, when, and what changed (a table in the registry).

A row is written in the same transaction that commits the document:

- ``nieuw``: the first version;
- ``nieuwe versie``: the file itself changed (its SHA-256 differs; before this table existed, the
  text of the passages is compared instead). A new version restarts the yearly review when the
  document has no explicit ``review_date`` (see ``assistant.review``);
- ``metadata``: only the metadata changed (title, review date, owner, ...).

Re-processing an unchanged file (a newer pipeline, another embedding model) writes no row.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant.metadata import DocumentMeta

SCHEMA = """
CREATE TABLE IF NOT EXISTS document_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    file_hash TEXT NOT NULL DEFAULT '',
    text_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS document_history_doc ON document_history(doc_id, id);
"""
NEW = "nieuw"
NEW_VERSION = "nieuwe versie"
METADATA = "metadata"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change of a document."""

    revision: int
    at: str  # ISO time, UTC
    by: str  # account name, or "ingest" for the corpus folder
    kind: str
    summary: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a committed version looked like, to compare the next one with."""

    meta: DocumentMeta
    chunk_count: int
    file_hash: str  # "" when unknown (committed before history existed)
    text_hash: str


def text_hash(texts: Sequence[str]) -> str:
    """A digest of a document's passage texts, in order."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def describe_change(old: Snapshot | None, new: Snapshot) -> tuple[str, str] | None:
    """The kind of change and a Dutch summary, or None when nothing a reader sees changed."""
    if old is None:
        return NEW, f"eerste versie ingelezen ({new.chunk_count} passages)"
    # Rows from before file hashes were kept have none: compare the passage texts instead.
    by_file = bool(old.file_hash and new.file_hash)
    file_changed = old.file_hash != new.file_hash if by_file else old.text_hash != new.text_hash
    before, after = old.meta.model_dump(), new.meta.model_dump()
    fields = [k for k in after if before.get(k) != after[k]]
    parts = []
    if file_changed:
        parts.append("bestand gewijzigd")
    if old.chunk_count != new.chunk_count:
        parts.append(f"passages {old.chunk_count} → {new.chunk_count}")
    if fields:
        parts.append("metadata: " + ", ".join(_field_change(k, before.get(k), after[k]) for k in fields))
    if not file_changed and not fields:
        return None
    return (NEW_VERSION if file_changed else METADATA), "; ".join(parts)


def _field_change(name: str, before: object, after: object) -> str:
    def show(value: object) -> str:
        if value is None or value == ():
            return "–"
        if isinstance(value, tuple):
            return ", ".join(map(str, value))
        return str(value.isoformat() if isinstance(value, date) else value)[:60]

    return f"{name} {show(before)} → {show(after)}"


def last_hashes(conn: sqlite3.Connection, doc_id: str) -> tuple[str, str]:
    """The file and text hash of the newest history row ("" when there is none)."""
    row = conn.execute(
        "SELECT file_hash, text_hash FROM document_history WHERE doc_id=? ORDER BY id DESC LIMIT 1",
        (doc_id,),
    ).fetchone()
    return (row[0], row[1]) if row else ("", "")


def add_entry(
    conn: sqlite3.Connection, doc_id: str, revision: int, at: str, by: str,
    change: tuple[str, str], snapshot: Snapshot,
) -> None:  # fmt: skip
    """Append one row (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO document_history(doc_id, revision, at, by, kind, summary, file_hash, "
        "text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, revision, at, by, change[0], change[1], snapshot.file_hash, snapshot.text_hash),
    )


def entries(conn: sqlite3.Connection, doc_id: str) -> list[HistoryEntry]:
    """A document's history, newest first."""
    rows = conn.execute(
        "SELECT revision, at, by, kind, summary FROM document_history WHERE doc_id=? "
        "ORDER BY id DESC",
        (doc_id,),
    ).fetchall()
    return [HistoryEntry(*r) for r in rows]


def version_dates(conn: sqlite3.Connection) -> dict[str, tuple[str, str | None]]:
    """Per document: the time of its first row and of its newest new version (or None)."""
    rows = conn.execute(
        "SELECT doc_id, min(at), max(CASE WHEN kind=? THEN at END) FROM document_history "
        "GROUP BY doc_id",
        (NEW_VERSION,),
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}
