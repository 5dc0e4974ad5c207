"""Themadossiers: per target group, documents in the five parts, decision trees and contacts.

Everything comes from document metadata, so nothing has to be maintained twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.contacts import ContactCard, cards_from_payload, find_contacts
from assistant.index import SearchIndex
from assistant.metadata import GROUP_LABELS

__all__ = ["GROUP_LABELS", "PARTS", "Dossier", "DossierEntry", "build_dossier", "dossier_sizes"]
from assistant.registry import DocumentRecord
from assistant.trees import DecisionTree

# Display labels: nobody reads slugs.
# The consortium's five parts of a dossier, and which document types fill each.
PARTS = (
    ("Informatie", ("themadossier", "overig")),
    ("Protocollen en richtlijnen", ("richtlijn", "beslisboom")),
    ("Webinars en scholing", ("scholing",)),
    ("Praktijkverhalen", ("praktijkverhaal",)),
    ("Onderzoek", ("verslag",)),
)


@dataclass(frozen=True, slots=True)
class DossierEntry:
    """A document in a dossier part."""

    id: str
    title: str
    doc_type: str
    review_date: str | None
    review_overdue: bool


@dataclass(frozen=True, slots=True)
class Dossier:
    """One target group's dossier."""

    group: str
    label: str
    parts: dict[str, list[DossierEntry]]
    trees: list[DecisionTree] = field(default_factory=list)
    contacts: list[ContactCard] = field(default_factory=list)


_PART_OF = {t: name for name, types in PARTS for t in types}


def _belongs(record: DocumentRecord, group: str, index: SearchIndex) -> bool:
    """Whether a (non-contact) document belongs to ``group``'s dossier: its group, not replaced."""
    return group in record.meta.target_groups and record.meta.id not in index.superseded_ids()


def dossier_sizes(index: SearchIndex) -> dict[str, int]:
    """Per target group, how many documents its dossier's five parts hold (one pass)."""
    sizes = dict.fromkeys(GROUP_LABELS, 0)
    for record in index.documents:
        if record.payload.get("kind") == "contacts" or record.meta.doc_type not in _PART_OF:
            continue
        for group in sizes:
            sizes[group] += _belongs(record, group, index)
    return sizes


def build_dossier(index: SearchIndex, group: str, today: date) -> Dossier:
    """The dossier of ``group`` (a slug from TARGET_GROUPS) from the current index."""
    parts: dict[str, list[DossierEntry]] = {name: [] for name, _ in PARTS}
    trees, cards = [], []
    for record in index.documents:
        meta = record.meta
        if record.payload.get("kind") == "contacts":
            cards += cards_from_payload(record.payload)
            continue
        if not _belongs(record, group, index):
            continue
        if record.payload.get("kind") == "tree":
            trees.append(DecisionTree.model_validate(record.payload["tree"]))
        part = _PART_OF.get(meta.doc_type)
        if part is not None:
            parts[part].append(DossierEntry(
                meta.id, meta.title, meta.doc_type,
                meta.review_date.isoformat() if meta.review_date else None, meta.is_overdue(today),
            ))  # fmt: skip
    for entries in parts.values():
        entries.sort(key=lambda e: e.title.lower())
    return Dossier(
        group, GROUP_LABELS.get(group, group), parts, sorted(trees, key=lambda t: t.title.lower()),
        find_contacts(cards, target_group=group),
    )  # fmt: skip
