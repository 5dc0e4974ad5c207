"""The Chat tab: question box, filters, streamed answers, contact and source cards, feedback."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.metadata import GROUP_LABELS, REGION_LABELS
from assistant.types import Filters, Turn
from ui.chat_html import SOURCES_START, acute_banner, answer_message, contact_cards, notice
from ui.labels import choices
from ui.schemas import MAX_MESSAGE_CHARS, MAX_MESSAGES
from ui.services import Services

EXAMPLES = [
    "Welke pijnobservatielijst gebruik je bij iemand met een verstandelijke beperking?",
    "Wie bel ik 's nachts bij een psychiatrische crisis in Zeeland?",
    "Hoe ga ik om met een tolk bij een slechtnieuwsgesprek?",
]
STREAM_DELAY = 0.015
SESSION_KEY = "hospicewijzer-gesprek"
# Saved only when there is something to save: Gradio reports the empty chat on page load,
# which must not overwrite the conversation that is about to be restored.
_SAVE_JS = (
    "(h) => { try { if (h && h.length) sessionStorage.setItem('" + SESSION_KEY + "',"
    " JSON.stringify(h)); } catch (e) {} return []; }"
)
_FORGET_JS = "() => { try { sessionStorage.removeItem('" + SESSION_KEY + "'); } catch (e) {} }"
# A js-only event returns the list of its outputs' values: here one, the conversation.
RESTORE_JS = (
    "() => { try { return [JSON.parse(sessionStorage.getItem('" + SESSION_KEY + "') || '[]')]; }"
    " catch (e) { return [[]]; } }"
)


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


def _plain_answer(content: str) -> str:
    """The answer text of a displayed assistant message (without its source and contact cards)."""
    text = content.split(SOURCES_START, 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def _cited_ids(content: str) -> list[str]:
    return sorted(set(re.findall(r"/documenten/([a-z0-9-]+)", content)))


class ChatFlow:
    """The chat's event handlers: ask, regenerate, examples, ratings."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def answer_into(
        self,
        shown: list[dict[str, str]], text: str, tg: list[str] | None, reg: str | None,
        aud: str | None,
    ) -> Iterator[tuple[Any, ...]]:  # fmt: skip
        """Answer ``text`` as the next turn of ``shown``; streams (chatbot, question, stop)."""
        shown.append({"role": "user", "content": html.escape(text)})
        shown.append({"role": "assistant", "content": "…"})
        yield shown, "", gr.Button(visible=True)
        try:
            answer = self.services.ask(text, to_turns(shown[:-2]), filters_from(tg, reg, aud))
        except Exception as err:
            shown[-1]["content"] = html.escape(f"Er ging iets mis: {err}")
            yield shown, "", gr.Button(visible=False)
            return
        data = answer.to_json()
        contacts = contact_cards(data["contacts"], urgent=answer.urgent) if data["contacts"] else ""
        if answer.urgent and not contacts:
            contacts = acute_banner()
        partial = ""
        for piece in _pieces(answer.text):
            partial += piece
            shown[-1]["content"] = answer_message(
                partial, [], contacts_html=contacts if answer.urgent else "", urgent=answer.urgent
            )
            yield shown, "", gr.skip()
            time.sleep(STREAM_DELAY)
        warnings = "".join(notice(w, "error") for w in data["warnings"] if w not in answer.text)
        shown[-1]["content"] = answer_message(
            answer.text,
            data["citations"],
            contacts_html=contacts,
            urgent=answer.urgent,
            warnings_html=warnings,
        )
        yield shown, "", gr.Button(visible=False)

    def respond(
        self,
        text: str, history: list[Any] | None, tg: list[str] | None, reg: str | None,
        aud: str | None,
    ) -> Iterator[tuple[Any, ...]]:  # fmt: skip
        """Answer a typed question (send button or Enter)."""
        text = (text or "").strip()
        shown = normalise_history(history)[-MAX_MESSAGES:]
        if not text:
            yield shown, gr.skip(), gr.skip()
            return
        if len(text) > MAX_MESSAGE_CHARS:
            gr.Warning(
                f"De vraag is te lang (maximaal {MAX_MESSAGE_CHARS:,} tekens).".replace(",", ".")
            )
            yield shown, gr.skip(), gr.skip()
            return
        yield from self.answer_into(shown, text, tg, reg, aud)

    def regenerate(
        self, history: list[Any] | None, tg: list[str] | None, reg: str | None, aud: str | None
    ) -> Iterator[tuple[Any, ...]]:
        """Answer the last question again (the retry button under the last answer)."""
        shown = normalise_history(history)
        while shown and shown[-1]["role"] == "assistant":
            shown.pop()
        if not shown:
            yield shown, gr.skip(), gr.skip()
            return
        text = html.unescape(shown.pop()["content"])
        yield from self.answer_into(shown[-MAX_MESSAGES:], text, tg, reg, aud)

    def example(self, q: str) -> Any:
        """A handler that asks example question ``q``."""

        def run(
            history: list[Any] | None, tg: list[str] | None, reg: str | None, aud: str | None
        ) -> Iterator[tuple[Any, ...]]:
            yield from self.respond(q, history, tg, reg, aud)

        return run

    def rate(self, history: list[Any] | None, like: gr.LikeData) -> tuple[Any, ...]:
        """Store a rating of one answer with the question before it (the user chose to send it)."""
        shown = normalise_history(history)
        at = like.index if isinstance(like.index, int) else like.index[0]
        if not (0 <= at < len(shown)) or shown[at]["role"] != "assistant":
            return gr.skip(), gr.skip(), gr.skip()
        asked = next((m["content"] for m in reversed(shown[:at]) if m["role"] == "user"), "")
        content = shown[at]["content"]
        liked = like.liked is True or like.liked == "Like"
        feedback_id = self.services.feedback.add(
            "goed" if liked else "fout",
            "",
            html.unescape(asked),
            _plain_answer(content),
            _cited_ids(content),
        )
        return feedback_id, gr.Row(visible=True), "Bedankt voor uw beoordeling!"

    def explain(self, feedback_id: int, why: str) -> tuple[Any, ...]:
        """Attach the user's explanation to their latest rating in this session."""
        why = (why or "").strip()
        if not feedback_id or not why:
            return gr.skip(), "Beoordeel eerst een antwoord en vul een toelichting in."
        self.services.feedback.add_reason(int(feedback_id), why[:2000])
        return "", "Bedankt, uw toelichting is bewaard."


def build_chat_tab(services: Services) -> gr.Chatbot:
    """Render the Chat tab inside the current Blocks context; returns the chatbot."""
    rated = gr.State(0)  # id of this browser session's latest rating, for its explanation
    gr.HTML("<div class='hw-privacy'>Voer geen patiëntgegevens in.</div>", elem_id="hw-privacy")
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Gesprek",
                height=520,
                sanitize_html=True,
                render_markdown=True,
                autoscroll=False,
                feedback_options=("Like", "Dislike"),
                placeholder="Stel hieronder uw vraag, of kies een voorbeeldvraag.",
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
                stop = gr.Button("Stop", variant="stop", scale=1, visible=False, elem_id="hw-stop")
            with gr.Row():
                clear = gr.Button("Nieuw gesprek", size="sm", elem_id="hw-clear")
            gr.Markdown(
                "Beoordeel een antwoord met de duimpjes eronder. **Alleen bij een beoordeling "
                "worden de vraag en het antwoord bewaard**, om Hospicewijzer te verbeteren.",
                elem_classes=["hw-small"],
            )
            with gr.Row(visible=False, elem_id="hw-reason-row") as reason_row:
                reason = gr.Textbox(
                    label="Toelichting bij uw beoordeling (optioneel)",
                    lines=1,
                    scale=4,
                    elem_id="hw-reason",
                )
                reason_btn = gr.Button("Toelichting versturen", size="sm", scale=1)
            thanks = gr.Markdown("", elem_id="hw-thanks")
        with gr.Column(scale=1, min_width=240):
            groups = gr.Dropdown(
                choices(GROUP_LABELS), multiselect=True, label="Doelgroep(en)", value=[]
            )
            region = gr.Dropdown(choices(REGION_LABELS, none="(geen)"), label="Regio", value="")
            audience = gr.Radio(
                [("Zorgverlener", "zorgverlener"), ("Vrijwilliger", "vrijwilliger")],
                value="zorgverlener",
                label="Ik ben",
            )
            gr.Markdown("**Voorbeeldvragen**")
            example_buttons = [
                gr.Button(q, size="sm", elem_classes=["hw-example"]) for q in EXAMPLES
            ]

    flow = ChatFlow(services)
    outputs = [chatbot, question, stop]
    filters = [groups, region, audience]
    events = [
        send.click(flow.respond, [question, chatbot, *filters], outputs),
        question.submit(flow.respond, [question, chatbot, *filters], outputs),
        chatbot.retry(flow.regenerate, [chatbot, *filters], outputs),
    ]
    for button, q in zip(example_buttons, EXAMPLES, strict=True):
        events.append(button.click(flow.example(q), [chatbot, *filters], outputs))
    stop.click(lambda: gr.Button(visible=False), None, stop, cancels=events)  # type: ignore[arg-type]
    clear.click(
        lambda: ([], "", gr.Row(visible=False), ""),
        None,
        [chatbot, thanks, reason_row, reason],
        js=_FORGET_JS,
    )

    chatbot.like(flow.rate, [chatbot], [rated, reason_row, thanks])
    reason_btn.click(flow.explain, [rated, reason], [reason, thanks])
    reason.submit(flow.explain, [rated, reason], [reason, thanks])
    # The conversation survives a reload of this tab (sessionStorage: gone when the tab closes;
    # never localStorage), and nothing of it is sent anywhere.
    chatbot.change(None, [chatbot], None, js=_SAVE_JS)
    chatbot.clear(None, None, None, js=_FORGET_JS)
    return chatbot
