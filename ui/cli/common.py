"""Shared CLI helpers: configuration from flags, filters from flags, answer printing."""

from __future__ import annotations

import argparse
from typing import Any

from assistant.config import Config, load_config
from assistant.types import Answer, Filters


def config_from(args: argparse.Namespace, **extra: Any) -> Config:
    """The configuration: environment and .env, with ``--data-dir`` on top."""
    return load_config(data_dir=getattr(args, "data_dir", None), **extra)


def add_filter_flags(parser: argparse.ArgumentParser) -> None:
    """The metadata filter flags shared by ask and eval."""
    parser.add_argument(
        "--target-group", action="append", default=[], help="doelgroep (herhaalbaar)"
    )
    parser.add_argument("--region", action="append", default=[], help="regio (herhaalbaar)")
    parser.add_argument(
        "--doc-type", action="append", default=[], help="documentsoort (herhaalbaar)"
    )
    parser.add_argument("--audience", choices=["zorgverlener", "vrijwilliger", "iedereen"])


def filters_from(args: argparse.Namespace) -> Filters:
    """Filters from the filter flags."""
    return Filters(
        target_groups=tuple(args.target_group),
        regions=tuple(args.region),
        doc_types=tuple(args.doc_type),
        audience=args.audience,
    )


def format_answer(answer: Answer | dict[str, Any]) -> str:
    """Human-readable answer with its sources (an Answer, or its JSON from the API)."""
    data = answer.to_json() if isinstance(answer, Answer) else answer
    lines = [str(data["answer"])]
    if data["citations"]:
        lines.append("\nBronnen:")
        for c in data["citations"]:
            where = f"p. {c['page']}" if c["page"] else (c["section"] or "")
            flag = "  ⚠ herziening verlopen" if c["review_overdue"] else ""
            lines.append(f"  [{c['index']}] {c['title']} – {where} ({c['source']}){flag}")
            lines.append(f"      “{str(c['snippet'])[:220]}”")
    return "\n".join(lines)
