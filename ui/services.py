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
import shutil
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.contacts import ContactCard, find_contacts
from assistant.errors import AssistantError, NotFound, StoreError
from assistant.health import data_dir_problems
from assistant.metadata import slugify
from assistant.trees import DecisionTree
from assistant.types import Answer, Filters, Turn
from evals.dataset import DATASETS
from ingest.documents import sidecar_path
from ingest.pipeline import IngestItem
from ingest.staging import Stage, commit_file, recover
from ui.accounts import AccountStore
from ui.feedback import FeedbackStore
from ui.jobs import Job, JobQueue
from ui.workspace import Workspace

log = logging.getLogger(__name__)
CORPUS_PREFIX = "corpus/"


@dataclass
class EvalRun:
    """A background evaluation run and its progress."""

    id: str
    dataset: str
    status: str = "bezig"  # bezig | klaar | fout
    done: int = 0
    total: int = 0
    result: dict[str, Any] | None = None
    report_markdown: str = ""
    error: str = ""
    paths: dict[str, str] = field(default_factory=dict)


class Services:
    """All operations of the web app. Construct once per server process."""

    def __init__(
        self, workspace: Workspace, accounts: AccountStore, feedback: FeedbackStore
    ) -> None:
        self.ws = workspace
        self.accounts = accounts
        self.feedback = feedback
        self.ready = threading.Event()
        self._write_lock = threading.Lock()
        self._evals: dict[str, EvalRun] = {}
        self.jobs = JobQueue()
        self.problems: list[str] = []

    @property
    def config(self) -> Any:
        """The configuration."""
        return self.ws.config

    def warm_up(self) -> None:
        """Check the data dir, load the model and the index (slow); readiness flips when done.

        A damaged data dir is never "ready": ``problems`` says what is wrong (``/readyz``, chat).
        """
        try:
            problems = data_dir_problems(
                self.ws.registry, self.ws.store, Path(self.config.corpus_dir)
            )
            if not problems:
                # One real question through every stage loads the model, the index and the
                # lazily loaded word lists, so the first user does not wait for them.
                self.ws.assistant.ask("Wie bel ik bij pijn in de nacht?")
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
        return self.ws.assistant.ask(question, history, filters)

    # -- documents -------------------------------------------------------------------------
    def documents(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Documents (overdue review first, then by title), optionally filtered."""
        today = date.today()
        index = self.ws.index.get()
        keep = index.doc_mask(filters) if filters else None
        rows = []
        for i, r in enumerate(index.documents):
            if keep is not None and not keep[i]:
                continue
            rows.append(self._doc_json(r, today))
        return sorted(rows, key=lambda d: (not d["review_overdue"], d["title"].lower()))

    @staticmethod
    def _doc_json(record: Any, today: date) -> dict[str, Any]:
        meta: dict[str, Any] = record.meta.model_dump(mode="json")
        return meta | {
            "source": record.source, "chunks": record.chunk_count, "revision": record.revision,
            "ingested_at": record.ingested_at, "review_overdue": record.meta.is_overdue(today),
        }  # fmt: skip

    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with its chunks.

        Raises:
            NotFound: Unknown id.
        """
        record = self._record(doc_id)
        chunks = [
            {"id": c.id, "section": c.section, "page": c.page, "text": c.text}
            for c in self.ws.registry.chunks(doc_id)
        ]
        return self._doc_json(record, date.today()) | {"chunk_list": chunks}

    def _record(self, doc_id: str) -> Any:
        """The registry record of a document.

        Raises:
            NotFound: Unknown id.
        """
        record = self.ws.registry.get(doc_id)
        if record is None:
            raise NotFound(f"Document '{doc_id}' bestaat niet")
        return record

    def _upload_dir(self) -> Path:
        return Path(self.config.corpus_dir) / "uploads"

    def _stage(self, action: str) -> Stage:
        return Stage(Path(self.config.data_dir) / "staging", uuid.uuid4().hex, action)

    def recover(self) -> list[str]:
        """Finish or undo document changes a crash interrupted (call at start-up)."""
        with self._write_lock:
            messages = recover(
                Path(self.config.data_dir) / "staging", self.ws.registry, self.ws.indexer.remove
            )
            if messages:
                self.ws.index.reload()
            return messages

    # Document changes are jobs: staged now (fast), indexed by the writer thread.
    def submit_upload(self, files: Sequence[tuple[Path, str]], meta: dict[str, Any]) -> Job:
        """Stage uploaded files (size-checked temp files with their original names) as a job.

        Each file waits in the data dir's staging folder and moves to ``<corpus>/uploads/`` with
        ``meta`` as sidecar only once its document is committed; a file that fails is dropped.
        """
        stage = self._stage("upload")
        for temp, original in files:
            suffix = Path(original).suffix.lower()[:10]
            name = f"{slugify(Path(original).stem)[:60]}-{uuid.uuid4().hex[:8]}{suffix}"
            work = stage.dir / name
            shutil.move(str(temp), work)
            file_meta = dict(meta)
            if len(files) > 1:
                file_meta.pop("id", None)
                file_meta.pop("title", None)
            if file_meta:
                _write_sidecar(work, file_meta)
            target = self._upload_dir() / name
            source = CORPUS_PREFIX + target.relative_to(self.config.corpus_dir).as_posix()
            stage.add(work, target, source, original)
        return self.jobs.submit("upload", len(files), lambda job: self._commit(stage, job))

    def _commit(self, stage: Stage, job: Job) -> tuple[str, dict[str, Any]]:
        """Index a stage's files; committed ones move into the corpus, failed ones are dropped."""
        with self._write_lock:
            try:
                items = [IngestItem(f.work, f.source, label=f.label) for f in stage.files]
                report = self.ws.indexer.ingest(items, on_progress=job.progress)
                failed = {r.source for r in report.errors}
                for staged in stage.files:
                    if staged.source not in failed:
                        commit_file(staged)
            finally:
                stage.close()
                self.ws.index.reload()
        return report.summary(), report.to_json()

    def submit_replace(
        self, doc_id: str, file: tuple[Path, str] | None, meta: dict[str, Any]
    ) -> Job:
        """Stage a new file and/or metadata for a document; the old version stays until committed.

        Raises:
            NotFound: Unknown id, or no file on disk to apply new metadata to.
        """
        record = self._record(doc_id)
        target = self._corpus_path(record.source)
        if file is None and (target is None or not target.exists()):
            raise NotFound(f"Het bestand van '{doc_id}' is niet beschikbaar; upload het opnieuw")
        stage = self._stage("vervanging")
        name = target.name if target else Path(file[1] if file else "document").name
        work = stage.dir / name
        if file is not None:
            shutil.move(str(file[0]), work)
        else:
            assert target is not None
            shutil.copyfile(target, work)
        merged = dict(meta)
        if target is not None and sidecar_path(target).exists():
            old = yaml.safe_load(sidecar_path(target).read_text(encoding="utf-8")) or {}
            merged = old | merged
        merged["id"] = doc_id
        _write_sidecar(work, merged)
        # Without a corpus file (a document from elsewhere) the staged one is indexed, not kept.
        stage.add(work, target or work, record.source, file[1] if file else name)
        return self.jobs.submit("vervanging", 1, lambda job: self._commit(stage, job))

    def submit_delete(self, doc_id: str) -> Job:
        """Remove a document from every index, and its file from the corpus folder, as a job.

        Raises:
            NotFound: Unknown id.
        """
        self._record(doc_id)
        return self.jobs.submit("verwijdering", 1, lambda job: self._delete(doc_id, job))

    def _delete(self, doc_id: str, job: Job) -> tuple[str, dict[str, Any]]:
        with self._write_lock:
            record = self._record(doc_id)
            stage = self._stage("verwijdering")
            try:
                stage.remove_ids([doc_id])
                target = self._corpus_path(record.source)
                if target is not None:
                    for path in (target, sidecar_path(target)):
                        if path.exists():
                            shutil.move(str(path), stage.dir / path.name)
                self.ws.indexer.remove([doc_id])
            finally:
                stage.close()
                self.ws.index.reload()
        job.progress(1, 1)
        return f"Document '{doc_id}' is verwijderd.", {"document_id": doc_id}

    def wait(self, job: Job, timeout: float | None = None) -> Job:
        """Block until a job is finished (Gradio handlers and the command line)."""
        job.finished.wait(timeout)
        return job

    def _corpus_path(self, source: str) -> Path | None:
        if not source.startswith(CORPUS_PREFIX):
            return None
        path = (self.config.corpus_dir / source[len(CORPUS_PREFIX) :]).resolve()
        root = self.config.corpus_dir.resolve()
        return path if path.is_relative_to(root) else None

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
        cards = [
            ContactCard.model_validate(raw)
            for r in self.ws.index.get().documents
            if r.payload.get("kind") == "contacts"
            for raw in r.payload["contacts"]["contacts"]
        ]
        return find_contacts(
            cards, region=region, target_group=target_group, kinds=kinds, urgent=urgent
        )

    # -- evaluations -----------------------------------------------------------------------
    @staticmethod
    def eval_sets() -> list[str]:
        """Names of the available question sets."""
        return sorted(p.stem for p in DATASETS.glob("*.jsonl"))

    def start_eval(self, dataset: str, limit: int | None = None, ablation: bool = False) -> EvalRun:
        """Start an evaluation in a background thread.

        Raises:
            NotFound: Unknown question set.
        """
        if dataset not in self.eval_sets():
            raise NotFound(
                f"Vragenset '{dataset}' bestaat niet; kies uit {', '.join(self.eval_sets())}"
            )
        run = EvalRun(id=uuid.uuid4().hex[:12], dataset=dataset)
        self._evals[run.id] = run
        threading.Thread(target=self._run_eval, args=(run, limit, ablation), daemon=True).start()
        return run

    def _run_eval(self, run: EvalRun, limit: int | None, ablation: bool) -> None:
        from evals.service import run_evaluation

        def progress(done: int, total: int) -> None:
            run.done, run.total = done, total

        try:
            result, paths = run_evaluation(
                self.ws.assistant, DATASETS / f"{run.dataset}.jsonl", self.config.data_dir / "evals",
                limit=limit, ablation=ablation, progress=progress, run_id=run.id,
            )  # fmt: skip
            run.result = result
            run.report_markdown = paths["markdown"].read_text(encoding="utf-8")
            run.paths = {k: str(v) for k, v in paths.items()}
            run.status = "klaar"
        except Exception as err:
            log.exception("Evaluatie %s mislukt", run.id)
            run.status, run.error = "fout", str(err)

    def eval_run(self, run_id: str) -> EvalRun:
        """A run by id.

        Raises:
            NotFound: Unknown id.
        """
        run = self._evals.get(run_id)
        if run is None:
            raise NotFound(f"Evaluatie '{run_id}' bestaat niet")
        return run


def _write_sidecar(path: Path, meta: dict[str, Any]) -> None:
    sidecar_path(path).write_text(
        yaml.safe_dump(meta, allow_unicode=True, default_flow_style=False), encoding="utf-8"
    )
