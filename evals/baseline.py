"""The naive baseline every report shows: plain BM25 over chunks, the top 4 sentences, no declines.

This is what a 60-line script does: no stemming, no glossary, no dense vectors, no structure.
If the engine does not beat it on a split, a change is not an improvement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import bm25s

from assistant.analysis import stop_words, words
from assistant.index import SearchIndex
from assistant.sentences import split_sentences
from assistant.types import Answer, Citation, Turn

TOP_CHUNKS = 3
TOP_SENTENCES = 4


def _tokens(text: str) -> list[str]:
    return [w for w in words(text) if w not in stop_words() and len(w) > 1]


class NaiveBaseline:
    """BM25 over the index's chunk texts with plain word tokens; answers with 4 sentences."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._titles = {d.meta.id: d.meta.title for d in index.documents}
        corpus = [_tokens(f"{c.section}\n{c.text}") or ["_"] for c in index.chunks]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._vocab = {w for doc in corpus for w in doc}

    def ask(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        """Answer with the 4 sentences of the top chunks that share most words with the question.

        A follow-up is searched together with the previous user turn, as the naive script does.
        """
        previous = next((t.content for t in reversed(history) if t.role == "user"), "")
        query = [w for w in _tokens(f"{previous} {question}") if w in self._vocab]
        if not query or not self.index.chunks:
            return Answer(text="", refused=False)
        k = min(TOP_CHUNKS, len(self.index.chunks))
        ids, _ = self._bm25.retrieve([query], k=k, show_progress=False)
        top = [self.index.chunks[int(i)] for i in ids[0]]
        wanted = set(query)
        scored = []
        for rank, chunk in enumerate(top):
            for pos, line in enumerate(chunk.text.split("\n")):
                for sentence in split_sentences(re.sub(r"^- ", "", line)):
                    overlap = len(wanted & set(_tokens(sentence)))
                    scored.append((-overlap, rank, pos, sentence, rank))
        picked = sorted(scored)[:TOP_SENTENCES]
        lines = [f"{s} [{r + 1}]" for *_, s, r in sorted(picked, key=lambda p: (p[1], p[2]))]
        citations = tuple(
            Citation(
                index=rank + 1,
                document_id=chunk.doc_id,
                title=self._titles.get(chunk.doc_id, chunk.doc_id),
                source="",
                page=chunk.page,
                section=chunk.section,
                snippet=chunk.text[:200],
                score=0.0,
                review_overdue=False,
                chunk_id=chunk.id,
                passage=chunk.text,
            )
            for rank, chunk in enumerate(top)
        )
        return Answer(
            text="\n".join(lines), citations=citations, retrieved=tuple(c.id for c in top)
        )
