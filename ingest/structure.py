"""Document structure from flat PDF lines: running headers, headings, lists, tables, sections.

PDFs exported from Word and PowerPoint lose their markup: a heading is a plain line, a table is
a run of cell fragments, a footer repeats on every page. This stage recovers what it can, from
typography where the PDF has it (font size, bold) and from layout where it does not (numbered or
short unpunctuated lines before body text, all-caps lines).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.types import Section
from assistant.units import is_reference as is_link_text
from ingest.cleaning import drop_stray_glyphs, finish, is_list_item, normalize_chars, unwrap_lines
from ingest.headings import HeadingPath


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of a PDF page with its typography (size 0 when unknown)."""

    text: str
    size: float = 0.0
    bold: bool = False


_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:pagina|page|blz\.?|p\.)?\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(
    r"^(?:(?:\d{1,2}\.){1,3}\d{0,2}|(?:fase|onderdeel|bijlage|hoofdstuk|deel|stap|module|thema|"
    r"paragraaf|sessie|ronde|dia)\s+\d{1,2}[a-z]?\s*[:.–-]?)\s+\S",
    re.IGNORECASE,
)
_LABEL_VALUE = re.compile(r"^[A-ZÀ-Ý][\w ]{1,20}:\s+\S")
_END = (".", "!", "?", ";", ",")
_MAX_HEADING_CHARS = 90


def is_reference(line: str) -> bool:
    """A line that is (mostly) a link or a link placeholder: a reference, never a heading."""
    return is_link_text(line.strip().lstrip("-• "), share=0.6)


def _key(text: str) -> str:
    """Running-line key: digits and case do not matter ("Pagina 3" == "Pagina 4")."""
    return re.sub(r"\d+", "#", text.strip().lower())


def running_keys(pages: Sequence[Sequence[Line]], edge: int = 3) -> frozenset[str]:
    """Keys of lines that repeat at the top or bottom of most pages (headers and footers)."""
    if len(pages) < 2:
        return frozenset()
    seen: Counter[str] = Counter()
    for page in pages:
        body = [ln.text for ln in page if ln.text.strip()]
        seen.update({_key(t) for t in body[:edge] + body[-edge:]})
    need = max(2, (len(pages) + 1) // 2)
    return frozenset(k for k, n in seen.items() if n >= need and len(k) < 160)


def _body_size(pages: Sequence[Sequence[Line]]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page:
            if ln.size > 0:
                sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _double_spaced(lines: Sequence[str]) -> bool:
    """Whether extraction put a blank line after (nearly) every physical line."""
    filled = [i for i, t in enumerate(lines) if t.strip()]
    if len(filled) < 4:
        return False
    followed = sum(1 for i in filled if i + 1 < len(lines) and not lines[i + 1].strip())
    return followed >= 0.7 * len(filled)


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


class _Classifier:
    """Decides whether a line is a heading, from typography first and layout second."""

    def __init__(self, body_size: float, full_width: int) -> None:
        self.body = body_size
        self.full = full_width

    def heading_level(self, line: Line, prev: str, nxt: str) -> int:
        """0 when the line is not a heading, else a level (1 = largest)."""
        text = line.text.strip()
        if (
            not text
            or len(text) > _MAX_HEADING_CHARS
            or is_reference(text)
            or text.endswith((*_END[:1], *_END[2:]))
            or text.endswith(":")
            or _PAGE_NUMBER.match(text)
            or not (text[0].isupper() or text[0].isdigit())
            or sum(c.isalpha() for c in text) < max(3, len(text) // 2)
        ):
            return 0  # figures ("148", "62%") in big type are facts, not headings
        numbered = bool(_NUMBERED_HEADING.match(text))
        if is_list_item(text) and not numbered:
            return 0
        distinct = bool(self.body) and (line.bold or line.size >= 1.15 * self.body)
        if text.endswith(("!", "?")) and not (numbered or distinct):
            return 0  # "Wie zijn onze vrijwilligers?" is a heading only when it looks like one
        if self.body and line.size >= 1.15 * self.body:
            return 1 if line.size >= 1.5 * self.body else 2
        if self.body and line.bold:
            return 3
        if is_list_item(nxt) and _NUMBERED_HEADING.match(nxt) and not nxt[:1].isdigit():
            numbered = False  # "Fase 2" before "Fase 3": a list, not a heading
        if numbered and (not is_list_item(text) or (len(text.split()) <= 8 and not is_list_item(nxt))):
            return min(3, 1 + text.split(" ", 1)[0].rstrip(".").count("."))
        if _all_caps(text) and len(text) <= 70:
            return 2
        # Layout only: a short line without end punctuation, after a finished sentence (or a
        # break) and before body text, is a heading; a wrapped sentence line is near full width.
        after_break = (
            not prev
            or prev == "\n"
            or prev.endswith((".", "!", "?", ":"))
            or bool(_LABEL_VALUE.match(prev))  # "Status: concept" ends a block too
        )
        if self.body == 0:
            short = len(text) < 0.6 * self.full and len(text.split()) <= 9
            body_next = bool(nxt) and (nxt[0].isupper() or is_list_item(nxt)) and len(nxt) > len(text)
        else:
            # The PDF has typography but this heading has none: be stricter.
            short = len(text) <= 50 and len(text.split()) <= 6
            body_next = bool(nxt) and (
                (nxt[0].isupper() and len(nxt) >= 0.6 * self.full) or is_list_item(nxt)
            )
        return 3 if (after_break and short and body_next) else 0


def _is_page_number(text: str, page: int) -> bool:
    """"3", "- 3 -", "Pagina 3 van 5" near this page's own number (a "14" on page 2 is a figure)."""
    if not _PAGE_NUMBER.match(text):
        return False
    first = int(re.findall(r"\d+", text)[0])
    return abs(first - page) <= 3 or bool(re.search(r"van|of|/", text, re.IGNORECASE))


def _page_lines(page: Sequence[Line], running: frozenset[str], number: int) -> list[Line]:
    raw = [Line(normalize_chars(ln.text).strip(), ln.size, ln.bold) for ln in page]
    double = _double_spaced([ln.text for ln in raw])
    filled = [i for i, ln in enumerate(raw) if ln.text]
    edges = set(filled[:2] + filled[-2:])
    out: list[Line] = []
    for i, ln in enumerate(raw):
        if not ln.text:
            if not double:
                out.append(ln)
            continue
        if _key(ln.text) in running or (i in edges and _is_page_number(ln.text, number)):
            continue  # a bare number elsewhere is a figure ("148 deelnemers"), not a page number
        out.append(ln)
    return out


@dataclass
class _Builder:
    """Collects lines per (heading path, page) and turns them into sections."""

    full: int
    sections: list[Section] = field(default_factory=list)
    path: HeadingPath = field(default_factory=lambda: HeadingPath(hidden=1))
    lines: list[str] = field(default_factory=list)
    page: int = 1

    def heading(self, level: int, text: str) -> None:
        self.flush()
        self.path.open(level, text)

    def flush(self) -> None:
        body, self.lines = self.lines, []
        if not any(t.strip() for t in body):
            return
        text = finish(unwrap_lines(keep_tables(body, self.full), full=self.full))
        if text:
            self.sections.append(Section(text=text, section=self.path.section, page=self.page))


def keep_tables(lines: list[str], full: int) -> list[str]:
    """Join runs of short cell fragments (a table extracted cell by cell) into one row line.

    Wide tables and slide infographics come out one cell fragment per line; five or more
    consecutive lines shorter than 40% of a full line, without end punctuation, are joined into
    one list item so the table stays together as one unit instead of being glued into the next
    sentence. Fragments are joined with spaces: a cell wrapped over two lines ("deelnemers (173",
    "aanmeldingen)") must read on.
    """
    out: list[str] = []
    run: list[str] = []
    limit = max(12, int(0.4 * full))

    def close() -> None:
        if len(run) >= 5:
            out.extend(["- " + " ".join(run), ""])  # the blank line ends the item
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        text = line.strip()
        if text and len(text) <= limit and not text.endswith(_END) and not is_list_item(text):
            run.append(text)
            continue
        if not text and run:
            continue  # double spacing inside the table
        close()
        out.append(line)
    close()
    return out


def structure_pages(pages: Sequence[Sequence[Line]]) -> list[Section]:
    """Sections with heading paths and page numbers from the lines of a PDF's pages.

    The first (largest) heading of the document is its title and stays out of section paths,
    as for Markdown. Headings never appear in the section text.
    """
    running = running_keys(pages)
    cleaned = [_page_lines(page, running, n) for n, page in enumerate(pages, start=1)]
    lengths = sorted(len(ln.text) for page in cleaned for ln in page if ln.text)
    full = lengths[int(len(lengths) * 0.8)] if lengths else 80
    classify = _Classifier(_body_size(pages), full)
    builder = _Builder(full=full)
    titled = False
    for number, page in enumerate(cleaned, start=1):
        # Only a heading among the first lines of page 1 can be the document's title.
        titled = titled or number > 1
        builder.flush()
        builder.page = number
        texts = [ln.text for ln in page]
        pending: list[Line] = []
        pending_level = 0
        for i, line in enumerate(page):
            titled = titled or (number == 1 and i >= 4 and not pending)
            prev = (texts[i - 1] or "\n") if i else "\n"
            nxt = next((t for t in texts[i + 1 :] if t), "")
            if pending and _continues_heading(pending, line, classify.body):
                pending.append(line)  # a heading wrapped over two lines
                continue
            level = classify.heading_level(line, prev, nxt)
            if pending:
                _emit_heading(builder, pending, pending_level, titled)
                titled, pending = True, []
            if level:
                pending, pending_level = [line], level
                continue
            builder.lines.append(line.text)
        if pending:
            _emit_heading(builder, pending, pending_level, titled)
            titled = True
    builder.flush()
    return builder.sections


def _continues_heading(pending: list[Line], line: Line, body: float) -> bool:
    """Whether a line continues a heading: same distinct typography, heading not yet long."""
    distinct = pending[-1].bold or pending[-1].size >= 1.15 * body
    return (
        distinct
        and len(pending) < 3
        and line.size > 0
        and line.size == pending[-1].size
        and line.bold == pending[-1].bold
        and len(line.text) <= _MAX_HEADING_CHARS
        and not line.text.endswith(_END)
        and sum(len(p.text) for p in pending) + len(line.text) <= 2 * _MAX_HEADING_CHARS
    )


def _emit_heading(builder: _Builder, lines: list[Line], level: int, titled: bool) -> None:
    """The document's first heading is its title (level 1); others nest by numbering or size."""
    text = drop_stray_glyphs(" ".join(ln.text for ln in lines)).strip()
    if not titled:
        builder.heading(1, text)
        return
    number = text.split(" ", 1)[0].rstrip(".")
    depth = number.count(".") + 2 if re.fullmatch(r"\d+(\.\d+)*", number) else max(2, level)
    builder.heading(min(depth, 4), text)
