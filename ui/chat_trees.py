"""The Beslisbomen and Contacten tabs: walk a decision tree to its advice; look up contact cards."""

from __future__ import annotations

from html import escape
from typing import Any

import gradio as gr

from assistant.errors import NotFound
from assistant.metadata import GROUP_LABELS, REGION_LABELS
from assistant.trees import DecisionTree
from ui.chat_html import advice_html, contact_cards, notice
from ui.labels import choices
from ui.services import Services

MAX_ANSWERS = 6
_REGION_CHOICES = choices(REGION_LABELS, none="(kies uw regio)")


def _tree(services: Services, tree_id: str | None) -> DecisionTree | None:
    if not tree_id:
        return None
    try:
        return services.tree(tree_id)
    except NotFound:
        return None


def render_node(
    services: Services, tree_id: str | None, path: list[str], region: str | None
) -> list[Any]:
    """Outputs for the current node: header, question/advice HTML, contacts, answer buttons, Terug."""
    tree = _tree(services, tree_id)
    hidden = [gr.Button(visible=False) for _ in range(MAX_ANSWERS)]
    if tree is None:
        return ["", notice("Kies een beslisboom."), "", *hidden, gr.Button(interactive=False)]
    node_id = path[-1] if path else tree.start
    node = tree.nodes[node_id]
    header = (
        f"### {escape(tree.title)}\n\n{escape(tree.description)}"
        if tree.description
        else f"### {escape(tree.title)}"
    )
    if tree.fictional:
        header += "\n\n*Fictief voorbeelddocument.*"
    back = gr.Button(interactive=len(path) > 1)
    if node.is_leaf:
        cards = services.contacts(
            region=region or None, kinds=node.contact_kinds, urgent=node.urgent
        )
        contacts = (
            contact_cards([c.model_dump(mode="json") for c in cards], title="Wie belt u")
            if node.contact_kinds
            else ""
        )
        if node.contact_kinds and not cards:
            contacts = notice("Geen contacten gevonden voor deze regio.")
        body = advice_html(node.advice or "", node.urgent)
        if node.note:
            body += notice(node.note)
        return [header, body, contacts, *hidden, back]
    buttons = [
        gr.Button(value=node.answers[i].label, visible=True)
        if i < len(node.answers)
        else gr.Button(visible=False)
        for i in range(MAX_ANSWERS)
    ]
    question = f"<div class='hw-card hw-question'><div class='hw-card-title'>{escape(node.question or '')}</div></div>"
    return [header, question, "", *buttons, back]


def build_trees_tab(services: Services) -> gr.Dropdown:
    """Render the Beslisbomen tab; returns the tree dropdown (its choices are filled on page load)."""
    path = gr.State([])
    with gr.Row():
        tree_dd = gr.Dropdown([], label="Beslisboom", value=None, scale=3, elem_id="hw-tree")
        region = gr.Dropdown(_REGION_CHOICES, label="Regio (voor contacten)", value="", scale=2)
    header = gr.Markdown("")
    node_html = gr.HTML(notice("Kies een beslisboom."), elem_id="hw-tree-node")
    with gr.Row():
        buttons = [
            gr.Button(visible=False, elem_classes=["hw-answer-btn"]) for _ in range(MAX_ANSWERS)
        ]
    with gr.Row():
        back = gr.Button("Terug", size="sm", interactive=False)
        restart = gr.Button("Opnieuw", size="sm")
    contacts = gr.HTML("", elem_id="hw-tree-contacts")
    outputs = [header, node_html, contacts, *buttons, back]

    def start(tree_id: str | None, reg: str | None) -> list[Any]:
        tree = _tree(services, tree_id)
        new_path = [tree.start] if tree else []
        return [new_path, *render_node(services, tree_id, new_path, reg)]

    def choose(i: int) -> Any:
        def handler(tree_id: str | None, current: list[str], reg: str | None) -> list[Any]:
            tree = _tree(services, tree_id)
            if tree is None:
                return [current, *render_node(services, tree_id, current, reg)]
            node = tree.nodes[current[-1] if current else tree.start]
            new_path = list(current or [tree.start])
            if i < len(node.answers):
                new_path.append(node.answers[i].next)
            return [new_path, *render_node(services, tree_id, new_path, reg)]

        return handler

    def go_back(tree_id: str | None, current: list[str], reg: str | None) -> list[Any]:
        new_path = current[:-1] if len(current) > 1 else current
        return [new_path, *render_node(services, tree_id, new_path, reg)]

    tree_dd.change(start, [tree_dd, region], [path, *outputs])
    restart.click(start, [tree_dd, region], [path, *outputs])
    region.change(lambda t, p, r: render_node(services, t, p, r), [tree_dd, path, region], outputs)
    back.click(go_back, [tree_dd, path, region], [path, *outputs])
    for i, button in enumerate(buttons):
        button.click(choose(i), [tree_dd, path, region], [path, *outputs])
    return tree_dd


def tree_choices(services: Services) -> gr.Dropdown:
    """Refreshed tree dropdown choices (label: title, value: id)."""
    return gr.Dropdown(
        choices=[(t.title, t.id) for t in sorted(services.trees(), key=lambda t: t.title.lower())]
    )


def build_contacts_tab(services: Services) -> tuple[Any, list[Any], gr.HTML]:
    """Render the Contacten tab; returns (lookup function, its inputs, its output) for page load."""
    with gr.Row():
        region = gr.Dropdown(
            _REGION_CHOICES, label="Regio", value="", elem_id="hw-contact-region"
        )
        group = gr.Dropdown(choices(GROUP_LABELS, none="(alle)"), label="Doelgroep", value="")
        only_247 = gr.Checkbox(label="Alleen 24/7", value=False)
    cards = gr.HTML("", elem_id="hw-contact-list")

    def lookup(reg: str | None, tg: str | None, always: bool) -> str:
        found = services.contacts(region=reg or None, target_group=tg or None)
        if not reg:
            # Before a region is chosen: the numbers that hold everywhere, not every region's.
            found = [c for c in found if "landelijk" in c.regions]
        if always:
            found = [c for c in found if c.available_24_7]
        ask_region = "" if reg else notice("Kies hierboven uw regio voor de regionale teams.")
        if not found:
            return ask_region + notice("Geen contacten gevonden.")
        title = (
            f"{len(found)} contact(en)"
            if reg
            else f"Landelijk bereikbaar: {len(found)} contact(en)"
        )
        return ask_region + contact_cards([c.model_dump(mode="json") for c in found], title=title)

    for control in (region, group, only_247):
        control.change(lookup, [region, group, only_247], cards)
    return lookup, [region, group, only_247], cards
