"""Read one file into a LoadedDocument: size check, loader, metadata merge and content hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import CorpusError, MetadataError
from assistant.metadata import build_meta, slugify
from assistant.ownership import DOSSIERS_FILE
from assistant.types import LoadedDocument
from ingest.loaders.base import Extracted
from ingest.loaders.dispatch import load_file

# Bump when cleaning or loading changes, so that unchanged files are re-read once.
PIPELINE_VERSION = "11"
SIDECAR_SUFFIX = ".meta.yaml"
# Configuration files at the top of the corpus folder, not documents (see assistant.ownership).
CORPUS_CONFIG_FILES = frozenset({DOSSIERS_FILE})


def sidecar_path(path: Path) -> Path:
    """``handreiking.pdf`` -> ``handreiking.pdf.meta.yaml``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> tuple[dict[str, Any], bytes]:
    """Read a file's sidecar metadata, if it has one.

    Raises:
        MetadataError: The sidecar is not valid YAML or not a mapping.
    """
    side = sidecar_path(path)
    if not side.exists():
        return {}, b""
    raw = side.read_bytes()
    try:
        data = yaml.safe_load(raw.decode("utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise MetadataError(f"{side.name}: geen geldige YAML ({err})", path=side.name) from err
    if not isinstance(data, dict):
        raise MetadataError(f"{side.name}: moet sleutel: waarde-paren bevatten", path=side.name)
    return data, raw


def content_hash(*parts: bytes) -> str:
    """SHA-256 over the pipeline version and the given byte strings."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def fingerprint(path: Path, overrides: Mapping[str, Any] | None = None) -> str:
    """The content hash of a file as it would be ingested, without parsing it (cheap)."""
    side = sidecar_path(path)
    return content_hash(
        path.read_bytes(),
        side.read_bytes() if side.exists() else b"",
        json.dumps(dict(overrides or {}), sort_keys=True, default=str).encode(),
    )


def load_document(
    path: Path,
    *,
    display_name: str,
    overrides: Mapping[str, Any] | None = None,
    max_bytes: int = 50 * 2**20,
    parser: Callable[[Path, bytes], Extracted] = load_file,
) -> LoadedDocument:
    """Load and validate one document.

    Metadata comes from (lowest to highest priority): defaults, the file itself (front matter,
    YAML header), the sidecar ``<file>.meta.yaml``, and ``overrides`` (CLI flags, upload form).

    Args:
        path: The file on disk.
        display_name: How the file is named in messages and citations (path relative to the corpus).
        overrides: Metadata given explicitly.
        max_bytes: Files above this size are refused before they are read.
        parser: Parses the bytes (a :class:`~ingest.loaders.worker.ParseWorker` isolates it).

    Returns:
        The loaded document.

    Raises:
        CorpusError: The file is unreadable, too large, empty or its metadata is invalid.
    """
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(
            f"{display_name}: bestand is te groot ({size / 2**20:.1f} MB; maximaal "
            f"{max_bytes / 2**20:.0f} MB)",
            path=display_name,
        )
    data = path.read_bytes()
    side_meta, side_raw = read_sidecar(path)
    try:
        extracted = parser(path, data)
    except CorpusError as err:
        raise CorpusError(str(err).replace(path.name, display_name, 1), path=display_name) from err
    if not any(s.text.strip() for s in extracted.sections):
        raise CorpusError(f"{display_name}: het document bevat geen tekst", path=display_name)
    values: dict[str, Any] = {
        "id": slugify(Path(display_name).stem),
        "title": extracted.title_hint
        or Path(display_name).stem.replace("-", " ").replace("_", " "),
        "fictional": extracted.banner,
    }
    values.update(extracted.meta)
    values.update(side_meta)
    values.update(dict(overrides or {}))
    meta = build_meta(values, source=display_name)
    digest = content_hash(
        data, side_raw, json.dumps(dict(overrides or {}), sort_keys=True, default=str).encode()
    )
    return LoadedDocument(
        path=display_name,
        meta=meta,
        sections=extracted.sections,
        content_hash=digest,
        payload=extracted.payload,
        id_from_name=not any("id" in m for m in (extracted.meta, side_meta, overrides or {})),
        file_hash=hashlib.sha256(data).hexdigest(),
    )


def iter_corpus_files(root: Path, ignore: tuple[str, ...] = ()) -> Iterator[Path]:
    """All candidate files below ``root`` in a stable order, without sidecars and hidden files.

    Patterns in ``root/.ingestignore`` (one glob per line, relative to root) are skipped too.
    """
    patterns = list(ignore)
    ignore_file = root / ".ingestignore"
    if ignore_file.exists():
        patterns += [
            line.strip()
            for line in ignore_file.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if path.name.endswith(SIDECAR_SUFFIX) or rel.as_posix() in CORPUS_CONFIG_FILES:
            continue
        if any(rel.match(p) or rel.as_posix() == p for p in patterns):
            continue
        yield path
