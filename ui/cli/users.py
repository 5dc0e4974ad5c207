"""``hospicewijzer users``: manage accounts (roles lezer, coordinator, evaluator)."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from ui.cli.common import config_from


def register(sub: Any) -> None:
    """Add the subcommand."""
    u = sub.add_parser("users", help="gebruikers beheren")
    usub = u.add_subparsers(dest="users_cmd", required=True)
    add = usub.add_parser("add", help="gebruiker toevoegen of wachtwoord/rol wijzigen")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["lezer", "coordinator", "evaluator"])
    add.add_argument(
        "--password-env", help="lees het wachtwoord uit deze omgevingsvariabele (voor scripts)"
    )
    add.set_defaults(func=add_user)
    ls = usub.add_parser("list", help="gebruikers tonen")
    ls.set_defaults(func=list_users)


def add_user(args: argparse.Namespace) -> int:
    """Create an account and print its API token once."""
    from ui.workspace import open_accounts

    password = (
        os.environ.get(args.password_env, "")
        if args.password_env
        else getpass.getpass("Wachtwoord: ")
    )
    store = open_accounts(config_from(args))
    try:
        token = store.add(args.name, args.role, password)
    finally:
        store.close()
    print(
        f"Gebruiker '{args.name}' ({args.role}) opgeslagen. API-token (wordt niet opnieuw getoond):\n{token}"
    )
    return 0


def list_users(args: argparse.Namespace) -> int:
    """List accounts."""
    from ui.workspace import open_accounts

    store = open_accounts(config_from(args))
    try:
        for name, role in store.names():
            print(f"{name:30} {role}")
    finally:
        store.close()
    return 0
