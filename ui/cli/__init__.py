"""The ``hospicewijzer`` command: argparse wiring of the subcommands; errors become one Dutch line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from assistant.errors import AssistantError


def _parser() -> argparse.ArgumentParser:
    from ui.cli import ask, corpus_cmds, docs, evaluate, serve, users

    parser = argparse.ArgumentParser(
        prog="hospicewijzer",
        description="Hospicewijzer: kennisassistent palliatieve zorg voor bijzondere doelgroepen.",
    )
    parser.add_argument("--data-dir", help="datamap (standaard ./data of HOSPICEWIJZER_DATA_DIR)")
    parser.add_argument("-v", "--verbose", action="store_true", help="meer logregels")
    sub = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    for module in (corpus_cmds, ask, docs, evaluate, serve, users):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except AssistantError as err:
        print(f"Fout: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
