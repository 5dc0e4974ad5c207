"""Pure evaluation metrics: retrieval (hit@k, recall@k, MRR), key facts, citations, declines."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.dose import mentions_dose
from assistant.support import MARKER as _MARKER
from assistant.support import content_words, normalize, supported


def unique_docs(chunk_ids: Sequence[str]) -> list[str]:
    """Document ids in first-seen order (chunk ids start with ``doc_id:``)."""
    return list(dict.fromkeys(cid.split(":", 1)[0] for cid in chunk_ids))


def hit_at_k(ranked_docs: Sequence[str], expected: Sequence[str], k: int) -> float:
    """1.0 when any expected document is among the first k, else 0.0."""
    return 1.0 if set(ranked_docs[:k]) & set(expected) else 0.0


def recall_at_k(ranked_docs: Sequence[str], expected: Sequence[str], k: int) -> float:
    """Share of expected documents among the first k."""
    return len(set(ranked_docs[:k]) & set(expected)) / len(expected) if expected else 0.0


def mrr(ranked_docs: Sequence[str], expected: Sequence[str]) -> float:
    """Reciprocal rank of the first expected document (0 when absent)."""
    for rank, doc in enumerate(ranked_docs, start=1):
        if doc in expected:
            return 1.0 / rank
    return 0.0


def fact_coverage(answer: str, facts: Sequence[str]) -> tuple[float, list[str]]:
    """Share of key facts found in the answer, and the missing ones."""
    if not facts:
        return 1.0, []
    norm = normalize(answer)
    missing = [f for f in facts if normalize(f) not in norm]
    return 1 - len(missing) / len(facts), missing


def citation_validity(answer: str, cited_chunks: dict[int, str], retrieved: Sequence[str]) -> float:
    """Share of ``[n]`` markers that map to a citation whose passage was actually retrieved."""
    markers = [int(m) for m in _MARKER.findall(answer)]
    if not markers:
        return 1.0
    pool = set(retrieved)
    return sum(1 for n in markers if cited_chunks.get(n) in pool) / len(markers)


def citation_support(answer: str, passages: dict[int, str], threshold: float = 0.6) -> float:
    """Share of cited claims whose content words mostly occur in the cited passage.

    A claim is the text before a marker (back to the previous marker or line start); the check is
    ``assistant.support.supported`` (word overlap plus numbers, names and negation), the same one
    that filters generated answers.
    """
    claims = []
    for line in answer.split("\n"):
        start = 0
        for m in _MARKER.finditer(line):
            claims.append((line[start : m.start()], int(m.group(1))))
            start = m.end()
    scored = [(c, n) for c, n in claims if content_words(c)]
    if not scored:
        return 1.0
    return sum(supported(c, passages.get(n, ""), threshold) for c, n in scored) / len(scored)


def decline_correct(
    refused: bool, reason: str | None, must_decline: bool, decline_reason: str | None
) -> bool:
    """Declined exactly when it should; a dose question must be refused as a dose question."""
    if not must_decline:
        return not refused
    if decline_reason == "dosering":
        return refused and reason == "dosering"
    return refused


def has_dose(answer: str) -> bool:
    """Whether the answer states a medication amount."""
    return mentions_dose(answer)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]
