"""Dutch sentence splitting that does not break on common abbreviations."""

from __future__ import annotations

import re

_ABBREV = (
    "bijv", "bv", "o.a", "d.w.z", "e.d", "enz", "ca", "dhr", "mw", "mevr", "dr", "nr", "i.p.v",
    "m.b.v", "z.n", "t.a.v", "resp", "incl", "excl", "evt", "zgn", "vs", "max", "min", "ong",
    "m.n", "a.d.h.v", "n.a.v", "i.o.m", "o.b.v",
)  # fmt: skip
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9À-Ý\"“‘(•-])")


def _protect(text: str) -> str:
    for abbr in _ABBREV:
        text = re.sub(
            rf"\b{re.escape(abbr)}\.", abbr.replace(".", "\u2024") + "\u2024", text, flags=re.I
        )
    return text


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; common Dutch abbreviations do not end a sentence."""
    protected = _protect(paragraph)
    parts = _SPLIT.split(protected)
    return [p.replace("\u2024", ".").strip() for p in parts if p.strip()]
