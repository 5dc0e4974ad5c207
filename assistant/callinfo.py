"""Who-to-call answers: contact cards matching the question's region and target group, cited."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from assistant.contacts import ContactCard, cards_from_payload, find_contacts
from assistant.index import SearchIndex
from assistant.types import Citation
from assistant.understanding import QueryPlan

_GROUP_KINDS = {
    "psychiatrie": ("ggz-crisisdienst", "ggz-consultatie"),
    "verstandelijke-beperking": ("arts-vg", "cce"),
    "migratieachtergrond": ("tolkendienst", "geestelijke-verzorging"),
    "verslaving": ("verslavingszorg",),
    "dak-en-thuisloos": ("straatdokter", "verslavingszorg"),
    "nah": ("nah-expertise", "cce"),
    "dementie": ("dementie-expertise",),
    "jongvolwassenen": ("aya-zorgnetwerk",),
}


def all_cards(index: SearchIndex) -> list[tuple[str, ContactCard]]:
    """Every contact card in the index with the id of the document that holds it."""
    return [(r.meta.id, card) for r in index.documents for card in cards_from_payload(r.payload)]


def relevant_cards(
    index: SearchIndex, plan: QueryPlan, region: str | None, limit: int = 3
) -> list[tuple[str, ContactCard]]:
    """Cards for the plan: the region's (or national) cards, group-specific and 24/7 ones first."""
    cards = all_cards(index)
    by_card = {id(c): doc for doc, c in cards}
    group = plan.groups[0] if plan.groups else None
    # Acute questions: the regional consultation team and the out-of-hours GP post, plus the
    # group's own crisis route; otherwise the group's specialists and the consultation team.
    kinds: tuple[str, ...] = (
        ("consultatieteam-palliatieve-zorg", "huisartsenpost") if plan.acute else ()
    )
    if group:
        kinds = (*_GROUP_KINDS.get(group, ()), "consultatieteam-palliatieve-zorg", *kinds)
    found = find_contacts(
        [c for _, c in cards],
        region=region or "landelijk",
        target_group=group,
        kinds=kinds,
        urgent=plan.acute,
    )
    if not found and kinds:
        found = find_contacts(
            [c for _, c in cards], region=region or "landelijk", urgent=plan.acute
        )
    if plan.acute:
        # At night only what is reachable now: 24/7 cards and the out-of-hours GP post.
        found = [c for c in found if c.available_24_7 or c.kind == "huisartsenpost"] or found
    # Whom staff can call themselves first (a service reachable only through another comes
    # after it), then the region's own cards; otherwise the order find_contacts gave.
    found = sorted(
        found, key=lambda c: (not c.reachable_directly, bool(region) and region not in c.regions)
    )
    return [(by_card[id(c)], c) for c in found[:limit]]


def contact_block(
    index: SearchIndex, picked: Sequence[tuple[str, ContactCard]], region: str | None, today: date
) -> tuple[str, tuple[Citation, ...], tuple[dict[str, Any], ...]]:
    """Answer lines for the picked cards, with a citation per card (its own chunk)."""
    lines = ["Wie kunt u bellen:"]
    citations = []
    for n, (doc_id, card) in enumerate(picked, start=1):
        phone = f" – {card.phone}" if card.phone else ""
        lines.append(f"- {card.organisation}{phone} ({card.availability or 'bereikbaarheid onbekend'}). "
                     f"{card.conditions} [{n}]".rstrip())  # fmt: skip
        record = index.record(doc_id)
        chunk = next(iter(index.section_chunks(doc_id, card.organisation)), None)
        overdue = bool(card.review_date and card.review_date < today) or bool(
            record and record.meta.is_overdue(today)
        )
        citations.append(
            Citation(
                index=n,
                document_id=doc_id,
                title=record.meta.title if record else doc_id,
                source=record.source if record else "",
                page=None,
                section=card.organisation,
                snippet=card.render(),
                score=1.0,
                review_overdue=overdue,
                review_date=card.review_date.isoformat() if card.review_date else None,
                doc_type="consultatie",
                fictional=bool(record and record.meta.fictional),
                chunk_id=chunk.id if chunk else "",
                passage=chunk.text if chunk else card.render(),
            )
        )
    if not region:
        lines.append(
            "Noem uw regio (bijvoorbeeld Zeeland of Breda) voor de nummers van uw eigen netwerk."
        )
    contacts = tuple(
        card.model_dump(mode="json") | {"document_id": doc_id} for doc_id, card in picked
    )
    return "\n".join(lines), tuple(citations), contacts
