"""The Actualisatie tab (coordinators): what to review, per dossier and per owner; corpus gaps."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.dossiers import GROUP_LABELS
from assistant.errors import MetadataError
from assistant.review import DEFAULT_HORIZON_DAYS, OVERDUE, ReviewItem, by_dossier, by_owner
from ui.accounts import Account
from ui.actualisatie import dossier_labels, owner_label, status_label, to_csv
from ui.services import Services

DOSSIER_COLUMNS = ["dossier", "status", "herzien vóór", "soort", "titel", "verantwoordelijke"]
OWNER_COLUMNS = ["verantwoordelijke", "status", "herzien vóór", "soort", "titel", "dossiers"]
GAP_COLUMNS = ["week", "onderwerp", "aantal vragen"]
_KIND = {"document": "document", "dossier": "dossier"}
_WIDTHS: list[str | int] = ["17%", "17%", "10%", "9%", "29%", "18%"]


def _status(item: ReviewItem) -> str:
    return ("⚠ " if item.status == OVERDUE else "") + status_label(item)


def _due(item: ReviewItem) -> str:
    return item.due.isoformat() if item.due else "–"


def dossier_rows(items: list[ReviewItem]) -> list[list[str]]:
    """One row per dossier and item (a document appears under each of its dossiers)."""
    return [
        [GROUP_LABELS.get(g, g), _status(i), _due(i), _KIND[i.kind], i.title, owner_label(i)]
        for g, found in by_dossier(items)
        for i in found
    ]


def owner_rows(items: list[ReviewItem]) -> list[list[str]]:
    """One row per owner and item."""
    return [
        [owner, _status(i), _due(i), _KIND[i.kind], i.title, dossier_labels(i)]
        for owner, found in by_owner(items)
        for i in found
    ]


class ReviewActions:
    """Handlers of the tab; each re-checks the coordinator role server-side."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def load(self, acc: Account | None, days: float | None) -> list[Any]:
        """Summary, both tables, the CSV download and the gap table."""
        if acc is None or not acc.can("documents"):
            return ["", [], [], gr.DownloadButton(visible=False), "", []]
        horizon = max(0, int(days if days is not None else DEFAULT_HORIZON_DAYS))
        try:
            items = self.services.review(horizon)
        except MetadataError as err:
            message = f"⚠ De dossierinstellingen kloppen niet: {err}"
            return [message, [], [], gr.DownloadButton(visible=False), *self._gaps()]
        overdue = sum(i.status == OVERDUE for i in items)
        summary = (
            f"**{overdue} te laat**, {len(items) - overdue} binnenkort (binnen {horizon} dagen): "
            f"{sum(i.kind == 'document' for i in items)} documenten en "
            f"{sum(i.kind == 'dossier' for i in items)} themadossiers."
            if items
            else f"Niets te herzien binnen {horizon} dagen."
        )
        path = Path(tempfile.mkdtemp(prefix="hw-actualisatie-")) / "actualisatie.csv"
        path.write_text(to_csv(items), encoding="utf-8-sig")
        return [
            summary, dossier_rows(items), owner_rows(items),
            gr.DownloadButton(value=str(path), visible=True), *self._gaps(),
        ]  # fmt: skip

    def _gaps(self) -> list[Any]:
        config = self.services.config
        if not config.gap_log:
            return [
                "Het bijhouden van onderwerpen zonder antwoord staat uit "
                "(zet `HOSPICEWIJZER_GAP_LOG=true` om het aan te zetten).",
                [],
            ]
        rows = [[r.week, r.term, r.count] for r in self.services.ws.gaps.weeks()]
        note = (
            f"Woorden uit vragen waarop de kennisbank geen antwoord had, per week; alleen "
            f"onderwerpwoorden, nooit de vraag zelf, namen of getallen. Bewaard: "
            f"{config.gap_retention_weeks} weken."
        )
        return [note, rows]


def build_review_tab(services: Services, account: gr.State) -> tuple[Any, list[Any], list[Any]]:
    """Render the tab; returns (refresh function, its inputs, its outputs) for login."""
    gr.Markdown(
        "Documenten en themadossiers waarvan de herziening **te laat** is of **binnenkort** "
        "valt. Zonder herzieningsdatum geldt één jaar na publicatie (of na inlezen); een nieuwe "
        "versie begint een nieuw jaar."
    )
    with gr.Row():
        days = gr.Number(
            DEFAULT_HORIZON_DAYS, label="Vooruitkijken (dagen)", precision=0, minimum=0,
            maximum=3650, elem_id="hw-review-days",
        )  # fmt: skip
        refresh = gr.Button("Vernieuwen", size="sm", elem_id="hw-review-refresh")
        download = gr.DownloadButton(
            "Download CSV", visible=False, size="sm", elem_id="hw-review-csv"
        )
    summary = gr.Markdown("", elem_id="hw-review-summary")
    gr.Markdown("### Per dossier")
    per_dossier = gr.Dataframe(
        headers=DOSSIER_COLUMNS, value=[], interactive=False, wrap=True,
        column_count=len(DOSSIER_COLUMNS), elem_id="hw-review-dossier",
        column_widths=_WIDTHS,
    )  # fmt: skip
    gr.Markdown("### Per verantwoordelijke")
    per_owner = gr.Dataframe(
        headers=OWNER_COLUMNS, value=[], interactive=False, wrap=True,
        column_count=len(OWNER_COLUMNS), elem_id="hw-review-owner",
        column_widths=_WIDTHS,
    )  # fmt: skip
    gr.Markdown("### Onderwerpen zonder antwoord")
    gaps_note = gr.Markdown("", elem_id="hw-gaps-note")
    gaps = gr.Dataframe(
        headers=GAP_COLUMNS, value=[], interactive=False, column_count=len(GAP_COLUMNS),
        elem_id="hw-gaps",
    )  # fmt: skip
    actions = ReviewActions(services)
    inputs = [account, days]
    outputs = [summary, per_dossier, per_owner, download, gaps_note, gaps]
    refresh.click(actions.load, inputs, outputs)
    days.submit(actions.load, inputs, outputs)
    return actions.load, inputs, outputs
