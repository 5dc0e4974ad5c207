"""DocumentMeta: the validated metadata every document carries, with the allowed vocabularies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.errors import MetadataError

DOC_TYPES = (
    "richtlijn", "themadossier", "beslisboom", "consultatie",
    "praktijkverhaal", "scholing", "verslag", "overig",
)  # fmt: skip
TARGET_GROUPS = (
    "psychiatrie", "verstandelijke-beperking", "migratieachtergrond", "verslaving", "nah",
    "dementie", "jongvolwassenen", "dak-en-thuisloos", "algemeen",
)  # fmt: skip
REGIONS = (
    "landelijk", "zeeland", "roosendaal-bergen-op-zoom-tholen", "midden-brabant", "rotterdam",
    "zuid-hollandse-eilanden", "dordrecht-gorinchem", "west-brabant",
)  # fmt: skip
AUDIENCES = ("zorgverlener", "vrijwilliger", "iedereen")

# What a user reads instead of the slugs above (dropdowns, tables, pages).
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
REGION_LABELS = {
    "landelijk": "Landelijk",
    "zeeland": "Zeeland",
    "roosendaal-bergen-op-zoom-tholen": "Roosendaal, Bergen op Zoom en Tholen",
    "midden-brabant": "Midden-Brabant",
    "rotterdam": "Rotterdam",
    "zuid-hollandse-eilanden": "Zuid-Hollandse Eilanden",
    "dordrecht-gorinchem": "Dordrecht en Gorinchem",
    "west-brabant": "West-Brabant",
}
DOC_TYPE_LABELS = {
    "richtlijn": "Richtlijn of protocol",
    "themadossier": "Themadossier",
    "beslisboom": "Beslisboom",
    "consultatie": "Consultatie en contacten",
    "praktijkverhaal": "Praktijkverhaal",
    "scholing": "Webinar of scholing",
    "verslag": "Onderzoek of verslag",
    "overig": "Overig",
}
AUDIENCE_LABELS = {
    "zorgverlener": "Zorgverleners",
    "vrijwilliger": "Vrijwilligers",
    "iedereen": "Iedereen",
}
for _labels, _values in (
    (GROUP_LABELS, TARGET_GROUPS), (REGION_LABELS, REGIONS),
    (DOC_TYPE_LABELS, DOC_TYPES), (AUDIENCE_LABELS, AUDIENCES),
):  # fmt: skip
    assert tuple(_labels) == _values, "every slug needs a label, in the same order"

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,118}[a-z0-9]$")


def slugify(text: str) -> str:
    """Make a document id from free text (file name or title): lowercase a-z0-9 and dashes."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return (slug or "document")[:120].strip("-")


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    norm = str(value).strip().lower()
    if norm not in allowed:
        raise ValueError(f"'{value}' is geen geldige {what}; toegestaan: {', '.join(allowed)}")
    return norm


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value)
    raise ValueError("verwacht een lijst of een komma-gescheiden tekst")


class DocumentMeta(BaseModel):
    """Metadata of one document; invalid values raise with the field and the allowed values."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    doc_type: str = "overig"
    target_groups: tuple[str, ...] = ("algemeen",)
    regions: tuple[str, ...] = ("landelijk",)
    audience: str = "iedereen"
    source_url: str | None = None
    published: date | None = None
    review_date: date | None = None
    version: str | None = None
    supersedes: str | None = None
    # Who keeps the document up to date: a name, a role or an e-mail address (free text).
    verantwoordelijke: str | None = None
    fictional: bool = False

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(
                f"'{v}' is geen geldige id (kleine letters, cijfers en '-', 2-120 tekens)"
            )
        return v

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("titel mag niet leeg zijn")
        return v.strip()

    @field_validator("verantwoordelijke")
    @classmethod
    def _owner(cls, v: str | None) -> str | None:
        if v is None or not str(v).strip():
            return None
        if len(v) > 200:
            raise ValueError("verantwoordelijke is te lang (maximaal 200 tekens)")
        return " ".join(str(v).split())

    @field_validator("doc_type")
    @classmethod
    def _doc_type(cls, v: str) -> str:
        return _one_of(v, DOC_TYPES, "documentsoort")

    @field_validator("audience")
    @classmethod
    def _audience(cls, v: str) -> str:
        return _one_of(v, AUDIENCES, "doelgroep-lezer (audience)")

    @field_validator("target_groups", mode="before")
    @classmethod
    def _groups(cls, v: Any) -> tuple[str, ...]:
        groups = tuple(_one_of(g, TARGET_GROUPS, "doelgroep") for g in _as_tuple(v))
        return groups or ("algemeen",)

    @field_validator("regions", mode="before")
    @classmethod
    def _regions(cls, v: Any) -> tuple[str, ...]:
        regions = tuple(_one_of(r, REGIONS, "regio") for r in _as_tuple(v))
        return regions or ("landelijk",)

    def is_overdue(self, today: date) -> bool:
        """Whether the review date has passed."""
        return self.review_date is not None and self.review_date < today


META_KEYS = frozenset(DocumentMeta.model_fields)


def build_meta(values: Mapping[str, Any], *, source: str) -> DocumentMeta:
    """Validate raw metadata for one file.

    Args:
        values: Merged front matter / sidecar / flag values.
        source: The file name, used in the error message.

    Returns:
        The validated metadata.

    Raises:
        MetadataError: Unknown keys or invalid values; the message names the file and each field.
    """
    unknown = sorted(set(values) - META_KEYS)
    if unknown:
        raise MetadataError(
            f"{source}: onbekend metadataveld {', '.join(unknown)}; "
            f"toegestaan: {', '.join(sorted(META_KEYS))}",
            path=source,
        )
    try:
        return DocumentMeta.model_validate(dict(values))
    except ValidationError as err:
        reasons = []
        for item in err.errors():
            field = ".".join(str(p) for p in item["loc"] if not isinstance(p, int)) or "metadata"
            msg = str(item["msg"]).removeprefix("Value error, ")
            reasons.append(f"veld '{field}': {msg}")
        raise MetadataError(
            f"{source}: ongeldige metadata – {'; '.join(reasons)}", path=source
        ) from err
