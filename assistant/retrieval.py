"""HybridRetriever: BM25 and dense search over a SearchIndex, filtered by mask, fused, boosted."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.embedding import Embedder
from assistant.fusion import order, score_fusion, weighted_rrf
from assistant.index import SearchIndex
from assistant.types import Filters, Hit
from assistant.understanding import QueryPlan


@dataclass(frozen=True, slots=True)
class RetrievalSettings:
    """How to retrieve and fuse."""

    mode: str = "hybrid"  # hybrid | bm25 | dense
    fusion: str = "score"  # score | rrf
    top_k: int = 40
    rrf_k: int = 60
    bm25_weight: float = 1.0
    dense_weight: float = 0.3
    group_boost: float = 0.25
    superseded_penalty: float = 0.5


def top_positions(
    scores: np.ndarray, mask: np.ndarray, k: int, *, positive_only: bool
) -> list[int]:
    """Best ``k`` positions among those in ``mask`` (and with a positive score, if asked)."""
    allowed = mask & (scores > 0) if positive_only else mask
    candidates = np.flatnonzero(allowed)
    if len(candidates) == 0:
        return []
    if len(candidates) > k:
        part = np.argpartition(-scores[candidates], k - 1)[:k]
        candidates = candidates[part]
    return [int(p) for p in candidates[np.lexsort((candidates, -scores[candidates]))]]


class HybridRetriever:
    """Retrieves chunks for a QueryPlan.

    Target-group detection boosts documents about that group without hiding the others; documents
    superseded by a newer version in the index are demoted.
    """

    def __init__(self, embedder: Embedder, settings: RetrievalSettings) -> None:
        self.embedder = embedder
        self.settings = settings

    def retrieve(self, index: SearchIndex, plan: QueryPlan, filters: Filters) -> list[Hit]:
        """Hits best first; ``Hit.score`` is the fused score, lexical and dense scores kept aside."""
        s = self.settings
        if len(index) == 0:
            return []
        mask = index.chunk_mask(filters)
        lexical = (
            index.lexical.scores(plan.lexical_terms) if s.mode != "dense" else np.zeros(len(index))
        )
        dense = (
            index.dense_scores(self.embedder.embed_query(plan.dense_text), filters)
            if s.mode != "bm25"
            else np.zeros(len(index), dtype=np.float32)
        )
        lex_top = (
            top_positions(lexical, mask, s.top_k, positive_only=True) if s.mode != "dense" else []
        )
        dense_top = (
            top_positions(dense, mask, s.top_k, positive_only=False) if s.mode != "bm25" else []
        )
        if s.mode == "hybrid" and s.fusion == "score":
            fused = score_fusion(
                {p: float(lexical[p]) for p in lex_top},
                {p: float(dense[p]) for p in dense_top},
                dense_weight=s.dense_weight / max(s.bm25_weight, 1e-9),
            )
        else:
            fused = weighted_rrf([(lex_top, s.bm25_weight), (dense_top, s.dense_weight)], k=s.rrf_k)
        if plan.groups and s.group_boost:
            in_group = index.group_mask(plan.groups)
            fused = {p: v * (1 + s.group_boost) if in_group[p] else v for p, v in fused.items()}
        superseded = index.superseded_ids()
        if superseded:
            fused = {
                p: v * s.superseded_penalty if index.chunks[p].doc_id in superseded else v
                for p, v in fused.items()
            }
        hits = []
        for pos in order(fused)[: s.top_k]:
            hits.append(
                Hit(
                    chunk=index.chunks[pos],
                    meta=index.meta_of(pos),
                    score=fused[pos],
                    via=s.mode,
                    lexical=float(lexical[pos]),
                    dense=float(dense[pos]),
                )
            )
        return hits
