"""Health, readiness, login and logout."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from ui.accounts import LoginThrottled
from ui.api.deps import Credentials, ServicesDep
from ui.schemas import LoginRequest

router = APIRouter()


# async: answered on the event loop, never queued behind busy worker threads.
@router.get("/healthz", tags=["status"])
async def healthz() -> dict[str, str]:
    """Leeft de server?"""
    return {"status": "ok"}

@router.get("/readyz", tags=["status"])
async def readyz(services: ServicesDep) -> JSONResponse:
    """Gereed om vragen te beantwoorden? Zo niet: waarom."""
    ready = services.ready.is_set()
    body: dict[str, Any] = {"ready": ready}
    if services.problems:
        body["problemen"] = services.problems
    elif not ready:
        body["reden"] = "Het model en de index worden nog geladen."
    return JSONResponse(body, status_code=200 if ready else 503)

@router.post("/api/login", tags=["accounts"])
def login(body: LoginRequest, request: Request, services: ServicesDep) -> dict[str, str]:
    """Inloggen; geeft een token dat 12 uur geldig is."""
    client = request.client.host if request.client else ""
    try:
        result = services.accounts.login(body.username, body.password, client)
    except LoginThrottled as err:
        raise HTTPException(429, str(err)) from err
    if result is None:
        raise HTTPException(401, "Onbekende gebruiker of verkeerd wachtwoord")
    account, token = result
    return {"token": token, "role": account.role, "name": account.name}

@router.post("/api/logout", tags=["accounts"], status_code=204)
def logout(credentials: Credentials, services: ServicesDep) -> Response:
    """Het meegestuurde token intrekken."""
    if credentials is not None:
        services.accounts.revoke(credentials.credentials)
    return Response(status_code=204)

