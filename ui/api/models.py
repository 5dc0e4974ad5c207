"""Response models of the API: they validate what each route returns and document it in /docs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from assistant.metadata import DocumentMeta
from ui.jobs import JobKind, Status


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Health(_Out):
    """The server process is alive."""

    status: Literal["ok"]


class Readiness(_Out):
    """Ready to answer; when not, why (still loading, or what is damaged)."""

    ready: bool
    modus: str
    problemen: list[str] | None = None
    reden: str | None = None
    werker: int | None = None  # with serve --workers N: which worker process answered
    schrijver: bool | None = None  # with serve --workers N: whether it runs the document jobs


class LoginResult(_Out):
    """A login token (12 hours) and who it belongs to."""

    token: str
    role: str
    name: str


class CitationOut(_Out):
    """One source of an answer; ``index`` is the ``[n]`` in the text."""

    index: int
    document_id: str
    title: str
    source: str
    page: int | None
    section: str
    snippet: str
    score: float
    review_overdue: bool
    review_date: str | None
    doc_type: str
    fictional: bool
    passage: str
    url: str | None
    chunk_id: str


class AnswerOut(_Out):
    """An answer with its sources (the same shape as ``hospicewijzer ask --json``)."""

    answer: str
    citations: list[CitationOut]
    refused: bool
    reason: str | None
    mode: str
    latency_ms: float
    urgent: bool
    contacts: list[dict[str, Any]]
    warnings: list[str]
    supported_share: float | None
    model: str | None
    prompt_versions: str | None
    fallback: bool


class CompletionMessage(_Out):
    """The assistant message of a completion."""

    role: Literal["assistant"]
    content: str


class CompletionChoice(_Out):
    """One (the only) choice of a completion."""

    index: int
    message: CompletionMessage
    finish_reason: Literal["stop"]


class Completion(_Out):
    """OpenAI's chat.completion object, plus our ``citations``."""

    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: dict[str, int]
    citations: list[CitationOut]


class DocumentOut(DocumentMeta):
    """A document's metadata and its ingest bookkeeping."""

    source: str
    chunks: int
    revision: int
    ingested_at: str
    review_overdue: bool  # by the effective review date (review_due), as in Actualisatie
    review_due: str
    review_basis: str


class ChunkOut(_Out):
    """One passage of a document."""

    id: str
    section: str
    page: int | None
    text: str


class HistoryOut(_Out):
    """One change of a document: who, when, what."""

    revision: int
    at: str
    by: str
    kind: str
    summary: str


class DocumentDetail(DocumentOut):
    """A document with its passages, its effective review date and its history (newest first)."""

    chunk_list: list[ChunkOut]
    history: list[HistoryOut]


class JobOut(_Out):
    """A document change and how far it got."""

    id: str
    kind: JobKind
    status: Status
    done: int
    total: int
    message: str
    result: dict[str, Any] | None
    status_url: str | None = None


class TreeSummary(_Out):
    """A decision tree in the list (open it for its steps)."""

    id: str
    title: str
    description: str
    target_groups: list[str]


class FeedbackId(_Out):
    """The id of stored feedback."""

    id: int


class FeedbackOut(_Out):
    """One stored rating."""

    id: int
    created_at: str
    rating: str
    reason: str
    question: str
    answer: str
    document_ids: str


class EvalStarted(_Out):
    """An evaluation run that has started."""

    run_id: str
    status: str


class EvalStatus(_Out):
    """An evaluation run: progress, and the figures when finished."""

    run_id: str
    dataset: str
    status: Status
    done: int
    total: int
    error: str
    overall: dict[str, Any] | None
    by_tag: dict[str, Any] | None
    report_markdown: str


class SearchResult(_Out):
    """A document found by the search box, with its best passage."""

    id: str
    title: str
    doc_type: str
    target_groups: list[str]
    fictional: bool
    chunk_id: str | None
    page: int | None
    section: str | None
    passage: str
    url: str


class DossierSummary(_Out):
    """A target group and how many documents its dossier holds."""

    group: str
    label: str
    documents: int


class DossierDocument(_Out):
    """A document in a dossier part."""

    id: str
    title: str
    doc_type: str
    review_date: str | None
    review_overdue: bool


class DossierOut(_Out):
    """A target group's dossier: five parts, decision trees and contacts."""

    group: str
    label: str
    parts: dict[str, list[DossierDocument]]
    trees: list[TreeSummary]
    contacts: list[dict[str, Any]]


class ReviewItemOut(_Out):
    """A document or dossier with its owner and effective review date."""

    kind: Literal["document", "dossier"]
    id: str
    title: str
    dossiers: list[str]
    dossier_labels: list[str]
    owner: str
    owner_via_dossier: bool
    review_due: str | None
    basis: str
    status: Literal["te laat", "binnenkort", "op tijd"]
    days: int | None


class ReviewGroupOut(_Out):
    """The due items of one dossier or one owner."""

    key: str
    label: str
    items: list[ReviewItemOut]


class ActualisatieOut(_Out):
    """What is overdue or due within ``days``, per dossier and per owner."""

    today: str
    days: int
    overdue: int
    due_soon: int
    per_dossier: list[ReviewGroupOut]
    per_owner: list[ReviewGroupOut]


class GapRowOut(_Out):
    """How often a topic term occurred in declined questions in one ISO week."""

    week: str
    term: str
    count: int


class GapsOut(_Out):
    """Topics people asked about that the corpus could not answer (opt-in)."""

    enabled: bool
    retention_weeks: int
    rows: list[GapRowOut]
