"""The Chat tab: question box, filters, streamed answers, contact and source cards, feedback."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.metadata import REGIONS, TARGET_GROUPS
from assistant.types import Filters, Turn
from ui.chat_html import acute_banner, contact_cards, notice, source_cards
from ui.schemas import MAX_MESSAGE_CHARS, MAX_MESSAGES
from ui.services import Services

EXAMPLES = [
    "Welke pijnobservatielijst gebruik je bij iemand met een verstandelijke beperking?",
    "Wie bel ik 's nachts bij een psychiatrische crisis in Zeeland?",
    "Hoe ga ik om met een tolk bij een slechtnieuwsgesprek?",
]
STREAM_DELAY = 0.015


def message_text(content: Any) -> str:
    """Plain text of one Chatbot message content (string, dict part or list of parts)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, list | tuple):
        return " ".join(t for t in (message_text(p) for p in content) if t)
    return str(content)


def normalise_history(history: list[Any] | None) -> list[dict[str, str]]:
    """Chatbot value from the browser as [{"role", "content": str}] with only user/assistant turns."""
    out = []
    for message in history or []:
        role = message.get("role") if isinstance(message, dict) else getattr(message, "role", None)
        content = (
            message.get("content")
            if isinstance(message, dict)
            else getattr(message, "content", None)
        )
        if role in ("user", "assistant"):
            out.append({"role": str(role), "content": message_text(content)})
    return out


def to_turns(history: list[dict[str, str]]) -> list[Turn]:
    """Displayed (escaped) chat messages back to raw turns for the assistant."""
    return [
        Turn(m["role"], html.unescape(m["content"])[:MAX_MESSAGE_CHARS])  # type: ignore[arg-type]
        for m in history
        if m["content"].strip()
    ]


def filters_from(
    groups: list[str] | None, region: str | None, audience: str | None
) -> Filters | None:
    """Filters from the chat controls; None when nothing is restricted."""
    aud = "vrijwilliger" if audience == "vrijwilliger" else None
    f = Filters(tuple(groups or ()), (region,) if region else (), (), aud)
    return None if f == Filters() else f


def _pieces(text: str) -> Iterator[str]:
    for match in re.finditer(r"\s*\S+\s*", text):
        yield match.group(0)


def build_chat_tab(services: Services) -> None:
    """Render the Chat tab inside the current Blocks context."""
    last = gr.State({})
    gr.HTML("<div class='hw-privacy'>Voer geen patiëntgegevens in.</div>", elem_id="hw-privacy")
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Gesprek",
                height=420,
                sanitize_html=True,
                render_markdown=True,
                feedback_options=None,
                elem_id="hw-chatbot",
            )
            with gr.Row():
                question = gr.Textbox(
                    label="Uw vraag",
                    placeholder="Stel een vraag over palliatieve zorg…",
                    scale=5,
                    lines=1,
                    max_lines=4,
                    elem_id="hw-question",
                )
                send = gr.Button("Verstuur", variant="primary", scale=1, elem_id="hw-send")
            with gr.Row():
                clear = gr.Button("Nieuw gesprek", size="sm")
            contacts = gr.HTML("", elem_id="hw-answer-contacts")
            sources = gr.HTML("", elem_id="hw-answer-sources")
            with gr.Group(visible=False) as feedback_box:
                gr.Markdown("**Was dit antwoord bruikbaar?** Bij feedback wordt uw vraag bewaard.")
                with gr.Row():
                    good = gr.Button("Goed", size="sm", elem_id="hw-good")
                    bad = gr.Button("Fout", size="sm", elem_id="hw-bad")
                reason = gr.Textbox(label="Reden (optioneel)", lines=1, elem_id="hw-reason")
                thanks = gr.Markdown("")
        with gr.Column(scale=1, min_width=240):
            groups = gr.Dropdown(
                list(TARGET_GROUPS), multiselect=True, label="Doelgroep(en)", value=[]
            )
            region = gr.Dropdown(
                [("(geen)", "")] + [(r, r) for r in REGIONS], label="Regio", value=""
            )
            audience = gr.Radio(
                ["zorgverlener", "vrijwilliger"], value="zorgverlener", label="Ik ben"
            )
            gr.Examples(
                examples=[[q] for q in EXAMPLES], inputs=[question], label="Voorbeeldvragen"
            )

    def respond(
        text: str,
        history: list[Any] | None,
        tg: list[str] | None,
        reg: str | None,
        aud: str | None,
    ) -> Iterator[tuple[Any, ...]]:
        text = (text or "").strip()
        shown = normalise_history(history)[-MAX_MESSAGES:]
        if not text:
            yield shown, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        if len(text) > MAX_MESSAGE_CHARS:
            gr.Warning(f"De vraag is te lang (maximaal {MAX_MESSAGE_CHARS:,} tekens).".replace(",", "."))
            yield shown, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        shown.append({"role": "user", "content": html.escape(text)})
        shown.append({"role": "assistant", "content": "…"})
        yield shown, "", "", "", {}, gr.Group(visible=False), ""
        try:
            answer = services.ask(text, to_turns(shown[:-2]), filters_from(tg, reg, aud))
        except Exception as err:
            shown[-1]["content"] = html.escape(f"Er ging iets mis: {err}")
            yield shown, "", "", "", {}, gr.Group(visible=False), ""
            return
        data = answer.to_json()
        contact_html = (
            contact_cards(data["contacts"], urgent=answer.urgent) if data["contacts"] else ""
        )
        if answer.urgent and not contact_html:
            contact_html = acute_banner()
        partial = ""
        for piece in _pieces(answer.text):
            partial += piece
            shown[-1]["content"] = html.escape(partial)
            yield shown, "", contact_html, "", {}, gr.Group(visible=False), ""
            time.sleep(STREAM_DELAY)
        warnings = "".join(notice(w, "error") for w in data["warnings"] if w not in answer.text)
        state = {
            "question": text,
            "answer": answer.text,
            "document_ids": sorted({c["document_id"] for c in data["citations"]}),
        }
        shown[-1]["content"] = html.escape(answer.text)
        yield (
            shown,
            "",
            contact_html,
            warnings + source_cards(data["citations"]),
            state,
            gr.Group(visible=True),
            "",
        )

    outputs = [chatbot, question, contacts, sources, last, feedback_box, thanks]
    inputs = [question, chatbot, groups, region, audience]
    send.click(respond, inputs, outputs)
    question.submit(respond, inputs, outputs)
    clear.click(
        lambda: ([], "", "", {}, gr.Group(visible=False), ""),
        None,
        [chatbot, contacts, sources, last, feedback_box, thanks],
    )

    def rate(rating: str) -> Any:
        def handler(state: dict[str, Any], why: str) -> tuple[str, str]:
            if not state:
                return "Er is nog geen antwoord om te beoordelen.", why
            services.feedback.add(
                rating,
                (why or "").strip(),
                state["question"],
                state["answer"],
                state["document_ids"],
            )
            return "Bedankt voor uw feedback!", ""

        return handler

    good.click(rate("goed"), [last, reason], [thanks, reason])
    bad.click(rate("fout"), [last, reason], [thanks, reason])
