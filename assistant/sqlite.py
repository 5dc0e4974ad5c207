"""Opening SQLite files under the data dir with a clear Dutch error when one is damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.errors import StoreError


def open_sqlite(path: Path, what: str, remedy: str) -> sqlite3.Connection:
    """Connect (autocommit, shared across threads) and prove the file is a readable database.

    Args:
        path: The database file.
        what: What the file holds, for the message ("het documentregister").
        remedy: What the operator can do about damage (Dutch, one sentence).

    Raises:
        StoreError: The file is not a database or is damaged; the message names it.
    """
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{what} ({path}) is beschadigd of geen database ({err}). {remedy}") from err
    return conn


def integrity_problems(conn: sqlite3.Connection, what: str) -> list[str]:
    """``PRAGMA integrity_check`` as Dutch lines (empty when the database is sound)."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as err:
        return [f"{what} is beschadigd ({err})"]
    if rows == ["ok"]:
        return []
    return [f"{what} is beschadigd: {'; '.join(rows[:3])}"]
