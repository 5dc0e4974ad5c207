"""Security headers on every response, and a size cap for JSON bodies."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

# Gradio renders with inline scripts and styles and talks over fetch/websocket to its own origin;
# everything else (other origins, plugins, framing) is refused.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "media-src 'self' blob: data:; connect-src 'self' ws: wss:; frame-src 'self'; "
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _host_name(header: str) -> str:
    """"127.0.0.1:7860" -> "127.0.0.1", "[::1]:7860" -> "::1"."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0].lower()
    return header.rsplit(":", 1)[0].lower() if header.count(":") == 1 else header.lower()


def add_security(
    app: FastAPI, *, max_json_bytes: int, allowed_hosts: frozenset[str] = frozenset({"*"})
) -> None:
    """Add the headers to every response and refuse JSON bodies larger than ``max_json_bytes``.

    Requests whose Host header is not one of ``allowed_hosts`` are refused (DNS rebinding).

    The size is checked on Content-Length before the body is read (a 400 MB JSON body would
    otherwise be parsed into memory before validation refuses it); chunked JSON bodies without a
    length are refused with 411, since the API's clients always send one.
    """

    @app.middleware("http")
    async def _security(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        host = _host_name(request.headers.get("host", ""))
        if "*" not in allowed_hosts and host not in allowed_hosts:
            return _refuse(400, f"Onbekende hostnaam '{host}'; zie HOSPICEWIJZER_ALLOWED_HOSTS.")
        if request.method in ("POST", "PUT", "PATCH") and request.headers.get(
            "content-type", ""
        ).startswith("application/json"):
            length = request.headers.get("content-length")
            if length is None or not length.isdigit():
                return _refuse(411, "Het verzoek moet een Content-Length hebben.")
            if int(length) > max_json_bytes:
                return _refuse(
                    413, f"Het verzoek is te groot (maximaal {max_json_bytes // 1024} kB)."
                )
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _refuse(status: int, message: str) -> Response:
    response = JSONResponse({"detail": message}, status_code=status)
    response.headers.update(HEADERS)
    return response
