"""build_ui(services) -> gr.Blocks: the Hospicewijzer web UI (chat, trees, contacts, documents, evaluation)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from ui.accounts import Account, LoginThrottled
from ui.chat_actualisatie import build_review_tab
from ui.chat_ask import RESTORE_JS, build_chat_tab
from ui.chat_docs import build_docs_tab
from ui.chat_dossiers import build_dossier_tab, show_dossier
from ui.chat_eval import build_eval_tab
from ui.chat_html import CSS
from ui.chat_trees import build_contacts_tab, build_trees_tab, tree_choices
from ui.services import Services

_LAYOUT_CSS = """
#hw-header { align-items: center; }
#hw-title h1 { margin-bottom: 0.1em; overflow-wrap: normal; word-break: keep-all; }
@media (max-width: 640px) {
  #hw-title h1 { font-size: 1.5em; }
  #hw-title p { font-size: 0.85em; }
  #hw-chatbot { height: 60vh !important; }
}
.hw-small { font-size: 0.85em; color: #57606a; }
.hw-example {
  text-align: left !important; white-space: normal !important; height: auto !important;
  justify-content: flex-start !important;
}
#hw-chatbot .hw-sources { margin-top: 0.8em; }
.hw-sources-title { font-weight: 700; margin: 0.4em 0 0.2em; }
a.hw-ref { font-weight: 700; text-decoration: none; }
.gradio-container { max-width: 1200px !important; width: 100% !important; margin: 0 auto; }
#hw-login-row { align-items: end; }
#hw-login-status { min-height: 2em; }
/* Evaluation tables: measures never break mid-word; a wide table scrolls instead. */
#hw-eval-report table { display: block; overflow-x: auto; }
#hw-eval-report th, #hw-eval-report td { white-space: nowrap; word-break: keep-all; }
"""


def ui_head() -> str:
    """Scripts for the page head (passed to mount_gradio_app)."""
    script = (Path(__file__).parent / "static" / "ui.js").read_text(encoding="utf-8")
    return f"<script>{script}</script>"


def ui_css() -> str:
    """Extra CSS for the UI (passed to mount_gradio_app)."""
    return CSS + _LAYOUT_CSS


# After a login the browser trades its one-off token for an HttpOnly session cookie, so pages
# opened from the chat (documents, original files) know the role; the token leaves the page again.
_START_SESSION_JS = """async (token) => {
  if (token) {
    try { await fetch('/api/sessie', {method: 'POST', headers: {Authorization: 'Bearer ' + token}}); }
    catch (e) {}
  }
  return [''];
}"""
_END_SESSION_JS = (
    "async () => { try { await fetch('/api/sessie', {method: 'DELETE'}); } catch (e) {} }"
)


def _status(account: Account | None) -> str:
    if account is None:
        return "Niet ingelogd – u kunt vragen stellen, beslisbomen en contacten bekijken."
    return f"Ingelogd als **{account.name}** ({account.role})."


def _mode_label(services: Services) -> str:
    mode = services.ws.assistant.mode
    if mode == "extractief":
        return "letterlijk uit de bronnen (geen taalmodel)"
    model = mode.removeprefix("generatief (").rstrip(")")
    return f"geschreven door een taalmodel ({model}), elke zin gecontroleerd tegen de bron"


def build_ui(services: Services) -> gr.Blocks:
    """The full web UI; every role-restricted handler re-checks the account server-side."""
    # Gradio's temp files (uploads before we copy them) are deleted after 15 minutes.
    with gr.Blocks(title="Hospicewijzer", delete_cache=(300, 900)) as demo:
        account = gr.State(None)
        with gr.Row(elem_id="hw-header", equal_height=True):
            gr.Markdown(
                "# Hospicewijzer\nKennisassistent palliatieve zorg voor bijzondere doelgroepen "
                f"(voorbeeldcorpus: fictief). Antwoorden: {_mode_label(services)}.",
                elem_id="hw-title",
            )
            open_login = gr.Button(
                "Inloggen", size="sm", scale=0, min_width=120, elem_id="hw-login-open"
            )
        # The login form sits in a side panel that opens from the header button, not across the page.
        with gr.Sidebar(open=False, position="right", elem_id="hw-login-panel") as panel:
            gr.Markdown("### Inloggen\nVoor coördinatoren en evaluatoren.")
            username = gr.Textbox(label="Gebruikersnaam", elem_id="hw-username")
            password = gr.Textbox(label="Wachtwoord", type="password", elem_id="hw-password")
            login_btn = gr.Button("Inloggen", variant="primary", elem_id="hw-login")
            logout_btn = gr.Button("Uitloggen", visible=False, elem_id="hw-logout")
            status = gr.Markdown(_status(None), elem_id="hw-login-status")
            session_token = gr.Textbox(visible=False)
        open_login.click(lambda: gr.Sidebar(open=True), None, panel)
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                chatbot = build_chat_tab(services)
            with gr.Tab("Themadossiers", id="dossiers"):
                dossier_dd, dossier_out = build_dossier_tab(services)
            with gr.Tab("Beslisbomen", id="bomen"):
                tree_dd = build_trees_tab(services)
            with gr.Tab("Contacten", id="contacten"):
                lookup, lookup_inputs, lookup_output = build_contacts_tab(services)
            with gr.Tab("Documenten", id="documenten", visible=False) as docs_tab:
                docs_load, docs_inputs, docs_outputs = build_docs_tab(services, account)
            with gr.Tab("Actualisatie", id="actualisatie", visible=False) as review_tab:
                review_load, review_inputs, review_outputs = build_review_tab(services, account)
            with gr.Tab("Evaluatie", id="evaluatie", visible=False) as eval_tab:
                eval_load, eval_inputs, eval_outputs = build_eval_tab(services, account)

        def tabs_for(acc: Account | None) -> list[Any]:
            return [
                gr.Tab(visible=bool(acc and acc.can("documents"))),
                gr.Tab(visible=bool(acc and acc.can("evaluations"))),
                gr.Tab(visible=bool(acc and acc.can("documents"))),
            ]

        def do_login(name: str, pw: str, request: gr.Request) -> list[Any]:
            # The session lives in this server-side State; the login token only becomes the
            # HttpOnly cookie for document pages (see _START_SESSION_JS).
            client = request.client.host if request and request.client else ""
            try:
                acc = services.accounts.verify((name or "").strip(), pw or "", client)
            except LoginThrottled as err:
                gr.Warning(str(err))
                acc = None
            if acc is None:
                gr.Warning("Onbekende gebruiker of verkeerd wachtwoord.")
                return [
                    None,
                    "Inloggen mislukt: onbekende gebruiker of verkeerd wachtwoord.",
                    "",
                    gr.Button(visible=True),
                    gr.Button(visible=False),
                    *tabs_for(None),
                    gr.skip(),
                    gr.skip(),
                    "",
                ]
            return [
                acc,
                _status(acc),
                "",
                gr.Button(visible=False),
                gr.Button(visible=True),
                *tabs_for(acc),
                gr.Button(value=f"{acc.name} ({acc.role})"),
                gr.Sidebar(open=False),
                services.accounts.issue(acc.name, "login"),
            ]

        def do_logout() -> list[Any]:
            return [
                None,
                _status(None),
                "",
                gr.Button(visible=True),
                gr.Button(visible=False),
                *tabs_for(None),
                gr.Button(value="Inloggen"),
                gr.Sidebar(open=False),
                "",
            ]

        login_outputs = [
            account, status, password, login_btn, logout_btn, docs_tab, eval_tab, review_tab,
            open_login, panel, session_token,
        ]  # fmt: skip
        for event in (login_btn.click, password.submit):
            event(do_login, [username, password], login_outputs).then(
                None, [session_token], [session_token], js=_START_SESSION_JS
            ).then(docs_load, docs_inputs, docs_outputs).then(
                eval_load, eval_inputs, eval_outputs
            ).then(review_load, review_inputs, review_outputs)
        logout_btn.click(do_logout, None, login_outputs, js=_END_SESSION_JS).then(
            docs_load, docs_inputs, docs_outputs
        ).then(eval_load, eval_inputs, eval_outputs).then(
            review_load, review_inputs, review_outputs
        )

        demo.load(None, None, chatbot, js=RESTORE_JS)
        demo.load(lambda: tree_choices(services), None, tree_dd)
        demo.load(lambda g: show_dossier(services, g), dossier_dd, dossier_out)
        demo.load(lookup, lookup_inputs, lookup_output)
    # Several events at once (one slow answer does not hold up other users), and a bounded
    # queue: when it is full, new events are refused with a message instead of piling up.
    demo.queue(default_concurrency_limit=4, max_size=64, api_open=False)
    blocks: gr.Blocks = demo
    return blocks
