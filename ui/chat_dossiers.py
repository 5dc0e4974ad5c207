"""The Themadossiers tab: search all documents, or pick a target group (by its label) and read its dossier."""

from __future__ import annotations

from datetime import date

import gradio as gr

from assistant.dossiers import GROUP_LABELS, build_dossier
from assistant.metadata import DOC_TYPE_LABELS
from assistant.types import Filters
from ui.chat_html import dossier_html, search_html
from ui.labels import choices
from ui.services import Services

_CHOICES = [(label, group) for group, label in GROUP_LABELS.items()]


def show_dossier(services: Services, group: str | None) -> str:
    """The dossier HTML of a target group."""
    if not group or group not in GROUP_LABELS:
        return ""
    return dossier_html(build_dossier(services.ws.index.get(), group, date.today()))


def build_dossier_tab(services: Services) -> tuple[gr.Dropdown, gr.HTML]:
    """The tab's components; the dropdown shows labels, never slugs."""
    gr.Markdown(
        "Per doelgroep: informatie, protocollen en richtlijnen, webinars en scholing, "
        "praktijkverhalen en onderzoek, met de beslisbomen en wie u kunt raadplegen."
    )
    with gr.Row():
        query = gr.Textbox(
            label="Zoek in alle documenten", placeholder="bijvoorbeeld: tolk, PAINAD, nachtopvang",
            scale=4, elem_id="hw-search-q",
        )  # fmt: skip
        kind = gr.Dropdown(
            choices(DOC_TYPE_LABELS, none="(alle soorten)"), value="", label="Soort", scale=2
        )
        find = gr.Button("Zoeken", scale=1, min_width=100, size="md", elem_id="hw-search-btn")
    results = gr.HTML(elem_id="hw-search-results")
    group = gr.Dropdown(
        choices=_CHOICES, value="psychiatrie", label="Doelgroep", elem_id="hw-dossier-group"
    )
    out = gr.HTML(elem_id="hw-dossier")
    group.change(lambda g: show_dossier(services, g), group, out)

    def run_search(text: str, doc_type: str | None) -> str:
        if not (text or "").strip():
            return ""
        filters = Filters((), (), (doc_type,) if doc_type else ())
        return search_html(services.search(text, filters))

    for event in (find.click, query.submit):
        event(run_search, [query, kind], results)
    return group, out
