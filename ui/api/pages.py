"""A document a nurse can read, and its original file.

The passages in order, per page or section, with the cited one marked; beside them the original
file (a PDF opened at the cited page) for roles that may see originals.
"""

from __future__ import annotations

import mimetypes
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse, HTMLResponse

from assistant.errors import NotFound
from assistant.metadata import DOC_TYPE_LABELS, GROUP_LABELS, REGION_LABELS
from ui.api.deps import AccountDep, ServicesDep, chat_allowed
from ui.chat_html import markdown_html, render_page

router = APIRouter(dependencies=[Depends(chat_allowed)])

# Originals shown in the page itself; any other format is only offered as a download (an HTML
# original opened inline would run in Hospicewijzer's own origin).
INLINE_TYPES = frozenset({"application/pdf"})
# The PDF is shown in a frame of the document page: same origin only.
_FRAMEABLE = {"X-Frame-Options": "SAMEORIGIN", "Content-Security-Policy": "frame-ancestors 'self'"}


def _sections(chunks: list[dict[str, Any]]) -> list[tuple[dict[str, str], list[dict[str, Any]]]]:
    """Passages grouped under their page or section heading, in document order."""
    sections: list[tuple[dict[str, str], list[dict[str, Any]]]] = []
    for chunk in chunks:
        label = f"Pagina {chunk['page']}" if chunk["page"] else (chunk["section"] or "Tekst")
        if chunk["page"] and chunk["section"]:
            label += f" – {chunk['section']}"
        if not sections or sections[-1][0]["label"] != label:
            anchor = f"page={chunk['page']}" if chunk["page"] else f"sectie-{len(sections) + 1}"
            sections.append(({"label": label, "anchor": anchor}, []))
        sections[-1][1].append(chunk | {"html": markdown_html(chunk["text"])})
    return sections


@router.get("/documenten/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(
    doc_id: str, services: ServicesDep, account: AccountDep, passage: str | None = None
) -> HTMLResponse:
    """Het document als leesbare pagina; ``passage`` is de geciteerde passage (gemarkeerd)."""
    doc = services.document(doc_id)
    labels = {
        "target_groups": [GROUP_LABELS.get(g, g) for g in doc.get("target_groups") or ()],
        "regions": [REGION_LABELS.get(r, r) for r in doc.get("regions") or ()],
        "doc_type": DOC_TYPE_LABELS.get(doc.get("doc_type") or "", doc.get("doc_type")),
    }
    cited = next((c for c in doc["chunk_list"] if c["id"] == passage), None)
    original: dict[str, Any] | None = None
    try:
        path = services.original(doc_id)
    except NotFound:
        path = None
    if path is not None:
        url = f"/documenten/{doc_id}/origineel"
        media = mimetypes.guess_type(path.name)[0] or ""
        page = (cited or {}).get("page") or 1
        original = {
            "name": path.name,
            "allowed": bool(account and account.can("originals")),
            "download": f"{url}?download=1",
            "view": f"{url}#page={page}" if media in INLINE_TYPES else None,
            "page": page,
        }
    body = render_page(
        "document.html",
        doc=doc | labels,
        sections=_sections(doc["chunk_list"]),
        cited=passage,
        original=original,
    )
    return HTMLResponse(body)


@router.get("/documenten/{doc_id}/origineel", include_in_schema=False)
def original_file(
    doc_id: str, services: ServicesDep, account: AccountDep, download: bool = False
) -> FileResponse:
    """Het originele bestand (PDF in de pagina, andere formaten als download); na inloggen."""
    if account is None:
        raise HTTPException(401, "Log in om het originele bestand te openen.")
    if not account.can("originals"):
        raise HTTPException(403, f"Uw rol '{account.role}' mag originele bestanden niet openen")
    path = services.original(doc_id)
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    inline = media in INLINE_TYPES and not download
    return FileResponse(
        path,
        media_type=media,
        filename=path.name,
        content_disposition_type="inline" if inline else "attachment",
        headers=_FRAMEABLE if inline else None,
    )
