"""Indexer: load → chunk → embed → store → commit, per file isolated, idempotent by content hash.

Crash safety: new chunks get new ids (the content hash is part of the id) and are written to Chroma
first; the registry transaction that swaps a document's chunk list is the commit point; old chunk
ids are deleted from Chroma afterwards. Readers only see chunks the registry lists, so a kill at any
moment leaves the previous state intact; leftovers are garbage-collected by the next write.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from assistant.embedding import Embedder
from assistant.errors import AssistantError, CorpusError
from assistant.index import build_lexical
from assistant.metadata import slugify
from assistant.registry import WRITING, DocumentWrite, Registry
from assistant.store import ChromaStore
from assistant.types import Chunk, LoadedDocument
from ingest.chunking import Chunker, lexical_text
from ingest.documents import fingerprint, load_document
from ingest.items import IngestItem
from ingest.loaders.worker import ParseWorker
from ingest.report import FileResult, IngestReport

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IndexSettings:
    """The ingest-related settings (a slice of Config)."""

    chunk_tokens: int = 180
    chunk_overlap: int = 24
    max_file_bytes: int = 50 * 2**20
    parse_timeout_s: float = 30.0
    parse_max_memory: int = 2 * 2**30
    embed_batch: int = 128
    decompound: bool = True
    lexical_dir: Path | None = None


class Indexer:
    """Writes documents into the registry, Chroma and the BM25 index.

    Args:
        registry: The document registry (commit point).
        store: The vector store.
        embedder: Embedding model; loaded only when something actually changed.
        settings: Chunking and limit settings.
    """

    def __init__(
        self, registry: Registry, store: ChromaStore, embedder: Embedder, settings: IndexSettings
    ) -> None:
        self.registry = registry
        self.store = store
        self.embedder = embedder
        self.settings = settings

    @property
    def signature(self) -> str:
        """What makes stored vectors valid: model and chunking parameters."""
        s = self.settings
        return f"{self.embedder.name}|{s.chunk_tokens}|{s.chunk_overlap}"

    def ingest(
        self,
        items: Sequence[IngestItem],
        *,
        prune_prefix: str | None = None,
        rebuild: bool = False,
        progress: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
        actor: str = "ingest",
    ) -> IngestReport:
        """Ingest files; unchanged ones are skipped without loading any model.

        Args:
            items: Files to ingest.
            prune_prefix: Remove committed documents whose source starts with this prefix ("" for
                all) and that are not among ``items`` (files deleted from the corpus folder).
            rebuild: Re-embed everything (e.g. after changing the model).
            progress: Show a progress bar on stderr.
            on_progress: Called with (files done, files to load) after each file.
            actor: Who makes the change, for the document history (an account name; "ingest"
                for the corpus folder).

        Returns:
            Per-file results; failures are recorded, never raised.
        """
        started = time.perf_counter()
        report = IngestReport()
        if rebuild or self.registry.state("signature") not in (None, self.signature):
            rebuild = True
        known = self.registry.by_source()
        todo: list[IngestItem] = []
        for item in items:
            record = known.get(item.source)
            try:
                unchanged = (
                    not rebuild
                    and record is not None
                    and record.content_hash == fingerprint(item.path, item.overrides)
                )
            except OSError as err:
                report.add(
                    FileResult(
                        item.source,
                        "fout",
                        message=f"{item.label or item.source}: onleesbaar ({err})",
                    )
                )
                continue
            if unchanged and record is not None:
                report.add(
                    FileResult(item.source, "ongewijzigd", record.meta.id, record.chunk_count)
                )
            else:
                todo.append(item)
        with self._writing():
            if prune_prefix is not None:
                seen = {i.source for i in items}
                for source, record in known.items():
                    if source.startswith(prune_prefix) and source not in seen:
                        self._remove(record.meta.id)
                        report.add(FileResult(source, "verwijderd", record.meta.id))
            if todo:
                self._collect_garbage()
                self._write(todo, known, report, progress, on_progress, actor)
                self.registry.set_state("signature", self.signature)
        if report.changed:
            self.refresh_lexical()
        report.seconds = time.perf_counter() - started
        return report

    def _write(
        self,
        todo: list[IngestItem],
        known: dict[str, Any],
        report: IngestReport,
        progress: bool,
        on_progress: Callable[[int, int], None] | None,
        actor: str,
    ) -> None:
        chunker = Chunker(
            self.embedder.token_ids,  # type: ignore[attr-defined]
            max_tokens=self.embedder.max_tokens,
            chunk_tokens=self.settings.chunk_tokens,
            overlap=self.settings.chunk_overlap,
        )
        ids_by_source = {r.meta.id: s for s, r in known.items()}
        pending: list[tuple[IngestItem, LoadedDocument, list[Chunk]]] = []
        with (
            ParseWorker(self.settings.parse_timeout_s, self.settings.parse_max_memory) as parser,
            tqdm(
                total=len(todo), desc="Documenten verwerken", unit="bestand", disable=not progress
            ) as bar,
        ):
            for done, item in enumerate(todo, 1):
                try:
                    doc = load_document(
                        item.path, display_name=item.label or item.source, overrides=item.overrides,
                        max_bytes=self.settings.max_file_bytes, parser=parser,
                    )  # fmt: skip
                    owner = ids_by_source.get(doc.meta.id)
                    if owner is not None and owner != item.source and doc.id_from_name:
                        # protocol.pdf beside protocol.docx: the second gets "protocol-pdf".
                        doc = _with_extension_id(doc, item.label or item.source)
                        owner = ids_by_source.get(doc.meta.id)
                    if owner is not None and owner != item.source:
                        raise CorpusError(
                            f"{item.source}: id '{doc.meta.id}' wordt al gebruikt door {owner}; "
                            "geef dit document een eigen id",
                            path=item.source,
                        )
                    ids_by_source[doc.meta.id] = item.source
                    chunks = chunker(doc)
                    if not chunks:
                        raise CorpusError(
                            f"{item.source}: geen tekst om te indexeren", path=item.source
                        )
                    pending.append((item, doc, chunks))
                except AssistantError as err:
                    report.add(FileResult(item.source, "fout", message=str(err)))
                except Exception as err:
                    log.exception("Onverwachte fout bij %s", item.source)
                    report.add(
                        FileResult(
                            item.source, "fout", message=f"{item.source}: onverwachte fout ({err})"
                        )
                    )
                if sum(len(c) for _, _, c in pending) >= self.settings.embed_batch:
                    self._flush(pending, known, report, chunker, actor)
                bar.update(1)
                if on_progress is not None:
                    on_progress(done, len(todo))
            self._flush(pending, known, report, chunker, actor)

    def _flush(
        self,
        pending: list[tuple[IngestItem, LoadedDocument, list[Chunk]]],
        known: dict[str, Any],
        report: IngestReport,
        chunker: Chunker,
        actor: str,
    ) -> None:
        """Embed the pending documents together (large batches), then commit them together."""
        if not pending:
            return
        all_chunks = [c for _, _, chunks in pending for c in chunks]
        titles = {doc.meta.id: doc.meta.title for _, doc, _ in pending}
        vectors = self.embedder.embed_documents(
            [chunker.embed_input(titles[c.doc_id], c.section, c.text) for c in all_chunks]
        )
        try:
            committed = self._commit_together(pending, vectors, actor)
        except AssistantError as err:
            # One document spoilt the batch: commit them one by one, so only that one fails.
            log.warning("Batch van %d documenten mislukt (%s); nu per document", len(pending), err)
            self._commit_each(pending, vectors, known, report, actor)
        else:
            stale_all: list[str] = []
            for (item, doc, chunks), (_, stale) in zip(pending, committed, strict=True):
                previous = known.get(item.source)
                if previous is not None and previous.meta.id != doc.meta.id:
                    stale += self.registry.remove_document(previous.meta.id) or []
                stale_all += stale
                status = "bijgewerkt" if previous is not None else "nieuw"
                report.add(FileResult(item.source, status, doc.meta.id, len(chunks)))
            self.store.delete(stale_all)
        pending.clear()

    def _commit_together(
        self,
        pending: list[tuple[IngestItem, LoadedDocument, list[Chunk]]],
        vectors: np.ndarray,
        actor: str,
    ) -> list[tuple[int, list[str]]]:
        """One Chroma upsert and one registry transaction for the whole batch.

        Per document they cost an upsert and an fsync each: most of the ingest overhead over
        the raw encode (issue 12). The registry transaction stays the commit point.
        """
        all_chunks = [c for _, _, chunks in pending for c in chunks]
        metas = [_chroma_meta(doc, c) for _, doc, chunks in pending for c in chunks]
        self.store.upsert(all_chunks, vectors, metas)
        return self.registry.commit_documents([
            DocumentWrite(doc.meta, item.source, doc.content_hash, chunks, doc.payload,
                          doc.file_hash, actor)
            for item, doc, chunks in pending
        ])  # fmt: skip

    def _commit_each(
        self,
        pending: list[tuple[IngestItem, LoadedDocument, list[Chunk]]],
        vectors: np.ndarray,
        known: dict[str, Any],
        report: IngestReport,
        actor: str,
    ) -> None:
        """Commit documents one by one, isolating failures per file."""
        offset = 0
        for item, doc, chunks in pending:
            block = vectors[offset : offset + len(chunks)]
            offset += len(chunks)
            try:
                self.store.upsert(chunks, block, [_chroma_meta(doc, c) for c in chunks])
                previous = known.get(item.source)
                _, stale = self.registry.commit_document(
                    doc.meta, source=item.source, content_hash=doc.content_hash,
                    chunks=chunks, payload=doc.payload, file_hash=doc.file_hash, by=actor,
                )  # fmt: skip
                if previous is not None and previous.meta.id != doc.meta.id:
                    stale += self.registry.remove_document(previous.meta.id) or []
                self.store.delete(stale)
                status = "bijgewerkt" if previous is not None else "nieuw"
                report.add(FileResult(item.source, status, doc.meta.id, len(chunks)))
            except AssistantError as err:
                report.add(
                    FileResult(item.source, "fout", doc.meta.id, message=f"{item.source}: {err}")
                )

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Mark a write in progress while the body runs.

        Vectors without a registry entry are then expected after a crash (the next ingest collects
        them), not a sign of a damaged registry.
        """
        self.registry.set_state(WRITING, "1")
        yield
        self.registry.set_state(WRITING, "0")

    def _collect_garbage(self) -> None:
        """Delete vectors that no committed document owns (left by an interrupted ingest)."""
        orphans = self.store.ids() - self.registry.chunk_ids()
        if orphans:
            log.info("%d verweesde passages uit een afgebroken ingest opgeruimd", len(orphans))
            self.store.delete(orphans)

    def _remove(self, doc_id: str) -> bool:
        ids = self.registry.remove_document(doc_id)
        if ids is None:
            return False
        self.store.delete(ids)
        return True

    def remove(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove documents from every index; returns the ids that existed."""
        with self._writing():
            removed = [d for d in doc_ids if self._remove(d)]
        if removed:
            self.refresh_lexical()
        return removed

    def refresh_lexical(self) -> None:
        """Rebuild the BM25 index for the current registry generation and persist it."""
        if self.settings.lexical_dir is None:
            return
        index = build_lexical(self.registry, decompound=self.settings.decompound)
        index.save(self.settings.lexical_dir, self.registry.generation())


def _chroma_meta(doc: LoadedDocument, chunk: Chunk) -> dict[str, Any]:
    """Flat metadata for Chroma (lists as ``,a,b,`` strings: ``$contains`` works, ``$in`` does not)."""
    m = doc.meta
    return {
        "doc_id": m.id,
        "ordinal": chunk.ordinal,
        "section": chunk.section,
        "page": chunk.page if chunk.page is not None else -1,
        "doc_type": m.doc_type,
        "audience": m.audience,
        "target_groups": "," + ",".join(m.target_groups) + ",",
        "regions": "," + ",".join(m.regions) + ",",
        "title": m.title,
    }


def lexical_source(title: str, chunk: Chunk) -> str:
    """Re-export for the index builder (kept next to embed_input for symmetry)."""
    return lexical_text(title, chunk.section, chunk.text)


def _with_extension_id(doc: LoadedDocument, name: str) -> LoadedDocument:
    """The document with an id made from its file name including the extension."""
    path = Path(name)
    new_id = slugify(f"{path.stem}-{path.suffix.lstrip('.')}")
    return replace(doc, meta=doc.meta.model_copy(update={"id": new_id}))
