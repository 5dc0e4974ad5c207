"""``hospicewijzer eval``: run a question set and write the report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommand."""
    p = sub.add_parser("eval", help="antwoordkwaliteit meten op een vragenset")
    p.add_argument("--set", dest="dataset", type=Path, help="JSONL-vragenset")
    p.add_argument("--split", choices=["dev", "heldout"], default="dev")
    p.add_argument("--compare", type=Path, help="eerder result.json om mee te vergelijken")
    p.add_argument(
        "--ablation", action="store_true", help="ook alleen-BM25, alleen-dense en hybride"
    )
    p.add_argument("--limit", type=int, help="alleen de eerste N vragen")
    p.add_argument("--out", type=Path, help="uitvoermap (standaard DATA_DIR/evals)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the evaluation and print the overall figures."""
    from tqdm import tqdm

    from assistant.workspace import open_workspace
    from evals.dataset import dataset_path
    from evals.service import run_evaluation

    config = config_from(args)
    workspace = open_workspace(config)
    try:
        bar = tqdm(desc="Evaluatie", unit="vraag", disable=not sys.stderr.isatty())

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        result, paths = run_evaluation(
            workspace.assistant, dataset_path(args.split, args.dataset), args.out or config.data_dir / "evals",
            compare_to=args.compare, ablation=args.ablation, limit=args.limit, progress=progress,
        )  # fmt: skip
        bar.close()
    finally:
        workspace.close()
    overall = result["overall"]
    print(" ".join(f"{k}={v}" for k, v in overall.items()))
    for row in result["comparison"]:
        print(f"  {row['metric']}: {row['old']} → {row['new']} ({row['verdict']})")
    for mode, row in result["ablation"].items():
        print(
            f"  {mode:7} hit@5={row.get('hit@5')} mrr={row.get('mrr')} decline={row.get('decline_accuracy')}"
        )
    print(f"Rapport: {paths['markdown']}")
    return 0
