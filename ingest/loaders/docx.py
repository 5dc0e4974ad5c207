"""DOCX loader (python-docx): heading styles become sections, list paragraphs become items."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from assistant.errors import CorpusError
from assistant.types import Section
from ingest.cleaning import clean_paragraphs, has_banner
from ingest.loaders.base import Extracted

_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)", re.IGNORECASE)


def _table_lines(table: object) -> list[str]:
    """A table as one line of cells per row (" | "), the header row first, kept together."""
    rows = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells = [" ".join(c.text.split()) for c in row.cells]
        cells = [c for c in dict.fromkeys(cells) if c]
        if cells:
            rows.append("- " + " | ".join(cells))
    return rows


def load_docx(path: Path, data: bytes) -> Extracted:
    """Load a Word document; tables are read row by row as list items.

    Raises:
        CorpusError: The file is not a readable DOCX.
    """
    import docx  # python-docx; imported here so that other formats do not pay for it
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, Exception) as err:  # python-docx raises many
        raise CorpusError(
            f"{path.name}: Word-document is beschadigd of onleesbaar ({err})", path=path.name
        ) from err
    sections: list[Section] = []
    heading_path: list[tuple[int, str]] = []
    lines: list[str] = []
    title_hint = (document.core_properties.title or "").strip() or None

    def flush() -> None:
        text = clean_paragraphs("\n\n".join(lines))
        if text:
            sections.append(
                Section(text=text, section=" > ".join(t for lvl, t in heading_path if lvl > 0))
            )
        lines.clear()

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
            continue
        text = block.text.strip()
        if not text:
            continue
        style = block.style.name if block.style is not None else ""
        match = _HEADING_STYLE.match(style or "")
        if match or style == "Title":
            level = int(match.group(1)) if match else 0  # Title is the document, not a section
            flush()
            title_hint = title_hint or text
            while heading_path and heading_path[-1][0] >= level:
                heading_path.pop()
            heading_path.append((level, text))
            continue
        numbered = block._p.pPr is not None and block._p.pPr.numPr is not None
        lines.append(f"- {text}" if numbered or "list" in (style or "").lower() else text)
    flush()
    full = "\n".join(s.text for s in sections)
    return Extracted(
        sections=tuple(sections),
        title_hint=title_hint,
        banner=has_banner(full) or any(has_banner(p.text) for p in document.paragraphs[:5]),
    )
