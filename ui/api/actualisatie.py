"""Actualisatie (coordinators): overdue and soon-due documents and dossiers, and corpus gaps."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from assistant.dossiers import GROUP_LABELS
from assistant.errors import MetadataError
from assistant.review import (
    DEFAULT_HORIZON_DAYS,
    DUE_SOON,
    OVERDUE,
    ReviewItem,
    by_dossier,
    by_owner,
)
from ui.actualisatie import item_json, to_csv
from ui.api.deps import ServicesDep, require
from ui.api.models import ActualisatieOut, GapsOut
from ui.services import Services

router = APIRouter(dependencies=[Depends(require("documents"))])
Days = Query(DEFAULT_HORIZON_DAYS, ge=0, le=3650, description="vooruitkijken in dagen")


def _review(services: Services, days: int) -> list[ReviewItem]:
    """The due items; a broken dossiers.yaml is the server's problem (503), not the caller's."""
    try:
        return services.review(days)
    except MetadataError as err:
        raise HTTPException(503, f"De dossierinstellingen kloppen niet: {err}") from err


@router.get("/api/actualisatie", tags=["actualisatie"], response_model=ActualisatieOut)
def actualisatie(services: ServicesDep, days: int = Days) -> dict[str, Any]:
    """Te herzien: verlopen of binnen `days` dagen, per dossier en per verantwoordelijke."""
    items = _review(services, days)
    return {
        "today": date.today().isoformat(), "days": days,
        "overdue": sum(i.status == OVERDUE for i in items),
        "due_soon": sum(i.status == DUE_SOON for i in items),
        "per_dossier": [
            {"key": g, "label": GROUP_LABELS.get(g, g), "items": [item_json(i) for i in found]}
            for g, found in by_dossier(items)
        ],
        "per_owner": [
            {"key": o, "label": o, "items": [item_json(i) for i in found]}
            for o, found in by_owner(items)
        ],
    }  # fmt: skip


@router.get("/api/actualisatie.csv", tags=["actualisatie"])
def actualisatie_csv(services: ServicesDep, days: int = Days) -> Response:
    """Hetzelfde als CSV (puntkomma's en UTF-8 met BOM, zoals Nederlandse Excel verwacht)."""
    body = "\ufeff" + to_csv(_review(services, days))
    return Response(
        body.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": "attachment; filename=actualisatie.csv"},
    )


@router.get("/api/gaps", tags=["actualisatie"], response_model=GapsOut)
def gaps(services: ServicesDep) -> dict[str, Any]:
    """Onderwerpen zonder antwoord: termen uit geweigerde vragen per week (alleen met opt-in)."""
    config = services.config
    rows = services.ws.gaps.weeks() if config.gap_log else []
    return {
        "enabled": config.gap_log,
        "retention_weeks": config.gap_retention_weeks,
        "rows": [{"week": r.week, "term": r.term, "count": r.count} for r in rows],
    }
