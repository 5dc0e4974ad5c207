"""Security headers on every response, and a size cap for JSON bodies."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from limits import RateLimitItem
from limits.strategies import MovingWindowRateLimiter
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ui.ratelimit import make_limiter, per_process

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
    """Host name of a Host header: "127.0.0.1:7860" -> "127.0.0.1", "[::1]:7860" -> "::1"."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0].lower()
    return header.rsplit(":", 1)[0].lower() if header.count(":") == 1 else header.lower()


# Gradio's own upload endpoint (the file widget posts here before any event runs).
GRADIO_UPLOAD = "/gradio_api/upload"
UPLOADS_PER_CLIENT = "30/minute"


def add_security(
    app: FastAPI,
    *,
    max_json_bytes: int,
    allowed_hosts: frozenset[str] = frozenset({"*"}),
    max_upload_bytes: int = 100 * 2**20,
    extra_headers: dict[str, str] | None = None,
    rate_limit_storage: str = "memory://",
    limit_processes: int = 1,
) -> None:
    """Add the headers to every response and refuse JSON bodies larger than ``max_json_bytes``.

    Requests whose Host header is not one of ``allowed_hosts`` are refused (DNS rebinding); a
    websocket from such a host is closed before it opens.

    The size is checked on Content-Length before the body is read (a 400 MB JSON body would
    otherwise be parsed into memory before validation refuses it), for every body but a multipart
    upload; chunked ones without a length are refused with 411, since the API's clients always
    send one.

    Gradio's upload endpoint only takes same-origin requests with a Content-Length of at most
    ``max_upload_bytes``, and at most UPLOADS_PER_CLIENT of them per client address.

    ``extra_headers`` go on every response too (the worker number with ``serve --workers N``).
    """
    app.add_middleware(
        Security,
        headers=HEADERS | (extra_headers or {}),
        max_json_bytes=max_json_bytes,
        allowed_hosts=allowed_hosts,
        max_upload_bytes=max_upload_bytes,
        limiter=make_limiter(rate_limit_storage),
        uploads_per_client=per_process(UPLOADS_PER_CLIENT, rate_limit_storage, limit_processes),
    )


class Security:
    """ASGI middleware behind ``add_security``.

    Plain ASGI rather than ``@app.middleware("http")``: Starlette's BaseHTTPMiddleware runs every
    request through an extra task and memory streams, which cost the event loop about a fifth of
    its time at 16 concurrent chat requests (py-spy, issue 12).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        headers: dict[str, str],
        max_json_bytes: int,
        allowed_hosts: frozenset[str],
        max_upload_bytes: int,
        limiter: MovingWindowRateLimiter,
        uploads_per_client: RateLimitItem,
    ) -> None:
        self.app = app
        self.headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
        ]
        self.max_json_bytes = max_json_bytes
        self.allowed_hosts = allowed_hosts
        self.max_upload_bytes = max_upload_bytes
        self.limiter = limiter
        self.per_client = uploads_per_client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse what is not allowed; add the headers to everything else."""
        if scope["type"] == "websocket" and not self._host_allowed(scope):
            await send({"type": "websocket.close", "code": 1008})  # policy violation
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = self._refusal(scope)
        if refused is not None:
            await refused(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", ())}
                extra = [(k, v) for k, v in self.headers if k not in present]
                if extra:
                    message = {**message, "headers": [*message.get("headers", ()), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _host_allowed(self, scope: Scope) -> bool:
        host = _host_name(Headers(scope=scope).get("host", ""))
        return "*" in self.allowed_hosts or host in self.allowed_hosts

    def _refusal(self, scope: Scope) -> Response | None:
        """The refusal for this request, or None when it may go on."""
        request_headers = Headers(scope=scope)
        if not self._host_allowed(scope):
            host = _host_name(request_headers.get("host", ""))
            return _refuse(400, f"Onbekende hostnaam '{host}'; zie HOSPICEWIJZER_ALLOWED_HOSTS.")
        method = scope["method"]
        content_type = request_headers.get("content-type", "").strip().lower()
        # Every body but a multipart upload is small (JSON, forms): the limit holds whatever the
        # content type says ("Application/JSON", "text/plain" were parsed as JSON all the same).
        length = request_headers.get("content-length")
        has_body = length is not None or "transfer-encoding" in request_headers
        if (
            method in ("POST", "PUT", "PATCH")
            and has_body
            and not content_type.startswith("multipart/form-data")
        ):
            if length is None or not length.isdigit():
                return _refuse(411, "Het verzoek moet een Content-Length hebben.")
            if int(length) > self.max_json_bytes:
                return _refuse(
                    413, f"Het verzoek is te groot (maximaal {self.max_json_bytes // 1024} kB)."
                )
        if scope["path"].startswith(GRADIO_UPLOAD) and method == "POST":
            refused = _upload_refusal(request_headers, self.allowed_hosts, self.max_upload_bytes)
            if refused is not None:
                return refused
            client = scope["client"][0] if scope.get("client") else "onbekend"
            if not self.limiter.hit(self.per_client, "gradio-upload", client):
                return _refuse(
                    429, "Te veel uploads achter elkaar; probeer het over een minuut opnieuw."
                )
        return None


def _upload_refusal(
    headers: Headers, allowed_hosts: frozenset[str], max_bytes: int
) -> Response | None:
    """Why an upload to Gradio is refused (None: allowed)."""
    origin = headers.get("origin")
    host = _host_name(headers.get("host", ""))
    if headers.get("sec-fetch-site") == "cross-site" or (
        origin is not None and _host_name(urlsplit(origin).netloc) not in (allowed_hosts | {host})
    ):
        return _refuse(403, "Uploaden kan alleen vanuit Hospicewijzer zelf.")
    length = headers.get("content-length")
    if length is None or not length.isdigit():
        return _refuse(411, "Het verzoek moet een Content-Length hebben.")
    if int(length) > max_bytes:
        return _refuse(413, f"Het bestand is te groot (maximaal {max_bytes / 2**20:g} MB).")
    return None


def _refuse(status: int, message: str) -> Response:
    response = JSONResponse({"detail": message}, status_code=status)
    response.headers.update(HEADERS)
    return response
