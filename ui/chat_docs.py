"""The Documenten tab (coordinators): list, upload, replace and delete documents."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.metadata import AUDIENCE_LABELS, DOC_TYPE_LABELS, GROUP_LABELS, REGION_LABELS
from ui.chat_docs_actions import COLUMNS, DocumentActions
from ui.labels import choices
from ui.services import Services


def build_docs_tab(services: Services, account: gr.State) -> tuple[Any, list[Any], list[Any]]:
    """Render the tab; returns (refresh function, its inputs, its outputs) for login and page load."""
    with gr.Row():
        f_group = gr.Dropdown(choices(GROUP_LABELS, none="(alle)"), value="", label="Doelgroep")
        f_region = gr.Dropdown(choices(REGION_LABELS, none="(alle)"), value="", label="Regio")
        f_type = gr.Dropdown(choices(DOC_TYPE_LABELS, none="(alle)"), value="", label="Soort")
        refresh = gr.Button("Vernieuwen", size="sm")
    table = gr.Dataframe(
        headers=COLUMNS,
        value=[],
        interactive=False,
        wrap=True,
        elem_id="hw-doc-table",
        column_widths=["17%", "31%", "11%", "17%", "8%", "9%", "7%"],
        column_count=len(COLUMNS),
    )
    with gr.Accordion("Document uploaden", open=True):
        files = gr.File(
            file_count="multiple",
            type="filepath",
            label="Bestanden (pdf, docx, md, txt, html)",
            elem_id="hw-upload-files",
        )
        with gr.Row():
            title = gr.Textbox(label="Titel (bij één bestand)", elem_id="hw-upload-title")
            doc_type = gr.Dropdown(
                choices(DOC_TYPE_LABELS, none="(uit bestand)"), value="", label="Soort"
            )
            audience = gr.Dropdown(
                choices(AUDIENCE_LABELS, none="(uit bestand)"), value="", label="Publiek"
            )
        with gr.Row():
            groups = gr.Dropdown(
                choices(GROUP_LABELS), multiselect=True, value=[], label="Doelgroepen"
            )
            regions = gr.Dropdown(
                choices(REGION_LABELS), multiselect=True, value=[], label="Regio's"
            )
            review = gr.Textbox(label="Herzieningsdatum (JJJJ-MM-DD)", placeholder="2027-01-01")
        upload_btn = gr.Button("Uploaden en inlezen", variant="primary", elem_id="hw-upload-btn")
        upload_out = gr.Markdown("", elem_id="hw-upload-result")
    with gr.Accordion("Document vervangen", open=False):
        r_id = gr.Dropdown([], label="Document", allow_custom_value=True)
        r_file = gr.File(file_count="single", type="filepath", label="Nieuw bestand (optioneel)")
        with gr.Row():
            r_title = gr.Textbox(label="Nieuwe titel (optioneel)")
            r_review = gr.Textbox(label="Nieuwe herzieningsdatum (optioneel)")
        r_btn = gr.Button("Vervangen")
        r_out = gr.Markdown("")
    with gr.Accordion("Document verwijderen", open=True):
        d_id = gr.Dropdown([], label="Document", allow_custom_value=True, elem_id="hw-delete-id")
        d_sure = gr.Checkbox(label="Ik weet het zeker", value=False, elem_id="hw-delete-sure")
        d_btn = gr.Button("Verwijderen", variant="stop", elem_id="hw-delete-btn")
        d_out = gr.Markdown("", elem_id="hw-delete-result")

    actions = DocumentActions(services)
    list_inputs = [account, f_group, f_region, f_type]
    list_outputs = [table, r_id, d_id]
    for control in (f_group, f_region, f_type):
        control.change(actions.load, list_inputs, list_outputs)
    refresh.click(actions.load, list_inputs, list_outputs)
    upload_inputs = [account, files, title, doc_type, groups, regions, audience, review]
    upload_btn.click(actions.upload, upload_inputs, [upload_out, files]).then(
        actions.load, list_inputs, list_outputs
    )
    replace_inputs = [account, r_id, r_file, r_title, r_review]
    r_btn.click(actions.replace, replace_inputs, [r_out, r_file]).then(
        actions.load, list_inputs, list_outputs
    )
    d_btn.click(actions.delete, [account, d_id, d_sure], [d_out, d_sure]).then(
        actions.load, list_inputs, list_outputs
    )
    return actions.load, list_inputs, list_outputs
