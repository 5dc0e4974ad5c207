"""``hospicewijzer serve``: the web app (API + UI) on 127.0.0.1:7860 by default."""

from __future__ import annotations

import argparse
import threading
from typing import Any

from ui.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommand."""
    p = sub.add_parser("serve", help="de webapp starten (chat, documenten, evaluatie)")
    p.add_argument("--host", help="adres (standaard 127.0.0.1)")
    p.add_argument("--port", type=int, help="poort (standaard 7860)")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="aantal werkprocessen op dezelfde poort (meer dan 1 vraagt een Chroma-server: "
        "HOSPICEWIJZER_CHROMA_URL); werker i luistert ook op poort+i",
    )
    p.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # set by the supervisor
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """One process (the only writer), or a supervisor of ``--workers N`` worker processes."""
    from ui.cli.workers import require_chroma_server, supervise

    # One intra-op thread per request (unless configured otherwise), in every worker.
    config = config_from(args, host=args.host, port=args.port).for_server()
    require_chroma_server(config, args.workers)
    if args.worker is not None:
        # N workers share the machine's in-memory login and upload limits (ui/ratelimit.py).
        shared = config.model_copy(update={"limit_processes": max(1, args.workers)})
        return _serve_worker(shared, args.worker)
    if args.workers > 1:
        return supervise(config, args)
    return _serve_single(config)


def _serve_single(config: Any) -> int:
    """Open the data dir as its only writer, then serve until interrupted."""
    import uvicorn

    from ui.server import create_app
    from ui.services import Services
    from ui.watcher import GenerationWatcher
    from ui.workspace import open_workspace

    workspace = open_workspace(config, write=True)
    services = Services(workspace, workspace.accounts, workspace.feedback)
    for line in services.changes.recover():
        print(f"Herstel: {line}", flush=True)
    services.changes.start_pickup()
    watcher = GenerationWatcher(workspace.index, config.reload_interval_s).start()
    threading.Thread(target=services.warm_up, daemon=True, name="warm-up").start()
    app = create_app(services)
    print(
        f"Hospicewijzer draait op http://{config.host}:{config.port}  (API-documentatie: /docs)",
        flush=True,
    )
    try:
        uvicorn.run(app, host=config.host, port=config.port, log_level="warning", access_log=False)
    finally:
        watcher.stop()
        services.close()
        workspace.close()
    return 0


def _serve_worker(config: Any, worker: int) -> int:
    """One of N workers: a reader that becomes the writer if no other process is."""
    import uvicorn

    from ui.cli.workers import worker_sockets
    from ui.server import create_app
    from ui.services import Services
    from ui.watcher import GenerationWatcher
    from ui.workspace import open_workspace

    sockets = worker_sockets(config.host, config.port, worker)
    workspace = open_workspace(config)  # with a Chroma server a reader takes no lock
    services = Services(workspace, workspace.accounts, workspace.feedback, worker=worker)
    if workspace.try_become_writer():
        for line in services.changes.recover():
            print(f"Herstel: {line}", flush=True)
    services.changes.start_pickup()
    watcher = GenerationWatcher(workspace.index, config.reload_interval_s).start()
    threading.Thread(target=services.warm_up, daemon=True, name="warm-up").start()
    server = uvicorn.Server(
        uvicorn.Config(create_app(services), log_level="warning", access_log=False)
    )
    try:
        server.run(sockets=sockets)
    finally:
        watcher.stop()
        services.close()
        workspace.close()
        for sock in sockets:
            sock.close()
    return 0
