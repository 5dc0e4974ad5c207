"""EvalItem and loading of versioned JSONL question sets with clear errors per line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import AssistantError

DATASETS = Path(__file__).parent / "datasets"


class EvalItem(BaseModel):
    """One evaluation question with what a good answer needs."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    question: str = Field(min_length=1)
    history: list[dict[str, str]] = Field(default_factory=list)
    expected_docs: list[str] = Field(default_factory=list)
    key_facts: list[str] = Field(default_factory=list)
    must_decline: bool = False
    decline_reason: str | None = None
    tags: dict[str, str] = Field(default_factory=dict)
    filters: dict[str, Any] = Field(default_factory=dict)


def dataset_path(split: str | None, path: Path | None) -> Path:
    """The file for ``--set`` or ``--split``."""
    if path is not None:
        return path
    return DATASETS / f"{split or 'dev'}.jsonl"


def load_items(path: Path) -> list[EvalItem]:
    """Read a JSONL question set.

    Raises:
        AssistantError: A line is not valid JSON or misses required fields (names file and line).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise AssistantError(f"Vragenset {path} niet te lezen: {err}") from err
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items.append(EvalItem.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as err:
            raise AssistantError(f"{path.name}, regel {number}: ongeldig item ({err})") from err
    return items
