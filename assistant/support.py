"""Does a cited passage support a claim? One lexical measure for generated answers and evaluation.

A claim is supported when most of its content words occur in the passage, and every number,
every name and any negation in it do too: "geef geen morfine [1]" is not supported by a passage
that says "geef morfine", however many words they share.
"""

from __future__ import annotations

import re

from assistant.analysis import fold

MARKER = re.compile(r"\[(\d+)\]")
_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A capitalised word that does not start the sentence: a name, place or organisation.
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][\w-]{2,}")
_NEGATIONS = frozenset({"niet", "geen", "nooit", "niemand", "niets", "nergens"})
_STOP = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "te",
        "van",
        "voor",
        "met",
        "bij",
        "aan",
        "als",
        "dat",
        "die",
        "dit",
        "is",
        "zijn",
        "wordt",
        "worden",
        "er",
        "ook",
        "niet",
        "om",
        "naar",
        "door",
    ]
)


def normalize(text: str) -> str:
    """Folded (lowercase, no accents), markup and soft hyphens removed, whitespace collapsed."""
    return " ".join(fold(text.replace("\u00ad", "").replace("*", "")).split())


def content_words(text: str) -> set[str]:
    """The words of a text that carry meaning (folded, no stop words, longer than two letters)."""
    return {w for w in _WORD.findall(normalize(text)) if w not in _STOP and len(w) > 2}


def overlap(claim: str, passage: str) -> float:
    """Share of the claim's content words that occur in the passage (1.0 for an empty claim)."""
    words = content_words(claim)
    return len(words & content_words(passage)) / len(words) if words else 1.0


def supported(claim: str, passage: str, threshold: float = 0.6) -> bool:
    """Whether the passage supports the claim: word overlap, and its numbers, names, negation."""
    claim = MARKER.sub("", claim)
    if overlap(claim, passage) < threshold:
        return False
    folded = normalize(passage)
    if any(n.replace(",", ".") not in folded.replace(",", ".") for n in _NUMBER.findall(claim)):
        return False
    if any(normalize(name) not in folded for name in _NAME.findall(claim)):
        return False
    claim_words = set(_WORD.findall(normalize(claim)))
    return not (claim_words & _NEGATIONS) or bool(set(folded.split()) & _NEGATIONS)
