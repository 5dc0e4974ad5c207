"""Markdown loader: YAML front matter as metadata, heading path kept as section."""

from __future__ import annotations

import re
from typing import Any

import yaml

from assistant.errors import MetadataError
from assistant.types import Section
from ingest.cleaning import clean_paragraphs, has_banner
from ingest.headings import HeadingPath
from ingest.loaders.base import Extracted

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)


def split_front_matter(source: str, name: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter off a Markdown text.

    Raises:
        MetadataError: The front matter is not valid YAML or not a mapping.
    """
    match = _FRONT.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise MetadataError(
            f"{name}: front matter is geen geldige YAML ({err})", path=name
        ) from err
    if not isinstance(meta, dict):
        raise MetadataError(f"{name}: front matter moet sleutel: waarde-paren bevatten", path=name)
    return meta, source[match.end() :]


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)")


def strip_inline(line: str) -> str:
    """Remove inline Markdown markup (links keep their text, emphasis its words)."""
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", line)
    return line.replace("`", "")


def _table_row(line: str) -> str:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
        return ""
    return "- " + " | ".join(c for c in cells if c)


def load_markdown(source: str, name: str) -> Extracted:
    """Load Markdown: front matter, then one section per heading (path ``H1 > H2 > H3``)."""
    meta, body = split_front_matter(source, name)
    banner = has_banner(body)
    path = HeadingPath(hidden=1)
    sections: list[Section] = []
    buffer: list[str] = []
    title_hint: str | None = None
    in_fence = False

    def flush() -> None:
        text = clean_paragraphs("\n".join(buffer))
        if text:
            sections.append(Section(text=text, section=path.section))
        buffer.clear()

    for line in body.split("\n"):
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            flush()
            level, title = len(heading.group(1)), heading.group(2).strip()
            title_hint = title_hint or title
            path.open(level, title)
            continue
        buffer.append(strip_inline(_table_row(line) if line.lstrip().startswith("|") else line))
    flush()
    return Extracted(sections=tuple(sections), meta=meta, title_hint=title_hint, banner=banner)
