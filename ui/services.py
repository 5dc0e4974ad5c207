"""Services: what the API and the UI can do, on top of one Workspace owned by the server process.

The corpus folder is the source of truth for documents: uploads end up in ``<corpus>/uploads/``
with their metadata as a sidecar, replacements and deletions change the corpus files, so a later
``hospicewijzer ingest`` (or ``make run``) agrees with what the coordinators did. Changes are
jobs: staged outside the corpus, indexed by one writer thread, moved into the corpus only once
committed (see ``ingest.staging``). After each write the search index is reloaded, so readers
switch atomically from the old to the new snapshot.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Any

from assistant.contacts import ContactCard, cards_from_payload, find_contacts
from assistant.errors import AssistantError, NotFound, StoreError
from assistant.gaps import topic_terms
from assistant.health import data_dir_problems
from assistant.review import ReviewItem, effective_review
from assistant.trees import DecisionTree
from assistant.types import Answer, Filters, Turn
from ingest.documents import iter_corpus_files
from ui.accounts import AccountStore
from ui.actualisatie import due_overview, version_dates
from ui.changes import DocumentChanges, corpus_path
from ui.evaluations import Evaluations
from ui.feedback import FeedbackStore
from ui.workspace import Workspace

log = logging.getLogger(__name__)


class Services:
    """All operations of the web app. Construct once per server process."""

    def __init__(
        self, workspace: Workspace, accounts: AccountStore, feedback: FeedbackStore,
        worker: int | None = None,
    ) -> None:  # fmt: skip
        self.ws = workspace
        self.worker = worker  # the worker number with serve --workers N
        self.accounts = accounts
        self.feedback = feedback
        self.ready = threading.Event()
        self.changes = DocumentChanges(workspace, threading.Lock())
        self.evaluations = Evaluations(workspace.assistant, workspace.config.data_dir / "evals")
        self.problems: list[str] = []
        # At most this many questions in the engine at once (default: the number of cores).
        # More request threads only queue for the GIL, and the event loop behind them.
        self._asking = threading.BoundedSemaphore(
            workspace.config.ask_concurrency or os.cpu_count() or 1
        )

    def close(self) -> None:
        """Finish pending document changes (call before closing the workspace)."""
        self.changes.close()

    @property
    def config(self) -> Any:
        """The configuration."""
        return self.ws.config

    def warm_up(self) -> None:
        """Check the data dir, load the model and the index (slow); readiness flips when done.

        A damaged data dir is never "ready": ``problems`` says what is wrong (``/readyz``, chat).
        """
        try:
            corpus = Path(self.config.corpus_dir)
            filled = corpus.is_dir() and any(True for _ in iter_corpus_files(corpus))
            problems = data_dir_problems(
                self.ws.registry, self.ws.store, corpus if filled else None
            )
            if not problems:
                # One real question through every engine stage loads the embedding model, the
                # index and the lazily loaded word lists, so the first user does not wait for
                # them. Not through the language model: start-up must not wait on (or for) it.
                replace(self.ws.assistant, generator=None).ask("Wie bel ik bij pijn in de nacht?")
        except AssistantError as err:
            problems = [str(err)]
        self.problems = problems
        for line in problems:
            log.error("Datamap: %s", line)
        if not problems:
            self.ready.set()

    def _check_ready(self) -> None:
        """Refuse to answer from a damaged knowledge base.

        Raises:
            StoreError: The start-up check found damage (the message says what and how to repair).
        """
        if self.problems:
            raise StoreError("De kennisbank is niet bruikbaar: " + " ".join(self.problems))

    # -- chat ------------------------------------------------------------------------------
    def ask(
        self, question: str, history: Sequence[Turn] = (), filters: Filters | None = None
    ) -> Answer:
        """Answer a question.

        Raises:
            StoreError: The data dir is damaged (see ``problems``).
        """
        self._check_ready()
        with self._asking:
            answer = self.ws.assistant.ask(question, history, filters)
        if answer.refused and answer.reason == "buiten-corpus" and self.config.gap_log:
            self._log_gap(question)
        return answer

    def _log_gap(self, question: str) -> None:
        """Count the topic terms of a declined question (never the question; see assistant.gaps)."""
        try:
            vocabulary = self.ws.index.get().lexical.analyzer.vocabulary
            self.ws.gaps.record(topic_terms(question, vocabulary), date.today())
        except Exception as err:  # the answer matters more; no question text, so no traceback
            log.error("Onderwerpen zonder antwoord niet bijgewerkt (%s)", type(err).__name__)

    # -- documents -------------------------------------------------------------------------
    def documents(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Documents (overdue review first, then by title), optionally filtered."""
        today = date.today()
        index = self.ws.index.get()
        keep = index.doc_mask(filters) if filters else None
        known = self.ws.registry.version_dates()
        rows = []
        for i, r in enumerate(index.documents):
            if keep is not None and not keep[i]:
                continue
            rows.append(self._doc_json(r, today, known))
        return sorted(rows, key=lambda d: (not d["review_overdue"], d["title"].lower()))

    @staticmethod
    def _doc_json(
        record: Any, today: date, known: dict[str, tuple[str, str | None]]
    ) -> dict[str, Any]:
        """A document's metadata and bookkeeping; overdue by its effective review date.

        The same rule as the Actualisatie view: the explicit date, else a year after
        publication or after the latest version.
        """
        meta: dict[str, Any] = record.meta.model_dump(mode="json")
        due, basis = effective_review(record.meta, version_dates(record, known))
        return meta | {
            "source": record.source, "chunks": record.chunk_count, "revision": record.revision,
            "ingested_at": record.ingested_at, "review_overdue": due < today,
            "review_due": due.isoformat(), "review_basis": basis,
        }  # fmt: skip

    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with its chunks.

        Raises:
            NotFound: Unknown id.
        """
        registry = self.ws.registry
        record = registry.require(doc_id)
        chunks = [
            {"id": c.id, "section": c.section, "page": c.page, "text": c.text}
            for c in registry.chunks(doc_id)
        ]
        return self._doc_json(record, date.today(), registry.version_dates()) | {
            "chunk_list": chunks, "history": [asdict(h) for h in registry.history(doc_id)],
        }  # fmt: skip

    def review(self, days: int) -> list[ReviewItem]:
        """Every dossier and document that is overdue or due within ``days`` (soonest first).

        Raises:
            MetadataError: ``dossiers.yaml`` in the corpus is invalid.
        """
        return due_overview(self.ws.registry, Path(self.config.corpus_dir), date.today(), days)

    def search(
        self, query: str, filters: Filters | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        """Documents for a search query, each with its best passage (empty query: nothing).

        Raises:
            StoreError: The data dir is damaged (see ``problems``).
        """
        query = query.strip()[:500]
        if not query:
            return []
        self._check_ready()
        found = []
        for hit in self.ws.assistant.search(query, filters, limit):
            meta, chunk = hit.record.meta, hit.chunk
            found.append({
                "id": meta.id, "title": meta.title, "doc_type": meta.doc_type,
                "target_groups": list(meta.target_groups), "fictional": meta.fictional,
                "chunk_id": chunk.id if chunk else None, "page": chunk.page if chunk else None,
                "section": chunk.section if chunk else None,
                "passage": chunk.text[:400] if chunk else "",
            })  # fmt: skip
        return found

    def original(self, doc_id: str) -> Path:
        """The original file of a document in the corpus folder.

        Raises:
            NotFound: Unknown id, or the file is no longer there.
        """
        record = self.ws.registry.require(doc_id)
        path = corpus_path(self.config.corpus_dir, record.source)
        if path is None or not path.is_file():
            raise NotFound(f"Het originele bestand van '{doc_id}' is niet (meer) beschikbaar.")
        return path

    # -- trees and contacts ------------------------------------------------------------------
    def trees(self) -> list[DecisionTree]:
        """All decision trees."""
        return [
            DecisionTree.model_validate(r.payload["tree"])
            for r in self.ws.index.get().documents
            if r.payload.get("kind") == "tree"
        ]

    def tree(self, tree_id: str) -> DecisionTree:
        """One tree.

        Raises:
            NotFound: Unknown id.
        """
        for tree in self.trees():
            if tree.id == tree_id:
                return tree
        raise NotFound(f"Beslisboom '{tree_id}' bestaat niet")

    def contacts(self, region: str | None = None, target_group: str | None = None, kinds: Sequence[str] = (),
                 urgent: bool = False) -> list[ContactCard]:  # fmt: skip
        """Contact cards by region and target group."""
        cards = [c for r in self.ws.index.get().documents for c in cards_from_payload(r.payload)]
        return find_contacts(
            cards, region=region, target_group=target_group, kinds=kinds, urgent=urgent
        )
