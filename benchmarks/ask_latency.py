"""Warm ask latency only, on an existing data dir (e.g. the synthetic one kept by run.py --keep).

Usage: python benchmarks/ask_latency.py --data-dir DIR [--questions 200]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from assistant.config import load_config
from assistant.types import Filters
from ui.workspace import open_workspace

DEV_SET = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    ws = open_workspace(load_config(data_dir=args.data_dir))
    questions = [
        json.loads(line)["question"] for line in DEV_SET.read_text(encoding="utf-8").splitlines()
    ]
    ws.assistant.ask("opwarmen pijn")
    print(f"{len(ws.index.get())} passages")
    for label, filters in (
        ("zonder filter", Filters()),
        ("filter dementie", Filters(target_groups=("dementie",))),
    ):
        times = []
        for i in range(args.questions):
            start = time.perf_counter()
            ws.assistant.ask(questions[i % len(questions)], filters=filters)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p50, p95 = times[len(times) // 2 - 1], times[int(len(times) * 0.95) - 1]
        print(f"ask {label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    ws.close()


if __name__ == "__main__":
    main()
