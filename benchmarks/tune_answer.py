"""Sweep the answer-composition limits on the DEV split only (never on held-out or realistic).

Usage: python benchmarks/tune_answer.py --data-dir DATA
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
    print("top_n max_units  facts  cite@3  chars  false_decline  decline_recall")
    for top_n in (4, 6, 8, 10):
        for max_units in (3, 4, 5):
            settings = replace(base.answer_settings, top_n=top_n, max_units=max_units)
            r = summarize(run_items(replace(base, answer_settings=settings), items))
            print(
                f"{top_n:5} {max_units:9}  {r.get('fact_coverage', 0):.3f}  {r.get('cite@3', 0):.3f}"
                f"  {r['answer_chars']:.0f}  {r.get('false_decline', 0):.3f}"
                f"  {r.get('decline_recall', 0):.3f}"
            )
    ws.close()


if __name__ == "__main__":
    main()
