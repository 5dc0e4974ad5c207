"""DOCX loader (python-docx): heading styles become sections, list paragraphs become items."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from assistant.errors import CorpusError
from assistant.types import Section
from ingest.cleaning import clean_paragraphs, has_banner
from ingest.headings import HeadingPath
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


# A real Word document of a few hundred pages stays far below these. A "zip bomb" (2 MB that
# inflates to 2 GB of XML) or a million empty paragraphs would exhaust memory or time in python-docx.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_PARAGRAPHS = 100_000


def _unreadable(name: str, err: Exception) -> CorpusError:
    return CorpusError(f"{name}: Word-document is beschadigd of onleesbaar ({err})", path=name)


def check_docx_limits(data: bytes, name: str, *, max_uncompressed: int = MAX_UNCOMPRESSED) -> None:
    """Refuse a DOCX whose contents would inflate too far, before anything is parsed.

    Raises:
        CorpusError: Too large uncompressed, too highly compressed, or too many paragraphs.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise _unreadable(name, err) from err
    total = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if total > max_uncompressed:
        raise CorpusError(
            f"{name}: Word-document pakt uit tot {total // (1024 * 1024)} MB "
            f"(maximaal {max_uncompressed // (1024 * 1024)} MB); mogelijk een 'zip-bom', niet ingelezen",
            path=name,
        )
    if total > 10 * 1024 * 1024 and total / packed > MAX_RATIO:
        raise CorpusError(
            f"{name}: Word-document is {total / packed:.0f} keer samengeperst (maximaal "
            f"{MAX_RATIO:g} keer boven 10 MB); mogelijk een 'zip-bom', niet ingelezen",
            path=name,
        )
    body = next((m for m in members if m.filename == "word/document.xml"), None)
    if body is not None and _count_paragraphs(archive, body) > MAX_PARAGRAPHS:
        raise CorpusError(
            f"{name}: Word-document heeft meer dan {MAX_PARAGRAPHS} alinea's; niet ingelezen",
            path=name,
        )


def _count_paragraphs(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> int:
    """Count ``<w:p>`` openings while streaming the XML (bounded memory)."""
    count = 0
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            block = tail + chunk
            count += block.count(b"<w:p>") + block.count(b"<w:p ") + block.count(b"<w:p/>")
            tail = block[-5:]
            if count > MAX_PARAGRAPHS:
                break
    return count


def load_docx(path: Path, data: bytes) -> Extracted:
    """Load a Word document; tables are read row by row as list items.

    Raises:
        CorpusError: The file is not a readable DOCX, or it exceeds the size limits.
    """
    import docx  # python-docx; imported here so that other formats do not pay for it
    from docx.table import Table

    check_docx_limits(data, path.name)

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, Exception) as err:  # python-docx raises many
        raise _unreadable(path.name, err) from err
    sections: list[Section] = []
    heading_path = HeadingPath(hidden=0)  # Word's Title style is level 0: the document itself
    lines: list[str] = []
    title_hint = (document.core_properties.title or "").strip() or None

    def flush() -> None:
        text = clean_paragraphs("\n\n".join(lines))
        if text:
            sections.append(Section(text=text, section=heading_path.section))
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
            heading_path.open(level, text)
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
