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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the data dir as its only writer, then serve until interrupted."""
    import uvicorn

    from ui.server import create_app
    from ui.services import Services
    from ui.workspace import open_workspace

    # One intra-op thread per request, unless configured otherwise.
    config = config_from(args, host=args.host, port=args.port).for_server()
    workspace = open_workspace(config, write=True)
    services = Services(workspace, workspace.accounts, workspace.feedback)
    for line in services.changes.recover():
        print(f"Herstel: {line}", flush=True)
    threading.Thread(target=services.warm_up, daemon=True, name="warm-up").start()
    app = create_app(services)
    print(
        f"Hospicewijzer draait op http://{config.host}:{config.port}  (API-documentatie: /docs)",
        flush=True,
    )
    try:
        uvicorn.run(app, host=config.host, port=config.port, log_level="warning", access_log=False)
    finally:
        services.close()
        workspace.close()
    return 0
