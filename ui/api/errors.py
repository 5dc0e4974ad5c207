"""Every error as a Dutch message with the right status; pydantic's messages translated."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import AssistantError, DataDirLocked, ModelUnavailable, NotFound, StoreError

log = logging.getLogger(__name__)

_DUTCH = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen bekend veld",
    "literal_error": "moet een van {expected} zijn",
    "string_too_short": "is te kort of leeg",
    "string_too_long": "is te lang",
    "too_short": "bevat te weinig elementen",
    "too_long": "bevat te veel elementen",
    "string_type": "moet tekst zijn",
    "bool_parsing": "moet true of false zijn",
    "bool_type": "moet true of false zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_type": "moet een geheel getal zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een object zijn",
    "model_attributes_type": "moet een object zijn",
    "json_invalid": "is geen geldige JSON",
    "string_unicode": "moet geldige tekst (UTF-8) zijn",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
}


_HTTP_DUTCH = {
    "Not Found": "Niet gevonden: dit adres bestaat niet",
    "Method Not Allowed": "Deze methode is op dit adres niet toegestaan",
    "There was an error parsing the body": "Het verzoek kon niet gelezen worden (geen geldige JSON)",
    "Unauthorized": "Niet ingelogd",
    "Forbidden": "Geen toegang",
}


def dutch_message(err: dict[str, Any]) -> str:
    """A Dutch message for one pydantic error (our own validators already speak Dutch)."""
    template = _DUTCH.get(str(err.get("type")))
    if template is None:
        return str(err["msg"]).removeprefix("Value error, ")
    ctx = {k: str(v).replace("' or '", "' of '") for k, v in (err.get("ctx") or {}).items()}
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template


def install_error_handlers(app: FastAPI) -> None:
    """Map validation errors, domain errors and the unexpected to Dutch JSON responses."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            if err.get("type") == "json_invalid":
                # Its location is a character position, not a field.
                parts.append("de inhoud is geen geldige JSON")
                continue
            loc = [str(p) for p in err["loc"] if p not in ("body", "query", "path")]
            parts.append(f"veld '{'.'.join(loc) or 'body'}': {dutch_message(dict(err))}")
        return JSONResponse({"detail": "Ongeldig verzoek – " + "; ".join(parts)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        # Starlette's own messages (unknown route, wrong method, unreadable body) in Dutch; ours
        # already are.
        detail = _HTTP_DUTCH.get(str(exc.detail), exc.detail)
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(AssistantError)
    async def domain(_: Request, exc: AssistantError) -> JSONResponse:
        status = (
            404
            if isinstance(exc, NotFound)
            else 503
            if isinstance(exc, ModelUnavailable | StoreError)
            else 409
            if isinstance(exc, DataDirLocked)
            else 400
        )
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:  # noqa: ARG001
        log.exception("Onverwachte fout")
        return JSONResponse(
            {"detail": "Er ging iets mis op de server; probeer het opnieuw"}, status_code=500
        )
