"""Safe HTML for the web UI: source cards, contact cards and banners, built from escaped strings only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any
from urllib.parse import quote

_MAX_SNIPPET = 600


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


def document_link(document_id: str, page: int | None, source: str) -> str:
    """Link to open a document, at its page for PDFs."""
    url = f"/api/documents/{quote(document_id, safe='')}"
    if page and source.lower().endswith(".pdf"):
        url += f"#page={int(page)}"
    return url


def source_cards(citations: Iterable[Mapping[str, Any]]) -> str:
    """Cards for an answer's citations (``answer.to_json()["citations"]``)."""
    cards = []
    for c in citations:
        page = c.get("page")
        where = f"pagina {int(page)}" if page else (c.get("section") or "")
        badges = [f"<span class='hw-badge hw-type'>{_e(c.get('doc_type') or 'overig')}</span>"]
        if c.get("review_overdue"):
            badges.append("<span class='hw-badge hw-overdue'>⚠ herzieningsdatum verlopen</span>")
        if c.get("fictional"):
            badges.append("<span class='hw-badge hw-fictional'>fictief voorbeelddocument</span>")
        link = document_link(str(c.get("document_id", "")), page, str(c.get("source") or ""))
        cards.append(
            "<div class='hw-card hw-source'>"
            f"<div class='hw-card-title'>[{_e(c.get('index'))}] {_e(c.get('title'))}</div>"
            f"<div class='hw-meta'>{' '.join(badges)} <span class='hw-where'>{_e(where)}</span></div>"
            f"<div class='hw-snippet'>{highlight(str(c.get('passage') or ''), str(c.get('snippet') or ''))}</div>"
            f"<a class='hw-open' href='{_e(link)}' target='_blank' rel='noopener'>Document openen</a>"
            "</div>"
        )
    if not cards:
        return ""
    return "<div class='hw-section'><h3>Bronnen</h3>" + "".join(cards) + "</div>"


def _tel(phone: str) -> str:
    return re.sub(r"[^0-9+]", "", phone.split("(")[0])


def contact_cards(
    contacts: Iterable[Mapping[str, Any]], *, urgent: bool = False, title: str = "Wie kunt u bellen"
) -> str:
    """Prominent cards for organisations to call; urgent answers get a red 'Acuut' banner."""
    items = []
    for c in contacts:
        phone = str(c.get("phone") or "")
        phone_html = (
            f"<a class='hw-phone' href='tel:{_e(_tel(phone))}'>{_e(phone)}</a>"
            if phone
            else "<span>geen telefoonnummer</span>"
        )
        extra = []
        if c.get("available_24_7"):
            extra.append("<span class='hw-badge hw-247'>24/7</span>")
        regions = ", ".join(str(r) for r in c.get("regions") or ())
        lines = [
            f"<div class='hw-card-title'>{_e(c.get('organisation'))} {' '.join(extra)}</div>",
            f"<div class='hw-contact-phone'>☎ {phone_html}</div>",
            f"<div>Bereikbaar: {_e(c.get('availability') or 'onbekend')}</div>",
        ]
        if c.get("conditions"):
            lines.append(f"<div>Voorwaarden: {_e(c.get('conditions'))}</div>")
        if c.get("email"):
            lines.append(f"<div>E-mail: {_e(c.get('email'))}</div>")
        if c.get("notes"):
            lines.append(f"<div class='hw-notes'>{_e(c.get('notes'))}</div>")
        if regions:
            lines.append(f"<div class='hw-where'>Regio: {_e(regions)}</div>")
        items.append("<div class='hw-card hw-contact'>" + "".join(lines) + "</div>")
    if not items:
        return ""
    banner = acute_banner() if urgent else ""
    return (
        f"<div class='hw-section hw-contacts'>{banner}<h3>{_e(title)}</h3>"
        + "".join(items)
        + "</div>"
    )


def acute_banner(text: str = "Acuut – handel direct en bel zo nodig 112") -> str:
    """A red banner for urgent situations."""
    return f"<div class='hw-acute' role='alert'>{_e(text)}</div>"


def advice_html(advice: str, urgent: bool) -> str:
    """The advice at a decision-tree leaf."""
    banner = acute_banner() if urgent else ""
    title = "<div class='hw-card-title'>Advies</div>"
    return f"{banner}<div class='hw-card hw-advice'>{title}<div>{_e(advice)}</div></div>"


def notice(text: str, kind: str = "info") -> str:
    """A small escaped message block."""
    return f"<div class='hw-notice hw-{_e(kind)}'>{_e(text)}</div>"


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
