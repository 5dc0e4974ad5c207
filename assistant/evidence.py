"""Evidence: how much of a question's meaning a passage covers, and whether the corpus answers it."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.analysis import DutchAnalyzer
from assistant.index import SearchIndex
from assistant.lexicon import commonness, looks_like_noun
from assistant.types import Hit
from assistant.understanding import Concept, QueryPlan

# Unknown words get the highest IDF; capping it keeps one unseen verb ("reageren") from
# outweighing every matched care term, while a missing topic word still counts heavily.
IDF_CAP = 4.5
# Everyday words ("krijgen", "zitten", "handig") say little about what a question is about: at
# full commonness they keep this share of their weight; one the corpus never uses keeps less,
# since its absence says nothing about whether the corpus answers the question.
EVERYDAY_FLOOR = 0.4
EVERYDAY_FLOOR_UNKNOWN = 0.2


def concept_weights(concepts: Sequence[Concept], index: SearchIndex) -> list[float]:
    """IDF weight per concept; words unknown to the corpus count less the more everyday they are."""
    analyzer = index.lexical.analyzer
    out = []
    for c in concepts:
        weight = c.weight * min(index.lexical.idf(c.stem), IDF_CAP)
        if c.word in analyzer.vocabulary:
            weight *= 1.0 - (1.0 - EVERYDAY_FLOOR) * commonness(c.word)
        elif not looks_like_noun(c.word):
            # "handig", "gebeurde": the corpus not using it says nothing. A noun it lacks
            # ("evenementen", "voetbal") is a topic it does not cover and keeps its full weight.
            weight *= 1.0 - (1.0 - EVERYDAY_FLOOR_UNKNOWN) * commonness(c.word)
        out.append(weight)
    return out


def coverage(concepts: Sequence[Concept], weights: Sequence[float], terms: frozenset[str]) -> float:
    """IDF-weighted share of the question's concepts that a text's terms cover (0..1)."""
    total = sum(weights)
    if total <= 0:
        return 0.0
    got = sum(
        w for c, w in zip(concepts, weights, strict=True) if any(a <= terms for a in c.alternatives)
    )
    return got / total


def evidence(
    plan: QueryPlan, hits: Sequence[Hit], index: SearchIndex, analyzer: DutchAnalyzer
) -> float:
    """How well the best passages cover the question (0..1).

    The maximum over the top 3 hits of 0.85 x concept coverage + 0.15 x dense similarity, so
    paraphrases are not lost; calibrated on the dev split (see README).
    """
    concepts = list(plan.concepts)
    if not concepts or not hits:
        return 0.0
    weights = concept_weights(concepts, index)
    best = 0.0
    for hit in hits[:3]:
        terms = analyzer.match_terms(f"{hit.meta.title}\n{hit.chunk.section}\n{hit.chunk.text}")
        best = max(best, 0.85 * coverage(concepts, weights, terms) + 0.15 * max(0.0, hit.dense))
    return best
