"""Placeholder for the users subcommand (filled in by later work)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add nothing yet."""
