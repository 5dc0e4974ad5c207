"""The evaluation splits: which question set, and which knowledge base each one runs against."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.config import Config

EVALS = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Split:
    """A question set and, for splits with their own documents, the folder those live in.

    Attributes:
        name: ``dev``, ``tuning``, ``heldout`` or ``realistic``.
        dataset: The JSONL question set.
        corpus: Documents to evaluate against instead of the configured corpus (None: the
            configured corpus and data dir).
    """

    name: str
    dataset: Path
    corpus: Path | None = None

    def config(self, base: Config) -> Config:
        """The configuration to run this split with: its own data dir when it has documents."""
        if self.corpus is None:
            return base
        return base.model_copy(
            update={"data_dir": base.data_dir / f"eval-{self.name}", "corpus_dir": self.corpus}
        )


SPLITS = {
    "dev": Split("dev", EVALS / "datasets" / "dev.jsonl"),
    # Realistic-form documents and blind questions made for tuning, like dev (never evaluated on
    # as proof of generalisation).
    "tuning": Split("tuning", EVALS / "tuning" / "questions.jsonl", EVALS / "tuning" / "docs"),
    "heldout": Split("heldout", EVALS / "datasets" / "heldout.jsonl"),
    # Realistic consortium-style PDFs and DOCX with blind-written questions: never tuned on.
    "realistic": Split(
        "realistic", EVALS / "realistic" / "questions.jsonl", EVALS / "realistic" / "docs"
    ),
}
