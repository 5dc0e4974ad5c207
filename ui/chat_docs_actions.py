"""Handlers of the Documenten tab (coordinators): list, upload, replace and delete documents."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import AssistantError, MetadataError
from assistant.metadata import DOC_TYPE_LABELS, GROUP_LABELS, build_meta
from assistant.types import Filters
from ui.accounts import Account
from ui.jobs import Job, Status
from ui.labels import label_list
from ui.services import Services

COLUMNS = ["id", "titel", "soort", "doelgroepen", "passages", "herzien vóór", "te laat"]


def require_documents(account: Account | None) -> None:
    """Server-side role check for every document handler."""
    if account is None or not account.can("documents"):
        raise gr.Error("Alleen coördinatoren mogen documenten beheren; log in als coördinator.")


def document_rows(
    services: Services, group: str | None, region: str | None, doc_type: str | None
) -> list[list[Any]]:
    """Table rows, overdue first (the order of services.documents)."""
    f = Filters(
        (group,) if group else (), (region,) if region else (), (doc_type,) if doc_type else ()
    )
    rows = []
    for d in services.documents(f if f != Filters() else None):
        rows.append(
            [
                d["id"],
                d["title"],
                DOC_TYPE_LABELS.get(d["doc_type"], d["doc_type"]),
                label_list(GROUP_LABELS, list(d.get("target_groups") or ())),
                d["chunks"],
                d.get("review_due") or "",
                "⚠ ja" if d["review_overdue"] else "nee",
            ]
        )
    return rows


def _meta(
    title: str,
    doc_type: str | None,
    groups: list[str] | None,
    regions: list[str] | None,
    audience: str | None,
    review: str | None,
) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if (title or "").strip():
        meta["title"] = title.strip()
    if doc_type:
        meta["doc_type"] = doc_type
    if groups:
        meta["target_groups"] = list(groups)
    if regions:
        meta["regions"] = list(regions)
    if audience:
        meta["audience"] = audience
    if review and review.strip():
        meta["review_date"] = review.strip()
    try:
        build_meta({"id": "controle", "title": "controle"} | meta, source="formulier")
    except MetadataError as err:
        raise gr.Error(
            str(err).replace("formulier: ongeldige metadata – ", "Ongeldige metadata – ")
        ) from err
    return meta


def _name(acc: Account | None) -> str:
    """The account name for the document history (handlers have checked the role already)."""
    return acc.name if acc else "onbekend"


def _copy(temp: str) -> tuple[Path, str]:
    """Copy Gradio's temp file to a private temp path (upload moves it); keep the original name."""
    original = Path(temp).name
    target = Path(tempfile.mkdtemp(prefix="hw-upload-")) / original
    shutil.copyfile(temp, target)
    return target, original


def _report_lines(result: dict[str, Any]) -> str:
    lines = []
    for f in result.get("files", []):
        msg = f" – {f['message']}" if f.get("message") else ""
        lines.append(
            f"- `{f['source']}`: **{f['status']}**, id `{f['document_id'] or '–'}`, {f['chunks']} passages{msg}"
        )
    return "\n".join(lines) or "Geen bestanden verwerkt."


class DocumentActions:
    """Handlers of the Documenten tab; each re-checks the coordinator role server-side."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def load(
        self, acc: Account | None, grp: str | None, reg: str | None, typ: str | None
    ) -> list[Any]:
        """Table rows and the document choices of the replace/delete dropdowns."""
        if acc is None or not acc.can("documents"):
            return [[], gr.Dropdown(choices=[]), gr.Dropdown(choices=[])]
        rows = document_rows(self.services, grp, reg, typ)
        all_docs = self.services.documents()
        choices = [(f"{d['title']} ({d['id']})", d["id"]) for d in all_docs]
        return [rows, gr.Dropdown(choices=choices), gr.Dropdown(choices=choices)]

    def upload(
        self,
        acc: Account | None,
        paths: list[str] | None,
        t: str,
        dt: str,
        grp: list[str],
        reg: list[str],
        aud: str,
        rev: str,
        progress: gr.Progress = gr.Progress(),
    ) -> tuple[str, None]:
        """Copy and ingest uploaded files with the form's metadata; per-file result lines."""
        require_documents(acc)
        if not paths:
            raise gr.Error("Kies eerst een of meer bestanden.")
        meta = _meta(t, dt, grp, reg, aud, rev)
        progress(0.05, desc="Bestanden voorbereiden…")
        staged = [_copy(p) for p in paths]
        try:
            job = self.services.changes.submit_upload(staged, meta, _name(acc))
        except AssistantError as err:
            raise gr.Error(str(err)) from err
        finally:
            for temp, _ in staged:
                shutil.rmtree(temp.parent, ignore_errors=True)
        return self._follow(job, progress), None

    def replace(
        self, acc: Account | None, doc_id: str | None, path: str | None, t: str, rev: str
    ) -> tuple[str, None]:
        """Replace a document's file and/or metadata."""
        require_documents(acc)
        if not doc_id:
            raise gr.Error("Kies een document.")
        meta = _meta(t, None, None, None, None, rev)
        if not path and not meta:
            raise gr.Error("Kies een nieuw bestand en/of vul metadata in.")
        staged = _copy(path) if path else None
        try:
            job = self.services.changes.submit_replace(doc_id, staged, meta, _name(acc))
        except AssistantError as err:
            raise gr.Error(str(err)) from err
        finally:
            if staged:
                shutil.rmtree(staged[0].parent, ignore_errors=True)
        return self._follow(job, gr.Progress()), None

    def _follow(self, job: Job, progress: gr.Progress) -> str:
        """Wait for a document job (in Gradio's worker thread, not the event loop), with progress."""
        while not job.finished.wait(0.5):
            if job.status == Status.WAITING:
                progress(0.05, desc="In de wachtrij…")
            else:
                progress(job.done / max(job.total, 1), desc=f"Inlezen: {job.done} van {job.total}")
        if job.status == Status.FAILED:
            raise gr.Error(job.message)
        return "**Resultaat:**\n\n" + _report_lines(job.result)

    def delete(self, acc: Account | None, doc_id: str | None, sure: bool) -> tuple[str, bool]:
        """Delete a document, only with the confirmation ticked."""
        require_documents(acc)
        if not doc_id:
            return "Kies eerst een document.", False
        if not sure:
            return "Vink eerst 'Ik weet het zeker' aan; er is niets verwijderd.", False
        try:
            job = self.services.changes.wait(self.services.changes.submit_delete(doc_id))
        except AssistantError as err:
            return f"Verwijderen mislukt: {err}", False
        if job.status == Status.FAILED:
            return f"Verwijderen mislukt: {job.message}", False
        return f"Document `{doc_id}` is verwijderd.", False
