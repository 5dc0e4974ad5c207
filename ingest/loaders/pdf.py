"""PDF loader (pypdf) that keeps page numbers and recovers structure from typography and layout."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from assistant.errors import CorpusError
from ingest.cleaning import drop_stray_glyphs, has_banner
from ingest.loaders.base import Extracted
from ingest.structure import Line, structure_pages

PdfResult = tuple[str, Any, Any]
# One page as plain tuples (pickle-safe across the worker boundary): (text, font size, bold).
PageLines = list[tuple[str, float, bool]]


def page_lines(page: Any) -> PageLines:
    """The physical lines of a pypdf page with their dominant font size and boldness.

    pypdf's text visitor reports each text run with its font and matrices; concatenated, the runs
    are exactly ``extract_text()``'s output, so lines and typography line up.
    """
    lines: PageLines = []
    text_parts: list[str] = []
    sizes: Counter[tuple[float, bool]] = Counter()

    def close() -> None:
        size, bold = sizes.most_common(1)[0][0] if sizes else (0.0, False)
        lines.append(("".join(text_parts), size, bold))
        text_parts.clear()
        sizes.clear()

    def visit(text: str, cm: Any, tm: Any, font: Any, font_size: float) -> None:
        name = str(font.get("/BaseFont", "")) if font else ""
        scale = abs(float(tm[3]) * float(cm[3])) or 1.0
        for i, part in enumerate(text.split("\n")):
            if i:
                close()
            if part.strip():
                text_parts.append(part)
                key = (round(float(font_size) * scale, 1), "bold" in name.lower())
                sizes[key] += len(part.strip())
            elif part:
                text_parts.append(part)

    page.extract_text(visitor_text=visit)
    close()
    return lines


def extract_pdf_text(path: str) -> PdfResult:
    """Read a PDF's page texts; runs in the worker and returns plain tuples (pickle-safe).

    Returns:
        ``("ok", pages, title)`` or ``("error", kind, detail)`` with kind one of
        ``encrypted``, ``crypto``, ``corrupt``.
    """
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return ("error", "encrypted", "")
            except DependencyError as err:
                return ("error", "crypto", str(err))
        pages = [page_lines(page) for page in reader.pages]
        info = reader.metadata
        title = str(info.title).strip() if info and info.title else None
        return ("ok", pages, title)
    except FileNotDecryptedError:
        return ("error", "encrypted", "")
    except DependencyError as err:
        return ("error", "crypto", str(err))
    except (PdfReadError, Exception) as err:
        return ("error", "corrupt", f"{type(err).__name__}: {err}")


_REASONS = {
    "encrypted": "de PDF is beveiligd met een wachtwoord; sla hem onbeveiligd op",
    "crypto": "de PDF is versleuteld en kan niet worden ontsleuteld ({detail})",
    "corrupt": "de PDF is beschadigd of onvolledig ({detail})",
}


def load_pdf(path: Path) -> Extracted:
    """Load a PDF: one section per page with its page number, hard-wrapped lines rejoined.

    Raises:
        CorpusError: Encrypted, corrupt, truncated, too slow to parse, or without any text.
    """
    status, first, second = extract_pdf_text(str(path))
    if status != "ok":
        reason = _REASONS[first].format(detail=str(second)[:160])
        raise CorpusError(f"{path.name}: {reason}", path=path.name)
    pages = [[Line(*ln) for ln in page] for page in first]
    banner = any(has_banner(ln.text) for page in pages for ln in page)
    sections = structure_pages(pages)
    if not sections:
        raise CorpusError(
            f"{path.name}: de PDF bevat geen leesbare tekst (gescand of alleen afbeeldingen?); "
            "tekstherkenning (OCR) wordt niet ondersteund",
            path=path.name,
        )
    first_line = drop_stray_glyphs(sections[0].section or sections[0].text.split("\n", 1)[0])
    return Extracted(
        sections=tuple(sections),
        title_hint=second or _title(pages) or (first_line if len(first_line) <= 120 else None),
        banner=banner,
    )


def _title(pages: list[list[Line]]) -> str | None:
    """The largest text on the first page (a title that may wrap over two lines)."""
    first = [ln for ln in pages[0] if ln.text.strip() and ln.size > 0] if pages else []
    if not first:
        return None
    top = max(ln.size for ln in first)
    body = Counter(round(ln.size) for ln in first).most_common(1)[0][0]
    if top < 1.2 * body:
        return None
    parts = [ln.text.strip() for ln in first if ln.size == top][:2]
    title = drop_stray_glyphs(" ".join(parts)).strip()
    return title if 3 <= len(title) <= 160 else None
