"""``hospicewijzer docs``: list, show and remove documents."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import Any

from assistant.errors import DataDirLocked, NotFound
from assistant.registry import Registry
from ui.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommand."""
    d = sub.add_parser("docs", help="documenten beheren")
    dsub = d.add_subparsers(dest="docs_cmd", required=True)
    ls = dsub.add_parser("list", help="alle documenten (verlopen herziening gemarkeerd)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_docs)
    due = dsub.add_parser(
        "due", help="documenten waarvan de herziening verlopen is of binnen N dagen valt"
    )
    due.add_argument("--days", type=int, default=60, help="vooruitkijken (standaard 60 dagen)")
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
             "review_overdue": r.meta.is_overdue(today), "source": r.source, "revision": r.revision}
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
    """Documents whose review date has passed or falls within ``--days`` (soonest first)."""
    records = _records(args)
    today = date.today()
    horizon = today + timedelta(days=args.days)
    due = sorted(
        (r for r in records if r.meta.review_date and r.meta.review_date <= horizon),
        key=lambda r: r.meta.review_date or today,
    )
    for r in due:
        when = r.meta.review_date
        assert when is not None
        status = "VERLOPEN" if when < today else f"over {(when - today).days} dagen"
        print(f"{when.isoformat()}  {status:16} {r.meta.title[:60]:60} ({r.meta.id})")
    print(f"\n{len(due)} documenten te herzien (verlopen of binnen {args.days} dagen).")
    return 0


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
