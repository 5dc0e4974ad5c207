"""``hospicewijzer docs``: list, show and remove documents."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from assistant.dossiers import GROUP_LABELS
from assistant.errors import DataDirLocked, NotFound
from assistant.registry import Registry
from assistant.review import ReviewItem, by_dossier, by_owner
from ui.actualisatie import due_overview, item_json, owner_label, status_label
from ui.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommand."""
    d = sub.add_parser("docs", help="documenten beheren")
    dsub = d.add_subparsers(dest="docs_cmd", required=True)
    ls = dsub.add_parser("list", help="alle documenten (verlopen herziening gemarkeerd)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_docs)
    due = dsub.add_parser(
        "due",
        help="documenten en dossiers waarvan de herziening verlopen is of binnen N dagen valt, "
        "per dossier en per verantwoordelijke",
    )
    due.add_argument("--days", type=int, default=60, help="vooruitkijken (standaard 60 dagen)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=due_docs)
    rm = dsub.add_parser("remove", help="document uit alle indexen verwijderen")
    rm.add_argument("ids", nargs="+")
    rm.set_defaults(func=remove_docs)


def _records(args: argparse.Namespace) -> list[Any]:
    """The registry's documents (reads only SQLite: fast, no model, works beside the server)."""
    registry = Registry(config_from(args).registry_path)
    try:
        return registry.documents()
    finally:
        registry.close()


def list_docs(args: argparse.Namespace) -> int:
    """Print the registry (reads only SQLite: fast, no model, no Chroma)."""
    records = _records(args)
    today = date.today()
    if args.json:
        print(json.dumps([
            {"id": r.meta.id, "title": r.meta.title, "doc_type": r.meta.doc_type,
             "target_groups": list(r.meta.target_groups), "chunks": r.chunk_count,
             "review_date": r.meta.review_date.isoformat() if r.meta.review_date else None,
             "review_overdue": r.meta.is_overdue(today),
             "verantwoordelijke": r.meta.verantwoordelijke, "source": r.source, "revision": r.revision}
            for r in records
        ], ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"{'titel':50} {'id':36} {'soort':14} {'passages':>8}  herziening")
    for r in records:
        m = r.meta
        review = m.review_date.isoformat() if m.review_date else "-"
        if m.is_overdue(today):
            review += "  ⚠ VERLOPEN"
        print(f"{m.title[:50]:50} {m.id[:36]:36} {m.doc_type:14} {r.chunk_count:>8}  {review}")
    print(f"\n{len(records)} documenten.")
    return 0


def due_docs(args: argparse.Namespace) -> int:
    """Overdue and soon-due documents and dossiers, per dossier and per owner (soonest first)."""
    config = config_from(args)
    registry = Registry(config.registry_path)
    try:
        items = due_overview(registry, config.corpus_dir, date.today(), args.days)
    finally:
        registry.close()
    if args.json:
        print(json.dumps([item_json(i) for i in items], ensure_ascii=False, indent=2))
        return 0
    print(f"Te herzien op {date.today().isoformat()}: verlopen of binnen {args.days} dagen\n")
    for heading, groups in (
        ("PER DOSSIER", [(GROUP_LABELS.get(g, g), found) for g, found in by_dossier(items)]),
        ("PER VERANTWOORDELIJKE", by_owner(items)),
    ):
        print(heading)
        for name, found in groups:
            print(f"  {name}")
            for i in found:
                print(f"    {_due_line(i, show_owner=heading == 'PER DOSSIER')}")
        print()
    docs = sum(i.kind == "document" for i in items)
    print(f"{docs} documenten en {len(items) - docs} dossiers te herzien.")
    return 0


def _due_line(item: ReviewItem, *, show_owner: bool) -> str:
    when = item.due.isoformat() if item.due else "–"
    limit = 55 if item.kind == "document" else 70
    title = item.title if len(item.title) <= limit else item.title[: limit - 1].rstrip() + "…"
    if item.kind == "document":
        title += f" [{item.id}]"
    owner = f"  – {owner_label(item)}" if show_owner else ""
    return f"{when:10}  {status_label(item):26} {title}{owner}"


def remove_docs(args: argparse.Namespace) -> int:
    """Remove documents from the registry, Chroma and BM25."""
    from ui.cli.remote import Remote
    from ui.workspace import open_workspace

    config = config_from(args)
    try:
        workspace = open_workspace(config, write=True)
    except DataDirLocked as locked:
        # The server holds the data dir: remove through its writer queue.
        remote = Remote(config, locked)
        for doc_id in args.ids:
            remote.job(remote.call("DELETE", f"/api/documents/{doc_id}"), f"Verwijderen {doc_id}")
            print(f"Verwijderd: {doc_id}")
        return 0
    try:
        removed = workspace.indexer.remove(args.ids)
    finally:
        workspace.close()
    missing = [i for i in args.ids if i not in removed]
    for doc_id in removed:
        print(f"Verwijderd: {doc_id}")
    if missing:
        raise NotFound(f"Onbekend document: {', '.join(missing)}")
    return 0
