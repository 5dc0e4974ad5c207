"""``hospicewijzer ingest``, ``tree`` and ``contacts``: write the corpus and read its structured parts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.contacts import cards_from_payload, find_contacts
from assistant.errors import DataDirLocked, NotFound
from assistant.registry import Registry
from assistant.trees import DecisionTree
from ui.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommands."""
    p = sub.add_parser("ingest", help="documenten inlezen in de kennisbank")
    p.add_argument("paths", nargs="*", help="bestanden of mappen (standaard: de corpusmap)")
    p.add_argument("--rebuild", action="store_true", help="alles opnieuw embedden")
    p.add_argument(
        "--no-prune", action="store_true", help="uit de corpusmap verdwenen bestanden houden"
    )
    p.add_argument(
        "--prune",
        action="store_true",
        help="ook bij een andere map verdwenen bestanden verwijderen",
    )
    p.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")
    for key in ("id", "title", "doc-type", "audience", "source-url", "published", "review-date",
                "verantwoordelijke"):
        p.add_argument(f"--{key}", help=f"metadata: {key} (voor één bestand)")
    p.add_argument("--target-group", action="append", help="metadata: doelgroep (herhaalbaar)")
    p.add_argument("--region", action="append", help="metadata: regio (herhaalbaar)")
    p.set_defaults(func=run_ingest)

    r = sub.add_parser(
        "repair", help="indexen opnieuw opbouwen uit de corpusmap (na schade aan de datamap)"
    )
    r.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")
    r.set_defaults(func=run_repair)

    t = sub.add_parser("tree", help="beslisbomen bekijken")
    tsub = t.add_subparsers(dest="tree_cmd", required=True)
    tl = tsub.add_parser("list", help="alle beslisbomen")
    tl.set_defaults(func=tree_list)
    ts = tsub.add_parser("show", help="een beslisboom stap voor stap tonen")
    ts.add_argument("id")
    ts.add_argument("--json", action="store_true")
    ts.set_defaults(func=tree_show)

    c = sub.add_parser("contacts", help="consultatie-contacten opzoeken")
    c.add_argument("--region")
    c.add_argument("--target-group")
    c.add_argument("--kind")
    c.add_argument("--urgent", action="store_true", help="24/7 bereikbare contacten eerst")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=contacts_cmd)


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    keys = {"id": "id", "title": "title", "doc_type": "doc_type", "audience": "audience",
            "source_url": "source_url", "published": "published", "review_date": "review_date",
            "verantwoordelijke": "verantwoordelijke", "target_group": "target_groups", "region": "regions"}  # fmt: skip
    return {meta: getattr(args, flag) for flag, meta in keys.items() if getattr(args, flag)}


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest files or folders; exit 1 when any file failed."""
    from ingest.items import IngestItem, corpus_items
    from ingest.staging import recover
    from ui.workspace import open_workspace

    config = config_from(args)
    overrides = _overrides(args)
    roots = [Path(p) for p in args.paths] or [config.corpus_dir]
    for root in roots:
        if not root.exists():
            print(f"Fout: {root} bestaat niet", file=sys.stderr)
            return 2
    if overrides and (len(roots) != 1 or roots[0].is_dir()) and "id" in overrides:
        print("Fout: --id kan alleen bij één bestand", file=sys.stderr)
        return 2
    try:
        workspace = open_workspace(config, write=True)
    except DataDirLocked as locked:
        return _ingest_through_server(config, roots, overrides, locked)
    try:
        # Jobs a server worker handed over but no writer took yet stay for the server's writer.
        for line in recover(
            config.data_dir / "staging", workspace.registry, workspace.indexer.remove,
            keep=workspace.jobs_table.waiting_for_writer(),
        ):  # fmt: skip
            print(f"Herstel: {line}", file=sys.stderr)
        items: list[IngestItem] = []
        prune: str | None = None
        for root in roots:
            is_corpus = root.resolve() == config.corpus_dir.resolve()
            prefix = (
                "corpus/"
                if is_corpus
                else (f"{root.name}/" if root.is_dir() else "losse-bestanden/")
            )
            items += corpus_items(root, overrides, prefix=prefix)
            if (
                len(roots) == 1
                and root.is_dir()
                and ((is_corpus and not args.no_prune) or args.prune)
            ):
                prune = prefix
        report = workspace.indexer.ingest(
            items, prune_prefix=prune, rebuild=args.rebuild,
            progress=not args.no_progress and sys.stderr.isatty(),
        )  # fmt: skip
    finally:
        workspace.close()
    print(report.summary())
    return 1 if report.errors else 0


def _ingest_through_server(
    config: Any, roots: list[Path], overrides: dict[str, Any], locked: DataDirLocked
) -> int:
    """The server holds the data dir: have it re-read the corpus folder, or upload the files."""
    from ingest.documents import iter_corpus_files
    from ui.cli.remote import Remote

    remote = Remote(config, locked)
    if [r.resolve() for r in roots] == [config.corpus_dir.resolve()]:
        status = remote.job(remote.call("POST", "/api/corpus/inlezen"), "Corpusmap inlezen")
        print(status.get("message") or "Klaar.")
        return 0
    files = [f for r in roots for f in ([r] if r.is_file() else iter_corpus_files(r))]
    for path in files:
        status = remote.upload(path, overrides)
        print(f"{path}: {status.get('message') or 'klaar'}")
    return 0


def run_repair(args: argparse.Namespace) -> int:
    """Rebuild registry, vectors and BM25 from the corpus folder (the source of truth)."""
    from ingest.items import corpus_items
    from ui.workspace import open_workspace

    config = config_from(args)
    print(
        "Herstel: het register wordt opzijgezet en alle indexen worden opnieuw opgebouwd uit "
        f"{config.corpus_dir}. Documenten die niet in de corpusmap staan, moeten daarna opnieuw "
        "worden ingelezen.",
        file=sys.stderr,
    )
    workspace = open_workspace(config, write=True, reset=True)
    try:
        report = workspace.indexer.ingest(
            corpus_items(config.corpus_dir, prefix="corpus/"), prune_prefix="corpus/",
            rebuild=True, progress=not args.no_progress and sys.stderr.isatty(),
        )  # fmt: skip
    finally:
        workspace.close()
    print(report.summary())
    return 1 if report.errors else 0


def _payloads(args: argparse.Namespace, kind: str) -> list[tuple[str, dict[str, Any]]]:
    config = config_from(args)
    registry = Registry(config.registry_path)
    try:
        return [
            (r.meta.id, r.payload) for r in registry.documents() if r.payload.get("kind") == kind
        ]
    finally:
        registry.close()


def load_trees(args: argparse.Namespace) -> dict[str, DecisionTree]:
    """All ingested decision trees by id."""
    return {i: DecisionTree.model_validate(p["tree"]) for i, p in _payloads(args, "tree")}


def tree_list(args: argparse.Namespace) -> int:
    """List decision trees."""
    for tree_id, tree in load_trees(args).items():
        print(f"{tree_id:40} {tree.title}")
    return 0


def tree_show(args: argparse.Namespace) -> int:
    """Show one tree: every node with its answers, or JSON."""
    trees = load_trees(args)
    tree = trees.get(args.id)
    if tree is None:
        raise NotFound(
            f"Beslisboom '{args.id}' bestaat niet. Bekend: {', '.join(sorted(trees)) or 'geen'}"
        )
    if args.json:
        print(json.dumps(tree.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return 0
    print(f"{tree.title}\n{tree.description}\n")
    for node_id, node in tree.nodes.items():
        marker = "▶ " if node_id == tree.start else "  "
        if node.is_leaf:
            urgent = " [ACUUT]" if node.urgent else ""
            print(f"{marker}{node_id}: ADVIES{urgent}: {node.advice}")
        else:
            print(f"{marker}{node_id}: {node.question}")
            for answer in node.answers:
                print(f"      - {answer.label} → {answer.next}")
    return 0


def contacts_cmd(args: argparse.Namespace) -> int:
    """Look up contact cards by region and target group."""
    cards = [c for _, payload in _payloads(args, "contacts") for c in cards_from_payload(payload)]
    found = find_contacts(
        cards, region=args.region, target_group=args.target_group,
        kinds=(args.kind,) if args.kind else (), urgent=args.urgent,
    )  # fmt: skip
    if args.json:
        print(json.dumps([c.model_dump(mode="json") for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("Geen contacten gevonden voor deze regio en doelgroep.")
        return 1
    for card in found:
        print(f"- {card.render()}")
    return 0
