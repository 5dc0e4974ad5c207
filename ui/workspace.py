"""The composition root: every entry point opens its data dir here and gets everything wired.

config -> data-dir lock, registry, vector store, embedder (lazy), search index, assistant,
indexer (writers only), account and feedback stores. Nothing else constructs these.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property

from assistant.answering import AnswerSettings
from assistant.assistant import Assistant, IndexHandle
from assistant.config import Config
from assistant.embedding import SentenceTransformerEmbedder
from assistant.errors import DataDirLocked
from assistant.generation import GenerationSettings, Generator
from assistant.index import SearchIndex
from assistant.llm import OpenAICompatible
from assistant.lock import DataDirLock
from assistant.prompts import PromptSet
from assistant.registry import Registry
from assistant.retrieval import HybridRetriever, RetrievalSettings
from assistant.store import ChromaStore
from assistant.understanding import QueryAnalyzer
from assistant.vocabulary import Glossary, Intents
from ingest.pipeline import Indexer, IndexSettings
from ui.accounts import AccountStore
from ui.feedback import FeedbackStore
from ui.gaps import GapLog
from ui.jobtable import JobTable

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """Everything opened on one data dir. Use ``open_workspace`` and close it when done."""

    config: Config
    registry: Registry
    store: ChromaStore
    embedder: SentenceTransformerEmbedder
    lock: DataDirLock | None = None
    writable: bool = False
    _closed: bool = field(default=False, repr=False)

    @cached_property
    def index(self) -> IndexHandle:
        """The shared, reloadable search index."""
        c = self.config
        return IndexHandle(
            lambda: SearchIndex.load(
                self.registry, self.store, c.lexical_dir, decompound=c.decompound
            ),
            self.registry.generation,
        )

    @cached_property
    def assistant(self) -> Assistant:
        """The question-answering service."""
        return build_assistant(self.config, self.index, self.embedder)

    @cached_property
    def indexer(self) -> Indexer:
        """The writer; only on a workspace opened with ``write=True``."""
        if not self.writable:
            raise RuntimeError("workspace is read-only")
        c = self.config
        settings = IndexSettings(
            chunk_tokens=c.chunk_tokens,
            chunk_overlap=c.chunk_overlap,
            max_file_bytes=int(c.max_file_mb * 2**20),
            parse_timeout_s=c.parse_timeout_s,
            parse_max_memory=c.parse_max_memory_mb * 2**20,
            decompound=c.decompound,
            lexical_dir=c.lexical_dir,
        )
        return Indexer(self.registry, self.store, self.embedder, settings)

    @cached_property
    def accounts(self) -> AccountStore:
        """User accounts and tokens."""
        return open_accounts(self.config)

    @cached_property
    def feedback(self) -> FeedbackStore:
        """Ratings users chose to send."""
        return FeedbackStore(self.config.data_dir / "feedback.sqlite3")

    @cached_property
    def gaps(self) -> GapLog:
        """Topic terms of declined questions (opened only when HOSPICEWIJZER_GAP_LOG is on)."""
        return GapLog(self.config.data_dir / "gaps.sqlite3", self.config.gap_retention_weeks)

    @cached_property
    def jobs_table(self) -> JobTable:
        """Document jobs, shared by every worker process on this data dir."""
        return JobTable(self.config.data_dir / "jobs.sqlite3")

    def try_become_writer(self) -> bool:
        """Take the writer's lock if no other process holds it (a worker beside other workers).

        Returns:
            Whether this workspace is now the writer.
        """
        if self.writable:
            return True
        try:
            self.lock = DataDirLock(self.config.data_dir, exclusive=True).acquire()
        except DataDirLocked:
            return False
        self.writable = True
        return True

    def close(self) -> None:
        """Close the store, registry and lock."""
        if self._closed:
            return
        self._closed = True
        self.store.close()
        self.registry.close()
        close_embedder = getattr(self.embedder, "close", None)
        if close_embedder is not None:
            close_embedder()
        for name in ("accounts", "feedback", "gaps", "jobs_table"):
            if name in self.__dict__:
                self.__dict__[name].close()
        if self.lock is not None:
            self.lock.release()


def open_accounts(config: Config) -> AccountStore:
    """The account store alone (``users`` commands run beside a running server, without a lock)."""
    return AccountStore(
        config.data_dir / "accounts.sqlite3",
        login_hours=config.login_hours,
        api_token_days=config.api_token_days,
        rate_limit_storage=config.rate_limit_storage,
        limit_processes=config.limit_processes,
    )


def build_assistant(
    config: Config, index: IndexHandle, embedder: SentenceTransformerEmbedder
) -> Assistant:
    """Wire an Assistant from configuration (glossary, intents, retrieval and answer settings)."""
    retrieval = RetrievalSettings(
        mode=config.retrieval_mode,
        top_k=config.top_k,
        rrf_k=config.rrf_k,
        fusion=config.fusion,
        bm25_weight=config.bm25_weight,
        dense_weight=config.dense_weight,
        group_boost=config.group_boost,
    )
    answers = AnswerSettings(
        min_evidence=config.min_evidence,
        min_evidence_unknown=config.min_evidence_unknown,
        max_chars=config.max_answer_chars,
        top_n=config.top_n,
    )
    analyzer = QueryAnalyzer(
        Glossary.load(config.glossary_path), Intents.load(config.safety_path),
        dense_expansions=config.dense_expansions,
    )  # fmt: skip
    return Assistant(
        index=index,
        analyzer=analyzer,
        retriever=HybridRetriever(embedder, retrieval),
        answer_settings=answers,
        log_questions=config.log_questions,
        generator=build_generator(config),
    )


def build_generator(config: Config) -> Generator | None:
    """The language-model generator when HOSPICEWIJZER_LLM_BASE_URL is set, else None."""
    if not config.llm_base_url:
        return None
    model = OpenAICompatible(
        config.llm_base_url, config.llm_model, config.llm_api_key, config.llm_timeout_s,
        config.llm_max_retries,
    )  # fmt: skip
    settings = GenerationSettings(
        max_tokens=config.llm_max_tokens, min_supported=config.llm_min_supported
    )
    return Generator(model, PromptSet.load(config.prompts_dir), settings)


def set_aside_indexes(config: Config) -> list[str]:
    """Move the registry aside and drop the vector store and BM25 files (under the write lock).

    The registry is kept as ``registry.sqlite3.beschadigd-<time>`` for inspection; the vectors and
    BM25 files are derived data. Returns Dutch lines saying what was done.
    """
    done = []
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        path = config.registry_path.with_name(config.registry_path.name + suffix)
        if path.exists():
            aside = path.with_name(f"{path.name}.beschadigd-{stamp}")
            path.rename(aside)
            done.append(f"{path.name} opzijgezet als {aside.name}")
    for folder in (config.lexical_dir, None if config.chroma_url else config.chroma_path):
        if folder is not None and folder.exists():
            shutil.rmtree(folder)
            done.append(f"{folder.name}/ gewist (wordt opnieuw opgebouwd)")
    if config.chroma_url:
        ChromaStore(None, config.chroma_collection, config.chroma_url).drop()
        done.append(f"Chroma-collectie '{config.chroma_collection}' op de server gewist")
    return done


def open_workspace(
    config: Config,
    *,
    write: bool = False,
    embedder: SentenceTransformerEmbedder | None = None,
    reset: bool = False,
) -> Workspace:
    """Open the data dir: take the lock, open registry and store, prepare (not load) the model.

    Embedded Chroma is not multi-process safe: writers take an exclusive lock, readers a shared
    one. With a Chroma server (``chroma_url``) readers need no lock.

    With ``reset`` (repair; needs ``write``) the indexes are set aside first, under the lock.

    Raises:
        DataDirLocked: Another process holds a conflicting lock.
    """
    lock = None
    if write or not config.chroma_url:
        lock = DataDirLock(config.data_dir, exclusive=write).acquire()
    try:
        if reset and write:
            for line in set_aside_indexes(config):
                log.warning("Herstel: %s", line)
        registry = Registry(config.registry_path)
        store = ChromaStore(
            None if config.chroma_url else config.chroma_path,
            config.chroma_collection,
            config.chroma_url,
        )
        embedder = embedder or SentenceTransformerEmbedder(
            config.embedding_model,
            device=config.embedding_device,
            batch_size=config.embedding_batch_size,
            backend=config.embedding_backend,
            threads=config.embedding_threads or 0,
            onnx_cache_dir=config.onnx_cache_dir,
            query_batch=config.query_batch,
            query_window_ms=config.query_batch_window_ms,
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Workspace(config, registry, store, embedder, lock, writable=write)
