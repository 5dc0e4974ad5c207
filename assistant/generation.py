"""Generated answers: numbered, fenced passages to the model; every sentence checked before use.

The engine decides first: dose questions, declines and contact blocks never reach the model. The
model's reply is split into sentences; a sentence is kept only when it cites a passage that was
given ([n] in range) and that passage supports it (``assistant.support.supported``). Invalid
markers are removed and counted. When too little is supported, the caller shows the extractive
answer instead: the user never sees an unchecked claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant.answering import citation_for
from assistant.index import SearchIndex
from assistant.llm import ChatModel
from assistant.prompts import PromptSet
from assistant.support import MARKER, content_words, supported
from assistant.types import Citation, Hit

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_FENCE = re.compile(r"</?\s*passage", re.I)
_MARKER_AFTER_END = re.compile(r"([.!?])((?:\s*\[\d+\])+)")


@dataclass(frozen=True, slots=True)
class GenerationSettings:
    """How much goes to the model and how much of its reply must hold."""

    max_passages: int = 5
    passage_chars: int = 1200
    max_tokens: int = 300
    max_sentences: int = 4
    min_supported: float = 0.5


@dataclass(frozen=True, slots=True)
class Generated:
    """A checked generated answer."""

    text: str
    citations: tuple[Citation, ...]
    supported_share: float
    dropped: int
    invalid_markers: int


@dataclass(frozen=True, slots=True)
class Checked:
    """The outcome of checking a reply sentence by sentence."""

    kept: list[tuple[str, list[int]]]
    total: int
    invalid_markers: int

    @property
    def share(self) -> float:
        """Share of the reply's sentences that were kept (0.0 for an empty reply)."""
        return len(self.kept) / self.total if self.total else 0.0


def check_reply(reply: str, passages: dict[int, str]) -> Checked:
    """Keep the sentences that cite a given passage which supports them; count bad markers."""
    kept: list[tuple[str, list[int]]] = []
    total = invalid = 0
    # "… benoemen. [1]" -> "… benoemen [1]." so a marker stays with the sentence it follows.
    reply = _MARKER_AFTER_END.sub(lambda m: m.group(2) + m.group(1), reply)
    for raw in _SENTENCE_END.split(reply):
        sentence = raw.strip().lstrip("-•* ").strip()
        if not content_words(MARKER.sub("", sentence)):
            continue  # empty, a bare marker, or filler ("Zo is het.") says nothing to check
        total += 1
        numbers = [int(n) for n in MARKER.findall(sentence)]
        valid = list(dict.fromkeys(n for n in numbers if n in passages))
        invalid += sum(n not in passages for n in numbers)
        claim = MARKER.sub("", sentence).strip()
        claim = re.sub(r"\s+([.!?,;:])", r"\1", claim)
        if valid and supported(claim, " ".join(passages[n] for n in valid)):
            kept.append((claim, valid))
    return Checked(kept, total, invalid)


def fence(text: str) -> str:
    """Passage text that cannot close or open a <passage> block (prompt injection)."""
    return _FENCE.sub("‹passage", text)


class Generator:
    """Writes an answer with a language model from the retrieved passages, and checks it."""

    def __init__(self, model: ChatModel, prompts: PromptSet, settings: GenerationSettings) -> None:
        self.model = model
        self.prompts = prompts
        self.settings = settings

    def versions(self, volunteer: bool) -> str:
        """The prompt versions an answer was made with."""
        return self.prompts.version_string("system", "answer_b1" if volunteer else "answer")

    def messages(
        self, question: str, hits: Sequence[Hit], first_number: int, volunteer: bool
    ) -> list[tuple[str, str]]:
        """The system and user messages for a question and its passages."""
        s = self.settings
        passages = [
            {"number": first_number + i, "title": fence(h.meta.title),
             "text": fence(h.chunk.text[: s.passage_chars])}
            for i, h in enumerate(hits[: s.max_passages])
        ]  # fmt: skip
        user = self.prompts.render(
            "answer_b1" if volunteer else "answer", passages=passages, question=fence(question),
            max_sentences=s.max_sentences,
        )  # fmt: skip
        return [("system", self.prompts.render("system")), ("user", user)]

    def generate(
        self,
        question: str,
        hits: Sequence[Hit],
        index: SearchIndex,
        today: date,
        *,
        first_number: int = 1,
        volunteer: bool = False,
    ) -> Generated | None:
        """A checked answer, or None when too little of the reply is supported.

        Raises:
            ModelUnavailable: The model could not be reached or failed.
        """
        used = list(hits[: self.settings.max_passages])
        reply = "".join(
            self.model.stream(
                self.messages(question, used, first_number, volunteer), self.settings.max_tokens
            )
        )
        by_number = {first_number + i: h for i, h in enumerate(used)}
        checked = check_reply(reply, {n: h.chunk.text for n, h in by_number.items()})
        if not checked.kept or checked.share < self.settings.min_supported:
            return None
        order = list(dict.fromkeys(n for _, numbers in checked.kept for n in numbers))
        renumber = {old: first_number + i for i, old in enumerate(order)}
        text = " ".join(
            claim + " " + "".join(f"[{renumber[n]}]" for n in numbers)
            for claim, numbers in checked.kept
        )
        citations = tuple(
            citation_for(
                renumber[n],
                by_number[n],
                " … ".join(c for c, numbers in checked.kept if n in numbers),
                today,
                index,
            )
            for n in order
        )
        return Generated(
            text=text, citations=citations, supported_share=round(checked.share, 3),
            dropped=checked.total - len(checked.kept), invalid_markers=checked.invalid_markers,
        )  # fmt: skip
