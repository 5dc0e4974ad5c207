"""Actualisatie: what is overdue or due soon, per dossier and per owner, as rows and as CSV.

Shared by the API, the Gradio tab and ``hospicewijzer docs due``; reads only the registry and
``<corpus>/dossiers.yaml`` (no model, no vector store).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assistant.dossiers import GROUP_LABELS
from assistant.ownership import DOSSIERS_FILE, load_dossier_owners
from assistant.registry import DocumentRecord, Registry
from assistant.review import ReviewItem, VersionDates, due_items, review_items
from ui.feedback import spreadsheet_cell

CSV_HEADERS = [
    "soort", "id", "titel", "dossiers", "verantwoordelijke", "herzien vóór", "status", "dagen",
    "grondslag",
]  # fmt: skip


def _day(iso: str) -> date:
    return datetime.fromisoformat(iso).date()


def version_dates(record: DocumentRecord, known: dict[str, tuple[str, str | None]]) -> VersionDates:
    """A document's first-ingest and newest-version dates (from its history, else its ingest)."""
    first, newest = known.get(record.meta.id, (record.ingested_at, None))
    return VersionDates(_day(first), _day(newest) if newest else None)


def review_overview(
    registry: Registry, corpus_dir: Path, today: date, days: int
) -> list[ReviewItem]:
    """Every dossier and document with owner and effective review date, soonest first.

    Raises:
        MetadataError: ``dossiers.yaml`` is invalid (the message names the file and field).
    """
    owners = load_dossier_owners(Path(corpus_dir) / DOSSIERS_FILE)
    known = registry.version_dates()
    documents = [(r.meta, version_dates(r, known)) for r in registry.documents()]
    return review_items(documents, owners, today, days)


def due_overview(registry: Registry, corpus_dir: Path, today: date, days: int) -> list[ReviewItem]:
    """Only the overdue and soon-due items of :func:`review_overview`."""
    return due_items(review_overview(registry, corpus_dir, today, days))


def dossier_labels(item: ReviewItem) -> str:
    """The item's dossiers by their display names."""
    return ", ".join(GROUP_LABELS.get(g, g) for g in item.dossiers)


def owner_label(item: ReviewItem) -> str:
    """The owner, marked when it is the dossier's owner standing in for the document's."""
    return f"{item.owner} (via dossier)" if item.owner_via_dossier else item.owner


def status_label(item: ReviewItem) -> str:
    """``te laat (12 dagen)``, ``binnenkort (over 30 dagen)`` or ``te laat (nooit herzien)``."""
    if item.days is None:
        return f"{item.status} (nooit herzien)"
    if item.days < 0:
        return f"{item.status} ({-item.days} dagen)"
    return f"{item.status} (over {item.days} dagen)"


def item_json(item: ReviewItem) -> dict[str, Any]:
    """The API shape of one item."""
    return {
        "kind": item.kind, "id": item.id, "title": item.title, "dossiers": list(item.dossiers),
        "dossier_labels": [GROUP_LABELS.get(g, g) for g in item.dossiers], "owner": item.owner,
        "owner_via_dossier": item.owner_via_dossier,
        "review_due": item.due.isoformat() if item.due else None, "basis": item.basis,
        "status": item.status, "days": item.days,
    }  # fmt: skip


def to_csv(items: list[ReviewItem]) -> str:
    """Items as CSV for a Dutch spreadsheet.

    Semicolons, because Excel with Dutch regional settings uses the comma as decimal separator and
    expects ``;`` between fields (the same choice as the feedback export); the caller writes it
    with a UTF-8 BOM so that Excel shows ö and é correctly. Text cells cannot run as formulas.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(CSV_HEADERS)
    for i in items:
        writer.writerow([
            i.kind, i.id, spreadsheet_cell(i.title), dossier_labels(i),
            spreadsheet_cell(owner_label(i)), i.due.isoformat() if i.due else "", i.status,
            "" if i.days is None else i.days, i.basis,
        ])  # fmt: skip
    return buf.getvalue()
