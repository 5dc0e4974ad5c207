"""Sweep the two decline thresholds on the DEV split only (never on held-out or realistic).

Usage: python benchmarks/tune_decline.py --data-dir DATA
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from assistant.config import load_config
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
    print("min  unknown  decline_recall  false_decline  facts  decline_acc")
    for low in (0.26, 0.3, 0.34, 0.38, 0.42):
        for high in (0.47, 0.55, 0.62):
            settings = replace(base.answer_settings, min_evidence=low, min_evidence_unknown=high)
            r = summarize(run_items(replace(base, answer_settings=settings), items))
            print(
                f"{low:.2f} {high:.2f}  {r.get('decline_recall', 0):.3f}  "
                f"{r.get('false_decline', 0):.3f}  {r.get('fact_coverage', 0):.3f}  "
                f"{r['decline_accuracy']:.3f}"
            )
    ws.close()


if __name__ == "__main__":
    main()
