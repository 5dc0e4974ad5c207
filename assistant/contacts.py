"""Consultation contact cards: schema, validation, rendering as text and structured lookup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.errors import CorpusError
from assistant.metadata import REGIONS, TARGET_GROUPS

_INDIRECT = re.compile(
    r"niet (rechtstreeks|direct)\b|^alleen via\b|\balleen (bereikbaar )?via (de )?(huisarts|behandelend)"
    r"|\baanvraag (door|via) de (behandelend |huis)arts"
)

CONTACT_KINDS = (
    "consultatieteam-palliatieve-zorg", "ggz-consultatie", "ggz-crisisdienst", "huisartsenpost",
    "arts-vg", "cce", "tolkendienst", "verslavingszorg", "straatdokter", "geestelijke-verzorging",
    "nah-expertise", "dementie-expertise", "aya-zorgnetwerk", "netwerkcoordinator", "apotheek", "vptz",
)  # fmt: skip


def _check(values: Iterable[str], allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    out = tuple(str(v).strip().lower() for v in values)
    bad = [v for v in out if v not in allowed]
    if bad:
        raise ValueError(f"onbekende {what} {', '.join(bad)}; toegestaan: {', '.join(allowed)}")
    return out


class ContactCard(BaseModel):
    """One organisation to call, with when and under which conditions."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    organisation: str
    kind: str
    regions: tuple[str, ...] = ("landelijk",)
    target_groups: tuple[str, ...] = ("algemeen",)
    availability: str = ""
    available_24_7: bool = False
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    conditions: str = ""
    notes: str = ""
    review_date: date | None = None
    # Whether hospice staff can call this service themselves; when not given, read from the
    # conditions ("niet rechtstreeks", "alleen via de huisarts").
    direct_access: bool | None = None

    @property
    def reachable_directly(self) -> bool:
        """Whether hospice staff can call this service themselves."""
        if self.direct_access is not None:
            return self.direct_access
        text = f"{self.conditions} {self.notes}".lower()
        return not _INDIRECT.search(text)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        return _check([v], CONTACT_KINDS, "soort contact")[0]

    @field_validator("regions")
    @classmethod
    def _regions(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check(v, REGIONS, "regio") or ("landelijk",)

    @field_validator("target_groups")
    @classmethod
    def _groups(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check(v, TARGET_GROUPS, "doelgroep") or ("algemeen",)

    def render(self) -> str:
        """The card as readable Dutch text (indexed for retrieval)."""
        parts = [f"{self.organisation} ({self.kind.replace('-', ' ')})."]
        regions = ", ".join(self.regions)
        parts.append(f"Regio: {regions}. Bereikbaar: {self.availability or 'onbekend'}.")
        if self.available_24_7:
            parts.append("Dag en nacht bereikbaar (24/7).")
        if self.phone:
            parts.append(f"Telefoon: {self.phone}.")
        if self.email:
            parts.append(f"E-mail: {self.email}.")
        if self.conditions:
            parts.append(f"Voorwaarden: {self.conditions}")
        if self.notes:
            parts.append(self.notes)
        return " ".join(parts)


class ContactFile(BaseModel):
    """A file of contact cards (one network region or one theme)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    title: str
    regions: tuple[str, ...] = ("landelijk",)
    target_groups: tuple[str, ...] = ("algemeen",)
    audience: str = "zorgverlener"
    published: date | None = None
    review_date: date | None = None
    fictional: bool = False
    source_url: str | None = None
    version: str | None = None
    verantwoordelijke: str | None = None
    description: str = ""
    contacts: tuple[ContactCard, ...]


def parse_contacts(data: dict[str, Any], *, source: str) -> ContactFile:
    """Validate a contact file read from YAML.

    Raises:
        CorpusError: A field is missing or invalid, or card ids repeat; names the file and card.
    """
    try:
        parsed = ContactFile.model_validate(data)
    except ValidationError as err:
        reasons = []
        for e in err.errors():
            loc = list(e["loc"])
            if len(loc) >= 2 and loc[0] == "contacts" and isinstance(loc[1], int):
                cards = data.get("contacts") or []
                card = (
                    cards[loc[1]] if loc[1] < len(cards) and isinstance(cards[loc[1]], dict) else {}
                )
                loc[1] = f"kaart {card.get('id', loc[1] + 1)}"
            msg = str(e["msg"]).removeprefix("Value error, ")
            reasons.append(f"{'.'.join(str(p) for p in loc)}: {msg}")
        raise CorpusError(
            f"{source}: ongeldige contactkaart – {'; '.join(reasons)}", path=source
        ) from err
    ids = [c.id for c in parsed.contacts]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise CorpusError(f"{source}: dubbele contact-id {', '.join(dupes)}", path=source)
    return parsed


def cards_from_payload(payload: dict[str, Any]) -> list[ContactCard]:
    """The contact cards a document's payload holds (none for other kinds of document)."""
    if payload.get("kind") != "contacts":
        return []
    return [ContactCard.model_validate(raw) for raw in payload["contacts"]["contacts"]]


def find_contacts(
    cards: Sequence[ContactCard],
    *,
    region: str | None = None,
    target_group: str | None = None,
    kinds: Sequence[str] = (),
    urgent: bool = False,
) -> list[ContactCard]:
    """Cards matching a region and target group, best first.

    National cards match every region; general cards match every target group. Cards that
    hospice staff can call themselves come before services only reachable through them (a GGZ
    crisis service "alleen via de huisartsenpost" comes after the huisartsenpost). With
    ``urgent``, 24/7 cards come first. Cards for the specific target group rank above general ones.
    """

    def matches(card: ContactCard) -> bool:
        if region and region not in card.regions and "landelijk" not in card.regions:
            return False
        if (
            target_group
            and target_group not in card.target_groups
            and "algemeen" not in card.target_groups
        ):
            return False
        return not kinds or card.kind in kinds

    def rank(card: ContactCard) -> tuple[int, int, int, int, str]:
        return (
            0 if card.reachable_directly else 1,
            0 if (urgent and card.available_24_7) or not urgent else 1,
            0 if target_group and target_group in card.target_groups else 1,
            0 if region and region in card.regions else 1,
            card.organisation,
        )

    return sorted((c for c in cards if matches(c)), key=rank)
