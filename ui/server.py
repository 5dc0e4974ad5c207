"""create_app(services) -> FastAPI: JSON API under /api, OpenAI-compatible /v1, the Gradio UI at /."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from assistant.errors import (
    AssistantError,
    DataDirLocked,
    MetadataError,
    ModelUnavailable,
    NotFound,
    StoreError,
)
from assistant.metadata import build_meta
from assistant.types import Answer, Filters, Turn
from ui.accounts import Account, LoginThrottled
from ui.headers import add_security
from ui.jobs import Job
from ui.schemas import ChatRequest, EvalRequest, FeedbackRequest, LoginRequest, OpenAIRequest
from ui.services import Services
from ui.uploads import ParsedForm, UploadTooLarge, parse_multipart

_META_FIELDS = (
    "id",
    "title",
    "doc_type",
    "audience",
    "source_url",
    "published",
    "review_date",
    "version",
)
_LIST_FIELDS = {"target_groups": "target_groups", "regions": "regions"}


def _services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


ServicesDep = Annotated[Services, Depends(_services)]


def _account(request: Request, services: ServicesDep) -> Account | None:
    header = request.headers.get("authorization", "")
    if not header:
        return None
    match = re.fullmatch(r"Bearer\s+(\S+)", header)
    # An unknown token counts as anonymous: open endpoints stay usable for clients that always
    # send a key (the OpenAI client does); protected endpoints then answer 401.
    return services.accounts.by_token(match.group(1)) if match else None


AccountDep = Annotated[Account | None, Depends(_account)]


def require(permission: str) -> Callable[..., Account]:
    """Dependency: the caller must be logged in with a role that has ``permission``."""

    def check(account: AccountDep) -> Account:
        if account is None:
            raise HTTPException(
                401, "Inloggen vereist of token ongeldig (Authorization: Bearer <token>)"
            )
        if not account.can(permission):
            raise HTTPException(403, f"Uw rol '{account.role}' mag dit niet")
        return account

    return check


def _chat_allowed(account: AccountDep, services: ServicesDep) -> Account | None:
    if services.config.chat_requires_login:
        return require("chat")(account)
    return account


def _turns(messages: list[Any]) -> tuple[str, list[Turn]]:
    history = [Turn(m.role, m.content) for m in messages[:-1] if m.role in ("user", "assistant")]
    return messages[-1].content, history


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _pieces(text: str) -> Iterator[str]:
    for match in re.finditer(r"\S+\s*", text):
        yield match.group(0)


def _with_sources(answer: Answer) -> str:
    if not answer.citations:
        return answer.text
    lines = [answer.text, "", "Bronnen:"]
    for c in answer.citations:
        where = f"p. {c.page}" if c.page else c.section
        lines.append(f"[{c.index}] {c.title} – {where} ({c.source})")
    return "\n".join(lines)


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
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
}


def dutch_message(err: dict[str, Any]) -> str:
    """A Dutch message for one pydantic error (our own validators already speak Dutch)."""
    template = _DUTCH.get(str(err.get("type")))
    if template is None:
        return str(err["msg"]).removeprefix("Value error, ")
    try:
        return template.format(**(err.get("ctx") or {}))
    except (KeyError, IndexError):
        return template


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            loc = [str(p) for p in err["loc"] if p not in ("body", "query", "path")]
            parts.append(f"veld '{'.'.join(loc) or 'body'}': {dutch_message(dict(err))}")
        return JSONResponse({"detail": "Ongeldig verzoek – " + "; ".join(parts)}, status_code=422)

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
        import logging

        logging.getLogger(__name__).exception("Onverwachte fout")
        return JSONResponse(
            {"detail": "Er ging iets mis op de server; probeer het opnieuw"}, status_code=500
        )


# A chat request with a long conversation stays far below this; anything larger is refused early.
MAX_JSON_BYTES = 1024 * 1024


def create_app(services: Services, *, mount_ui: bool = True) -> FastAPI:  # noqa: C901 - route table
    """Build the FastAPI application around one Services object."""
    app = FastAPI(
        title="Hospicewijzer API",
        description="Kennisassistent palliatieve zorg voor bijzondere doelgroepen (voorbeeldcorpus: fictief).",
        version="0.1.0",
    )
    app.state.services = services
    _errors(app)
    add_security(
        app,
        max_json_bytes=MAX_JSON_BYTES,
        allowed_hosts=services.config.host_names(),
        max_upload_bytes=int(services.config.max_request_mb * 2**20),
    )

    # async: answered on the event loop, never queued behind busy worker threads.
    @app.get("/healthz", tags=["status"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["status"])
    async def readyz(services: ServicesDep) -> JSONResponse:
        ready = services.ready.is_set()
        body: dict[str, Any] = {"ready": ready}
        if services.problems:
            body["problemen"] = services.problems
        elif not ready:
            body["reden"] = "Het model en de index worden nog geladen."
        return JSONResponse(body, status_code=200 if ready else 503)

    @app.post("/api/login", tags=["accounts"])
    def login(body: LoginRequest, request: Request, services: ServicesDep) -> dict[str, str]:
        client = request.client.host if request.client else ""
        try:
            result = services.accounts.login(body.username, body.password, client)
        except LoginThrottled as err:
            raise HTTPException(429, str(err)) from err
        if result is None:
            raise HTTPException(401, "Onbekende gebruiker of verkeerd wachtwoord")
        account, token = result
        return {"token": token, "role": account.role, "name": account.name}

    @app.post("/api/logout", tags=["accounts"], status_code=204)
    def logout(request: Request, services: ServicesDep) -> Response:
        match = re.fullmatch(r"Bearer\s+(\S+)", request.headers.get("authorization", ""))
        if match:
            services.accounts.revoke(match.group(1))
        return Response(status_code=204)

    @app.post("/api/chat", tags=["chat"], response_model=None)
    def chat(
        body: ChatRequest,
        services: ServicesDep,
        _: Annotated[Account | None, Depends(_chat_allowed)],
    ) -> Any:
        question, history = _turns(body.messages)
        f = body.filters
        filters = Filters(
            tuple(f.target_groups), tuple(f.regions), tuple(f.doc_types), body.audience
        )
        answer = services.ask(question, history, filters)
        if not body.stream:
            return answer.to_json()

        # The answer is ready: an async generator sends it without a thread-pool hop per piece
        # (a sync one waits for a free worker thread per token when the pool is busy).
        async def events() -> AsyncIterator[str]:
            for piece in _pieces(answer.text):
                yield _sse("token", {"text": piece})
            yield _sse("citations", answer.to_json()["citations"])
            yield _sse("done", answer.to_json())

        return StreamingResponse(events(), media_type="text/event-stream")

    @app.post("/v1/chat/completions", tags=["openai"], response_model=None)
    def completions(
        body: OpenAIRequest,
        services: ServicesDep,
        _: Annotated[Account | None, Depends(_chat_allowed)],
    ) -> Any:
        if body.messages[-1].role != "user" or not body.messages[-1].content.strip():
            raise HTTPException(
                422, "Ongeldig verzoek – het laatste bericht moet een vraag (role 'user') zijn"
            )
        question, history = _turns(body.messages)
        answer = services.ask(question, history)
        content = _with_sources(answer)
        cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        citations = answer.to_json()["citations"]
        if not body.stream:
            return {
                "id": cid,
                "object": "chat.completion",
                "created": created,
                "model": body.model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                "citations": citations,
            }

        async def chunks() -> AsyncIterator[str]:
            base = {
                "id": cid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": body.model,
            }
            first = {
                "index": 0,
                "delta": {"role": "assistant", "content": ""},
                "finish_reason": None,
            }
            yield f"data: {json.dumps(base | {'choices': [first]}, ensure_ascii=False)}\n\n"
            for piece in _pieces(content):
                choice = {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                yield f"data: {json.dumps(base | {'choices': [choice]}, ensure_ascii=False)}\n\n"
            last = {"index": 0, "delta": {}, "finish_reason": "stop"}
            yield f"data: {json.dumps(base | {'choices': [last], 'citations': citations}, ensure_ascii=False)}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")

    _document_routes(app)
    _reference_routes(app)
    if mount_ui:
        import gradio as gr

        from ui.chat import build_ui, ui_css

        # No run history: Gradio would keep every event's inputs (passwords at login, questions)
        # in the browser's localStorage on a shared ward PC. No English footer either; uploads
        # through Gradio get the same per-file limit as the API.
        app = gr.mount_gradio_app(
            app,
            build_ui(services),
            path="/",
            css=ui_css(),
            run_history=False,
            footer_links=[],
            max_file_size=int(services.config.max_file_mb * 2**20),
        )
    return app


async def _form(request: Request, services: Services) -> ParsedForm:
    cfg = services.config
    max_request = int(cfg.max_request_mb * 2**20)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_request:
        raise HTTPException(
            413, f"Verzoek is te groot (maximaal {cfg.max_request_mb:g} MB in totaal)"
        )

    async def body() -> AsyncIterator[bytes]:
        async for chunk in request.stream():
            yield chunk

    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        from urllib.parse import parse_qs

        raw = b""
        async for chunk in body():
            raw += chunk
            if len(raw) > 1_000_000:
                raise HTTPException(413, "Formulier is te groot")
        return ParsedForm(fields=parse_qs(raw.decode("utf-8", "replace")))

    try:
        return await parse_multipart(
            request.headers.get("content-type", ""),
            body(),
            max_file=int(cfg.max_file_mb * 2**20),
            max_request=max_request,
            tmp_dir=cfg.data_dir / "incoming",
        )
    except UploadTooLarge as err:
        raise HTTPException(413, str(err)) from err
    except ValueError as err:
        raise HTTPException(422, f"Ongeldig verzoek – {err}") from err


def _form_meta(form: ParsedForm) -> dict[str, Any]:
    meta: dict[str, Any] = {k: form.first(k) for k in _META_FIELDS if form.first(k)}
    for name, key in _LIST_FIELDS.items():
        values = [p.strip() for v in form.fields.get(name, []) for p in v.split(",") if p.strip()]
        if values:
            meta[key] = values
    unknown = sorted(set(form.fields) - set(_META_FIELDS) - set(_LIST_FIELDS))
    if unknown:
        raise HTTPException(422, f"Ongeldig verzoek – onbekend veld {', '.join(unknown)}")
    try:
        build_meta({"id": "controle", "title": "controle"} | meta, source="formulier")
    except MetadataError as err:
        raise HTTPException(
            422, str(err).replace("formulier: ongeldige metadata – ", "Ongeldige metadata – ")
        ) from err
    return meta


def _document_routes(app: FastAPI) -> None:
    docs_role = Depends(require("documents"))
    # Document text is readable by whoever may chat (everyone, or signed-in users when
    # HOSPICEWIJZER_CHAT_REQUIRES_LOGIN is set): answers quote the same text.
    readers = Depends(_chat_allowed)

    @app.get("/api/documents", tags=["documenten"], dependencies=[readers])
    def list_documents(
        services: ServicesDep,
        target_group: str | None = None,
        region: str | None = None,
        doc_type: str | None = None,
        audience: str | None = None,
    ) -> list[dict[str, Any]]:
        filters = Filters(
            (target_group,) if target_group else (),
            (region,) if region else (),
            (doc_type,) if doc_type else (),
            audience,
        )
        return services.documents(filters)

    @app.get("/api/documents/{doc_id}", tags=["documenten"], dependencies=[readers])
    def get_document(doc_id: str, services: ServicesDep) -> dict[str, Any]:
        return services.document(doc_id)

    # Changes are jobs: the request returns 202 at once with the job's status URL.
    @app.post("/api/documents", tags=["documenten"], dependencies=[docs_role], status_code=202)
    async def upload(request: Request, services: ServicesDep) -> JSONResponse:
        form = await _form(request, services)
        try:
            if not form.files:
                raise HTTPException(
                    422, "Ongeldig verzoek – veld 'files': geen bestand meegestuurd"
                )
            job = services.submit_upload(form.files, _form_meta(form))
        finally:
            form.cleanup()
        return _accepted(job)

    @app.put(
        "/api/documents/{doc_id}", tags=["documenten"], dependencies=[docs_role], status_code=202
    )
    async def replace(doc_id: str, request: Request, services: ServicesDep) -> JSONResponse:
        form = await _form(request, services)
        try:
            if len(form.files) > 1:
                raise HTTPException(
                    422, "Ongeldig verzoek – veld 'files': één bestand per vervanging"
                )
            meta = _form_meta(form)
            meta.pop("id", None)
            if not form.files and not meta:
                raise HTTPException(
                    422, "Ongeldig verzoek – stuur een nieuw bestand en/of metadata"
                )
            job = services.submit_replace(doc_id, form.files[0] if form.files else None, meta)
        finally:
            form.cleanup()
        return _accepted(job)

    @app.delete(
        "/api/documents/{doc_id}", tags=["documenten"], dependencies=[docs_role], status_code=202
    )
    def delete(doc_id: str, services: ServicesDep) -> JSONResponse:
        return _accepted(services.submit_delete(doc_id))

    @app.get("/api/jobs/{job_id}", tags=["documenten"], dependencies=[docs_role])
    def job_status(job_id: str, services: ServicesDep) -> dict[str, Any]:
        return services.jobs.get(job_id).to_json()


def _accepted(job: Job) -> JSONResponse:
    """202 with the job and where to follow it."""
    url = f"/api/jobs/{job.id}"
    return JSONResponse(
        job.to_json() | {"status_url": url}, status_code=202, headers={"Location": url}
    )


def _reference_routes(app: FastAPI) -> None:
    @app.get("/api/contacts", tags=["contacten"])
    def contacts(
        services: ServicesDep,
        region: str | None = None,
        target_group: str | None = None,
        urgent: bool = False,
    ) -> list[dict[str, Any]]:
        return [
            c.model_dump(mode="json")
            for c in services.contacts(region, target_group, urgent=urgent)
        ]

    @app.get("/api/trees", tags=["beslisbomen"])
    def trees(services: ServicesDep) -> list[dict[str, Any]]:
        return [
            {
                "id": t.id,
                "title": t.title,
                "description": t.description,
                "target_groups": list(t.target_groups),
            }
            for t in services.trees()
        ]

    @app.get("/api/trees/{tree_id}", tags=["beslisbomen"])
    def tree(tree_id: str, services: ServicesDep) -> dict[str, Any]:
        return services.tree(tree_id).model_dump(mode="json")

    @app.post("/api/feedback", tags=["feedback"], status_code=201)
    def feedback(
        body: FeedbackRequest,
        services: ServicesDep,
        _: Annotated[Account | None, Depends(_chat_allowed)],
    ) -> dict[str, int]:
        return {
            "id": services.feedback.add(
                body.rating, body.reason, body.question, body.answer, body.document_ids
            )
        }

    @app.get("/api/feedback", tags=["feedback"], dependencies=[Depends(require("feedback"))])
    def feedback_list(services: ServicesDep) -> list[dict[str, Any]]:
        return [
            vars(f) if hasattr(f, "__dict__") else {k: getattr(f, k) for k in f.__slots__}
            for f in services.feedback.all()
        ]

    @app.get("/api/feedback.csv", tags=["feedback"], dependencies=[Depends(require("feedback"))])
    def feedback_csv(services: ServicesDep) -> PlainTextResponse:
        return PlainTextResponse(
            services.feedback.to_csv(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": "attachment; filename=feedback.csv"},
        )

    @app.post(
        "/api/evals/run",
        tags=["evaluatie"],
        dependencies=[Depends(require("evaluations"))],
        status_code=202,
    )
    def run_eval(body: EvalRequest, services: ServicesDep) -> dict[str, str]:
        run = services.start_eval(body.dataset, body.limit, body.ablation)
        return {"run_id": run.id, "status": run.status}

    @app.get(
        "/api/evals/{run_id}", tags=["evaluatie"], dependencies=[Depends(require("evaluations"))]
    )
    def eval_status(run_id: str, services: ServicesDep) -> dict[str, Any]:
        run = services.eval_run(run_id)
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
