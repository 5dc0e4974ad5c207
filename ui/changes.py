"""Document changes as jobs: stage outside the corpus, index on the writer thread, commit, recover.

Uploads, replacements and deletions are staged under ``<data>/staging/<job>/`` (see
``ingest.staging``), indexed by the one writer thread of the job queue and moved into the corpus
only once committed. A start-up call to :meth:`DocumentChanges.recover` finishes or undoes what a
crash interrupted.

With several worker processes only one is the writer (it holds the data dir's lock). Another
worker stages a change the same way, records it in the shared job table and hands it over; the
writer's pick-up loop (``ui.pickup``) claims it from there. Whoever holds the lock after a
writer died takes over the role, the waiting jobs included.
"""

from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import AssistantError, NotFound
from assistant.metadata import slugify
from ingest.documents import sidecar_path
from ingest.items import IngestItem, corpus_items
from ingest.staging import Stage, commit_file, recover
from ui.jobs import Job, JobKind, JobQueue, Work, new_job_id
from ui.jobtable import STAGING, JobRow
from ui.pickup import JobPickup
from ui.workspace import Workspace

CORPUS_PREFIX = "corpus/"
INTERRUPTED = (
    "Taak onderbroken: het schrijvende proces stopte. Wat al was ingelezen is bewaard; "
    "controleer de documentenlijst en upload zo nodig opnieuw."
)


class DocumentChanges:
    """Submits document changes as jobs on one workspace; ``lock`` serialises index writes."""

    def __init__(self, workspace: Workspace, lock: threading.Lock) -> None:
        self.ws = workspace
        self.jobs = JobQueue(workspace.jobs_table)
        self._write_lock = lock
        self._pickup: JobPickup | None = None

    def close(self) -> None:
        """Let the running and queued changes finish; no new ones run after this."""
        if self._pickup is not None:
            self._pickup.stop()
        self.jobs.close()

    # -- the writer role across worker processes ---------------------------------------------
    def start_pickup(self, interval_s: float = 0.5) -> None:
        """Claim jobs other workers hand over (and take the writer role when it is free)."""
        self._pickup = JobPickup(self, interval_s).start()

    def work_for(self, row: JobRow) -> Work:
        """What the writer runs for a job another worker handed over."""
        if row.kind == JobKind.DELETE:
            doc_id = str(row.payload["doc_id"])
            return lambda job: self._delete(doc_id, job)
        if row.kind == JobKind.RESCAN:
            return self._rescan
        by = str(row.payload.get("by") or "ingest")
        folder = Path(self.config.data_dir) / "staging" / str(row.payload["stage"])

        def run(job: Job) -> tuple[str, dict[str, Any]]:
            try:
                stage = Stage.open(folder)
            except (OSError, ValueError) as err:
                raise AssistantError(
                    "De bestanden van deze taak zijn niet meer aanwezig; upload opnieuw."
                ) from err
            return self._commit(stage, job, by)

        return run

    def _announce(self, job_id: str, kind: JobKind, total: int, payload: dict[str, Any]) -> bool:
        """Decide once where a job runs; a worker that is not the writer records it first.

        Returns:
            True when the job goes to another process (recorded before its files are staged,
            so a writer's crash recovery never takes the half-staged folder for debris).
        """
        remote = not self.ws.writable
        if remote:
            self.ws.jobs_table.add(job_id, kind, total, payload, STAGING)
        return remote

    def _dispatch(self, job_id: str, kind: JobKind, total: int, work: Work, remote: bool) -> Job:
        """Run a staged job here (the writer) or hand it to the writer process."""
        if not remote:
            return self.jobs.submit(kind, total, work, job_id=job_id)
        self.ws.jobs_table.hand_over(job_id)
        return self.jobs.follow(job_id, kind, total)

    def _abandon(self, job_id: str, stage: Stage | None, err: BaseException, remote: bool) -> None:
        if stage is not None:
            stage.close()
        if remote:
            self.ws.jobs_table.save(job_id, "fout", 0, 0, f"Klaarzetten mislukt: {err}", {})

    @property
    def config(self) -> Any:
        """The configuration."""
        return self.ws.config

    def _upload_dir(self) -> Path:
        return Path(self.config.corpus_dir) / "uploads"

    def _stage(self, action: str, job_id: str | None = None) -> Stage:
        return Stage(Path(self.config.data_dir) / "staging", job_id or uuid.uuid4().hex, action)

    def recover(self) -> list[str]:
        """Finish or undo document changes a crash interrupted (call on becoming the writer).

        Jobs other workers handed over and no writer took yet are kept: the pick-up loop runs
        them. Jobs a previous writer took but did not finish are marked as interrupted.
        """
        with self._write_lock:
            table = self.ws.jobs_table
            table.interrupt_claimed(INTERRUPTED)
            messages = recover(
                Path(self.config.data_dir) / "staging", self.ws.registry, self.ws.indexer.remove,
                keep=table.waiting_for_writer(),
            )  # fmt: skip
            if messages:
                self.ws.index.reload()
            return messages

    # Document changes are jobs: staged now (fast), indexed by the writer thread.
    def submit_upload(
        self, files: Sequence[tuple[Path, str]], meta: dict[str, Any], by: str = "ingest"
    ) -> Job:
        """Stage uploaded files (size-checked temp files with their original names) as a job.

        ``by`` (the account name) is recorded in each document's history.

        Each file waits in the data dir's staging folder and moves to ``<corpus>/uploads/`` with
        ``meta`` as sidecar only once its document is committed; a file that fails is dropped.
        """
        def fill(stage: Stage) -> None:
            for temp, original in files:
                self._stage_upload(stage, temp, original, meta, several=len(files) > 1)
            # One manifest for the whole upload; the job only exists (and is answered) after it.
            stage.save()

        return self._submit_staged(JobKind.UPLOAD, len(files), "upload", by, fill)

    def _submit_staged(
        self, kind: JobKind, total: int, action: str, by: str, fill: Callable[[Stage], None]
    ) -> Job:
        """Stage a change's files with ``fill`` and run it here or hand it to the writer.

        A failure while staging removes the stage (and marks a handed-over job as failed).
        """
        job_id = new_job_id()
        remote = self._announce(job_id, kind, total, {"stage": job_id, "by": by})
        stage: Stage | None = None
        try:
            stage = self._stage(action, job_id)
            fill(stage)
        except BaseException as err:
            self._abandon(job_id, stage, err, remote)
            raise
        staged = stage
        return self._dispatch(
            job_id, kind, total, lambda job: self._commit(staged, job, by), remote
        )

    def _stage_upload(
        self, stage: Stage, temp: Path, original: str, meta: dict[str, Any], *, several: bool
    ) -> None:
        suffix = Path(original).suffix.lower()[:10]
        name = f"{slugify(Path(original).stem)[:60]}-{uuid.uuid4().hex[:8]}{suffix}"
        work = stage.dir / name
        shutil.move(str(temp), work)
        file_meta = dict(meta)
        if several:
            file_meta.pop("id", None)
            file_meta.pop("title", None)
        if file_meta:
            _write_sidecar(work, file_meta)
        target = self._upload_dir() / name
        source = CORPUS_PREFIX + target.relative_to(self.config.corpus_dir).as_posix()
        stage.add(work, target, source, original, save=False)

    def _commit(self, stage: Stage, job: Job, by: str) -> tuple[str, dict[str, Any]]:
        """Index a stage's files; committed ones move into the corpus, failed ones are dropped."""
        with self._write_lock:
            try:
                items = [IngestItem(f.work, f.source, label=f.label) for f in stage.files]
                report = self.ws.indexer.ingest(items, on_progress=job.progress, actor=by)
                failed = {r.source for r in report.errors}
                for staged in stage.files:
                    if staged.source not in failed:
                        commit_file(staged)
            finally:
                stage.close()
                self.ws.index.reload()
        return report.summary(), report.to_json()

    def submit_replace(
        self, doc_id: str, file: tuple[Path, str] | None, meta: dict[str, Any], by: str = "ingest"
    ) -> Job:
        """Stage a new file and/or metadata for a document; the old version stays until committed.

        The commit appends a row to the document's history (``by`` is the account name); a new
        file restarts the yearly review unless the metadata sets an explicit ``review_date``.

        Raises:
            NotFound: Unknown id, or no file on disk to apply new metadata to.
        """
        record = self.ws.registry.require(doc_id)
        target = self._corpus_path(record.source)
        if file is None and (target is None or not target.exists()):
            raise NotFound(f"Het bestand van '{doc_id}' is niet beschikbaar; upload het opnieuw")
        return self._submit_staged(
            JobKind.REPLACE, 1, "vervanging", by,
            lambda stage: self._stage_replacement(stage, doc_id, record.source, target, file, meta),
        )  # fmt: skip

    @staticmethod
    def _stage_replacement(
        stage: Stage, doc_id: str, source: str, target: Path | None,
        file: tuple[Path, str] | None, meta: dict[str, Any],
    ) -> None:  # fmt: skip
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
        stage.add(work, target or work, source, file[1] if file else name)

    def submit_rescan(self) -> Job:
        """Read the corpus folder again (files added, changed or removed on disk), as a job.

        The same as ``hospicewijzer ingest`` while no server runs: unchanged files are skipped,
        files gone from the folder are removed from the indexes.
        """
        job_id = new_job_id()
        remote = self._announce(job_id, JobKind.RESCAN, 0, {})
        return self._dispatch(job_id, JobKind.RESCAN, 0, self._rescan, remote)

    def _rescan(self, job: Job) -> tuple[str, dict[str, Any]]:
        with self._write_lock:
            try:
                items = corpus_items(Path(self.config.corpus_dir), prefix=CORPUS_PREFIX)
                report = self.ws.indexer.ingest(
                    items, prune_prefix=CORPUS_PREFIX, on_progress=job.progress
                )
            finally:
                self.ws.index.reload()
        return report.summary(), report.to_json()

    def submit_delete(self, doc_id: str) -> Job:
        """Remove a document from every index, and its file from the corpus folder, as a job.

        Raises:
            NotFound: Unknown id.
        """
        self.ws.registry.require(doc_id)
        job_id = new_job_id()
        remote = self._announce(job_id, JobKind.DELETE, 1, {"doc_id": doc_id})
        return self._dispatch(
            job_id, JobKind.DELETE, 1, lambda job: self._delete(doc_id, job), remote
        )

    def _delete(self, doc_id: str, job: Job) -> tuple[str, dict[str, Any]]:
        with self._write_lock:
            record = self.ws.registry.require(doc_id)
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

    @staticmethod
    def wait(job: Job, timeout: float | None = None) -> Job:
        """Block until a job is finished (Gradio handlers and the command line)."""
        job.finished.wait(timeout)
        return job

    def _corpus_path(self, source: str) -> Path | None:
        return corpus_path(self.config.corpus_dir, source)


def corpus_path(corpus_dir: Path, source: str) -> Path | None:
    """The file in the corpus folder behind a source key (None: not from the corpus folder)."""
    if not source.startswith(CORPUS_PREFIX):
        return None
    path = (corpus_dir / source[len(CORPUS_PREFIX) :]).resolve()
    return path if path.is_relative_to(corpus_dir.resolve()) else None


def _write_sidecar(path: Path, meta: dict[str, Any]) -> None:
    sidecar_path(path).write_text(
        yaml.safe_dump(meta, allow_unicode=True, default_flow_style=False), encoding="utf-8"
    )
