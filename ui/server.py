"""create_app(services) -> FastAPI: JSON API under /api, OpenAI-compatible /v1, the Gradio UI at /."""

from __future__ import annotations

from fastapi import FastAPI

from ui.api import actualisatie, chat, documents, dossiers, pages, reference, status
from ui.api.errors import install_error_handlers
from ui.headers import add_security
from ui.services import Services

# A chat request with a long conversation stays far below this; anything larger is refused early.
MAX_JSON_BYTES = 1024 * 1024
# With serve --workers N every response says which worker process answered it.
WORKER_HEADER = "X-Hospicewijzer-Worker"


def create_app(services: Services, *, mount_ui: bool = True) -> FastAPI:
    """Build the FastAPI application around one Services object."""
    app = FastAPI(
        title="Hospicewijzer API",
        description="Kennisassistent palliatieve zorg voor bijzondere doelgroepen (voorbeeldcorpus: fictief).",
        version="0.1.0",
    )
    app.state.services = services
    install_error_handlers(app)
    add_security(
        app,
        max_json_bytes=MAX_JSON_BYTES,
        allowed_hosts=services.config.host_names(),
        max_upload_bytes=int(services.config.max_request_mb * 2**20),
        extra_headers=(
            {WORKER_HEADER: str(services.worker)} if services.worker is not None else None
        ),
        rate_limit_storage=services.config.rate_limit_storage,
        limit_processes=services.config.limit_processes,
    )
    for module in (status, chat, documents, dossiers, pages, reference, actualisatie):
        app.include_router(module.router)
    if mount_ui:
        import gradio as gr

        from ui.chat import build_ui, ui_css, ui_head
        from ui.locale import TRANSLATIONS, DutchIndex

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
            i18n=gr.I18n(**TRANSLATIONS),
            head=ui_head(),
        )
        # Gradio's own strings in Dutch whatever the browser's language, and <html lang="nl">.
        app.add_middleware(DutchIndex, path="/")
    return app
