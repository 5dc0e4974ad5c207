"""Assistant: a bag of collaborators whose ask() runs understand → retrieve → compose → cite."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from assistant.answering import AnswerSettings, compose
from assistant.callinfo import contact_block, relevant_cards
from assistant.errors import ModelUnavailable
from assistant.generation import Generator
from assistant.index import SearchIndex
from assistant.retrieval import HybridRetriever
from assistant.search import DocumentHit, rank_documents
from assistant.types import Answer, Citation, Filters, Hit, Turn
from assistant.understanding import QueryAnalyzer

log = logging.getLogger(__name__)


class IndexHandle:
    """Holds the current SearchIndex; ``reload()`` swaps in a fresh snapshot after writes.

    Args:
        loader: Loads a snapshot of the committed state.
        generation: Reads the committed generation cheaply; ``refresh()`` compares it with the
            snapshot's, so a process notices what another process committed.
    """

    def __init__(
        self, loader: Callable[[], SearchIndex], generation: Callable[[], int] | None = None
    ) -> None:
        self._loader = loader
        self._generation = generation
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def get(self) -> SearchIndex:
        """The current snapshot (loaded on first use)."""
        with self._lock:
            if self._index is None:
                self._index = self._loader()
            return self._index

    def reload(self) -> SearchIndex:
        """Load a new snapshot and make it current (never replacing a newer one)."""
        fresh = self._loader()
        with self._lock:
            if self._index is None or fresh.generation >= self._index.generation:
                self._index = fresh
            return self._index

    def refresh(self) -> bool:
        """Reload if the committed generation differs from the snapshot's; True if reloaded.

        Nothing happens before the first ``get()`` (that load is fresh anyway).
        """
        if self._generation is None:
            return False
        with self._lock:
            current = self._index
        if current is None or current.generation == self._generation():
            return False
        self.reload()
        return True


@dataclass
class Assistant:
    """Answers questions from the current index. Construct with build_assistant() or directly in tests."""

    index: IndexHandle
    analyzer: QueryAnalyzer
    retriever: HybridRetriever
    answer_settings: AnswerSettings = field(default_factory=AnswerSettings)
    log_questions: bool = False
    today: Callable[[], date] = date.today
    generator: Generator | None = None  # a language model writes the answer when configured

    @property
    def mode(self) -> str:
        """``generatief (<model>)`` with a language model, else ``extractief``."""
        return f"generatief ({self.generator.model.name})" if self.generator else "extractief"

    def search(self, query: str, filters: Filters | None = None, limit: int = 20) -> list[DocumentHit]:
        """Documents for a search query (title or passage), each with its best passage."""
        filters = filters or Filters()
        index = self.index.get()
        plan = self.analyzer.plan(query, (), index.lexical.analyzer)
        hits = self.retriever.retrieve(index, plan, filters)
        return rank_documents(index, query, hits, filters, limit)

    def ask(
        self, question: str, history: Sequence[Turn] = (), filters: Filters | None = None
    ) -> Answer:
        """Answer one question in the context of earlier turns.

        Args:
            question: The user's question (Dutch).
            history: Earlier turns, oldest first.
            filters: Metadata filters (target group, region, doc type, audience).

        Returns:
            The answer with citations; ``refused`` is set for declines and dose questions.
        """
        started = time.perf_counter()
        filters = filters or Filters()
        index = self.index.get()
        plan = self.analyzer.plan(question, history, index.lexical.analyzer)
        hits = self.retriever.retrieve(index, plan, filters)
        region = plan.region or (filters.regions[0] if filters.regions else None)
        today = self.today()
        block = ""
        cards_cited: tuple[Citation, ...] = ()
        contacts: tuple[dict[str, Any], ...] = ()
        if (plan.who_to_call or plan.acute) and not plan.dose:
            picked = relevant_cards(index, plan, region)
            if picked:
                block, cards_cited, contacts = contact_block(index, picked, region, today)
        # With a contact block the cards are chosen there (region, 24/7, reachable directly);
        # the text below it quotes the documents, not other cards.
        body_hits = [h for h in hits if h.meta.doc_type != "consultatie"] if block else hits
        answer = compose(
            plan, body_hits, index, index.lexical.analyzer, self.answer_settings, today,
            first_number=len(cards_cited) + 1, intents=self.analyzer.intents,
        )  # fmt: skip
        if self.generator is not None and not answer.refused and not plan.dose:
            answer = self._generate(
                question, body_hits, index, today, answer, first_number=len(cards_cited) + 1,
                volunteer=(filters.audience == "vrijwilliger"),
            )  # fmt: skip
        if block:
            body = "" if answer.refused else "\n\n" + answer.text
            answer = replace(
                answer, text=block + body, citations=cards_cited + (() if answer.refused else answer.citations),
                refused=False, reason=None,
            )  # fmt: skip
        latency = (time.perf_counter() - started) * 1000
        if self.log_questions:
            log.info("vraag=%r latency_ms=%.1f", question, latency)
        else:
            log.info(
                "vraag beantwoord: latency_ms=%.1f hits=%d refused=%s",
                latency,
                len(hits),
                answer.refused,
            )
        # Everything the answer could draw on: contact cards, hits, and chunks pulled in for a
        # hit (the advice chunk of a decision-tree route).
        retrieved = tuple(
            dict.fromkeys(
                [c.chunk_id for c in cards_cited if c.chunk_id]
                + [h.chunk.id for h in hits]
                + [c.chunk_id for c in answer.citations if c.chunk_id]
            )
        )
        return replace(
            answer, latency_ms=latency, urgent=plan.acute, contacts=contacts, retrieved=retrieved
        )

    def _generate(
        self, question: str, hits: Sequence[Hit], index: SearchIndex, today: date,
        extractive: Answer, *, first_number: int, volunteer: bool,
    ) -> Answer:  # fmt: skip
        """The generated answer, or the extractive one with a note when the model fails or strays.

        The engine has already decided the question may be answered (no dose, not declined).
        """
        assert self.generator is not None
        try:
            made = self.generator.generate(
                question, hits, index, today, first_number=first_number, volunteer=volunteer
            )
        except ModelUnavailable:
            log.warning("Taalmodel niet bereikbaar; extractief antwoord gegeven")
            note = "Het taalmodel is nu niet bereikbaar; dit antwoord komt rechtstreeks uit de bronnen."
            return replace(extractive, warnings=(*extractive.warnings, note), fallback=True)
        if made is None:
            note = (
                "Het taalmodel gaf geen antwoord dat de bronnen dekken; dit antwoord komt "
                "rechtstreeks uit de bronnen."
            )
            return replace(extractive, warnings=(*extractive.warnings, note), fallback=True)
        return replace(
            extractive, text=made.text, citations=made.citations, mode="generatief",
            supported_share=made.supported_share, model=self.generator.model.name,
            prompt_versions=self.generator.versions(volunteer),
        )  # fmt: skip
