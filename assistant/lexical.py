"""BM25Index: a bm25s index over analysed chunk texts, persisted per registry generation."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.analysis import ANALYZER_VERSION, DutchAnalyzer, words

log = logging.getLogger(__name__)


def _bm25s() -> Any:
    """Import bm25s, which sets its own logger to DEBUG on import; keep it quiet."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class BM25Index:
    """Lexical scores over all chunks at once, so filters are a mask and scores are comparable.

    Args:
        chunk_ids: Chunk ids in index order.
        texts: The text indexed for each chunk (title, section and body).
        decompound: Whether compounds are split into known parts.
    """

    def __init__(
        self, chunk_ids: Sequence[str], texts: Sequence[str], *, decompound: bool = True
    ) -> None:
        bm25s = _bm25s()
        self.chunk_ids = list(chunk_ids)
        vocabulary = {w for t in texts for w in words(t) if len(w) >= 3}
        self.analyzer = DutchAnalyzer(vocabulary, decompound=decompound)
        self._bm25 = bm25s.BM25()
        corpus = [self.analyzer.index_terms(t) or [""] for t in texts] or [[""]]
        self._bm25.index(corpus, show_progress=False)
        self._known = frozenset(self._bm25.vocab_dict)

    @classmethod
    def _from_parts(
        cls, chunk_ids: list[str], vocabulary: list[str], decompound: bool, bm25: object
    ) -> BM25Index:
        self = cls.__new__(cls)
        self.chunk_ids = chunk_ids
        self.analyzer = DutchAnalyzer(vocabulary, decompound=decompound)
        self._bm25 = bm25
        self._known = frozenset(bm25.vocab_dict)  # type: ignore[attr-defined]
        return self

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def scores(self, terms: Mapping[str, float]) -> np.ndarray:
        """BM25 score of every chunk for weighted query terms (sum of weight x term score)."""
        total = np.zeros(len(self.chunk_ids), dtype=np.float32)
        for term, weight in terms.items():
            if term in self._known and term:
                total += weight * self._bm25.get_scores([term])[: len(self.chunk_ids)]
        return total

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (the largest value for unseen terms)."""
        n = max(1, len(self.chunk_ids))
        if term not in self._known:
            return float(np.log(1 + n / 0.5))
        df = int(self._df()[self._bm25.vocab_dict[term]])
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def _df(self) -> np.ndarray:
        cached = getattr(self, "_df_cache", None)
        if cached is None:
            indptr = np.asarray(self._bm25.scores["indptr"])
            cached = np.diff(indptr)
            self._df_cache = cached
        return cached

    def save(self, directory: Path, generation: int) -> None:
        """Persist atomically: write to a new folder, then swap a pointer file."""
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / f"gen-{generation}"
        tmp = directory / f".tmp-gen-{generation}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        self._bm25.save(str(tmp), show_progress=False)
        meta = {
            "chunk_ids": self.chunk_ids,
            "vocabulary": sorted(self.analyzer.vocabulary),
            "decompound": self.analyzer.decompound,
            "analyzer": ANALYZER_VERSION,
        }
        (tmp / "hospicewijzer.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
        pointer = directory / "CURRENT.tmp"
        pointer.write_text(str(generation), encoding="utf-8")
        os.replace(pointer, directory / "CURRENT")
        for old in directory.glob("gen-*"):
            if old != target:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path, generation: int, *, decompound: bool) -> BM25Index | None:
        """Load the persisted index if it belongs to this generation and settings, else None."""
        bm25s = _bm25s()

        try:
            current = int((directory / "CURRENT").read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None
        target = directory / f"gen-{generation}"
        if current != generation or not target.exists():
            return None
        try:
            meta = json.loads((target / "hospicewijzer.json").read_text(encoding="utf-8"))
            if bool(meta["decompound"]) != decompound or meta.get("analyzer") != ANALYZER_VERSION:
                return None
            bm25 = bm25s.BM25.load(str(target), show_progress=False, verbosity=0)
        except Exception as err:
            log.warning("BM25-index in %s onleesbaar, wordt opnieuw opgebouwd: %s", target, err)
            return None
        return cls._from_parts(meta["chunk_ids"], meta["vocabulary"], decompound, bm25)
