"""Outline answers: "welke fasen / onderdelen / uitgangsvragen ..." listed from a document's structure.

A plan's phases, a memo's parts or a guideline module's questions are its headings and labelled
questions; the content under them answers other questions. When a list question names such a
family ("fasen" for "Fase 1: ...", "Fase 2: ..."), the family itself is the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.analysis import DutchAnalyzer, fold, words
from assistant.index import SearchIndex
from assistant.lexicon import lemma
from assistant.types import Chunk, Hit
from assistant.understanding import QueryPlan
from assistant.units import UnitKind, split_units

MAX_ENTRIES = 8
# The noun after "welke" / "wat zijn de" names the family asked for ("welke fasen").
_FAMILY = re.compile(r"\b(?:welke|wat zijn de|noem de)\s+([a-z]{4,})")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)])\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """One member of the family: its text and the chunk that holds it."""

    text: str
    chunk: Chunk


def _head_stem(text: str, analyzer: DutchAnalyzer) -> str:
    """Stem of the first word after any numbering ("4.2 Fase 1: X" -> stem of "fase")."""
    tokens = words(_NUMBERING.sub("", text))
    return analyzer.stem(tokens[0]) if tokens else ""


def outline(
    plan: QueryPlan, hits: Sequence[Hit], index: SearchIndex, analyzer: DutchAnalyzer
) -> list[OutlineEntry]:
    """The family of headings or labelled questions a list question asks for, in document order.

    Looks in the best hit's document only. Returns an empty list unless the question wants a
    list and at least two headings (or labelled questions) begin with the noun after "welke"
    ("welke fasen" -> "Fase 1: ...", "Fase 2: ...").
    """
    family = _FAMILY.search(fold(plan.question))
    if not plan.wants_list or not hits or family is None:
        return []
    word = family.group(1)
    stems = {analyzer.stem(word), analyzer.stem(lemma(word))}
    doc_id = hits[0].chunk.doc_id
    entries: dict[str, OutlineEntry] = {}
    for chunk in index.document_chunks(doc_id):
        for part in chunk.section.split(" > ") if chunk.section else ():
            if _head_stem(part, analyzer) in stems:
                entries.setdefault(part, OutlineEntry(part, chunk))
        for unit in split_units(chunk.text):
            if unit.kind == UnitKind.QUESTION and unit.lead and _head_stem(unit.lead, analyzer) in stems:
                entries.setdefault(unit.text, OutlineEntry(unit.text, chunk))
    found = list(entries.values())
    return found[:MAX_ENTRIES] if len(found) >= 2 else []
