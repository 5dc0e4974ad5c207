"""Themadossiers: per target group, documents in the five parts, decision trees and contacts.

Everything comes from document metadata, so nothing has to be maintained twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.contacts import ContactCard, cards_from_payload, find_contacts
from assistant.index import SearchIndex
from assistant.metadata import TARGET_GROUPS
from assistant.trees import DecisionTree

# Display labels: nobody reads slugs.
GROUP_LABELS = {
    "psychiatrie": "Psychiatrie (EPA/GGZ)",
    "verstandelijke-beperking": "Verstandelijke beperking (VG/LVB)",
    "migratieachtergrond": "Migratieachtergrond",
    "verslaving": "Verslaving",
    "nah": "Niet-aangeboren hersenletsel (NAH)",
    "dementie": "Dementie",
    "jongvolwassenen": "Jongvolwassenen",
    "dak-en-thuisloos": "Dak- en thuislozen",
    "algemeen": "Algemeen",
}
# The consortium's five parts of a dossier, and which document types fill each.
PARTS = (
    ("Informatie", ("themadossier", "overig")),
    ("Protocollen en richtlijnen", ("richtlijn", "beslisboom")),
    ("Webinars en scholing", ("scholing",)),
    ("Praktijkverhalen", ("praktijkverhaal",)),
    ("Onderzoek", ("verslag",)),
)
assert set(GROUP_LABELS) == set(TARGET_GROUPS)


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


def build_dossier(index: SearchIndex, group: str, today: date) -> Dossier:
    """The dossier of ``group`` (a slug from TARGET_GROUPS) from the current index."""
    parts: dict[str, list[DossierEntry]] = {name: [] for name, _ in PARTS}
    part_of = {t: name for name, types in PARTS for t in types}
    trees, cards = [], []
    for record in index.documents:
        meta = record.meta
        if record.payload.get("kind") == "contacts":
            cards += cards_from_payload(record.payload)
            continue
        if group not in meta.target_groups or meta.id in index.superseded_ids():
            continue
        if record.payload.get("kind") == "tree":
            trees.append(DecisionTree.model_validate(record.payload["tree"]))
        part = part_of.get(meta.doc_type)
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
