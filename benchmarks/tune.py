"""Sweep weights and thresholds on the tuning splits only: dev and tuning (never held-out/realistic).

Usage: python benchmarks/tune.py --data-dir DATA [--split dev|tuning] [--sweep fusion|decline|answer]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import replace

from assistant.assistant import Assistant
from assistant.config import load_config
from assistant.retrieval import HybridRetriever
from evals.dataset import load_items
from evals.runner import run_items, summarize
from evals.splits import SPLITS
from ingest.items import corpus_items
from ui.workspace import open_workspace

# Only these may be tuned on; held-out and realistic measure whether a change generalises.
TUNING_SPLITS = ("dev", "tuning")

COLUMNS = ("hit@5", "mrr", "fact_coverage", "cite@3", "false_decline", "decline_recall",
           "decline_accuracy", "answer_chars")  # fmt: skip


def fusion_variants(base: Assistant) -> Iterator[tuple[str, Assistant]]:
    """RRF and score fusion at several dense weights and target-group boosts."""
    grid = [("rrf", 0.0, 0.25), ("rrf", 0.3, 0.25)] + [
        ("score", w, b) for w in (0.1, 0.2, 0.3, 0.45, 0.6, 0.8) for b in (0.0, 0.25)
    ]
    for fusion, dense_w, boost in grid:
        s = replace(base.retriever.settings, dense_weight=dense_w, group_boost=boost, fusion=fusion)
        yield (
            f"{fusion} dense={dense_w} boost={boost}",
            replace(base, retriever=HybridRetriever(base.retriever.embedder, s)),
        )


def decline_variants(base: Assistant) -> Iterator[tuple[str, Assistant]]:
    """The two evidence thresholds (normal, and with rare nouns unknown to the corpus)."""
    for low in (0.26, 0.3, 0.34, 0.38, 0.42):
        for high in (0.47, 0.55, 0.62):
            s = replace(base.answer_settings, min_evidence=low, min_evidence_unknown=high)
            yield f"min={low} unknown={high}", replace(base, answer_settings=s)


def answer_variants(base: Assistant) -> Iterator[tuple[str, Assistant]]:
    """How many hits feed the answer and how many units it may quote."""
    for top_n in (6, 10, 20, 40):
        for max_units in (3, 4, 5):
            s = replace(base.answer_settings, top_n=top_n, max_units=max_units)
            yield f"top_n={top_n} max_units={max_units}", replace(base, answer_settings=s)


def unit_variants(base: Assistant) -> Iterator[tuple[str, Assistant]]:
    """How much a unit's own words count against its context (title, heading, neighbours)."""
    for own, ctx in ((0.6, 0.3), (0.5, 0.4), (0.4, 0.5), (0.3, 0.6), (0.2, 0.7)):
        s = replace(base.answer_settings, own_weight=own, context_weight=ctx)
        yield f"own={own} context={ctx}", replace(base, answer_settings=s)


def select_variants(base: Assistant) -> Iterator[tuple[str, Assistant]]:
    """The bonus for the asked kind of fact and the relative score floor for extra units."""
    for bonus in (0.0, 0.12, 0.25):
        for floor in (0.5, 0.6, 0.7):
            s = replace(base.answer_settings, ask_bonus=bonus, relative_floor=floor)
            yield f"ask_bonus={bonus} floor={floor}", replace(base, answer_settings=s)


SWEEPS = {
    "select": select_variants,
    "fusion": fusion_variants,
    "decline": decline_variants,
    "answer": answer_variants,
    "units": unit_variants,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--sweep", choices=sorted(SWEEPS), default="decline")
    parser.add_argument("--split", choices=TUNING_SPLITS, default="dev")
    args = parser.parse_args()
    split = SPLITS[args.split]
    config = split.config(load_config(data_dir=args.data_dir))
    ws = open_workspace(config, write=split.corpus is not None)
    if split.corpus is not None:
        ws.indexer.ingest(
            corpus_items(split.corpus, prefix=f"{split.name}/"), prune_prefix=f"{split.name}/"
        )
    items = load_items(split.dataset)
    print("variant | " + " | ".join(COLUMNS))
    for name, variant in SWEEPS[args.sweep](ws.assistant):
        r = summarize(run_items(variant, items))
        print(f"{name} | " + " | ".join(f"{r.get(c, 0):.3f}" for c in COLUMNS))
    ws.close()


if __name__ == "__main__":
    main()
