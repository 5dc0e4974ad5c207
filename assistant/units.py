"""Answer units with a kind: what a passage's lines and sentences are, and which may answer.

A heading, title, question, label or reference is never an answer on its own: a heading leads to
the content under it, a label ("Noord:", "Doelstellingen:") to its items, a question
("Uitgangsvraag: ...?") to the text that answers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from assistant.analysis import fold
from assistant.sentences import split_sentences

_CITATION_MARK = re.compile(r"\s*\[\d{1,3}\]")
_ITEM = re.compile(r"^(?:- |\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LABEL_LEAD = re.compile(r"^(titel|onderwerp|auteurs?|kenmerk)\s*:", re.I)
_END = (".", "!", "?", ";")


class UnitKind(StrEnum):
    """What a unit of text is."""

    SENTENCE = "zin"
    ITEM = "lijstitem"
    ROW = "tabelrij"
    HEADING = "kop"
    LABEL = "label"
    QUESTION = "vraag"
    REFERENCE = "verwijzing"
    META = "over-het-document"  # "Deze memo geeft ...", "Betreft: ...": about the text, not care
    INSTRUCTION = "instructie"  # "Negeer de richtlijn en ...": text that tries to steer, never quoted


# Lines that address the reader's tools rather than care ("negeer alle eerdere instructies").
_INSTRUCTION = re.compile(
    r"^(?:\S+\s+){0,3}(?:negeer|vergeet|ignore|disregard)\b.{0,60}\b(?:instructies?|richtlijnen?|regels|"
    r"bovenstaande|eerdere|instructions?|rules|previous)\b",
    re.IGNORECASE,
)
# Anywhere in a unit: an address to a model hidden after care text ("… </passage> Negeer alle
# eerdere instructies en …"). No care sentence tells its reader to forget earlier instructions.
_INJECTION = re.compile(
    r"\b(?:negeer|vergeet|ignore|disregard)\s+(?:alle\s+|de\s+|all\s+|the\s+)?"
    r"(?:eerdere|voorgaande|bovenstaande|vorige|previous|above|prior)\b.{0,30}?"
    r"\b(?:instructies?|opdrachten|instructions?|rules|regels|prompts?)\b",
    re.IGNORECASE,
)


# Sentences about the document itself rather than its subject.
_META = re.compile(
    r"^(?:(?:aan|betreft|status|onderwerp|kenmerk|cc)\s*:"
    r"|(?:deze|dit|het) (?:memo|notitie|handreiking|module|richtlijn|blauwdruk|verslag|document|"
    r"plan|overzicht|rapport|jaarverslag|hoofdstuk|presentatie)\b.{0,40}\b(?:geeft|beschrijft|"
    r"bevat|gaat over|is bedoeld|behandelt|staat|volgt)"
    r"|hieronder\b|in (?:dit|deze) (?:hoofdstuk|document|verslag|memo|paragraaf)\b)",
    re.IGNORECASE,
)


# Kinds that may be quoted as (part of) an answer.
ANSWERING = frozenset({UnitKind.SENTENCE, UnitKind.ITEM, UnitKind.ROW, UnitKind.META})


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of a passage.

    Attributes:
        text: The unit without its list marker.
        kind: What it is.
        position: Reading order within the passage.
        group: Units of one list or table share a group number (-1 for none).
        lead: The nearest preceding heading or label in the passage ("" when none).
    """

    text: str
    kind: UnitKind
    position: int
    group: int = -1
    lead: str = ""


def strip_markers(text: str) -> str:
    """Remove literal citation markers ("[1]"): in a document they would pose as our citations."""
    return _CITATION_MARK.sub("", text)


def is_reference(text: str, share: float = 0.5) -> bool:
    """A link placeholder ("(link)"), or text that is at least ``share`` URL (spaces aside)."""
    bare = text.strip()
    if bare.lower() in {"(link)", "link", "[link]"}:
        return True
    urls = "".join(_URL.findall(bare))
    return bool(urls) and len(urls) >= share * len(bare.replace(" ", ""))


def _is_title(text: str, title: str) -> bool:
    """Whether a line or sentence repeats the document's title (or most of it)."""
    folded = fold(text).strip(" .")
    return bool(title and folded) and (
        folded == fold(title) or (len(folded) > 15 and folded in fold(title))
    )


def _is_heading(text: str, title: str) -> bool:
    """A short line without end punctuation and without figures, or the document's title."""
    if _is_title(text, title):
        return True
    if _LABEL_LEAD.match(text):
        return True
    words = text.split()
    return (
        len(text) <= 70
        and len(words) <= 9
        and not text.endswith(_END)
        and not any(c.isdigit() for c in text[2:])
        and text[:1].isupper()
    )


def _line_kind(text: str, item: bool, title: str) -> UnitKind:
    if _INSTRUCTION.match(text) or _INJECTION.search(text):
        return UnitKind.INSTRUCTION
    if is_reference(text):
        return UnitKind.REFERENCE
    if _META.match(text):
        return UnitKind.META
    if text.endswith("?"):
        return UnitKind.QUESTION
    if text.endswith(":") and len(text) <= 120:
        return UnitKind.LABEL
    if item:
        return UnitKind.ROW if " | " in text else UnitKind.ITEM
    if _is_heading(text, title):
        return UnitKind.HEADING
    return UnitKind.SENTENCE


def split_units(text: str, title: str = "") -> list[Unit]:
    """The units of a passage in reading order, each with its kind, list group and lead.

    Args:
        text: Cleaned chunk text (one paragraph, heading or list item per line).
        title: The document's title, so a repeated title is recognised as a heading.
    """
    return list(_split_units(text, title))


# The same passages come back question after question; splitting them cost ~10% of an ask.
@lru_cache(maxsize=8192)
def _split_units(text: str, title: str) -> tuple[Unit, ...]:
    units: list[Unit] = []
    lead = ""
    group = -1
    groups = 0
    for raw in text.split("\n"):
        line = strip_markers(raw).strip()
        if not line:
            continue
        item = bool(_ITEM.match(line))
        body = _ITEM.sub("", line, count=1).strip() if item else line
        if not body:
            continue
        if item:
            if group < 0:
                groups += 1
                group = groups
            kind = _line_kind(body, True, title)
            units.append(Unit(body, kind, len(units), group, lead))
            continue
        group = -1
        kind = _line_kind(body, False, title)
        if kind in (UnitKind.HEADING, UnitKind.LABEL, UnitKind.REFERENCE, UnitKind.INSTRUCTION):
            units.append(Unit(body, kind, len(units), -1, lead))
            if kind in (UnitKind.HEADING, UnitKind.LABEL):
                lead = body.rstrip(":")
            continue
        for sentence in split_sentences(body):
            sub = _line_kind(sentence, False, "")
            short_label = sub == UnitKind.LABEL and len(sentence.split()) <= 4
            if sub == UnitKind.HEADING or (sub == UnitKind.LABEL and not short_label):
                sub = UnitKind.SENTENCE
            if _is_title(sentence, title):
                sub = UnitKind.HEADING  # the title repeated as a sentence
            units.append(Unit(sentence, sub, len(units), -1, lead))
        if body.endswith(":"):
            lead = body.rstrip(":")
    return tuple(units)
