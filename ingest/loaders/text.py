"""Plain-text loader: paragraphs separated by blank lines, the first line as a title guess."""

from __future__ import annotations

from assistant.types import Section
from ingest.cleaning import clean_paragraphs, has_banner
from ingest.loaders.base import Extracted


def load_text(source: str, name: str) -> Extracted:  # noqa: ARG001 - uniform loader signature
    """Load a plain UTF-8 text file as one section."""
    text = clean_paragraphs(source)
    first = next((line for line in text.split("\n") if line.strip()), "")
    hint = first[:120] if 0 < len(first) <= 120 else None
    return Extracted(
        sections=(Section(text=text),) if text else (), title_hint=hint, banner=has_banner(source)
    )
