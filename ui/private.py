"""Files only the service account may read: account and feedback databases (mode 0600)."""

from __future__ import annotations

import os
from pathlib import Path


def private_file(path: Path) -> Path:
    """Create ``path`` (and its folder) readable by the owner only, or tighten an existing one.

    Accounts hold password hashes and token digests; feedback may hold a question a user chose to
    send. SQLite creates its -wal and -shm files with the same permissions as the database.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return path
