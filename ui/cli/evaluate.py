"""``hospicewijzer eval``: run a question set and write the report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, DataDirLocked
from ui.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommand."""
    p = sub.add_parser("eval", help="antwoordkwaliteit meten op een vragenset")
    p.add_argument("--set", dest="dataset", type=Path, help="JSONL-vragenset")
    p.add_argument("--split", choices=["dev", "tuning", "heldout", "realistic"], default="dev")
    p.add_argument(
        "--baseline",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="ook de naïeve basislijn (BM25 → 4 zinnen) op dezelfde vragen (standaard aan)",
    )
    p.add_argument("--compare", type=Path, help="eerder result.json om mee te vergelijken")
    p.add_argument(
        "--ablation", action="store_true", help="ook alleen-BM25, alleen-dense en hybride"
    )
    p.add_argument(
        "--llm", action="store_true",
        help="antwoorden laten schrijven door het taalmodel (HOSPICEWIJZER_LLM_BASE_URL); "
        "zonder deze vlag altijd extractief",
    )  # fmt: skip
    p.add_argument(
        "--onderwerpwissel", action="store_true",
        help="alleen meten of een eerder, ander gesprek de bronnen van een nieuwe vraag verandert "
        "(evals/tuning/topic_switch.jsonl)",
    )  # fmt: skip
    p.add_argument("--limit", type=int, help="alleen de eerste N vragen")
    p.add_argument("--out", type=Path, help="uitvoermap (standaard DATA_DIR/evals)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the evaluation and print the overall figures."""
    from dataclasses import replace

    from tqdm import tqdm

    from assistant.errors import ConfigError
    from evals.service import run_evaluation
    from evals.splits import SPLITS
    from ingest.items import corpus_items
    from ui.workspace import open_workspace

    split = SPLITS[args.split]
    base = config_from(args)
    # The topic-switch set is about the sample corpus in the data dir, whatever --split says.
    config = base if args.onderwerpwissel else split.config(base)
    try:
        workspace = open_workspace(
            config, write=split.corpus is not None and not args.onderwerpwissel
        )
    except DataDirLocked as locked:
        return _through_server(args, config, locked)
    if args.onderwerpwissel:
        return _topic_switch(workspace)
    if split.corpus is not None:
        # The split's own documents, ingested incrementally into their own data dir.
        report = workspace.indexer.ingest(
            corpus_items(split.corpus, prefix=f"{split.name}/"), prune_prefix=f"{split.name}/"
        )
        if report.errors:
            print(report.summary(), file=sys.stderr)
    try:
        bar = tqdm(desc="Evaluatie", unit="vraag", disable=not sys.stderr.isatty())

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        assistant = workspace.assistant
        if args.llm and assistant.generator is None:
            raise ConfigError("--llm vraagt om een taalmodel: zet HOSPICEWIJZER_LLM_BASE_URL")
        if not args.llm:
            assistant = replace(assistant, generator=None)
        result, paths = run_evaluation(
            assistant, args.dataset or split.dataset, args.out or base.data_dir / "evals",
            compare_to=args.compare, ablation=args.ablation, limit=args.limit, progress=progress,
            baseline=args.baseline,
        )  # fmt: skip
        bar.close()
    finally:
        workspace.close()
    overall = result["overall"]
    print(" ".join(f"{k}={v}" for k, v in overall.items()))
    for row in result["comparison"]:
        print(f"  {row['metric']}: {row['old']} → {row['new']} ({row['verdict']})")
    if result["baseline"]:
        naive = result["baseline"]
        print("  basislijn " + " ".join(f"{k}={v}" for k, v in naive.items()))
    for mode, row in result["ablation"].items():
        print(
            f"  {mode:7} hit@5={row.get('hit@5')} mrr={row.get('mrr')} decline={row.get('decline_accuracy')}"
        )
    print(f"Rapport: {paths['markdown']}")
    return 0


def _topic_switch(workspace: Any) -> int:
    """Print, per kind of conversation, how often history changed the sources."""
    from dataclasses import replace

    from evals.topic_switch import measure

    try:
        counts = measure(replace(workspace.assistant, generator=None))
    finally:
        workspace.close()
    for kind, row in counts.items():
        print(f"{kind}: " + ", ".join(f"{k} {v}" for k, v in row.items()))
    return 0


def _through_server(args: argparse.Namespace, config: Any, locked: DataDirLocked) -> int:
    """The server holds the data dir: run the evaluation there (evaluator token) and wait."""
    from ui.cli.remote import Remote

    if args.llm or args.compare or args.out or args.dataset or args.onderwerpwissel:
        raise DataDirLocked(
            f"De datamap {config.data_dir} is in gebruik door de server; via de server kan alleen "
            "een gewone evaluatie (--split, --limit, --ablation). Stop de server voor de andere opties."
        )
    remote = Remote(config, locked)
    started = remote.call(
        "POST", "/api/evals/run",
        json={"dataset": args.split, "limit": args.limit, "ablation": bool(args.ablation)},
    )  # fmt: skip
    status = remote.wait(f"/api/evals/{started['run_id']}", "Evaluatie")
    if status["status"] != "klaar":
        raise AssistantError(f"Evaluatie mislukt: {status.get('error')}")
    print(" ".join(f"{k}={v}" for k, v in (status.get("overall") or {}).items()))
    print(f"Rapport op de server: run {started['run_id']} (tabblad Evaluatie)")
    return 0
