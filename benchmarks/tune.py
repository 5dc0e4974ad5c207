"""Sweep fusion weights and the evidence threshold on the DEV split only (never on held-out).

Usage: python benchmarks/tune.py --data-dir DATA
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from assistant.config import load_config
from assistant.retrieval import HybridRetriever
from assistant.workspace import open_workspace
from evals.dataset import DATASETS, load_items
from evals.runner import run_items, summarize


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    ws = open_workspace(load_config(data_dir=args.data_dir))
    items = load_items(DATASETS / "dev.jsonl")
    base = ws.assistant
    print("dense_w boost  hit@5  mrr    facts  decline")
    for fusion, dense_w, boost in [("rrf", 0.0, 0.25), ("rrf", 0.3, 0.25)] + [
        ("score", w, b) for w in (0.1, 0.2, 0.3, 0.45, 0.6, 0.8) for b in (0.0, 0.25)
    ]:
        if True:
            s = replace(
                base.retriever.settings, dense_weight=dense_w, group_boost=boost, fusion=fusion
            )
            a = replace(base, retriever=HybridRetriever(base.retriever.embedder, s))
            r = summarize(run_items(a, items))
            facts, declines = r.get("fact_coverage", 0), r["decline_accuracy"]
            print(
                f"{fusion:5} {dense_w:5} {boost:5}  {r['hit@5']:.3f}  {r['mrr']:.3f}  {facts:.3f}  {declines:.3f}"
            )
    for thr in (0.2, 0.23, 0.26, 0.3, 0.35):
        a = replace(base, answer_settings=replace(base.answer_settings, min_evidence=thr))
        r = summarize(run_items(a, items))
        print(
            f"min_evidence={thr}: decline={r['decline_accuracy']:.3f} facts={r.get('fact_coverage', 0):.3f}"
        )
    ws.close()


if __name__ == "__main__":
    main()
