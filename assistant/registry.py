"""Registry: the SQLite record of committed documents and chunks; the commit point of every ingest."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant import history
from assistant.errors import NotFound, StoreError
from assistant.history import HistoryEntry, Snapshot
from assistant.metadata import DocumentMeta
from assistant.sqlite import integrity_problems, open_sqlite
from assistant.types import Chunk

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    meta TEXT NOT NULL,
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    section TEXT NOT NULL,
    page INTEGER,
    tokens INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
    + history.SCHEMA
)  # new tables only (IF NOT EXISTS): an existing data dir keeps its data


# State key set while an ingest or removal writes vectors and registry (see data_dir_problems).
WRITING = "writing"
REPAIR_HINT = (
    "Herstel de indexen uit de corpusmap met 'hospicewijzer repair' (de corpusmap is de bron)."
)


@dataclass(frozen=True, slots=True)
class DocumentWrite:
    """One document to commit: metadata, source key, hashes, passages, payload, author."""

    meta: DocumentMeta
    source: str
    content_hash: str
    chunks: Sequence[Chunk]
    payload: dict[str, Any] | None = None
    file_hash: str = ""
    by: str = "ingest"


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A committed document: metadata, where it came from, and its ingest bookkeeping."""

    meta: DocumentMeta
    source: str
    content_hash: str
    revision: int
    chunk_count: int
    ingested_at: str
    payload: dict[str, Any]


class Registry:
    """SQLite file under the data dir. A document exists for readers only once committed here.

    Writes use WAL and ``synchronous=FULL``: a commit survives a crash, a half-done one vanishes.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # One connection shared by request threads and the writer thread: every use holds the
        # lock, so a read never lands inside another thread's transaction.
        self._lock = threading.RLock()
        self._conn = open_sqlite(path, "Het documentregister", REPAIR_HINT)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.executescript(_SCHEMA)
        except sqlite3.DatabaseError as err:
            self._conn.close()
            raise StoreError(
                f"Het documentregister ({path}) is beschadigd ({err}). {REPAIR_HINT}"
            ) from err

    def problems(self) -> list[str]:
        """What is wrong with the database file (SQLite ``integrity_check``); empty when sound."""
        with self._lock:
            return integrity_problems(self._conn, f"Het documentregister ({self.path})")

    def close(self) -> None:
        """Close the connection (after any operation in progress on another thread)."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one committed state, even while another process writes (WAL)."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                self._conn.execute("COMMIT")

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        """All rows of a query, never interleaved with another thread's transaction."""
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    # -- state -----------------------------------------------------------------------------
    def state(self, key: str, default: str | None = None) -> str | None:
        """A value of the key/value state table."""
        rows = self._read("SELECT value FROM state WHERE key=?", (key,))
        return str(rows[0][0]) if rows else default

    def set_state(self, key: str, value: str) -> None:
        """Store a state value."""
        with self._tx() as tx:
            tx.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (key, value))

    def generation(self) -> int:
        """Counter bumped by every committed change; derived indexes are keyed on it."""
        return int(self.state("generation", "0") or 0)

    @staticmethod
    def _bump(tx: sqlite3.Connection) -> None:
        tx.execute(
            "INSERT INTO state(key, value) VALUES ('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # -- documents -------------------------------------------------------------------------
    @staticmethod
    def _record(row: sqlite3.Row | tuple[Any, ...]) -> DocumentRecord:
        meta, source, digest, revision, count, at, payload = row
        return DocumentRecord(
            meta=DocumentMeta.model_validate_json(meta),
            source=source,
            content_hash=digest,
            revision=revision,
            chunk_count=count,
            ingested_at=at,
            payload=json.loads(payload),
        )

    _COLS = "meta, source, content_hash, revision, chunk_count, ingested_at, payload"

    def documents(self) -> list[DocumentRecord]:
        """All committed documents, ordered by id."""
        rows = self._read(f"SELECT {self._COLS} FROM documents ORDER BY id")
        return [self._record(r) for r in rows]

    def get(self, doc_id: str) -> DocumentRecord | None:
        """One document, or None."""
        rows = self._read(f"SELECT {self._COLS} FROM documents WHERE id=?", (doc_id,))
        return self._record(rows[0]) if rows else None

    def require(self, doc_id: str) -> DocumentRecord:
        """One document.

        Raises:
            NotFound: Unknown id (the Dutch message names it).
        """
        record = self.get(doc_id)
        if record is None:
            raise NotFound(f"Document '{doc_id}' bestaat niet")
        return record

    def by_source(self) -> dict[str, DocumentRecord]:
        """Committed documents keyed by their source path."""
        return {r.source: r for r in self.documents()}

    def chunks(self, doc_id: str | None = None) -> list[Chunk]:
        """Committed chunks (of one document, or all) in document and ordinal order."""
        sql = "SELECT id, doc_id, ordinal, text, section, page, tokens FROM chunks"
        args: tuple[Any, ...] = ()
        if doc_id is not None:
            sql += " WHERE doc_id=?"
            args = (doc_id,)
        rows = self._read(sql + " ORDER BY doc_id, ordinal", args)
        return [Chunk(*row) for row in rows]

    def history(self, doc_id: str) -> list[HistoryEntry]:
        """A document's changes, newest first."""
        with self._lock:
            return history.entries(self._conn, doc_id)

    def version_dates(self) -> dict[str, tuple[str, str | None]]:
        """Per document: when first ingested and when its newest version arrived (ISO times)."""
        with self._lock:
            return history.version_dates(self._conn)

    def chunk_ids(self) -> set[str]:
        """Ids of all committed chunks."""
        return {r[0] for r in self._read("SELECT id FROM chunks")}

    def commit_document(
        self,
        meta: DocumentMeta,
        *,
        source: str,
        content_hash: str,
        chunks: Sequence[Chunk],
        payload: dict[str, Any] | None = None,
        file_hash: str = "",
        by: str = "ingest",
    ) -> tuple[int, list[str]]:
        """Replace a document and all its chunks in one transaction, with a history row.

        Args:
            meta: The document's metadata.
            source: Where it came from (its stable source key).
            content_hash: Hash of everything that made it (skips unchanged files).
            chunks: Its passages.
            payload: Extra structured data (decision tree, contact cards).
            file_hash: SHA-256 of the file alone (tells a new version from a metadata change).
            by: Who made the change (account name, or "ingest").

        Returns:
            The new revision and the ids of the chunks it replaced (to delete from the vector store).
        """
        write = DocumentWrite(meta, source, content_hash, chunks, payload, file_hash, by)
        return self.commit_documents([write])[0]

    def commit_documents(self, documents: Sequence[DocumentWrite]) -> list[tuple[int, list[str]]]:
        """Replace several documents in ONE transaction, each with its history row.

        Ingest commits a whole embedding batch at once: one fsync instead of one per document.

        Returns:
            Per document, its new revision and the ids of the chunks it replaced.
        """
        now = datetime.now(UTC).isoformat(timespec="seconds")
        out = []
        with self._tx() as tx:
            for doc in documents:
                out.append(self._write_document(tx, doc, now))
            self._bump(tx)
        return out

    @staticmethod
    def _write_document(
        tx: sqlite3.Connection, doc: DocumentWrite, now: str
    ) -> tuple[int, list[str]]:
        meta, chunks = doc.meta, doc.chunks
        row = tx.execute(
            "SELECT revision, meta, chunk_count FROM documents WHERE id=?", (meta.id,)
        ).fetchone()
        revision = (row[0] + 1) if row else 1
        old_chunks = tx.execute(
            "SELECT id, text FROM chunks WHERE doc_id=? ORDER BY ordinal", (meta.id,)
        ).fetchall()
        old = [r[0] for r in old_chunks]
        new = Snapshot(
            meta, len(chunks), doc.file_hash, history.text_hash([c.text for c in chunks])
        )
        before = None
        if row is not None:
            old_file, old_text = history.last_hashes(tx, meta.id)
            before = Snapshot(
                DocumentMeta.model_validate_json(row[1]), row[2], old_file,
                old_text or history.text_hash([r[1] for r in old_chunks]),
            )  # fmt: skip
        change = history.describe_change(before, new)
        if change is not None:
            history.add_entry(tx, meta.id, revision, now, doc.by, change, new)
        tx.execute("DELETE FROM chunks WHERE doc_id=?", (meta.id,))
        tx.execute(
            "INSERT OR REPLACE INTO documents(id, meta, source, content_hash, revision, "
            "chunk_count, ingested_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (meta.id, meta.model_dump_json(), doc.source, doc.content_hash, revision, len(chunks),
             now, json.dumps(doc.payload or {}, ensure_ascii=False)),
        )  # fmt: skip
        tx.executemany(
            "INSERT INTO chunks(id, doc_id, ordinal, text, section, page, tokens) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.doc_id, c.ordinal, c.text, c.section, c.page, c.tokens) for c in chunks],
        )
        new_ids = {c.id for c in chunks}
        return revision, [i for i in old if i not in new_ids]

    def remove_document(self, doc_id: str) -> list[str] | None:
        """Remove a document; returns its chunk ids, or None if it did not exist."""
        with self._tx() as tx:
            if tx.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is None:
                return None
            ids = [r[0] for r in tx.execute("SELECT id FROM chunks WHERE doc_id=?", (doc_id,))]
            tx.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
            tx.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            tx.execute("DELETE FROM document_history WHERE doc_id=?", (doc_id,))
            self._bump(tx)
        return ids

    def clear(self) -> None:
        """Remove every document (for ``--rebuild``)."""
        with self._tx() as tx:
            tx.execute("DELETE FROM chunks")
            tx.execute("DELETE FROM documents")
            tx.execute("DELETE FROM document_history")
            self._bump(tx)
