"""Yearly review: the effective review date of documents and dossiers, and what is due.

Effective review date of a document (first rule that applies):

1. ``review_date`` from its metadata, when set (an explicit date always wins);
2. one year after ``published``, or after the date it was first ingested when it has no
   ``published``;
3. but a new version (a changed file, see ``assistant.history``) restarts the year: one year after
   the date of the newest version, when that is later than the date from rule 2.

A dossier is due one year after its ``laatst_herzien`` in ``dossiers.yaml``; a dossier without
that date has never been reviewed and counts as overdue (listed only when it holds documents).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from assistant.dossiers import GROUP_LABELS
from assistant.metadata import DocumentMeta
from assistant.ownership import DossierOwner

REVIEW_YEARS = 1
DEFAULT_HORIZON_DAYS = 60
OVERDUE = "te laat"
DUE_SOON = "binnenkort"
ON_TIME = "op tijd"
NO_OWNER = "(niet toegewezen)"


def add_years(day: date, years: int = REVIEW_YEARS) -> date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True, slots=True)
class VersionDates:
    """When a document was first ingested and when its newest version (changed file) arrived."""

    first: date
    newest_version: date | None = None


def effective_review(meta: DocumentMeta, versions: VersionDates) -> tuple[date, str]:
    """The effective review date of a document and, in Dutch, what it is based on."""
    if meta.review_date is not None:
        return meta.review_date, "herzieningsdatum"
    base, basis = (meta.published, "publicatie") if meta.published else (versions.first, "ingelezen")
    if versions.newest_version is not None and versions.newest_version > base:
        base, basis = versions.newest_version, "nieuwe versie"
    return add_years(base), f"{basis} + {REVIEW_YEARS} jaar"


def review_status(due: date | None, today: date, horizon_days: int) -> str:
    """``te laat`` when past (or never reviewed), ``binnenkort`` within the horizon, else ``op tijd``."""
    if due is None or due < today:
        return OVERDUE
    return DUE_SOON if (due - today).days <= horizon_days else ON_TIME


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A document or dossier with its owner and effective review date."""

    kind: str  # "document" or "dossier"
    id: str
    title: str
    dossiers: tuple[str, ...]  # target-group slugs it belongs to
    owner: str
    owner_via_dossier: bool  # the document names no owner: its dossier's owner is used
    due: date | None
    basis: str
    status: str
    days: int | None  # days until due (negative: overdue)


def document_owner(meta: DocumentMeta, owners: Mapping[str, DossierOwner]) -> tuple[str, bool]:
    """The document's own ``verantwoordelijke``, else its (first) dossier's owner."""
    if meta.verantwoordelijke:
        return meta.verantwoordelijke, False
    for group in meta.target_groups:
        if group in owners:
            return owners[group].verantwoordelijke, True
    return NO_OWNER, False


def review_items(
    documents: Iterable[tuple[DocumentMeta, VersionDates]],
    owners: Mapping[str, DossierOwner],
    today: date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> list[ReviewItem]:
    """Every dossier and document with its review status, soonest due first.

    A dossier is listed when ``dossiers.yaml`` names it or when a document belongs to it (an
    empty, unconfigured dossier has nothing to review).
    """
    documents = list(documents)
    used = {g for meta, _ in documents for g in meta.target_groups}
    items = []
    for group, label in GROUP_LABELS.items():
        if group not in owners and group not in used:
            continue
        steward = owners.get(group)
        last = steward.laatst_herzien if steward else None
        due = add_years(last) if last else None
        items.append(ReviewItem(
            "dossier", group, f"Themadossier {label}", (group,),
            steward.verantwoordelijke if steward else NO_OWNER, False, due,
            f"laatst herzien + {REVIEW_YEARS} jaar" if last else "nooit herzien",
            review_status(due, today, horizon_days), (due - today).days if due else None,
        ))  # fmt: skip
    for meta, versions in documents:
        due, basis = effective_review(meta, versions)
        owner, via = document_owner(meta, owners)
        items.append(ReviewItem(
            "document", meta.id, meta.title, meta.target_groups, owner, via, due, basis,
            review_status(due, today, horizon_days), (due - today).days,
        ))  # fmt: skip
    return sorted(items, key=lambda i: (i.due or date.min, i.kind, i.title.lower()))


def due_items(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    """Only what is overdue or due within the horizon."""
    return [i for i in items if i.status != ON_TIME]


def by_dossier(items: Sequence[ReviewItem]) -> list[tuple[str, list[ReviewItem]]]:
    """Items per dossier (in the dossier order of GROUP_LABELS); a document is in each of its groups."""
    groups = [(g, [i for i in items if g in i.dossiers]) for g in GROUP_LABELS]
    return [(g, found) for g, found in groups if found]


def by_owner(items: Sequence[ReviewItem]) -> list[tuple[str, list[ReviewItem]]]:
    """Items per owner, owners alphabetically and the unassigned last."""
    owners = sorted({i.owner for i in items}, key=lambda o: (o == NO_OWNER, o.lower()))
    return [(o, [i for i in items if i.owner == o]) for o in owners]
