"""The Themadossiers tab: pick a target group (by its label), read its dossier."""

from __future__ import annotations

from datetime import date

import gradio as gr

from assistant.dossiers import GROUP_LABELS, build_dossier
from ui.chat_html import dossier_html
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
    group = gr.Dropdown(
        choices=_CHOICES, value="psychiatrie", label="Doelgroep", elem_id="hw-dossier-group"
    )
    out = gr.HTML(elem_id="hw-dossier")
    group.change(lambda g: show_dossier(services, g), group, out)
    return group, out
