"""Staged document changes: files wait outside the corpus until their index commit, and survive a crash.

A change (upload, replacement, deletion) gets a folder ``<data>/staging/<job>/`` with the staged
files and a ``manifest.json`` naming, per file, the corpus path it is meant for. The corpus folder
only ever receives a file after its document is committed to the index, so the next ``ingest``
never meets a half-done upload. After a crash, :func:`recover` finishes what was committed (roll
forward) and drops what was not (roll back).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from assistant.registry import Registry
from ingest.documents import fingerprint, sidecar_path

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class StagedFile:
    """One staged file: where it waits, where it belongs, and under which source key it is indexed.

    Attributes:
        work: The staged file (its sidecar, if any, lies beside it).
        target: Its place in the corpus folder once committed.
        source: The registry's source key (``corpus/…``).
        label: How the user named the file (messages).
    """

    work: Path
    target: Path
    source: str
    label: str


class Stage:
    """The staging folder of one change."""

    def __init__(self, root: Path, job_id: str, action: str) -> None:
        self.dir = root / job_id
        self.dir.mkdir(parents=True, exist_ok=False)
        self.action = action
        self.files: list[StagedFile] = []
        self.doc_ids: list[str] = []

    @classmethod
    def open(cls, folder: Path) -> Stage:
        """The stage another process wrote, from its manifest (a job handed to the writer).

        Raises:
            OSError: The folder or its manifest is gone.
            ValueError: The manifest is unreadable.
        """
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        stage = cls.__new__(cls)
        stage.dir, stage.action = folder, str(data["action"])
        stage.doc_ids = list(data.get("doc_ids", []))
        stage.files = [
            StagedFile(folder / Path(f["work"]).name, Path(f["target"]), f["source"], f["label"])
            for f in data.get("files", [])
        ]
        return stage

    def add(
        self, work: Path, target: Path, source: str, label: str, *, save: bool = True
    ) -> StagedFile:
        """Record a staged file (already written under ``self.dir``).

        ``save=False`` defers writing the manifest to a later ``save()``: rewriting it for every
        file of a large upload made staging quadratic in the number of files.
        """
        staged = StagedFile(work, target, source, label)
        self.files.append(staged)
        if save:
            self._save()
        return staged

    def save(self) -> None:
        """Write the manifest now."""
        self._save()

    def remove_ids(self, doc_ids: list[str]) -> None:
        """Record documents this change removes from the index."""
        self.doc_ids = doc_ids
        self._save()

    def _save(self) -> None:
        data = {
            "action": self.action,
            "doc_ids": self.doc_ids,
            "files": [
                {"work": f.work.name, "target": str(f.target), "source": f.source, "label": f.label}
                for f in self.files
            ],
        }
        tmp = self.dir / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.dir / MANIFEST)

    def close(self) -> None:
        """Remove the staging folder (the change is finished either way)."""
        shutil.rmtree(self.dir, ignore_errors=True)


def commit_file(staged: StagedFile) -> None:
    """Move a staged file (and its sidecar) to its place in the corpus."""
    staged.target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged.work, staged.target)
    side = sidecar_path(staged.work)
    if side.exists():
        os.replace(side, sidecar_path(staged.target))
    elif sidecar_path(staged.target).exists():
        sidecar_path(staged.target).unlink()


def recover(
    root: Path,
    registry: Registry,
    remove: Callable[[list[str]], object],
    keep: Collection[str] = (),
) -> list[str]:
    """Finish or undo the changes a crash interrupted; returns a Dutch line per file handled.

    Args:
        root: The staging root (``<data>/staging``).
        registry: To see which staged files were committed (same source and content hash).
        remove: Removes documents from every index (for interrupted deletions).
        keep: Folder names (job ids) of changes still waiting for the writer: not crash debris.
    """
    messages: list[str] = []
    if not root.is_dir():
        return messages
    by_source = registry.by_source()
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in keep):
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {"files": [], "doc_ids": []}
        for doc_id in manifest.get("doc_ids", []):
            remove([doc_id])
            messages.append(f"Onderbroken verwijdering van '{doc_id}' afgemaakt.")
        for entry in manifest.get("files", []):
            work = folder / Path(entry["work"]).name
            record = by_source.get(entry["source"])
            if not work.exists():
                continue
            if record is not None and record.content_hash == fingerprint(work):
                commit_file(
                    StagedFile(work, Path(entry["target"]), entry["source"], entry["label"])
                )
                messages.append(
                    f"{entry['label']}: was al ingelezen; bestand alsnog in de corpusmap gezet."
                )
            else:
                messages.append(
                    f"{entry['label']}: upload was niet afgerond en is weggegooid; upload opnieuw."
                )
        shutil.rmtree(folder, ignore_errors=True)
    for line in messages:
        log.warning("Herstel na onderbreking: %s", line)
    return messages
