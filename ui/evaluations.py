"""Evaluation runs in the background, with progress, for the API and the Evaluatie tab."""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from assistant.assistant import Assistant
from assistant.errors import NotFound
from evals.dataset import DATASETS
from ui.jobs import Status

log = logging.getLogger(__name__)


@dataclass
class EvalRun:
    """A background evaluation run and its progress."""

    id: str
    dataset: str
    status: Status = Status.RUNNING
    done: int = 0
    total: int = 0
    result: dict[str, Any] | None = None
    report_markdown: str = ""
    error: str = ""
    paths: dict[str, str] = field(default_factory=dict)


class Evaluations:
    """Starts evaluation runs of the live assistant and keeps their state by id."""

    def __init__(self, assistant: Assistant, out_root: Any) -> None:
        self.assistant = assistant
        self.out_root = out_root
        self._runs: dict[str, EvalRun] = {}

    @staticmethod
    def sets() -> list[str]:
        """Names of the available question sets."""
        return sorted(p.stem for p in DATASETS.glob("*.jsonl"))

    def start(self, dataset: str, limit: int | None = None, ablation: bool = False) -> EvalRun:
        """Start an evaluation in a background thread.

        Raises:
            NotFound: Unknown question set.
        """
        if dataset not in self.sets():
            raise NotFound(
                f"Vragenset '{dataset}' bestaat niet; kies uit {', '.join(self.sets())}"
            )
        run = EvalRun(id=uuid.uuid4().hex[:12], dataset=dataset)
        self._runs[run.id] = run
        threading.Thread(target=self._run, args=(run, limit, ablation), daemon=True).start()
        return run

    def _run(self, run: EvalRun, limit: int | None, ablation: bool) -> None:
        from evals.service import run_evaluation

        def progress(done: int, total: int) -> None:
            run.done, run.total = done, total

        try:
            result, paths = run_evaluation(
                self.assistant, DATASETS / f"{run.dataset}.jsonl", self.out_root,
                limit=limit, ablation=ablation, progress=progress, run_id=run.id,
            )  # fmt: skip
            run.result = result
            run.report_markdown = paths["markdown"].read_text(encoding="utf-8")
            run.paths = {k: str(v) for k, v in paths.items()}
            run.status = Status.DONE
        except Exception as err:
            log.exception("Evaluatie %s mislukt", run.id)
            run.status, run.error = Status.FAILED, str(err)

    def get(self, run_id: str) -> EvalRun:
        """A run by id.

        Raises:
            NotFound: Unknown id.
        """
        run = self._runs.get(run_id)
        if run is None:
            raise NotFound(f"Evaluatie '{run_id}' bestaat niet")
        return run
