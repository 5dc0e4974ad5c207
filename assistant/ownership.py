"""Dossier owners: who keeps each themadossier up to date and when it was last reviewed.

They live in one small file in the corpus, ``dossiers.yaml``::

    dossiers:
      psychiatrie:
        verantwoordelijke: "Coördinator netwerk Zeeland (fictief)"
        laatst_herzien: 2025-11-01
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.errors import MetadataError
from assistant.metadata import TARGET_GROUPS

DOSSIERS_FILE = "dossiers.yaml"


class DossierOwner(BaseModel):
    """The owner of one target group's dossier and its last review."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    verantwoordelijke: str
    laatst_herzien: date | None = None

    @field_validator("verantwoordelijke")
    @classmethod
    def _owner(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("mag niet leeg zijn")
        return " ".join(v.split())


def load_dossier_owners(path: Path) -> dict[str, DossierOwner]:
    """Read ``dossiers.yaml``; a missing file means no dossier has an owner yet.

    Args:
        path: The file (``<corpus>/dossiers.yaml``).

    Returns:
        Owner per target group (slug from TARGET_GROUPS).

    Raises:
        MetadataError: Invalid YAML, an unknown target group or an invalid field; the Dutch
            message names the file, the dossier and the field.
    """
    if not path.exists():
        return {}
    name = path.name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise MetadataError(f"{name}: geen geldige YAML ({err})", path=name) from err
    if not isinstance(raw, dict) or set(raw) - {"dossiers"}:
        raise MetadataError(f"{name}: verwacht één sleutel 'dossiers' met per doelgroep een blok", path=name)
    entries = raw.get("dossiers") or {}
    if not isinstance(entries, dict):
        raise MetadataError(f"{name}: 'dossiers' moet per doelgroep een blok bevatten", path=name)
    return {str(group): _owner(name, str(group), value) for group, value in entries.items()}


def _owner(name: str, group: str, value: Any) -> DossierOwner:
    if group not in TARGET_GROUPS:
        raise MetadataError(
            f"{name}: dossier '{group}' bestaat niet; kies uit {', '.join(TARGET_GROUPS)}",
            path=name,
        )
    if not isinstance(value, dict):
        raise MetadataError(
            f"{name}: dossier '{group}' moet velden 'verantwoordelijke' en 'laatst_herzien' hebben",
            path=name,
        )
    try:
        return DossierOwner.model_validate(value)
    except ValidationError as err:
        reasons = []
        for item in err.errors():
            field = ".".join(str(p) for p in item["loc"]) or "dossier"
            msg = str(item["msg"]).removeprefix("Value error, ")
            if item["type"] == "extra_forbidden":
                msg = "onbekend veld; toegestaan: verantwoordelijke, laatst_herzien"
            elif item["type"] == "missing":
                msg = "ontbreekt"
            elif field == "laatst_herzien":
                msg = f"'{item.get('input')}' is geen datum (JJJJ-MM-DD)"
            reasons.append(f"veld '{field}': {msg}")
        raise MetadataError(f"{name}: dossier '{group}' – {'; '.join(reasons)}", path=name) from err
