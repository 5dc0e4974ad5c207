"""Text cleaning: strip invisible characters, rejoin hard-wrapped and hyphenated lines, keep list items."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u200e\u200f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bullet glyphs as Word and PowerPoint exports produce them; U+FFFD and private-use characters are
# icon bullets (Wingdings, OpenSymbol) that lost their font; "o" is the usual sub-item marker.
_ICONS = "\ufffd\ue000-\uf8ff"  # as a character-class range
_GLYPHS = "-•*–·▪◦●■□➢►✓➔→➤✔❖◆◇○" + _ICONS
_BULLET = re.compile(rf"^\s*(?:[{_GLYPHS}]|o(?=\s)|\(?\d{{1,2}}[.)]|[a-z][.)])\s*(?=\S)")
_GLYPH = re.compile(f"[{_GLYPHS}]")
_STRAY = re.compile(f"[{_ICONS}]")
_TERMINAL = (".", "!", "?", ":", ";")
_BANNER_SENTENCE = re.compile(
    r"^>?\s*voorbeelddocument\s*[–—-]\s*fictieve inhoud(?:,?\s*niet gebruiken voor zorg)?[.!]?",
    re.IGNORECASE,
)
BANNER = re.compile(r"voorbeelddocument\s*[–—-]\s*fictieve inhoud[^\n]*", re.IGNORECASE)


def normalize_chars(text: str) -> str:
    """NFC-normalize, unify line ends and drop zero-width and control characters (keeps soft hyphens)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)


def drop_stray_glyphs(text: str) -> str:
    """Remove U+FFFD and private-use glyphs; one between letters was an apostrophe ("regio�s")."""
    text = re.sub(r"(?<=[A-Za-zÀ-ÿ])[\ufffd](?=[a-z]\b|[a-z]{1,2}\b)", "'", text)
    return _STRAY.sub("", text)


def is_list_item(line: str) -> bool:
    """Whether a line starts with a bullet or an enumeration marker."""
    match = _BULLET.match(line)
    if not match:
        return False
    marker = match.group(0).strip()
    # "a.", "1." and symbol bullets need a space after them; "De" or "1.5" are not items.
    return bool(_GLYPH.fullmatch(marker[-1:])) or line[match.end() - 1 : match.end()].isspace()


def normalize_list_item(line: str) -> str:
    """Rewrite any bullet marker as ``- ``; keep enumerations ``1.`` as they are."""
    stripped = line.strip()
    if re.match(r"^\(?\d{1,2}[.)]\s+", stripped):
        return stripped
    return "- " + drop_stray_glyphs(_BULLET.sub("", stripped, count=1)).strip()


def _join(left: str, right: str) -> str:
    """Join two wrapped lines, undoing end-of-line hyphenation where the next line goes on lowercase."""
    right = right.strip()
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if (
        left.endswith("-")
        and len(left) > 1
        and left[-2].isalpha()
        and right[:1].islower()
        and not left.endswith(" -")
    ):
        return left[:-1] + right
    if left.endswith("-") and right[:1].isupper():
        return left + right  # "VG-\nZorg": a real hyphen in a compound
    return left + " " + right


def unwrap_lines(lines: list[str], full: int | None = None) -> list[str]:
    """Rejoin hard-wrapped lines (as PDFs from word processors have them) into paragraphs and items.

    A line is continued on the next one unless the next is blank or a list item, or the line is short
    and ends a sentence (a paragraph end), or it is a short line without punctuation followed by a
    capitalised line (a heading).

    Args:
        lines: Raw lines of one page or text block.
        full: The length of a full line; measured on ``lines`` when not given.

    Returns:
        Logical lines: one paragraph, heading or list item each; blank strings between paragraphs.
    """
    lengths = sorted(len(s.strip()) for s in lines if s.strip())
    if full is None:
        full = lengths[int(len(lengths) * 0.8)] if lengths else 80
    out: list[str] = []
    current = ""
    last = ""  # the last physical line of ``current``: its length tells a paragraph end
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                out.append(current)
                current = ""
            out.append("")
            continue
        if is_list_item(line):
            if current:
                out.append(current)
            current = last = normalize_list_item(line)
            continue
        if not current or (current.startswith("- ") and " | " in current):
            if current:
                out.append(current)  # a table row never continues on the next line
            current = last = line
            continue
        prev = current.rstrip()
        short = len(last.rstrip()) < 0.7 * full
        ends_sentence = prev.endswith(_TERMINAL)
        hyphenated = prev.endswith(("-", "\u00ad"))
        heading_like = short and not ends_sentence and line[:1].isupper() and not hyphenated
        label = line.endswith(":") and len(line.split()) <= 4 and line[:1].isupper()
        if (short and ends_sentence) or heading_like or (label and ends_sentence):
            out.append(current)
            current = line
        else:
            current = _join(prev, line)
        last = line
    if current:
        out.append(current)
    return out


def join_paragraph_lines(lines: list[str]) -> list[str]:
    """Markdown/plain-text semantics: lines join until a blank line; list items stay separate."""
    out: list[str] = []
    current = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                out.append(current)
                current = ""
            continue
        if is_list_item(line):
            if current:
                out.append(current)
            current = normalize_list_item(line)
        elif current:
            current = _join(current, line)
        else:
            current = line
    if current:
        out.append(current)
    return out


def finish(paragraphs: list[str]) -> str:
    """Drop the fictional-document banner, soft hyphens and empty lines; one logical line each."""
    kept: list[str] = []
    for para in paragraphs:
        para = re.sub(r"[ ]{2,}", " ", drop_stray_glyphs(para.replace("\u00ad", ""))).strip()
        para = para.lstrip("> ").strip() if para.startswith(">") else para
        if BANNER.match(para.strip(" .")):
            # Drop the banner sentence only: a wrapped line after it is content ("Aan: ...").
            para = _BANNER_SENTENCE.sub("", para, count=1).strip()
        if not para:
            continue
        kept.append(para)
    return "\n".join(kept)


def has_banner(text: str) -> bool:
    """Whether the text carries the fictional-document banner."""
    return bool(BANNER.search(text))


def clean_wrapped(text: str) -> str:
    """Full cleaning for hard-wrapped text (PDF pages)."""
    return finish(unwrap_lines(normalize_chars(text).split("\n")))


def clean_paragraphs(text: str) -> str:
    """Full cleaning for text whose paragraphs are separated by blank lines (Markdown, TXT)."""
    return finish(join_paragraph_lines(normalize_chars(text).split("\n")))
