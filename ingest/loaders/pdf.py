"""PDF loader (pypdf) that keeps page numbers and parses in a worker process under a time limit."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from pathlib import Path
from typing import Any

from assistant.errors import CorpusError
from assistant.types import Section
from ingest.cleaning import clean_wrapped, has_banner
from ingest.loaders.base import Extracted

PdfResult = tuple[str, Any, Any]


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
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = str(info.title).strip() if info and info.title else None
        return ("ok", pages, title)
    except FileNotDecryptedError:
        return ("error", "encrypted", "")
    except DependencyError as err:
        return ("error", "crypto", str(err))
    except (PdfReadError, Exception) as err:
        return ("error", "corrupt", f"{type(err).__name__}: {err}")


class PdfExtractor:
    """Runs :func:`extract_pdf_text` in a spawned worker process with a time limit per file.

    pypdf bounds decompression but not CPU time; a hostile or broken PDF could otherwise hang the
    whole ingest. Use as a context manager so the worker is shut down.
    """

    def __init__(self, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        self._pool: cf.ProcessPoolExecutor | None = None

    def __enter__(self) -> PdfExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _executor(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
        return self._pool

    def __call__(self, path: Path) -> PdfResult:
        """Extract a PDF's text in the worker; a timeout kills the worker and reports it."""
        future = self._executor().submit(extract_pdf_text, str(path))
        try:
            return future.result(timeout=self.timeout_s)
        except cf.TimeoutError:
            self._kill()
            return ("error", "timeout", f"{self.timeout_s:.0f} s")
        except cf.process.BrokenProcessPool:
            self._kill()
            return ("error", "corrupt", "de PDF-lezer liep vast")

    def _kill(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker process."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


_REASONS = {
    "encrypted": "de PDF is beveiligd met een wachtwoord; sla hem onbeveiligd op",
    "crypto": "de PDF is versleuteld en kan niet worden ontsleuteld ({detail})",
    "corrupt": "de PDF is beschadigd of onvolledig ({detail})",
    "timeout": "het lezen van de PDF duurde te lang (meer dan {detail}); mogelijk is hij beschadigd",
}


def load_pdf(path: Path, *, extractor: Any = None) -> Extracted:
    """Load a PDF: one section per page with its page number, hard-wrapped lines rejoined.

    Raises:
        CorpusError: Encrypted, corrupt, truncated, too slow to parse, or without any text.
    """
    status, first, second = extractor(path) if extractor else extract_pdf_text(str(path))
    if status != "ok":
        reason = _REASONS[first].format(detail=str(second)[:160])
        raise CorpusError(f"{path.name}: {reason}", path=path.name)
    pages: list[str] = first
    sections = []
    banner = False
    for number, raw in enumerate(pages, start=1):
        banner = banner or has_banner(raw)
        text = clean_wrapped(raw)
        if text.strip():
            sections.append(Section(text=text, page=number))
    if not sections:
        raise CorpusError(
            f"{path.name}: de PDF bevat geen leesbare tekst (gescand of alleen afbeeldingen?); "
            "tekstherkenning (OCR) wordt niet ondersteund",
            path=path.name,
        )
    first_line = sections[0].text.split("\n", 1)[0]
    return Extracted(
        sections=tuple(sections),
        title_hint=second or (first_line if len(first_line) <= 120 else None),
        banner=banner,
    )
