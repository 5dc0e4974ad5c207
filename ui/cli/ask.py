"""``hospicewijzer ask``: one question, an interactive loop, or a JSON-lines batch on stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, DataDirLocked
from assistant.types import Turn
from ui.cli.common import add_filter_flags, config_from, filters_from, format_answer
from ui.cli.remote import Remote


def register(sub: Any) -> None:
    """Add the subcommand."""
    p = sub.add_parser("ask", help="een vraag stellen (of interactief / JSON-regels via stdin)")
    p.add_argument("question", nargs="?", help="de vraag; zonder vraag: interactief of JSON-regels")
    p.add_argument("--json", action="store_true", help="antwoord als JSON")
    p.add_argument(
        "--history", type=Path, help="JSON-bestand met eerdere beurten [{role, content}]"
    )
    add_filter_flags(p)
    p.set_defaults(func=run)


def parse_history(raw: Any, where: str) -> list[Turn]:
    """Validate ``[{"role": "user"|"assistant", "content": str}]``.

    Raises:
        AssistantError: Malformed history; names the entry and field.
    """
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise AssistantError(f"{where}: 'history' moet een lijst van beurten zijn")
    turns = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or item.get("role") not in ("user", "assistant"):
            raise AssistantError(
                f"{where}: beurt {i + 1} heeft geen geldige 'role' (user of assistant)"
            )
        if not isinstance(item.get("content"), str):
            raise AssistantError(f"{where}: beurt {i + 1} heeft geen tekst in 'content'")
        turns.append(Turn(item["role"], item["content"]))
    return turns


def run(args: argparse.Namespace) -> int:
    """Run the ask command."""
    from ui.workspace import open_workspace

    history: list[Turn] = []
    if args.history:
        try:
            history = parse_history(
                json.loads(args.history.read_text(encoding="utf-8")), str(args.history)
            )
        except (OSError, json.JSONDecodeError) as err:
            raise AssistantError(f"{args.history}: geschiedenis niet te lezen ({err})") from err
    config = config_from(args)
    try:
        workspace = open_workspace(config)
    except DataDirLocked as locked:
        if not args.question:
            raise
        # The server holds the data dir: ask it instead (no model to load here).
        data = ask_server(config, args.question, history, filters_from(args), locked)
        print(json.dumps(data, ensure_ascii=False) if args.json else format_answer(data))
        return 0
    try:
        assistant = workspace.assistant
        filters = filters_from(args)
        if args.question:
            answer = assistant.ask(args.question, history, filters)
            print(
                json.dumps(answer.to_json(), ensure_ascii=False)
                if args.json
                else format_answer(answer)
            )
            return 0
        if args.json:
            return _batch(assistant, filters)
        return _interactive(assistant, filters, history)
    finally:
        workspace.close()


def ask_server(
    config: Any, question: str, history: list[Turn], filters: Any, locked: Exception | None = None
) -> dict[str, Any]:
    """One question through the running server's API (token from HOSPICEWIJZER_TOKEN, if set).

    Raises:
        DataDirLocked: No server answers on the configured host and port.
        AssistantError: The server refused the question (its Dutch message).
    """
    body = {
        "messages": [{"role": t.role, "content": t.content} for t in history]
        + [{"role": "user", "content": question}],
        "filters": {"target_groups": list(filters.target_groups), "regions": list(filters.regions),
                    "doc_types": list(filters.doc_types)},
        "audience": filters.audience,
    }  # fmt: skip
    data: dict[str, Any] = Remote(config, locked).call("POST", "/api/chat", json=body)
    return data


def _batch(assistant: Any, filters: Any) -> int:
    """JSON lines in, JSON lines out; a bad line gets an error object, the batch goes on."""
    failures = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("question"), str)
                or not item["question"].strip()
            ):
                raise AssistantError(f"regel {number}: veld 'question' ontbreekt of is leeg")
            turns = parse_history(item.get("history"), f"regel {number}")
            out = assistant.ask(item["question"], turns, filters).to_json()
        except json.JSONDecodeError as err:
            out, failures = (
                {"error": f"regel {number}: geen geldige JSON ({err.msg})"},
                failures + 1,
            )
        except AssistantError as err:
            out, failures = {"error": str(err)}, failures + 1
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 1 if failures else 0


def _interactive(assistant: Any, filters: Any, history: list[Turn]) -> int:
    print(
        "Hospicewijzer – stel uw vraag (leeg of Ctrl-D om te stoppen). Voer geen patiëntgegevens in."
    )
    while True:
        try:
            question = input("\nVraag: ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        answer = assistant.ask(question, history, filters)
        print(format_answer(answer))
        history += [Turn("user", question), Turn("assistant", answer.text)]
