"""HTML loader (standard library parser): headings become sections, scripts and styles are dropped."""

from __future__ import annotations

from html.parser import HTMLParser

from assistant.errors import CorpusError
from assistant.types import Section
from ingest.cleaning import clean_paragraphs, has_banner
from ingest.loaders.base import Extracted

_SKIP = {"script", "style", "head", "nav", "noscript", "template", "svg"}
_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "section",
    "article",
    "blockquote",
    "ul",
    "ol",
    "table",
    "dd",
    "dt",
}


# Real pages have a few thousand elements; a generated flood of tags is refused, not indexed.
MAX_ELEMENTS = 200_000


class _TooManyElements(Exception):
    pass


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements = 0
        self.sections: list[tuple[str, list[str]]] = [("", [])]
        self.path: list[str] = []
        self.skip = 0
        self.heading: list[str] | None = None
        self.level = 0
        self.title: str | None = None
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise _TooManyElements
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading, self.level = [], int(tag[1])
        elif tag == "li":
            self.sections[-1][1].append("\n\n- ")
        elif tag in _BLOCK:
            self.sections[-1][1].append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag.startswith("h") and tag[1:].isdigit() and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            self.heading = None
            if text:
                del self.path[self.level - 1 :]
                self.path.append(text)
                self.sections.append((" > ".join(self.path), []))

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = (self.title or "") + data.strip()
        if self.skip:
            return
        if self.heading is not None:
            self.heading.append(data)
        else:
            self.sections[-1][1].append(data.replace("\n", " "))


def load_html(source: str, name: str) -> Extracted:
    """Load an HTML page: text per heading section, list items kept, ``<title>`` as title guess.

    Raises:
        CorpusError: The page has more than MAX_ELEMENTS elements.
    """
    parser = _Collector()
    try:
        parser.feed(source)
        parser.close()
    except _TooManyElements:
        raise CorpusError(
            f"{name}: HTML-pagina heeft meer dan {MAX_ELEMENTS} elementen; niet ingelezen",
            path=name,
        ) from None
    sections = []
    for path, parts in parser.sections:
        text = clean_paragraphs("".join(parts))
        if text:
            sections.append(Section(text=text, section=path))
    first_heading = parser.sections[1][0].split(" > ")[0] if len(parser.sections) > 1 else None
    return Extracted(
        sections=tuple(sections),
        title_hint=parser.title or first_heading,
        banner=has_banner(source),
    )
