"""Contacts, decision trees, feedback and evaluation runs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import PlainTextResponse

from assistant.contacts import ContactCard
from assistant.trees import DecisionTree
from ui.api.deps import ChatAllowed, ServicesDep, require
from ui.api.models import EvalStarted, EvalStatus, FeedbackId, FeedbackOut, TreeSummary
from ui.schemas import EvalRequest, FeedbackRequest

router = APIRouter()


@router.get("/api/contacts", tags=["contacten"], response_model=list[ContactCard])
def contacts(
    services: ServicesDep,
    region: str | None = None,
    target_group: str | None = None,
    urgent: bool = False,
) -> list[dict[str, Any]]:
    """Consultatiecontacten per regio en doelgroep."""
    return [
        c.model_dump(mode="json") for c in services.contacts(region, target_group, urgent=urgent)
    ]


@router.get("/api/trees", tags=["beslisbomen"], response_model=list[TreeSummary])
def trees(services: ServicesDep) -> list[dict[str, Any]]:
    """Alle beslisbomen."""
    return [
        {
            "id": t.id,
            "title": t.title,
            "description": t.description,
            "target_groups": list(t.target_groups),
        }
        for t in services.trees()
    ]


@router.get("/api/trees/{tree_id}", tags=["beslisbomen"], response_model=DecisionTree)
def tree(tree_id: str, services: ServicesDep) -> dict[str, Any]:
    """Eén beslisboom."""
    return services.tree(tree_id).model_dump(mode="json")


@router.post("/api/feedback", tags=["feedback"], status_code=201, response_model=FeedbackId)
def feedback(
    body: FeedbackRequest,
    services: ServicesDep,
    _: ChatAllowed,
) -> dict[str, int]:
    """Feedback op een antwoord geven."""
    return {
        "id": services.feedback.add(
            body.rating, body.reason, body.question, body.answer, body.document_ids
        )
    }


@router.get(
    "/api/feedback",
    tags=["feedback"],
    dependencies=[Depends(require("feedback"))],
    response_model=list[FeedbackOut],
)
def feedback_list(services: ServicesDep) -> list[dict[str, Any]]:
    """Alle feedback (coördinator, evaluator)."""
    return [
        vars(f) if hasattr(f, "__dict__") else {k: getattr(f, k) for k in f.__slots__}
        for f in services.feedback.all()
    ]


@router.get("/api/feedback.csv", tags=["feedback"], dependencies=[Depends(require("feedback"))])
def feedback_csv(services: ServicesDep) -> PlainTextResponse:
    """Alle feedback als CSV (formules onschadelijk gemaakt)."""
    return PlainTextResponse(
        services.feedback.to_csv(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": "attachment; filename=feedback.csv"},
    )


@router.post(
    "/api/evals/run",
    tags=["evaluatie"],
    dependencies=[Depends(require("evaluations"))],
    status_code=202,
    response_model=EvalStarted,
)
def run_eval(body: EvalRequest, services: ServicesDep) -> dict[str, str]:
    """Een evaluatie starten (evaluator)."""
    run = services.evaluations.start(body.dataset, body.limit, body.ablation)
    return {"run_id": run.id, "status": run.status}


@router.get(
    "/api/evals/{run_id}",
    tags=["evaluatie"],
    dependencies=[Depends(require("evaluations"))],
    response_model=EvalStatus,
)
def eval_status(run_id: str, services: ServicesDep) -> dict[str, Any]:
    """Stand en uitkomst van een evaluatie."""
    run = services.evaluations.get(run_id)
    return {
        "run_id": run.id,
        "dataset": run.dataset,
        "status": run.status,
        "done": run.done,
        "total": run.total,
        "error": run.error,
        "overall": run.result["overall"] if run.result else None,
        "by_tag": run.result["by_tag"] if run.result else None,
        "report_markdown": run.report_markdown,
    }
