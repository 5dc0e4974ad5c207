"""The vocabularies query understanding reads: glossary, intent patterns and place names (YAML)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from assistant.analysis import fold
from assistant.errors import ConfigError


def _read_yaml(path: Path | None, packaged: str) -> dict[str, Any]:
    """A YAML mapping from ``path``, or the packaged file ``assistant/data/<packaged>``."""
    text = (
        path.read_text(encoding="utf-8")
        if path
        else resources.files("assistant").joinpath(f"data/{packaged}").read_text(encoding="utf-8")
    )
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise TypeError(f"{path or packaged} moet sleutel: waarde-paren bevatten")
    return data


@dataclass(frozen=True)
class Glossary:
    """Synonym groups (with an optional target group) and region aliases, loaded from YAML."""

    entries: tuple[tuple[tuple[str, ...], str | None], ...]
    regions: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, path: Path | None = None) -> Glossary:
        """Load the glossary file (the packaged one by default).

        Raises:
            ConfigError: The file is missing or malformed.
        """
        try:
            data = _read_yaml(path, "glossary.yaml")
            entries = tuple(
                (tuple(fold(str(v)) for v in e["variants"]), e.get("target_group"))
                for e in data.get("entries", [])
            )
            regions = {k: tuple(fold(a) for a in v) for k, v in (data.get("regions") or {}).items()}
        except (OSError, yaml.YAMLError, KeyError, TypeError) as err:
            raise ConfigError(f"Woordenlijst {path or 'glossary.yaml'} is ongeldig: {err}") from err
        return cls(entries, regions)


@dataclass(frozen=True)
class Intents:
    """Compiled intent patterns (dose, acute, who_to_call, followup, list)."""

    patterns: dict[str, tuple[re.Pattern[str], ...]]

    @classmethod
    def load(cls, path: Path | None = None) -> Intents:
        """Load the intents file (the packaged one by default)."""
        data = _read_yaml(path, "intents.yaml")
        return cls({k: tuple(re.compile(p) for p in v) for k, v in data.items()})

    def match(self, name: str, text: str) -> bool:
        """Whether any pattern of intent ``name`` matches the folded text."""
        folded = fold(text)
        return any(p.search(folded) for p in self.patterns.get(name, ()))


def load_places(path: Path | None = None) -> tuple[str, ...]:
    """Dutch place names (provinces, regions, larger municipalities), folded.

    Raises:
        ConfigError: The file is malformed.
    """
    try:
        data = _read_yaml(path, "places.yaml")
        return tuple(dict.fromkeys(fold(str(p)) for p in data.get("places", [])))
    except (OSError, yaml.YAMLError, TypeError) as err:
        raise ConfigError(f"Plaatsenlijst {path or 'places.yaml'} is ongeldig: {err}") from err
