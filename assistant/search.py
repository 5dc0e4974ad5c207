"""Document search: the documents behind a query, each with its best passage.

The chat answers a question; search lists where to read. It ranks with the same hybrid retrieval
as the chat (so typos, synonyms and filters behave alike) and adds documents whose title holds
every query word, which retrieval over passages can miss for short title queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.index import SearchIndex
from assistant.registry import DocumentRecord
from assistant.types import Chunk, Filters, Hit

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DocumentHit:
    """A document found for a query, with the passage that matched best (None: by title only)."""

    record: DocumentRecord
    chunk: Chunk | None
    score: float


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 1}


def _allowed(record: DocumentRecord, filters: Filters) -> bool:
    meta = record.meta
    return (
        (not filters.target_groups or bool(set(filters.target_groups) & set(meta.target_groups)))
        and (not filters.regions or bool(set(filters.regions) & set(meta.regions)))
        and (not filters.doc_types or meta.doc_type in filters.doc_types)
    )


def rank_documents(
    index: SearchIndex, query: str, hits: list[Hit], filters: Filters, limit: int = 20
) -> list[DocumentHit]:
    """Documents in order: title matches first, then by their best passage's retrieval rank."""
    wanted = _words(query)
    superseded = index.superseded_ids()
    found: dict[str, DocumentHit] = {}
    if wanted:
        for record in index.documents:
            if (
                record.meta.id not in superseded
                and wanted <= _words(record.meta.title)
                and _allowed(record, filters)
            ):
                found[record.meta.id] = DocumentHit(record, None, float("inf"))
    for hit in hits:
        doc_id = hit.chunk.doc_id
        if doc_id in superseded:
            continue
        current = found.get(doc_id)
        if current is None:
            hit_record = index.record(doc_id)
            if hit_record is not None:
                found[doc_id] = DocumentHit(hit_record, hit.chunk, hit.score)
        elif current.chunk is None:  # a title match: show its best passage too
            found[doc_id] = DocumentHit(current.record, hit.chunk, current.score)
    return list(found.values())[:limit]
