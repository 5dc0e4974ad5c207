"""Evaluation runner: the question set through Assistant.ask, scored, summarised per tag, compared."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.assistant import Assistant
from assistant.types import Answer, Filters, Turn
from evals import metrics as m
from evals.baseline import NaiveBaseline
from evals.dataset import EvalItem

K = 5
# Metric name -> True when higher is better.
DIRECTION = {
    "hit@5": True,
    "cite@3": True,
    "recall@5": True,
    "mrr": True,
    "fact_coverage": True,
    "citation_validity": True,
    "citation_support": True,
    "decline_accuracy": True,
    "dose_safe": True,
    "supported_share": True,
    "fallback_rate": False,
    "decline_recall": True,
    "false_decline": False,
    "answer_chars": False,
    "latency_p50_ms": False,
    "latency_p95_ms": False,
}


@dataclass
class ItemResult:
    """Scores of one item plus what is needed to explain a failure."""

    id: str
    question: str
    tags: dict[str, str]
    answer: str
    refused: bool
    reason: str | None
    scores: dict[str, float]
    missing_facts: list[str] = field(default_factory=list)
    retrieved_docs: list[str] = field(default_factory=list)
    expected_docs: list[str] = field(default_factory=list)
    latency_ms: float = 0.0

    @property
    def badness(self) -> float:
        """How bad the item went (for the worst-failures list)."""
        s = self.scores
        return (
            2 * (1 - s.get("decline_accuracy", 1))
            + (1 - s.get("hit@5", 1))
            + (1 - s.get("fact_coverage", 1))
            + (1 - s.get("citation_validity", 1))
        )


def _filters(raw: dict[str, Any]) -> Filters:
    return Filters(
        target_groups=tuple(raw.get("target_groups", ())),
        regions=tuple(raw.get("regions", ())),
        doc_types=tuple(raw.get("doc_types", ())),
        audience=raw.get("audience"),
    )


def score_item(item: EvalItem, answer: Answer) -> ItemResult:
    """All metrics of one answer (retrieval metrics only where documents are expected)."""
    ranked = m.unique_docs(answer.retrieved)
    scores: dict[str, float] = {
        "decline_accuracy": float(
            m.decline_correct(answer.refused, answer.reason, item.must_decline, item.decline_reason)
        ),
        "answer_chars": float(len(answer.text)),
        "citation_validity": m.citation_validity(
            answer.text, {c.index: c.chunk_id for c in answer.citations}, answer.retrieved
        ),
        "citation_support": m.citation_support(
            answer.text, {c.index: c.passage or c.snippet for c in answer.citations}
        ),
    }
    missing: list[str] = []
    if item.expected_docs and not item.must_decline:
        cited = m.unique_docs([f"{c.document_id}:" for c in answer.citations])
        scores["cite@3"] = m.hit_at_k(cited, item.expected_docs, 3)
        scores["hit@5"] = m.hit_at_k(ranked, item.expected_docs, K)
        scores["recall@5"] = m.recall_at_k(ranked, item.expected_docs, K)
        scores["mrr"] = m.mrr(ranked, item.expected_docs)
    if item.key_facts and not item.must_decline:
        scores["fact_coverage"], missing = m.fact_coverage(answer.text, item.key_facts)
    if item.must_decline and item.decline_reason != "dosering":
        scores["decline_recall"] = 1.0 if answer.refused else 0.0
    if not item.must_decline:
        scores["false_decline"] = 1.0 if answer.refused else 0.0
    if answer.mode == "generatief" and answer.supported_share is not None:
        scores["supported_share"] = answer.supported_share
    if answer.mode == "generatief" or answer.fallback:
        scores["fallback_rate"] = 1.0 if answer.fallback else 0.0
    if item.decline_reason == "dosering":
        scores["dose_safe"] = 0.0 if m.has_dose(answer.text) else 1.0
    return ItemResult(
        id=item.id,
        question=item.question,
        tags=item.tags,
        answer=answer.text,
        refused=answer.refused,
        reason=answer.reason,
        scores=scores,
        missing_facts=missing,
        retrieved_docs=ranked[:K],
        expected_docs=item.expected_docs,
        latency_ms=answer.latency_ms,
    )


def _run(
    ask: Callable[[EvalItem, list[Turn]], Answer],
    items: Sequence[EvalItem],
    progress: Callable[[int, int], None] | None,
) -> list[ItemResult]:
    results = []
    for done, item in enumerate(items, start=1):
        history = [Turn(t["role"], t["content"]) for t in item.history]  # type: ignore[arg-type]
        results.append(score_item(item, ask(item, history)))
        if progress:
            progress(done, len(items))
    return results


def run_items(
    assistant: Assistant,
    items: Sequence[EvalItem],
    progress: Callable[[int, int], None] | None = None,
) -> list[ItemResult]:
    """Ask every item through the same code path as users and score it."""
    return _run(
        lambda item, history: assistant.ask(item.question, history, _filters(item.filters)),
        items,
        progress,
    )


def run_baseline(
    baseline: NaiveBaseline,
    items: Sequence[EvalItem],
    progress: Callable[[int, int], None] | None = None,
) -> list[ItemResult]:
    """The same items through the naive baseline, scored the same way."""
    return _run(lambda item, history: baseline.ask(item.question, history), items, progress)


def summarize(results: Sequence[ItemResult]) -> dict[str, float]:
    """Mean of each metric over the items that have it, plus latency percentiles."""
    values: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for key, value in r.scores.items():
            values[key].append(value)
    out = {key: round(statistics.fmean(v), 4) for key, v in values.items() if v}
    latencies = [r.latency_ms for r in results]
    out["latency_p50_ms"] = round(m.percentile(latencies, 50), 1)
    out["latency_p95_ms"] = round(m.percentile(latencies, 95), 1)
    out["items"] = float(len(results))
    return out


def by_tag(results: Sequence[ItemResult]) -> dict[str, dict[str, dict[str, float]]]:
    """Summaries per tag value, for every tag name (target_group, kind)."""
    groups: dict[str, dict[str, list[ItemResult]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        for tag, value in r.tags.items():
            groups[tag][value].append(r)
    return {
        tag: {v: summarize(rs) for v, rs in sorted(vals.items())} for tag, vals in groups.items()
    }


def compare(
    current: dict[str, float], previous: dict[str, float], tolerance: float = 0.005
) -> list[dict[str, Any]]:
    """Per metric: old, new, and whether the change is better, worse or equal."""
    rows = []
    for key, higher in DIRECTION.items():
        if key not in current or key not in previous:
            continue
        new, old = current[key], previous[key]
        scale = max(abs(old), 1.0) if key.endswith("_ms") or key == "answer_chars" else 1.0
        delta = new - old
        verdict = "beter" if (delta > 0) == higher else "slechter"
        if abs(delta) <= tolerance * scale:
            verdict = "gelijk"
        rows.append(
            {"metric": key, "old": old, "new": new, "delta": round(delta, 4), "verdict": verdict}
        )
    return rows
