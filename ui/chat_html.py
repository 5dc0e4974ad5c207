"""Safe HTML for the web UI: source cards, contact cards and banners from autoescaped Jinja2 templates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup

from assistant.metadata import DOC_TYPE_LABELS, GROUP_LABELS, REGION_LABELS
from ui.labels import label_list

_MAX_SNIPPET = 600


ACUTE = "Acuut – handel direct en bel zo nodig 112"
# Templates in ui/templates/ with autoescaping: every value is escaped unless it is Markup.
_TEMPLATES = Environment(
    loader=PackageLoader("ui", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _render(name: str, **values: Any) -> str:
    return _TEMPLATES.get_template(name).render(banner_text=ACUTE, **values)


def _e(value: object) -> str:
    """Escape any value for HTML text or attribute content."""
    return escape("" if value is None else str(value), quote=True)


def highlight(passage: str, snippet: str) -> str:
    """Escaped ``passage`` with each cited part of ``snippet`` wrapped in <mark>.

    A snippet of several quoted units is joined with " … "; every part found in the passage is
    marked, and the passage is cut to a window around the marks.
    """
    passage, snippet = (passage or "").strip(), (snippet or "").strip()
    if not passage:
        return f"<mark>{_e(snippet[:_MAX_SNIPPET])}</mark>" if snippet else ""
    spans: list[tuple[int, int]] = []
    for part in (p.strip() for p in snippet.split(" … ")):
        at = passage.find(part) if part else -1
        if at >= 0 and all(at >= e or at + len(part) <= b for b, e in spans):
            spans.append((at, at + len(part)))
    if not spans:
        return _e(passage[:_MAX_SNIPPET]) + ("…" if len(passage) > _MAX_SNIPPET else "")
    spans.sort()
    start = max(0, spans[0][0] - 200)
    end = min(len(passage), spans[-1][1] + 200)
    out, pos = ["…" if start else ""], start
    for b, e in spans:
        out += [_e(passage[pos:b]), f"<mark>{_e(passage[b:e])}</mark>"]
        pos = e
    out += [_e(passage[pos:end]), "…" if end < len(passage) else ""]
    return "".join(out)


def document_link(document_id: str, chunk_id: str = "") -> str:
    """Link to the readable document page, scrolled to (and marking) the cited passage."""
    url = f"/documenten/{quote(document_id, safe='')}"
    if chunk_id:
        url += f"?passage={quote(chunk_id, safe='')}#passage-{quote(chunk_id, safe='')}"
    return url


_MARKER = re.compile(r"\[(\d{1,2})\]")
# Where the answer text of a chat message ends and its source cards begin.
SOURCES_START = "<div class='hw-section hw-sources'>"


def linked_markers(escaped_text: str, citations: Iterable[Mapping[str, Any]]) -> str:
    """Each ``[n]`` in already escaped answer text as a link to the cited passage in its document."""
    links = {
        int(c.get("index") or 0): document_link(
            str(c.get("document_id", "")), str(c.get("chunk_id") or "")
        )
        for c in citations
    }

    def link(match: re.Match[str]) -> str:
        url = links.get(int(match.group(1)))
        if url is None:
            return match.group(0)
        return (
            f"<a class='hw-ref' href='{_e(url)}' target='_blank' rel='noopener' "
            f"title='Bron {match.group(1)} openen'>[{match.group(1)}]</a>"
        )

    return _MARKER.sub(link, escaped_text)


def answer_message(
    text: str,
    citations: list[Mapping[str, Any]],
    *,
    contacts_html: str = "",
    urgent: bool = False,
    warnings_html: str = "",
) -> str:
    """One assistant message: contacts first when urgent, the answer with linked [n], its sources."""
    body = linked_markers(escape(text, quote=False), citations)
    parts = [contacts_html] if urgent and contacts_html else []
    parts += [body, warnings_html]
    if not urgent and contacts_html:
        parts.append(contacts_html)
    parts.append(source_cards(citations))
    return "\n\n".join(p for p in parts if p)


_MARKDOWN = MarkdownIt("commonmark", {"html": False})  # raw HTML in a document stays text


def markdown_html(text: str) -> Markup:
    """A passage's Markdown as HTML (headings, lists, emphasis); embedded HTML is escaped."""
    return Markup(_MARKDOWN.render(text or ""))


def render_page(name: str, **values: Any) -> str:
    """A whole page from a template (autoescaped)."""
    return _render(name, **values)


def source_cards(citations: Iterable[Mapping[str, Any]]) -> str:
    """Cards for an answer's citations (``answer.to_json()["citations"]``)."""
    cards = []
    for c in citations:
        page = c.get("page")
        cards.append(
            dict(c)
            | {
                "where": f"pagina {int(page)}" if page else (c.get("section") or ""),
                "type_label": DOC_TYPE_LABELS.get(str(c.get("doc_type")), "Overig"),
                "link": document_link(str(c.get("document_id", "")), str(c.get("chunk_id") or "")),
                "highlight": Markup(
                    highlight(str(c.get("passage") or ""), str(c.get("snippet") or ""))
                ),
            }
        )
    return _render("source_cards.html", cards=cards)


def search_html(results: Iterable[Mapping[str, Any]]) -> str:
    """Search results (``Services.search``): title linking to the best passage, type, groups."""
    rows = [
        dict(r)
        | {
            "url": document_link(str(r["id"]), str(r.get("chunk_id") or "")),
            "type_label": DOC_TYPE_LABELS.get(str(r.get("doc_type")), "Overig"),
            "groups": label_list(GROUP_LABELS, list(r.get("target_groups") or ())),
            "where": f"pagina {r['page']}" if r.get("page") else (r.get("section") or ""),
        }
        for r in results
    ]
    return _render("search_results.html", results=rows)


def dossier_html(dossier: Any) -> str:
    """A themadossier (``assistant.dossiers.Dossier``): its parts and trees, then its contacts."""
    body = _render(
        "dossier.html", label=dossier.label, parts=dossier.parts, trees=dossier.trees,
        type_labels=DOC_TYPE_LABELS,
    )  # fmt: skip
    contacts = [c.model_dump(mode="json") for c in dossier.contacts]
    return body + contact_cards(contacts, title="Consultatie en advies voor deze doelgroep")


def _tel(phone: str) -> str:
    return re.sub(r"[^0-9+]", "", phone.split("(")[0])


def contact_cards(
    contacts: Iterable[Mapping[str, Any]], *, urgent: bool = False, title: str = "Wie kunt u bellen"
) -> str:
    """Prominent cards for organisations to call; urgent answers get a red 'Acuut' banner."""
    cards = [
        dict(c)
        | {
            "tel": _tel(str(c.get("phone") or "")),
            "region_list": label_list(REGION_LABELS, list(c.get("regions") or ())),
        }
        for c in contacts
    ]
    return _render("contact_cards.html", contacts=cards, urgent=urgent, title=title)


def acute_banner(text: str = ACUTE) -> str:
    """A red banner for urgent situations."""
    return _render("acute_banner.html", banner_text=text)


def advice_html(advice: str, urgent: bool) -> str:
    """The advice at a decision-tree leaf."""
    return _render("advice.html", advice=advice, urgent=urgent)


def notice(text: str, kind: str = "info") -> str:
    """A small escaped message block."""
    return _render("notice.html", text=text, kind=kind)


CSS = """
.hw-privacy { background:#fff7e6; border:1px solid #f0b429; border-radius:6px; padding:6px 10px; font-weight:600; }
.hw-section h3 { margin: 8px 0 6px 0; font-size: 1.05em; }
.hw-card {
  border:1px solid #d0d7de;
  border-radius:8px;
  padding:10px 12px;
  margin:8px 0;
  background:#fff;
  color:#1f2328;
}
.hw-card-title { font-weight:700; margin-bottom:4px; }
.hw-meta { font-size:0.85em; margin-bottom:6px; }
.hw-where { color:#57606a; font-size:0.9em; }
.hw-snippet { font-size:0.92em; white-space:pre-wrap; }
.hw-snippet mark { background:#fff3a3; padding:0 2px; }
.hw-badge {
  display:inline-block;
  border-radius:10px;
  padding:1px 8px;
  margin-right:4px;
  font-size:0.8em;
  background:#eef1f4;
}
.hw-overdue { background:#ffe2c2; color:#8a3c00; font-weight:600; }
.hw-fictional { background:#e6e0ff; color:#3b2a8a; }
.hw-247 { background:#d8f5dd; color:#1a6b2a; font-weight:600; }
.hw-open { font-size:0.88em; }
.hw-contacts .hw-contact { border:2px solid #2f6feb; background:#f3f8ff; }
.hw-contact-phone { font-size:1.15em; font-weight:700; margin:2px 0; }
.hw-acute { background:#c62828; color:#fff; font-weight:700; padding:8px 12px; border-radius:6px; margin:6px 0; }
.hw-advice { border:2px solid #1a7f37; background:#f0fff4; }
.hw-notice { padding:6px 10px; border-radius:6px; background:#eef1f4; color:#1f2328; }
.hw-error { background:#ffebe9; color:#82071e; }
.hw-ok { background:#dafbe1; color:#116329; }
"""
