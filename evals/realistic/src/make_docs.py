"""Rebuild the realistic (fictional) test documents in evals/realistic/docs/.

Usage (from the repository root):

    .venv/bin/python evals/realistic/src/make_docs.py          # all documents
    .venv/bin/python evals/realistic/src/make_docs.py 3 9      # only documents 3 and 9

How it works: every document is written in a small block markup (see ``docs_*.py``). Writer documents
are turned into flat ODF text (.fodt), slide documents into flat ODF presentations (.fodp); LibreOffice
(``soffice --headless``) exports them to PDF. Document 6 is a Word file built with python-docx.
Needs: LibreOffice (writer + impress), python-docx and pypdf (both in the project venv). Nicer output
with the Debian packages hyphen-nl (automatic Dutch hyphenation), fonts-crosextra-carlito and
fonts-liberation2; without them LibreOffice falls back to other fonts and hyphenates less.

Intentional extraction artefacts (they mimic real consortium PDFs, see /work/shared/real-documents.md):
- "double" documents wrap their lines by hand and end every physical line with a tiny raised space,
  so pypdf puts a blank line after every line;
- slide bullets use Wingdings code points (U+F0xx); LibreOffice draws them with OpenSymbol and maps
  them to private-use characters; ``fffd_fonts`` rewrites the font's ToUnicode map so that the icon
  bullets and the curly apostrophe extract as U+FFFD, as in PowerPoint exports.
"""

# ruff: noqa: E501, C901, D101, D102, D103
# (a generator script: long XML template lines, one big block parser, self-explanatory helpers)

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _esc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs"
sys.path.insert(0, str(HERE))

Spec = dict[str, Any]
Block = dict[str, Any]
Item = tuple[int, str, str]
Run = tuple[str, str, str]

BANNER = "Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg"


def esc(text: str) -> str:
    return _esc(text, {'"': "&quot;"})


# --------------------------------------------------------------------------------------------------
# Inline markup: **bold**, *italic*, [text](url), ^[footnote]
# --------------------------------------------------------------------------------------------------
_INLINE = re.compile(r"\*\*(.+?)\*\*|(?<!\*)\*(?!\*)(.+?)\*|\[([^\]]+)\]\(([^)]+)\)|\^\[([^\]]+)\]")


def parse_inline(text: str) -> list[tuple[str, str, str]]:
    """Split text into (kind, text, extra) runs; kind is plain, bold, italic, link or note."""
    runs: list[tuple[str, str, str]] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            runs.append(("plain", text[pos : m.start()], ""))
        if m.group(1) is not None:
            runs.append(("bold", m.group(1), ""))
        elif m.group(2) is not None:
            runs.append(("italic", m.group(2), ""))
        elif m.group(3) is not None:
            runs.append(("link", m.group(3), m.group(4)))
        else:
            runs.append(("note", m.group(5), ""))
        pos = m.end()
    if pos < len(text):
        runs.append(("plain", text[pos:], ""))
    return runs


def plain_text(text: str) -> str:
    return "".join(t for k, t, _ in parse_inline(text) if k != "note")


# --------------------------------------------------------------------------------------------------
# Block markup
# --------------------------------------------------------------------------------------------------
# Blocks are separated by blank lines.
#   = Title line            (every "=" line is one title paragraph)
#   # / ## / ###            headings
#   @pb                     page break before the next block
#   @url URL                bare URL on its own line (hyperlinked)
#   @table w1,w2,...        column widths in cm for the table block that follows (same block)
#   | a | b | c             table rows, first row is the header
#   > text                  indented (quote) paragraph
#   @small text             small-print paragraph
#   list lines              start with a marker: • ● ▪ o - ➔ ✓ 1. a.  (two spaces indent = level 2)
#   anything else           a paragraph (lines joined)
MARKERS = ("•", "●", "▪", "o", "-", "➔", "✓", "–", "■", "➢", "❖", "→")
_NUM = re.compile(r"^(\d{1,2})[.)]\s+|^([a-z])[.)]\s+")


def split_marker(line: str) -> tuple[int, str, str] | None:
    """Return (level, marker, text) for a list line, else None."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    level = indent // 2 + 1
    m = _NUM.match(stripped)
    if m:
        marker = "1." if m.group(1) else "a."
        return level, marker, stripped[m.end() :]
    for mk in MARKERS:
        if stripped.startswith(mk + " "):
            return level, mk, stripped[len(mk) + 1 :]
    return None


def collect_items(lines: list[str]) -> list[Item]:
    """List items from marker lines; a line without a marker continues the previous item."""
    items: list[Item] = []
    for ln in lines:
        sm = split_marker(ln)
        if sm is None:
            level, marker, text = items[-1]
            items[-1] = (level, marker, text + " " + ln.strip())
        else:
            items.append(sm)
    return items


def parse_blocks(src: str) -> list[Block]:
    src = textwrap.dedent(src).strip("\n")
    blocks: list[Block] = []
    pending_pb = False
    for raw in re.split(r"\n\s*\n", src):
        lines = [ln.rstrip() for ln in raw.split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        blk: Block
        if first == "@pb":
            pending_pb = True
            lines = lines[1:]
            if not lines:
                continue
            first = lines[0].lstrip()
        if first.startswith("="):
            blk = {"kind": "title", "lines": [ln.lstrip("= ").strip() for ln in lines]}
        elif first.startswith("#"):
            level = len(first) - len(first.lstrip("#"))
            blk = {"kind": "heading", "level": level, "text": " ".join(lines).lstrip("# ").strip()}
        elif first.startswith("@url "):
            blk = {"kind": "urls", "urls": [ln.strip()[5:].strip() for ln in lines]}
        elif first == "@lines":  # every following line is its own paragraph
            for ln in lines[1:]:
                blocks.append({"kind": "para", "style": None, "text": ln.strip(), "pb": pending_pb})
                pending_pb = False
            continue
        elif first.startswith("@small "):
            blk = {"kind": "para", "style": "Small", "text": " ".join(ln.strip() for ln in lines)[7:]}
        elif first.startswith("@table") or first.startswith("|"):
            widths = None
            if first.startswith("@table"):
                widths = [float(w) for w in first[6:].strip().split(",")]
                lines = lines[1:]
            rows = []
            for ln in lines:
                ln = ln.strip()
                if ln.startswith("|"):
                    rows.append([c.strip().replace("\\n", "\n") for c in ln.strip("|").split("|")])
                else:  # continuation of the last cell
                    rows[-1][-1] += " " + ln
            blk = {"kind": "table", "widths": widths, "rows": rows}
        elif first.startswith(">"):
            blk = {"kind": "para", "style": "Quote", "text": " ".join(ln.strip().lstrip("> ") for ln in lines)}
        elif len(lines) > 1 and split_marker(lines[0]) is None and split_marker(lines[1]) is not None \
                and not lines[0].startswith(("|", "@", "#", "=")):
            # a label line ("Walcheren:") directly followed by its list items
            blocks.append({"kind": "para", "style": "Label", "text": lines[0].strip(), "pb": pending_pb})
            pending_pb = False
            blk = {"kind": "list", "items": collect_items(lines[1:])}
        elif split_marker(lines[0]) is not None:
            blk = {"kind": "list", "items": collect_items(lines)}
        else:
            blk = {"kind": "para", "style": None, "text": " ".join(ln.strip() for ln in lines)}
        blk["pb"] = pending_pb
        pending_pb = False
        blocks.append(blk)
    return blocks


# --------------------------------------------------------------------------------------------------
# Writer (flat ODT)
# --------------------------------------------------------------------------------------------------
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)

BULLET_FONT = {"o": "Courier New", "▪": "OpenSymbol", "●": "OpenSymbol", "➔": "OpenSymbol", "✓": "OpenSymbol"}


_NOHYPH = re.compile(r"[\w.\-]+@[\w.\-]+\.example|https?://\S+|[\w\-]+(?:\.[\w\-]+)+\.example\S*")


class WriterDoc:
    """Builds a flat ODT from block markup with per-document typography and page furniture."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.auto_styles: list[str] = []
        self.list_count = 0
        self.table_count = 0
        self.note_count = 0
        self.pb_styles: dict[tuple[str, bool, bool], str] = {}
        self.double = spec.get("double", False)
        self.wrap_chars = spec.get("wrap_chars", 82)

    # -- inline ------------------------------------------------------------------------------------
    def runs_xml(self, runs: list[Run]) -> str:
        out = []
        for kind, txt, extra in runs:
            t = esc(txt)
            if kind == "plain":
                out.append(t)
            elif kind == "bold":
                out.append(f'<text:span text:style-name="Tbold">{t}</text:span>')
            elif kind == "italic":
                out.append(f'<text:span text:style-name="Titalic">{t}</text:span>')
            elif kind == "link":
                out.append(
                    f'<text:a xlink:type="simple" xlink:href="{esc(extra)}" '
                    f'text:style-name="Internet_20_link">{t}</text:a>'
                )
            elif kind == "note":
                self.note_count += 1
                body = self.runs_xml(parse_inline(txt))
                out.append(
                    f'<text:note text:id="ftn{self.note_count}" text:note-class="footnote">'
                    f"<text:note-citation>{self.note_count}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Footnote">{body}</text:p></text:note-body></text:note>'
                )
        return "".join(out)

    def inline(self, text: str, indent_cm: float = 0.0) -> str:
        if not self.double:
            return self.runs_xml(parse_inline(text))
        return self.wrapped(text, indent_cm)

    def wrapped(self, text: str, indent_cm: float = 0.0) -> str:
        """Hand-wrapped text; each physical line ends with a tiny raised space (blank line in pypdf)."""
        width = self.wrap_chars - int(indent_cm * 3)
        atoms: list[list[Run]] = [[]]
        for kind, txt, extra in parse_inline(text):
            parts = txt.split(" ")
            for i, part in enumerate(parts):
                if i > 0:
                    atoms.append([])
                if part:
                    atoms[-1].append((kind, part, extra))
        atoms = [a for a in atoms if a]
        lines: list[list[list[Run]]] = [[]]
        length = 0
        for atom in atoms:
            alen = sum(len(t) for _, t, _ in atom)
            if lines[-1] and length + 1 + alen > width:
                lines.append([])
                length = 0
            length += alen + (1 if lines[-1] else 0)
            lines[-1].append(atom)
        raised = '<text:span text:style-name="Traised">\u00a0</text:span>'
        out = [" ".join(self.runs_xml(atom) for atom in line) + raised for line in lines]
        return "<text:line-break/>".join(out)

    # -- styles ------------------------------------------------------------------------------------
    def pstyle(self, base: str, pb: bool, text: str = "") -> str:
        """Paragraph style name; variants for a page break before and for no hyphenation.

        LibreOffice ignores hyphenation switched off on a span, so a paragraph that holds an e-mail
        address or URL gets a variant of its style without hyphenation (keeps addresses whole).
        """
        nohyph = bool(text) and bool(_NOHYPH.search(text))
        if not pb and not nohyph:
            return base
        key = (base, pb, nohyph)
        if key not in self.pb_styles:
            name = f"PV{len(self.pb_styles) + 1}"
            self.pb_styles[key] = name
            brk = '<style:paragraph-properties fo:break-before="page"/>' if pb else ""
            nh = '<style:text-properties fo:hyphenate="false"/>' if nohyph else ""
            self.auto_styles.append(
                f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{base}">'
                f"{brk}{nh}</style:style>"
            )
        return self.pb_styles[key]

    def list_style(self, items: list[Item]) -> str:
        self.list_count += 1
        name = f"L{self.list_count}"
        levels: dict[int, str] = {}
        for level, marker, _ in items:
            levels.setdefault(level, marker)
        xml = [f'<text:list-style style:name="{name}">']
        for level in range(1, 6):
            marker = levels.get(level, "•")
            pos = 0.63 * level + 0.2
            props = (
                '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                f'<style:list-level-label-alignment text:label-followed-by="listtab" '
                f'text:list-tab-stop-position="{pos:.2f}cm" fo:text-indent="-0.63cm" fo:margin-left="{pos:.2f}cm"/>'
                "</style:list-level-properties>"
            )
            if marker in ("1.", "a."):
                fmt = "1" if marker == "1." else "a"
                xml.append(
                    f'<text:list-level-style-number text:level="{level}" style:num-suffix="." '
                    f'style:num-format="{fmt}">{props}</text:list-level-style-number>'
                )
            else:
                font = BULLET_FONT.get(marker)
                tprops = f'<style:text-properties style:font-name="{font}"/>' if font else ""
                xml.append(
                    f'<text:list-level-style-bullet text:level="{level}" text:bullet-char="{esc(marker)}">'
                    f"{props}{tprops}</text:list-level-style-bullet>"
                )
        xml.append("</text:list-style>")
        self.auto_styles.append("".join(xml))
        return name

    # -- blocks ------------------------------------------------------------------------------------
    def block_xml(self, blk: Block) -> str:
        kind = blk["kind"]
        pb = blk.get("pb", False)
        if kind == "title":
            out = []
            for i, line in enumerate(blk["lines"]):
                out.append(
                    f'<text:p text:style-name="{self.pstyle("Title", pb and i == 0)}">{self.inline(line)}</text:p>'
                )
            return "".join(out)
        if kind == "heading":
            lvl = blk["level"]
            st = self.pstyle(f"Heading_20_{lvl}", pb)
            return f'<text:h text:style-name="{st}" text:outline-level="{lvl}">{self.inline(blk["text"])}</text:h>'
        if kind == "para":
            base = blk.get("style") or "Text_20_body"
            indent = 1.0 if base == "Quote" else 0.0
            return f'<text:p text:style-name="{self.pstyle(base, pb, blk["text"])}">{self.inline(blk["text"], indent)}</text:p>'
        if kind == "urls":
            out = []
            for i, url in enumerate(blk["urls"]):
                raised = '<text:span text:style-name="Traised">\u00a0</text:span>' if self.double else ""
                out.append(
                    f'<text:p text:style-name="{self.pstyle("URL", pb and i == 0)}">'
                    f'<text:a xlink:type="simple" xlink:href="{esc(url)}" text:style-name="Internet_20_link">'
                    f"{esc(url)}</text:a>{raised}</text:p>"
                )
            return "".join(out)
        if kind == "list":
            return self.list_xml(blk["items"], pb)
        if kind == "table":
            return self.table_xml(blk, pb)
        raise ValueError(kind)

    def list_xml(self, items: list[Item], pb: bool) -> str:
        name = self.list_style(items)
        out = [f'<text:list text:style-name="{name}">']
        depth = 1
        first = True
        open_item = False
        for level, _marker, text in items:
            if level > depth:
                while depth < level:
                    out.append("<text:list>")
                    depth += 1
                    if depth < level:
                        out.append("<text:list-item>")
            else:
                if open_item:
                    out.append("</text:list-item>")
                while depth > level:
                    out.append("</text:list></text:list-item>")
                    depth -= 1
            style = self.pstyle("List_20_item", pb and first, text)
            out.append(
                f'<text:list-item><text:p text:style-name="{style}">{self.inline(text, 0.6 * level)}</text:p>'
            )
            open_item = True
            first = False
        out.append("</text:list-item>")
        while depth > 1:
            out.append("</text:list></text:list-item>")
            depth -= 1
        out.append("</text:list>")
        return "".join(out)

    def table_xml(self, blk: Block, pb: bool) -> str:
        self.table_count += 1
        rows = blk["rows"]
        ncols = max(len(r) for r in rows)
        widths = blk["widths"] or [self.spec.get("text_width", 16.0) / ncols] * ncols
        tname = f"Tab{self.table_count}"
        total = sum(widths)
        brk = ' fo:break-before="page"' if pb else ""
        st = [
            f'<style:style style:name="{tname}" style:family="table"><style:table-properties '
            f'style:width="{total:.2f}cm" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"{brk}/></style:style>'
        ]
        for i, w in enumerate(widths):
            st.append(
                f'<style:style style:name="{tname}.C{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
            )
        self.auto_styles.extend(st)
        out = [f'<table:table table:name="{tname}" table:style-name="{tname}">']
        for i in range(ncols):
            out.append(f'<table:table-column table:style-name="{tname}.C{i}"/>')
        for r, row in enumerate(rows):
            if r == 0:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for c in range(ncols):
                cell = row[c] if c < len(row) else ""
                cstyle = "CellHead" if r == 0 else "Cell"
                pst = "Table_20_Heading" if r == 0 else "Table_20_Contents"
                paras = "".join(
                    f'<text:p text:style-name="{self.pstyle(pst, False, p)}">{self.runs_xml(parse_inline(p))}</text:p>'
                    for p in cell.split("\n")
                )
                out.append(f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">{paras}</table:table-cell>')
            out.append("</table:table-row>")
            if r == 0:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        return "".join(out)

    # -- document ----------------------------------------------------------------------------------
    def furniture(self, template: str, style: str) -> str:
        if not template:
            return ""
        parts = []
        for line in template.split("\n"):
            t = esc(line)
            t = t.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
            t = t.replace("{pages}", "<text:page-count>1</text:page-count>")
            parts.append(f'<text:p text:style-name="{style}">{t}</text:p>')
        return "".join(parts)

    def render(self) -> str:
        s = self.spec
        body = "".join(self.block_xml(b) for b in parse_blocks(s["body"]))
        font = s.get("font", "Carlito")
        size = s.get("size", 11)
        align = "justify" if s.get("justify") else "start"
        hyph = "true" if s.get("hyphenate", True) else "false"
        typo = s.get("headings", "typo") == "typo"
        accent = s.get("accent", "#1F4E79")
        space_after = s.get("para_space", 0.21)
        line_height = s.get("line_height", "115%")
        if typo:
            h1 = f'<style:text-properties fo:font-size="{s.get("h1_size", 14)}pt" fo:font-weight="bold" fo:color="{accent}"/>'
            h2 = f'<style:text-properties fo:font-size="{s.get("h2_size", 12)}pt" fo:font-weight="bold" fo:color="{accent}"/>'
            h3 = '<style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:font-style="italic"/>'
            title = f'<style:text-properties fo:font-size="{s.get("title_size", 20)}pt" fo:font-weight="bold" fo:color="{accent}"/>'
        else:  # plain: headings look like body text; only the layout (own line, spacing) tells
            h1 = h2 = h3 = f'<style:text-properties fo:font-size="{size}pt"/>'
            title = f'<style:text-properties fo:font-size="{s.get("title_size", size)}pt"/>'
        label = '<style:text-properties fo:font-weight="bold"/>' if s.get("bold_labels") else ""
        margins = s.get("margins", (2.0, 2.5))
        landscape = s.get("landscape", False)
        pw, ph = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        meta_title = esc(s["title"])
        styles = f"""
<style:default-style style:family="paragraph">
 <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"/>
 <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="nl" fo:country="NL"
   fo:hyphenate="{hyph}" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3"/>
</style:default-style>
<style:default-style style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="{space_after}cm" fo:line-height="{line_height}" fo:text-align="{align}"/>
</style:style>
<style:style style:name="List_20_item" style:display-name="List item" style:family="paragraph" style:parent-style-name="Text_20_body">
 <style:paragraph-properties fo:margin-bottom="0.08cm" fo:text-align="{align}"/>
</style:style>
<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Text_20_body">
 <style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/><style:text-properties fo:font-style="italic"/>
</style:style>
<style:style style:name="Label" style:family="paragraph" style:parent-style-name="Text_20_body">
 <style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>{label}
</style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Text_20_body">
 <style:text-properties fo:font-size="{size - 2}pt"/>
</style:style>
<style:style style:name="URL" style:family="paragraph" style:parent-style-name="Text_20_body">
 <style:paragraph-properties fo:margin-bottom="0.05cm" fo:text-align="start"/><style:text-properties fo:hyphenate="false"/>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
 <style:paragraph-properties fo:margin-bottom="0.15cm" fo:text-align="start"/>{title.replace("/>", ' fo:hyphenate="false"/>')}
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
 <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:text-align="start"/>{h1.replace("/>", ' fo:hyphenate="false"/>')}
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:text-align="start"/>{h2.replace("/>", ' fo:hyphenate="false"/>')}
</style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3" style:class="text">
 <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>{h3.replace("/>", ' fo:hyphenate="false"/>')}
</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="{s.get("table_size", size - 1)}pt"/>
</style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
 <style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-align="{s.get("header_align", "end")}"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-align="{s.get("footer_align", "center")}"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/>
</style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties fo:font-size="8pt"/>
</style:style>
<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text">
 <style:text-properties fo:color="#0563C1" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
</style:style>
<style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Titalic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Traised" style:family="text"><style:text-properties style:text-position="100% 20%"/></style:style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
"""
        cell_border = s.get("cell_border", "0.5pt solid #7F7F7F")
        auto_fixed = f"""
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="{cell_border}"/></style:style>
<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="{s.get("head_fill", "#DDEBF7")}" fo:border="{cell_border}"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}"
  style:print-orientation="{"landscape" if landscape else "portrait"}"
  fo:margin-top="{margins[0] - 0.8:.2f}cm" fo:margin-bottom="{margins[0] - 0.8:.2f}cm" fo:margin-left="{margins[1]}cm" fo:margin-right="{margins[1]}cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>"""
        header = self.furniture(s.get("header", ""), "Header")
        footer = self.furniture(s.get("footer", ""), "Footer")
        master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        if header:
            master += f"<style:header>{header}</style:header>"
        if footer:
            master += f"<style:footer>{footer}</style:footer>"
        master += "</style:master-page>"
        fonts = "".join(
            f'<style:font-face style:name="{f}" svg:font-family="{f}"/>'
            for f in dict.fromkeys([font, "Carlito", "Liberation Sans", "Liberation Serif", "OpenSymbol", "Courier New"])
        )
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{meta_title}</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>{styles}</office:styles>
<office:automatic-styles>{auto_fixed}{"".join(self.auto_styles)}</office:automatic-styles>
<office:master-styles>{master}</office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""


# --------------------------------------------------------------------------------------------------
# Impress (flat ODP)
# --------------------------------------------------------------------------------------------------
# Slide bullet markers in the content map to Wingdings code points (icon bullets) or plain glyphs.
WINGDINGS = {"■": "\uf0a7", "➢": "\uf0d8", "✓": "\uf0fc", "❖": "\uf076", "→": "\uf0e0"}


class SlideDoc:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.auto: list[str] = []
        self.n = 0

    def _style(self, xml: str) -> str:
        self.n += 1
        name = f"a{self.n}"
        self.auto.append(xml.replace("NAME", name))
        return name

    def para_style(self, size: float, bold: bool = False, color: str | None = None, align: str = "start",
                   indent: float = 0.0, space_after: float = 0.12) -> str:
        weight = ' fo:font-weight="bold"' if bold else ""
        col = f' fo:color="{color}"' if color else ""
        ind = f' fo:margin-left="{indent:.2f}cm" fo:text-indent="-{min(indent, 0.8):.2f}cm"' if indent else ""
        return self._style(
            f'<style:style style:name="NAME" style:family="paragraph"><style:paragraph-properties '
            f'fo:text-align="{align}" fo:margin-bottom="{space_after}cm"{ind}/><style:text-properties '
            f'fo:font-family="{self.spec.get("font", "Carlito")}" fo:font-size="{size}pt"{weight}{col} '
            f'fo:language="nl" fo:country="NL"/></style:style>'
        )

    def graphic_style(self, fill: str | None, stroke: str | None = None, valign: str = "top") -> str:
        f = f'draw:fill="solid" draw:fill-color="{fill}"' if fill else 'draw:fill="none"'
        st = f'draw:stroke="solid" svg:stroke-color="{stroke}" svg:stroke-width="0.05cm"' if stroke else 'draw:stroke="none"'
        return self._style(
            f'<style:style style:name="NAME" style:family="graphic"><style:graphic-properties {f} {st} '
            f'draw:textarea-vertical-align="{valign}" fo:padding-top="0.15cm" fo:padding-bottom="0.15cm" '
            f'fo:padding-left="0.25cm" fo:padding-right="0.25cm" draw:auto-grow-height="false"/></style:style>'
        )

    def bullet_list_style(self, marker: str, level: int, color: str) -> str:
        char = WINGDINGS.get(marker, marker)
        if marker in WINGDINGS:
            font = 'style:font-name="Wingdings" fo:font-family="Wingdings" style:font-charset="x-symbol"'
        elif marker in ("–", "-", "•"):
            font = f'fo:font-family="{self.spec.get("font", "Carlito")}"'
        else:
            font = 'style:font-name="OpenSymbol" fo:font-family="OpenSymbol"'
        width = 0.7
        return self._style(
            f'<text:list-style style:name="NAME"><text:list-level-style-bullet text:level="1" text:bullet-char="{esc(char)}">'
            f'<style:list-level-properties text:space-before="{(level - 1) * 0.8:.2f}cm" text:min-label-width="{width}cm"/>'
            f'<style:text-properties {font} fo:color="{color}"/></text:list-level-style-bullet></text:list-style>'
        )

    def number_list_style(self) -> str:
        return self._style(
            '<text:list-style style:name="NAME"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
            '<style:list-level-properties text:min-label-width="0.7cm"/></text:list-level-style-number></text:list-style>'
        )

    def box(self, box: dict[str, Any]) -> str:
        size = box.get("size", 16)
        color = box.get("color")
        accent: str = self.spec.get("accent", "#1F5F8B")
        gst = self.graphic_style(box.get("fill"), box.get("stroke"), box.get("valign", "top"))
        paras = []
        lines = textwrap.dedent(box["text"]).strip("\n").split("\n")
        for ln in lines:
            if not ln.strip():
                continue
            sm = split_marker(ln)
            bold = False
            sz = size
            align = box.get("align", "start")
            text = ln.strip()
            if text.startswith("## "):
                text, bold, sz = text[3:], True, size + 2
            elif text.startswith("#BIG "):
                text, bold, sz = text[5:], True, box.get("big", size * 2.4)
            if sm is not None:
                level, marker, item = sm
                if marker == "1.":  # numbered items keep their number as text, with a hanging indent
                    ps = self.para_style(sz, False, color, align, indent=0.7)
                    paras.append(f'<text:p text:style-name="{ps}">{self.inline(text)}</text:p>')
                    continue
                ps = self.para_style(sz, False, color, align)
                ls = self.bullet_list_style(marker, level, box.get("bullet_color", accent))
                paras.append(
                    f'<text:list text:style-name="{ls}"><text:list-item><text:p text:style-name="{ps}">'
                    f"{self.inline(item)}</text:p></text:list-item></text:list>"
                )
            else:
                ps = self.para_style(sz, bold or box.get("bold", False), color, align)
                paras.append(f'<text:p text:style-name="{ps}">{self.inline(text)}</text:p>')
        x, y, w, h = box["rect"]
        return (
            f'<draw:frame draw:style-name="{gst}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm">'
            f'<draw:text-box>{"".join(paras)}</draw:text-box></draw:frame>'
        )

    def inline(self, text: str) -> str:
        out = []
        for kind, txt, extra in parse_inline(text):
            t = esc(txt)
            if kind == "bold":
                out.append(f'<text:span text:style-name="{self._style(SPAN_BOLD)}">{t}</text:span>')
            elif kind == "italic":
                out.append(f'<text:span text:style-name="{self._style(SPAN_ITALIC)}">{t}</text:span>')
            elif kind == "link":
                out.append(f'<text:a xlink:type="simple" xlink:href="{esc(extra)}">{t}</text:a>')
            else:
                out.append(t)
        return "".join(out)

    def render(self) -> str:
        s = self.spec
        W, H = 28.0, 15.75
        accent = s.get("accent", "#1F5F8B")
        pages = []
        total = len(s["slides"])
        for i, slide in enumerate(s["slides"], start=1):
            frames = []
            if slide.get("title"):
                frames.append(self.box({"rect": (0, 0, W, 2.4), "fill": accent, "color": "#FFFFFF", "size": slide.get("title_size", 26),
                                        "bold": True, "valign": "middle", "text": slide["title"]}))
            for b in slide.get("boxes", []):
                frames.append(self.box(b))
            foot = s.get("footer", "").replace("{n}", str(i)).replace("{total}", str(total))
            if foot:
                left, _, right = foot.partition("|")
                frames.append(self.box({"rect": (0.8, H - 1.0, 20, 0.8), "size": 9, "color": "#666666", "text": left.strip()}))
                if right.strip():
                    frames.append(self.box({"rect": (W - 4.8, H - 1.0, 4, 0.8), "size": 9, "color": "#666666", "align": "end", "text": right.strip()}))
            pages.append(f'<draw:page draw:name="dia{i}" draw:master-page-name="Default">{"".join(frames)}</draw:page>')
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta><dc:title>{esc(s["title"])}</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito"/><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
<style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-charset="x-symbol"/></office:font-face-decls>
<office:styles><style:default-style style:family="graphic"><style:text-properties fo:font-family="Carlito" fo:language="nl" fo:country="NL"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{W}cm" fo:page-height="{H}cm" style:print-orientation="landscape"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="{s.get("background", "#FFFFFF")}"/></style:style>
{"".join(self.auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>
<office:body><office:presentation>{"".join(pages)}</office:presentation></office:body>
</office:document>
"""


SPAN_BOLD = '<style:style style:name="NAME" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
SPAN_ITALIC = '<style:style style:name="NAME" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'


# --------------------------------------------------------------------------------------------------
# Post-processing, DOCX, metadata
# --------------------------------------------------------------------------------------------------
def fffd_fonts(pdf: Path, codepoints: tuple[str, ...] = ("2019",)) -> None:
    """Rewrite ToUnicode maps: private-use glyphs (icon bullets) and the given code points -> U+FFFD."""
    import pypdf  # noqa: TID251 - post-processing of our own output, not corpus loading

    reader = pypdf.PdfReader(str(pdf))
    writer = pypdf.PdfWriter(clone_from=reader)
    done: set[int] = set()
    pat = re.compile(r"<([0-9A-Fa-f]+)>\s*<((?:E|F)[0-9A-Fa-f]{3}|" + "|".join(codepoints) + r")>")
    for page in writer.pages:
        resources: Any = page["/Resources"]
        fonts = resources.get("/Font", {})
        for _name, ref in fonts.items():
            font: Any = ref.get_object()
            tu = font.get("/ToUnicode")
            if tu is None:
                continue
            stream = tu.get_object()
            key = id(stream)
            if key in done:
                continue
            done.add(key)
            data = stream.get_data().decode("latin-1")
            new = pat.sub(lambda m: f"<{m.group(1)}> <FFFD>", data)
            if new != data:
                stream.set_data(new.encode("latin-1"))  # pypdf re-encodes with the stream's own filter
    with open(pdf, "wb") as fh:
        writer.write(fh)


def write_meta(path: Path, meta: dict[str, Any]) -> None:
    order = ["id", "title", "doc_type", "target_groups", "regions", "audience", "source_url",
             "published", "review_date", "version", "fictional"]
    lines = []
    for key in order:
        if key not in meta:
            continue
        val = meta[key]
        if isinstance(val, list):
            val = "[" + ", ".join(val) + "]"
        elif isinstance(val, bool):
            val = "true" if val else "false"
        elif key in ("title", "version"):
            val = '"' + str(val).replace('"', '\\"') + '"'
        lines.append(f"{key}: {val}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def soffice_convert(files: list[Path], outdir: Path, target: str = "pdf") -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit("LibreOffice (soffice) niet gevonden; installeer libreoffice-writer-nogui en libreoffice-impress-nogui")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
               "--outdir", str(outdir), *map(str, files)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def ensure_venv() -> None:
    """Re-run under the project venv when python-docx or pypdf is missing from this interpreter."""
    try:
        import docx  # noqa: F401
        import pypdf  # noqa: F401, TID251
    except ImportError:
        venv = HERE.parents[2] / ".venv"
        venv_python = venv / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != venv.resolve():
            os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
        sys.exit("python-docx en pypdf zijn nodig (zie de project-venv: .venv/bin/python)")


def main(argv: list[str]) -> None:
    import docs_a
    import docs_b

    docs = docs_a.DOCS + docs_b.DOCS
    wanted = {int(a) for a in argv} if argv else None
    OUT.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix="realistic-docs-"))
    try:
        to_convert: list[tuple[Spec, Path]] = []
        for spec in docs:
            if wanted and spec["nr"] not in wanted:
                continue
            slug = spec["meta"]["id"]
            kind = spec["kind"]
            if kind == "writer":
                src = build / f"{slug}.fodt"
                src.write_text(WriterDoc(spec).render(), encoding="utf-8")
                to_convert.append((spec, src))
                ext = "pdf"
            elif kind == "slides":
                src = build / f"{slug}.fodp"
                src.write_text(SlideDoc(spec).render(), encoding="utf-8")
                to_convert.append((spec, src))
                ext = "pdf"
            elif kind == "docx":
                spec["build"](OUT / f"{slug}.docx")
                ext = "docx"
            else:
                raise ValueError(kind)
            write_meta(OUT / f"{slug}.{ext}.meta.yaml", spec["meta"])
        if to_convert:
            soffice_convert([p for _, p in to_convert], build)
            for spec, src in to_convert:
                pdf = build / (src.stem + ".pdf")
                if spec.get("fffd"):
                    fffd_fonts(pdf)
                shutil.copyfile(pdf, OUT / pdf.name)
                print(f"{spec['nr']:>2}  {OUT / pdf.name}")
        for spec in docs:
            if spec["kind"] == "docx" and (not wanted or spec["nr"] in wanted):
                print(f"{spec['nr']:>2}  {OUT / (spec['meta']['id'] + '.docx')}")
    finally:
        if os.environ.get("KEEP_BUILD"):
            print("build dir:", build)
        else:
            shutil.rmtree(build, ignore_errors=True)


if __name__ == "__main__":
    ensure_venv()
    main(sys.argv[1:])
