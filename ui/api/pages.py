"""A document a nurse can read: its passages in order, per page or section, the cited one marked."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from assistant.metadata import DOC_TYPE_LABELS, GROUP_LABELS, REGION_LABELS
from ui.api.deps import ServicesDep, chat_allowed
from ui.chat_html import render_page

router = APIRouter(dependencies=[Depends(chat_allowed)])


@router.get("/documenten/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(doc_id: str, services: ServicesDep, passage: str | None = None) -> HTMLResponse:
    """Het document als leesbare pagina; ``passage`` is de geciteerde passage (gemarkeerd)."""
    doc = services.document(doc_id)
    sections: list[tuple[dict[str, str], list[dict[str, Any]]]] = []
    for chunk in doc["chunk_list"]:
        label = f"Pagina {chunk['page']}" if chunk["page"] else (chunk["section"] or "Tekst")
        if chunk["page"] and chunk["section"]:
            label += f" – {chunk['section']}"
        if not sections or sections[-1][0]["label"] != label:
            anchor = f"page={chunk['page']}" if chunk["page"] else f"sectie-{len(sections) + 1}"
            sections.append(({"label": label, "anchor": anchor}, []))
        sections[-1][1].append(chunk)
    labels = {
        "target_groups": [GROUP_LABELS.get(g, g) for g in doc.get("target_groups") or ()],
        "regions": [REGION_LABELS.get(r, r) for r in doc.get("regions") or ()],
        "doc_type": DOC_TYPE_LABELS.get(doc.get("doc_type") or "", doc.get("doc_type")),
    }
    page = render_page("document.html", doc=doc | labels, sections=sections, cited=passage)
    return HTMLResponse(page)
