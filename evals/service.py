"""run_evaluation(): one evaluation run (optionally with ablation and comparison), used by CLI and API."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.assistant import Assistant
from assistant.retrieval import HybridRetriever
from evals.baseline import NaiveBaseline
from evals.dataset import load_items
from evals.report import build_result, write_report
from evals.runner import by_tag, compare, run_baseline, run_items, summarize


def run_evaluation(
    assistant: Assistant,
    dataset: Path,
    out_root: Path,
    *,
    compare_to: Path | None = None,
    ablation: bool = False,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    run_id: str | None = None,
    baseline: bool = True,
) -> tuple[dict[str, Any], dict[str, Path]]:
    """Run a question set and write the report.

    Args:
        assistant: The assistant under test (the same object users talk to).
        dataset: JSONL question set.
        out_root: Folder under which ``<run_id>/`` is written.
        compare_to: An earlier ``result.json`` to compare with.
        ablation: Also run BM25-only, dense-only and hybrid retrieval.
        limit: Only the first N items (smoke runs).
        progress: Called with (done, total).
        run_id: Name of the run (default: timestamp).
        baseline: Also run the naive baseline (BM25, top 4 sentences) on the same items.

    Returns:
        The result dict and the written file paths.
    """
    items = load_items(dataset)[:limit]
    run_id = run_id or datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    modes = ("bm25", "dense", "hybrid") if ablation else ()
    total = len(items) * (1 + len(modes))
    offset = 0

    def step(done: int, _n: int) -> None:
        if progress:
            progress(offset + done, total)

    results = run_items(assistant, items, step)
    offset += len(items)
    table: dict[str, dict[str, float]] = {}
    for mode in modes:
        variant = replace(
            assistant,
            retriever=HybridRetriever(
                assistant.retriever.embedder, replace(assistant.retriever.settings, mode=mode)
            ),
        )
        table[mode] = summarize(run_items(variant, items, step))
        offset += len(items)
    overall = summarize(results)
    naive = (
        summarize(run_baseline(NaiveBaseline(assistant.index.get()), items)) if baseline else None
    )
    comparison = None
    if compare_to is not None:
        previous = json.loads(compare_to.read_text(encoding="utf-8"))
        comparison = compare(overall, previous["overall"])
    config = {"retrieval": vars(assistant.retriever.settings) if hasattr(assistant.retriever.settings, "__dict__")
              else {k: getattr(assistant.retriever.settings, k) for k in assistant.retriever.settings.__slots__},  # type: ignore[attr-defined]
              "min_evidence": assistant.answer_settings.min_evidence,
              "mode": assistant.mode,
              "prompts": assistant.generator.prompts.versions if assistant.generator else None}  # fmt: skip
    result = build_result(
        run_id=run_id, dataset=dataset.name, config=config, results=results, overall=overall,
        tags=by_tag(results), comparison=comparison, ablation=table, baseline=naive,
    )  # fmt: skip
    return result, write_report(result, results, out_root / run_id)
