"""SearchIndex: an immutable in-memory snapshot of committed chunks, vectors and the BM25 index.

Why in memory: a Chroma ``where`` filter cost 15-25 ms at 10k vectors and over 100 ms at 100k on
these machines, while exact numpy search over 20k unit vectors takes ~2 ms and makes filters a
boolean mask shared with BM25. Chroma stays the durable store; the snapshot is reloaded from it
whenever the registry generation changes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np

from assistant.errors import StoreError
from assistant.lexical import BM25Index
from assistant.metadata import DocumentMeta
from assistant.registry import DocumentRecord, Registry
from assistant.store import ChromaStore
from assistant.types import Chunk, Filters

log = logging.getLogger(__name__)


def build_lexical(registry: Registry, *, decompound: bool) -> BM25Index:
    """Build the BM25 index over all committed chunks (title and section included)."""
    return _build_lexical(registry.documents(), registry.chunks(), decompound=decompound)


def _build_lexical(
    documents: Sequence[DocumentRecord], chunks: Sequence[Chunk], *, decompound: bool
) -> BM25Index:
    titles = {r.meta.id: r.meta.title for r in documents}
    texts = [f"{titles.get(c.doc_id, '')}\n{c.section}\n{c.text}" for c in chunks]
    return BM25Index([c.id for c in chunks], texts, decompound=decompound)


def load_lexical(
    generation: int,
    documents: Sequence[DocumentRecord],
    chunks: Sequence[Chunk],
    directory: Path | None,
    *,
    decompound: bool,
) -> BM25Index:
    """The persisted BM25 index of a generation, built from its chunks (and saved) when absent."""
    if directory is not None:
        cached = BM25Index.load(directory, generation, decompound=decompound)
        if cached is not None:
            return cached
    index = _build_lexical(documents, chunks, decompound=decompound)
    if directory is not None:
        try:
            index.save(directory, generation)
        except OSError as err:
            log.warning("BM25-index niet opgeslagen: %s", err)
    return index


@dataclass(frozen=True)
class SearchIndex:
    """Everything a query needs, aligned by position: chunk i has vector i and BM25 row i."""

    generation: int
    chunks: tuple[Chunk, ...]
    chunk_doc: np.ndarray  # chunk position -> document position
    documents: tuple[DocumentRecord, ...]
    vectors: np.ndarray  # (n, dim) float32 unit vectors
    lexical: BM25Index

    @classmethod
    def load(
        cls,
        registry: Registry,
        store: ChromaStore,
        lexical_dir: Path | None,
        *,
        decompound: bool = True,
    ) -> SearchIndex:
        """Load the committed state: registry first (the truth), then vectors and BM25 for it.

        Raises:
            StoreError: The vector store lacks vectors for committed chunks (run ingest --rebuild).
        """
        # One read transaction: another process may commit meanwhile (several workers).
        with registry.snapshot():
            generation = registry.generation()
            documents = tuple(registry.documents())
            committed = registry.chunks()
        doc_pos = {d.meta.id: i for i, d in enumerate(documents)}
        lexical = load_lexical(
            generation, documents, committed, lexical_dir, decompound=decompound
        )
        by_id = {c.id: c for c in committed}
        chunks = tuple(by_id[cid] for cid in lexical.chunk_ids if cid in by_id)
        if len(chunks) != len(by_id) or len(chunks) != len(lexical.chunk_ids):
            lexical = _build_lexical(documents, committed, decompound=decompound)
            chunks = tuple(by_id[cid] for cid in lexical.chunk_ids)
        vectors_by_id = store.embeddings([c.id for c in chunks]) if chunks else {}
        missing = [c.id for c in chunks if c.id not in vectors_by_id]
        if missing:
            raise StoreError(
                f"{len(missing)} passages staan wel in het register maar niet in de vectoropslag "
                "(bijvoorbeeld na het wissen van de Chroma-map). Voer 'hospicewijzer ingest --rebuild' uit."
            )
        dim = len(next(iter(vectors_by_id.values()))) if vectors_by_id else 1
        vectors = (
            np.vstack([vectors_by_id[c.id] for c in chunks]).astype(np.float32)
            if chunks
            else np.zeros((0, dim), dtype=np.float32)
        )
        chunk_doc = np.array([doc_pos[c.doc_id] for c in chunks], dtype=np.int32)
        return cls(generation, chunks, chunk_doc, documents, vectors, lexical)

    def __len__(self) -> int:
        return len(self.chunks)

    def meta_of(self, position: int) -> DocumentMeta:
        """Metadata of the document that chunk ``position`` belongs to."""
        return self.documents[int(self.chunk_doc[position])].meta

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        """A document's chunks in reading order."""
        return self._by_document.get(doc_id, [])

    @cached_property
    def _by_document(self) -> dict[str, list[Chunk]]:
        out: dict[str, list[Chunk]] = {}
        for chunk in sorted(self.chunks, key=lambda c: (c.doc_id, c.ordinal)):
            out.setdefault(chunk.doc_id, []).append(chunk)
        return out

    @cached_property
    def _records(self) -> dict[str, DocumentRecord]:
        return {d.meta.id: d for d in self.documents}

    @cached_property
    def _sections(self) -> dict[tuple[str, str], list[Chunk]]:
        out: dict[tuple[str, str], list[Chunk]] = {}
        for chunk in self.chunks:
            out.setdefault((chunk.doc_id, chunk.section), []).append(chunk)
        return out

    def record(self, doc_id: str) -> DocumentRecord | None:
        """A document record by id (lookup built once per snapshot)."""
        return self._records.get(doc_id)

    def section_chunks(self, doc_id: str, section: str) -> list[Chunk]:
        """The chunks of one section of a document, in ordinal order."""
        return self._sections.get((doc_id, section), [])

    def doc_mask(self, filters: Filters) -> np.ndarray:
        """Which documents pass the filters (national documents pass every region filter).

        Built once per snapshot and filter combination; the array is read-only.
        """
        cached = self._masks.get(("doc", filters))
        if cached is None:
            cached = self._remember(("doc", filters), self._doc_mask(filters))
        return cached

    @cached_property
    def _masks(self) -> dict[tuple[str, object], np.ndarray]:
        return {}

    def _remember(self, key: tuple[str, object], mask: np.ndarray) -> np.ndarray:
        """Keep a mask for this snapshot (a handful of filter combinations is all users make)."""
        mask.setflags(write=False)
        if len(self._masks) >= 1024:
            self._masks.clear()
        self._masks[key] = mask
        return mask

    def _doc_mask(self, filters: Filters) -> np.ndarray:
        keep = np.ones(len(self.documents), dtype=bool)
        for i, record in enumerate(self.documents):
            m = record.meta
            if (
                (filters.target_groups and not set(filters.target_groups) & set(m.target_groups))
                or (
                    filters.regions
                    and not (set(filters.regions) & set(m.regions) or "landelijk" in m.regions)
                )
                or (filters.doc_types and m.doc_type not in filters.doc_types)
                or (filters.audience and m.audience not in (filters.audience, "iedereen"))
            ):
                keep[i] = False
        return keep

    def chunk_mask(self, filters: Filters) -> np.ndarray:
        """Which chunks pass the filters (read-only, built once per snapshot and filters)."""
        cached = self._masks.get(("chunk", filters))
        if cached is None:
            mask = (
                self.doc_mask(filters)[self.chunk_doc]
                if len(self.chunks)
                else np.zeros(0, dtype=bool)
            )
            cached = self._remember(("chunk", filters), mask)
        return cached

    def dense_scores(self, query: np.ndarray, filters: Filters) -> np.ndarray:
        """Cosine of every chunk with ``query``; chunks the filters exclude may score -1.

        A selective filter multiplies only its own rows: at 20k chunks the full product takes
        ~2 ms (it reads the whole matrix) and a target-group filter keeps a fraction of it.
        """
        positions = self.chunk_positions(filters)
        if len(positions) > len(self.chunks) // 3:
            scores: np.ndarray = self.vectors @ query
            return scores
        out = np.full(len(self.chunks), -1.0, dtype=np.float32)
        out[positions] = self.vectors[positions] @ query
        return out

    def chunk_positions(self, filters: Filters) -> np.ndarray:
        """Positions of the chunks that pass the filters (read-only, cached like the masks)."""
        cached = self._masks.get(("positions", filters))
        if cached is None:
            positions = np.flatnonzero(self.chunk_mask(filters))
            cached = self._remember(("positions", filters), positions)
        return cached

    def group_mask(self, groups: tuple[str, ...]) -> np.ndarray:
        """Chunks of documents about any of the given target groups (read-only, cached)."""
        cached = self._masks.get(("group", groups))
        if cached is None:
            docs = np.array(
                [bool(set(groups) & set(d.meta.target_groups)) for d in self.documents],
                dtype=bool,
            )
            mask = docs[self.chunk_doc] if len(self.chunks) else np.zeros(0, dtype=bool)
            cached = self._remember(("group", groups), mask)
        return cached

    @cached_property
    def _superseded(self) -> frozenset[str]:
        present = set(self._records)
        return frozenset(
            d.meta.supersedes
            for d in self.documents
            if d.meta.supersedes and d.meta.supersedes in present
        )

    @cached_property
    def replaced_by(self) -> dict[str, DocumentMeta]:
        """Per superseded document id, the metadata of the document that replaces it."""
        return {d.meta.supersedes: d.meta for d in self.documents if d.meta.supersedes}

    def superseded_ids(self) -> frozenset[str]:
        """Ids of documents that another present document supersedes."""
        return self._superseded

    def overdue(self, doc_id: str, today: date) -> bool:
        """Whether a document's review date has passed."""
        record = self.record(doc_id)
        return bool(record and record.meta.is_overdue(today))
