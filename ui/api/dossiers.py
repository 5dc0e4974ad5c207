"""Themadossiers: one per target group, readable by whoever may chat."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query

from assistant.dossiers import GROUP_LABELS, build_dossier, dossier_sizes
from assistant.errors import NotFound
from assistant.types import Filters
from ui.api.deps import ServicesDep, chat_allowed
from ui.api.models import DossierOut, DossierSummary, SearchResult
from ui.chat_html import document_link

router = APIRouter(dependencies=[Depends(chat_allowed)])


@router.get("/api/dossiers", tags=["dossiers"], response_model=list[DossierSummary])
def dossiers(services: ServicesDep) -> list[dict[str, Any]]:
    """Alle themadossiers met het aantal documenten."""
    sizes = dossier_sizes(services.ws.index.get())
    return [
        {"group": group, "label": label, "documents": sizes[group]}
        for group, label in GROUP_LABELS.items()
    ]


@router.get("/api/dossiers/{group}", tags=["dossiers"], response_model=DossierOut)
def dossier(group: str, services: ServicesDep) -> dict[str, Any]:
    """Eén themadossier in vijf delen, met beslisbomen en consultatiecontacten.

    De delen: Informatie, Protocollen en richtlijnen, Webinars en scholing, Praktijkverhalen,
    Onderzoek.
    """
    if group not in GROUP_LABELS:
        raise NotFound(f"Themadossier '{group}' bestaat niet; kies uit {', '.join(GROUP_LABELS)}")
    d = build_dossier(services.ws.index.get(), group, date.today())
    return {
        "group": d.group, "label": d.label,
        "parts": {name: [asdict(e) for e in entries] for name, entries in d.parts.items()},
        "trees": [
            {"id": t.id, "title": t.title, "description": t.description,
             "target_groups": list(t.target_groups)}
            for t in d.trees
        ],
        "contacts": [c.model_dump(mode="json") for c in d.contacts],
    }  # fmt: skip


@router.get("/api/zoeken", tags=["dossiers"], response_model=list[SearchResult])
def search(
    services: ServicesDep,
    q: str = Query(max_length=500, description="zoekwoorden: titel of inhoud"),
    target_group: str | None = None,
    region: str | None = None,
    doc_type: str | None = None,
) -> list[dict[str, Any]]:
    """Documenten zoeken op titel en inhoud, elk met de best passende passage en een link."""
    filters = Filters(
        (target_group,) if target_group else (), (region,) if region else (),
        (doc_type,) if doc_type else (),
    )  # fmt: skip
    return [
        r | {"url": document_link(r["id"], r["chunk_id"] or "")}
        for r in services.search(q, filters)
    ]
