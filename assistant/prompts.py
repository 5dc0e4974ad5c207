"""Prompt templates from the top-level ``prompts/`` folder, each with a version (Jinja2, plain text).

Each file starts with ``{#- versie: N -#}``; the versions go into the answer's metadata and the
evaluation report, so a changed prompt is visible next to the figures it produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from assistant.errors import ConfigError

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "prompts"
NAMES = ("system", "answer", "answer_b1", "condense")
_VERSION = re.compile(r"\{#-?\s*versie:\s*([\w.-]+)")


@dataclass(frozen=True)
class PromptSet:
    """The templates and their versions."""

    directory: Path
    versions: dict[str, str]
    _env: Environment

    @classmethod
    def load(cls, directory: Path | None = None) -> PromptSet:
        """Load every prompt of NAMES.

        Raises:
            ConfigError: A file is missing or has no version line.
        """
        root = directory or DEFAULT_DIR
        versions = {}
        for name in NAMES:
            path = root / f"{name}.txt"
            try:
                head = path.read_text(encoding="utf-8")[:200]
            except OSError as err:
                raise ConfigError(f"Prompt {path} ontbreekt ({err})") from err
            match = _VERSION.search(head)
            if not match:
                raise ConfigError(f"Prompt {path} heeft geen regel '{{#- versie: N -#}}'")
            versions[name] = match.group(1)
        env = Environment(
            loader=FileSystemLoader(root), autoescape=False, undefined=StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
        )  # fmt: skip
        return cls(root, versions, env)

    def render(self, name: str, **values: Any) -> str:
        """The filled-in prompt."""
        return self._env.get_template(f"{name}.txt").render(**values).strip()

    def version_string(self, *names: str) -> str:
        """``answer=1,system=1`` for the metadata of an answer."""
        return ",".join(f"{n}={self.versions[n]}" for n in sorted(names))
