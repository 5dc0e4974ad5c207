"""Dispatch of a file to its format loader, chosen by content (the name only tells text formats apart).

Loaders import only ``ingest.loaders.base``; this module imports the loaders: no import circle.
"""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import docx, html, markdown, pdf, structured, text
from ingest.loaders.base import Extracted, decode_text, sniff_format


def load_file(path: Path, data: bytes) -> Extracted:
    """Load one file with the loader its content calls for.

    Args:
        path: The file (used for its name and, for PDFs, read by the extractor).
        data: The file's bytes, already read (and size-checked) by the caller.

    Returns:
        The extracted sections and metadata hints.

    Raises:
        CorpusError: The file cannot be read; the message names the file and the reason.
    """
    name = path.name
    kind = sniff_format(data, name)
    if kind == "pdf":
        return pdf.load_pdf(path)
    if kind == "docx":
        return docx.load_docx(path, data)
    source = decode_text(data, name)
    if kind == "html":
        return html.load_html(source, name)
    if kind == "markdown":
        return markdown.load_markdown(source, name)
    if kind == "yaml":
        return structured.load_structured(source, name)
    return text.load_text(source, name)
