"""Frozen dataclasses shared by every layer: Section, LoadedDocument, Chunk, Hit, Citation, Answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from assistant.metadata import DocumentMeta


@dataclass(frozen=True, slots=True)
class Section:
    """A run of cleaned text from one place in a document.

    Attributes:
        text: Cleaned text; paragraphs separated by blank lines, list items on their own line.
        section: Heading path, e.g. ``"Informatie > Pijn"`` (empty when unknown).
        page: 1-based page number for paged formats (PDF), else None.
    """

    text: str
    section: str = ""
    page: int | None = None


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """A document read from disk: metadata, sections and the hash of everything that made it."""

    path: str
    meta: DocumentMeta
    sections: tuple[Section, ...]
    content_hash: str
    payload: dict[str, Any] = field(default_factory=dict)
    id_from_name: bool = False  # no id in the file, its sidecar or the caller: made from the name
    file_hash: str = ""  # SHA-256 of the file alone: a new version, not just new metadata


@dataclass(frozen=True, slots=True)
class Chunk:
    """A retrievable passage. ``tokens`` counts the embedding model's word pieces of ``text``."""

    id: str
    doc_id: str
    ordinal: int
    text: str
    section: str = ""
    page: int | None = None
    tokens: int = 0


@dataclass(frozen=True, slots=True)
class Filters:
    """Metadata filters; an empty tuple means no restriction on that field."""

    target_groups: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    audience: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A chunk with its document's metadata and a score from one retrieval stage."""

    chunk: Chunk
    meta: DocumentMeta
    score: float
    via: str
    lexical: float = 0.0
    dense: float = 0.0


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of a conversation."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A numbered source of an answer: where the cited passage lives and what it says."""

    index: int
    document_id: str
    title: str
    source: str
    page: int | None
    section: str
    snippet: str
    score: float
    review_overdue: bool
    review_date: str | None = None
    doc_type: str = "overig"
    fictional: bool = False
    chunk_id: str = ""
    passage: str = ""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    """What the assistant says, with its citations and why it declined, if it did."""

    text: str
    citations: tuple[Citation, ...] = ()
    refused: bool = False
    reason: str | None = None
    mode: str = "extractief"
    latency_ms: float = 0.0
    urgent: bool = False
    contacts: tuple[dict[str, Any], ...] = ()
    warnings: tuple[str, ...] = ()
    retrieved: tuple[str, ...] = ()  # ranked chunk ids the answer could draw on (for evaluation)
    # Generated answers: share of the model's sentences that their passages support, and with
    # which model and prompt versions it was made (None in the extractive mode).
    supported_share: float | None = None
    model: str | None = None
    prompt_versions: str | None = None
    fallback: bool = False  # a language model was asked, but the extractive answer is shown

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape shared by the CLI (``ask --json``) and the API."""
        return {
            "answer": self.text,
            "citations": [
                {
                    "index": c.index,
                    "document_id": c.document_id,
                    "title": c.title,
                    "source": c.source,
                    "page": c.page,
                    "section": c.section,
                    "snippet": c.snippet,
                    "score": round(c.score, 4),
                    "review_overdue": c.review_overdue,
                    "review_date": c.review_date,
                    "doc_type": c.doc_type,
                    "fictional": c.fictional,
                    "passage": c.passage,
                    "url": c.url,
                    "chunk_id": c.chunk_id,
                }
                for c in self.citations
            ],
            "refused": self.refused,
            "reason": self.reason,
            "mode": self.mode,
            "latency_ms": round(self.latency_ms, 1),
            "urgent": self.urgent,
            "contacts": list(self.contacts),
            "warnings": list(self.warnings),
            "supported_share": self.supported_share,
            "model": self.model,
            "prompt_versions": self.prompt_versions,
            "fallback": self.fallback,
        }
