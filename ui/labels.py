"""Dropdown choices that show a label and send the slug."""

from __future__ import annotations

from collections.abc import Mapping


def choices(labels: Mapping[str, str], *, none: str | None = None) -> list[tuple[str, str]]:
    """(label, slug) pairs in vocabulary order, with an optional first (``none``, "") choice."""
    pairs = [(label, slug) for slug, label in labels.items()]
    return ([(none, "")] if none is not None else []) + pairs


def label_list(labels: Mapping[str, str], slugs: object) -> str:
    """Comma-separated labels for a tuple of slugs (unknown slugs are shown as they are)."""
    items = slugs if isinstance(slugs, list | tuple) else [slugs] if slugs else []
    return ", ".join(labels.get(str(s), str(s)) for s in items)
