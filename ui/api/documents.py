"""Documents: read by whoever may chat; changes by coordinators, as jobs (202 + status URL)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from assistant.types import Filters
from ui.accounts import Account
from ui.api.deps import ServicesDep, chat_allowed, require
from ui.api.forms import form_meta, read_form
from ui.api.models import DocumentDetail, DocumentOut, JobOut
from ui.jobs import Job

router = APIRouter()
docs_role = Depends(require("documents"))
# The coordinator making a change: their name goes into the document history.
Coordinator = Annotated[Account, docs_role]
# Document text is readable by whoever may chat (everyone, or signed-in users when
# HOSPICEWIJZER_CHAT_REQUIRES_LOGIN is set): answers quote the same text.
readers = Depends(chat_allowed)


@router.get(
    "/api/documents", tags=["documenten"], dependencies=[readers], response_model=list[DocumentOut]
)
def list_documents(
    services: ServicesDep,
    target_group: str | None = None,
    region: str | None = None,
    doc_type: str | None = None,
    audience: str | None = None,
) -> list[dict[str, Any]]:
    """Alle documenten, verlopen herziening eerst, optioneel gefilterd."""
    filters = Filters(
        (target_group,) if target_group else (),
        (region,) if region else (),
        (doc_type,) if doc_type else (),
        audience,
    )
    return services.documents(filters)


@router.get(
    "/api/documents/{doc_id}",
    tags=["documenten"],
    dependencies=[readers],
    response_model=DocumentDetail,
)
def get_document(doc_id: str, services: ServicesDep) -> dict[str, Any]:
    """Eén document met zijn passages."""
    return services.document(doc_id)


# Changes are jobs: the request returns 202 at once with the job's status URL.
@router.post(
    "/api/documents",
    tags=["documenten"],
    status_code=202,
    responses={202: {"model": JobOut}},
)
async def upload(request: Request, services: ServicesDep, account: Coordinator) -> JSONResponse:
    """Bestanden uploaden als taak (202 met `status_url`)."""
    form = await read_form(request, services)
    try:
        if not form.files:
            raise HTTPException(422, "Ongeldig verzoek – veld 'files': geen bestand meegestuurd")
        # Staging moves files and writes the manifest: off the event loop, so a large upload
        # does not hold up other requests.
        job = await run_in_threadpool(
            services.changes.submit_upload, form.files, form_meta(form), account.name
        )
    finally:
        form.cleanup()
    return _accepted(job)


@router.put(
    "/api/documents/{doc_id}",
    tags=["documenten"],
    status_code=202,
    responses={202: {"model": JobOut}},
)
async def replace(
    doc_id: str, request: Request, services: ServicesDep, account: Coordinator
) -> JSONResponse:
    """Bestand en/of metadata van een document vervangen, als taak."""
    form = await read_form(request, services)
    try:
        if len(form.files) > 1:
            raise HTTPException(422, "Ongeldig verzoek – veld 'files': één bestand per vervanging")
        meta = form_meta(form)
        meta.pop("id", None)
        if not form.files and not meta:
            raise HTTPException(422, "Ongeldig verzoek – stuur een nieuw bestand en/of metadata")
        file = form.files[0] if form.files else None
        job = services.changes.submit_replace(doc_id, file, meta, account.name)
    finally:
        form.cleanup()
    return _accepted(job)


@router.delete(
    "/api/documents/{doc_id}",
    tags=["documenten"],
    dependencies=[docs_role],
    status_code=202,
    responses={202: {"model": JobOut}},
)
def delete(doc_id: str, services: ServicesDep) -> JSONResponse:
    """Een document verwijderen, als taak."""
    return _accepted(services.changes.submit_delete(doc_id))


@router.post(
    "/api/corpus/inlezen",
    tags=["documenten"],
    dependencies=[docs_role],
    status_code=202,
    responses={202: {"model": JobOut}},
)
def rescan(services: ServicesDep) -> JSONResponse:
    """De corpusmap opnieuw inlezen (nieuwe, gewijzigde en verdwenen bestanden), als taak."""
    return _accepted(services.changes.submit_rescan())


@router.get(
    "/api/jobs/{job_id}", tags=["documenten"], dependencies=[docs_role], response_model=JobOut
)
def job_status(job_id: str, services: ServicesDep) -> dict[str, Any]:
    """Stand van een documenttaak."""
    return services.changes.jobs.get(job_id).to_json()


def _accepted(job: Job) -> JSONResponse:
    """202 with the job and where to follow it."""
    url = f"/api/jobs/{job.id}"
    body = JobOut.model_validate(job.to_json() | {"status_url": url})
    return JSONResponse(body.model_dump(), status_code=202, headers={"Location": url})
