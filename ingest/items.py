"""What to ingest: one file with its stable source key and explicit metadata; a folder's files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.documents import iter_corpus_files


@dataclass(frozen=True, slots=True)
class IngestItem:
    """One file to ingest: where it is, how it is named (its stable source key), extra metadata."""

    path: Path
    source: str
    overrides: dict[str, Any] = field(default_factory=dict)
    label: str | None = None  # how the file is named in messages (an upload's original name)


def corpus_items(
    root: Path, overrides: dict[str, Any] | None = None, prefix: str = ""
) -> list[IngestItem]:
    """Items for every file under a folder, or one file.

    Args:
        root: A folder or a single file.
        overrides: Metadata for every item (CLI flags).
        prefix: Namespace of the source keys (``corpus/``), so that pruning one folder never
            touches documents from another folder or from uploads.
    """
    if root.is_file():
        return [IngestItem(root, f"{prefix}{root.name}", dict(overrides or {}))]
    return [
        IngestItem(p, f"{prefix}{p.relative_to(root).as_posix()}", dict(overrides or {}))
        for p in iter_corpus_files(root)
    ]
