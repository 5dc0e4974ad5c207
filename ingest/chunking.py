"""Chunker: heading-aware chunks measured in the embedding model's word pieces (llama-index splitter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.types import Chunk, LoadedDocument

PREFIX_TOKENS = 40  # room for "title – section" in front of every embedded chunk


def embed_text(title: str, section: str, text: str) -> str:
    """The text that is embedded: title and section give a short passage its context."""
    head = f"{title} – {section}" if section else title
    return f"{head}\n{text}"


def lexical_text(title: str, section: str, text: str) -> str:
    """The text the BM25 index sees (title and section terms help short questions)."""
    return f"{title}\n{section}\n{text}"


class Chunker:
    """Splits each section of a document into chunks that fit the embedding model.

    Sections never share a chunk, so every chunk has one heading path and one page. The splitter
    (llama-index ``SentenceSplitter``) counts the model's own word pieces: its default tiktoken
    count let Dutch chunks overflow the 256-piece limit of all-MiniLM-L6-v2 by about 12%.

    Args:
        token_ids: The embedding model's tokenizer (text -> word-piece ids, no special tokens).
        max_tokens: The model's sequence limit (includes 2 special tokens).
        chunk_tokens: Target chunk size in word pieces.
        overlap: Overlap between consecutive chunks of a section, in word pieces.
    """

    def __init__(
        self,
        token_ids: Callable[[str], list[int]],
        *,
        max_tokens: int,
        chunk_tokens: int,
        overlap: int,
    ) -> None:
        self.token_ids = token_ids
        self.max_tokens = max_tokens
        self.chunk_tokens = chunk_tokens
        self.overlap = overlap
        self._splitters: dict[int, Any] = {}

    def _splitter(self, size: int) -> Any:
        if size not in self._splitters:
            from llama_index.core.node_parser import SentenceSplitter

            self._splitters[size] = SentenceSplitter(
                chunk_size=size,
                chunk_overlap=min(self.overlap, size // 4),
                tokenizer=self.token_ids,
                paragraph_separator="\n",
            )
        return self._splitters[size]

    def _prefix_budget(self, title: str, section: str) -> int:
        return min(len(self.token_ids(embed_text(title, section, ""))), PREFIX_TOKENS)

    def embed_input(self, title: str, section: str, text: str) -> str:
        """``embed_text`` with the head cut to PREFIX_TOKENS, so the whole input fits the model."""
        head = f"{title} – {section}" if section else title
        while head and len(self.token_ids(head)) > PREFIX_TOKENS:
            head = head.rsplit(" ", 1)[0] if " " in head else head[: len(head) // 2]
        return f"{head}\n{text}"

    def _pieces(self, text: str, size: int) -> list[str]:
        """Split a section's text; a table (run of ``a | b`` rows) stays in one piece if it fits.

        A table too long for one piece is split by rows, each piece repeating the header row, so
        a later row never loses what its columns mean.
        """
        pieces: list[str] = []
        for is_table, block in _blocks(text):
            if not is_table:
                pieces.extend(self._splitter(size).split_text(block))
                continue
            rows = block.split("\n")
            if len(self.token_ids(block)) <= size:
                pieces.append(block)
                continue
            current = [rows[0]]
            for row in rows[1:]:
                if len(self.token_ids("\n".join([*current, row]))) > size and len(current) > 1:
                    pieces.append("\n".join(current))
                    current = [rows[0]]
                current.append(row)
            pieces.append("\n".join(current))
        return pieces

    def __call__(self, doc: LoadedDocument) -> list[Chunk]:
        """Chunk one document; ids are ``{doc_id}:{hash[:10]}:{ordinal}`` (new per content)."""
        chunks: list[Chunk] = []
        for section in doc.sections:
            budget = self.max_tokens - 2 - self._prefix_budget(doc.meta.title, section.section)
            size = max(32, min(self.chunk_tokens, budget))
            for piece in self._pieces(section.text, size):
                text = piece.strip()
                if not text:
                    continue
                ordinal = len(chunks)
                chunks.append(
                    Chunk(
                        id=f"{doc.meta.id}:{doc.content_hash[:10]}:{ordinal}",
                        doc_id=doc.meta.id,
                        ordinal=ordinal,
                        text=text,
                        section=section.section,
                        page=section.page,
                        tokens=len(self.token_ids(text)),
                    )
                )
        return chunks


def _is_row(line: str) -> bool:
    return line.startswith("- ") and " | " in line


def _blocks(text: str) -> list[tuple[bool, str]]:
    """Consecutive table rows (3 or more) as one block, other text as another, in order."""
    out: list[tuple[bool, list[str]]] = []
    for line in text.split("\n"):
        row = _is_row(line)
        if out and out[-1][0] == row:
            out[-1][1].append(line)
        else:
            out.append((row, [line]))
    merged: list[tuple[bool, str]] = []
    for row, lines in out:
        is_table = row and len(lines) >= 3
        if merged and not is_table and not merged[-1][0]:
            merged[-1] = (False, merged[-1][1] + "\n" + "\n".join(lines))
        else:
            merged.append((is_table, "\n".join(lines)))
    return [(t, b) for t, b in merged if b.strip()]
