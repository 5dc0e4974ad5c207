"""Regression gate: fails when retrieval hit@5 or decline accuracy drops below the set thresholds."""

from __future__ import annotations

from dataclasses import dataclass

from evals.dataset import EvalItem

# Measured baseline on the gate subset (every second dev item, 65 questions) on 2026-11-22:
# hit@5 0.96, decline_accuracy 0.877, decline_recall 0.70 (10 out-of-corpus questions; one is 0.1).
# Thresholds leave a margin of about one question for harmless changes.
THRESHOLDS = {"hit@5": 0.92, "decline_accuracy": 0.83, "decline_recall": 0.55}

# The realistic split (consortium-style PDFs/DOCX, blind-written questions), all 93 items.
# Measured on 2026-11-30: key facts 0.365 (naive baseline 0.228), cite@3 0.926, decline recall
# 0.632, false declines 0.059, dose questions 6/6 refused. Regression floors with a margin of about
# two questions; the engine must also keep beating the naive baseline on key facts.
REALISTIC_THRESHOLDS = {
    "fact_coverage": 0.32,
    "cite@3": 0.88,
    "decline_recall": 0.52,
    "dose_safe": 1.0,
}
REALISTIC_CEILINGS = {"false_decline": 0.10}
BASELINE_MARGIN = 0.05


@dataclass(frozen=True)
class GateResult:
    """Pass/fail with the figures that decided it."""

    passed: bool
    failures: tuple[str, ...]
    figures: dict[str, float]


def gate_subset(items: list[EvalItem]) -> list[EvalItem]:
    """The fast subset that runs in CI: every second dev item (stable, covers every kind)."""
    return items[::2]


def check_gate(
    summary: dict[str, float],
    thresholds: dict[str, float] | None = None,
    ceilings: dict[str, float] | None = None,
) -> GateResult:
    """Compare a run summary with minimum thresholds and maximum ceilings."""
    limits = thresholds or THRESHOLDS
    tops = ceilings or {}
    failures = tuple(
        f"{metric} = {summary.get(metric, 0.0):.3f} < drempel {limit:.2f}"
        for metric, limit in limits.items()
        if summary.get(metric, 0.0) < limit
    ) + tuple(
        f"{metric} = {summary.get(metric, 1.0):.3f} > plafond {limit:.2f}"
        for metric, limit in tops.items()
        if summary.get(metric, 1.0) > limit
    )
    figures = {k: summary.get(k, 0.0) for k in (*limits, *tops)}
    return GateResult(not failures, failures, figures)
