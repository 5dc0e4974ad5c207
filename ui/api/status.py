"""Health, readiness, login and logout."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from ui.accounts import LoginThrottled
from ui.api.deps import SESSION_COOKIE, Credentials, ServicesDep
from ui.api.models import Health, LoginResult, Readiness
from ui.schemas import LoginRequest

router = APIRouter()


# async: answered on the event loop, never queued behind busy worker threads.
@router.get("/healthz", tags=["status"], response_model=Health)
async def healthz() -> dict[str, str]:
    """Leeft de server?"""
    return {"status": "ok"}


@router.get(
    "/readyz", tags=["status"], response_model=Readiness, responses={503: {"model": Readiness}}
)
async def readyz(services: ServicesDep) -> JSONResponse:
    """Gereed om vragen te beantwoorden? Zo niet: waarom."""
    ready = services.ready.is_set()
    body = Readiness(
        ready=ready,
        modus=services.ws.assistant.mode,
        problemen=services.problems or None,
        reden=None if ready or services.problems else "Het model en de index worden nog geladen.",
        werker=services.worker,
        schrijver=services.ws.writable if services.worker is not None else None,
    )
    return JSONResponse(body.model_dump(exclude_none=True), status_code=200 if ready else 503)


@router.post("/api/login", tags=["accounts"], response_model=LoginResult)
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


@router.post("/api/sessie", tags=["accounts"], status_code=204, include_in_schema=False)
def start_session(credentials: Credentials, request: Request, services: ServicesDep) -> Response:
    """De webinterface zet een inlogtoken om in een sessiecookie (voor documentpagina's)."""
    token = credentials.credentials if credentials else ""
    if not token or services.accounts.by_token(token) is None:
        raise HTTPException(401, "Inloggen vereist of token ongeldig")
    response = Response(status_code=204)
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="strict", path="/",
        secure=request.url.scheme == "https",
    )  # fmt: skip
    return response


@router.delete("/api/sessie", tags=["accounts"], status_code=204, include_in_schema=False)
def end_session(request: Request, services: ServicesDep) -> Response:
    """Uitloggen in de webinterface: het sessietoken intrekken en de cookie wissen."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        services.accounts.revoke(token)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
