"""What every loader shares: Extracted (a loader's output), content sniffing, text decoding."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import CorpusError
from assistant.types import Section

SUPPORTED = (".pdf", ".md", ".markdown", ".txt", ".docx", ".html", ".htm", ".yaml", ".yml")


@dataclass(frozen=True)
class Extracted:
    """What a loader found in a file.

    Attributes:
        sections: Cleaned text with heading path and page.
        meta: Metadata found inside the file (front matter, PDF info, YAML header).
        title_hint: A title guess (PDF title, first heading) used when metadata gives none.
        banner: Whether the fictional-document banner was present.
        payload: Structured content (decision tree or contact cards) for YAML documents.
    """

    sections: tuple[Section, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    title_hint: str | None = None
    banner: bool = False
    payload: dict[str, Any] = field(default_factory=dict)


def sniff_format(data: bytes, name: str) -> str:
    """Decide a file's format from its bytes, using the name only to tell text formats apart.

    Args:
        data: The file's bytes (the first few KB suffice).
        name: The file name (only its suffix is used, for text-based formats).

    Returns:
        One of ``pdf``, ``docx``, ``markdown``, ``html``, ``yaml``, ``text``.

    Raises:
        CorpusError: Empty, binary or unsupported content.
    """
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise CorpusError(f"{name}: het bestand is leeg", path=name)
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        if suffix == ".docx" or b"word/" in data[:4096] or b"[Content_Types].xml" in data[:4096]:
            return "docx"
        raise CorpusError(f"{name}: zip-bestand dat geen Word-document (.docx) is", path=name)
    if suffix == ".pdf":
        raise CorpusError(
            f"{name}: heet .pdf maar is geen PDF (beschadigd of verkeerd type)", path=name
        )
    if suffix == ".docx":
        raise CorpusError(f"{name}: heet .docx maar is geen Word-document", path=name)
    if b"\x00" in data[:8192]:
        raise CorpusError(f"{name}: binair bestand van een niet-ondersteund type", path=name)
    head = data[:2048].lstrip().lower()
    if suffix in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix in (".txt", ""):
        return "text"
    raise CorpusError(
        f"{name}: bestandstype '{suffix}' wordt niet ondersteund (wel: {', '.join(SUPPORTED)})",
        path=name,
    )


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 text (with or without BOM), or raise a clear error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{name}: tekst is geen geldige UTF-8 (byte {err.start}); sla het bestand op als UTF-8",
            path=name,
        ) from err
