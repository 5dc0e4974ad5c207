"""The Evaluatie tab (evaluators): run a question set, follow progress, read the report; feedback list."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import NotFound
from ui.accounts import Account
from ui.jobs import Status
from ui.services import Services

POLL_SECONDS = 0.5
MAX_WAIT_SECONDS = 3600
FEEDBACK_COLUMNS = ["id", "datum", "oordeel", "reden", "vraag", "antwoord", "documenten"]


def require(account: Account | None, permission: str) -> None:
    """Server-side role check."""
    if account is None or not account.can(permission):
        raise gr.Error("Uw rol mag dit niet; log in als evaluator.")


def _when(path: Path) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))


def earlier_runs(services: Services) -> list[tuple[str, str]]:
    """Finished runs found on disk (newest first) as (label, json path)."""
    folder = Path(services.config.data_dir) / "evals"
    runs = (
        sorted(folder.glob("*/result.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        if folder.exists()
        else []
    )
    return [(f"{p.relative_to(folder).parent.as_posix()} ({_when(p)})", str(p)) for p in runs[:50]]


def _overall(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    overall = data.get("overall") if isinstance(data, dict) else None
    return overall if isinstance(overall, dict) else {}


def compare_markdown(current: str, other: str) -> str:
    """A small table comparing the overall numbers of two runs."""
    a, b = _overall(current), _overall(other)
    keys = [k for k in a if isinstance(a[k], int | float) and isinstance(b.get(k), int | float)]
    if not keys:
        return "Geen vergelijkbare cijfers gevonden."
    lines = ["| maat | deze run | vergeleken | verschil |", "|---|---|---|---|"]
    lines += [f"| {k} | {a[k]:.3f} | {b[k]:.3f} | {a[k] - b[k]:+.3f} |" for k in keys]
    return "\n".join(lines)


def build_eval_tab(services: Services, account: gr.State) -> tuple[Any, list[Any], list[Any]]:
    """Render the tab; returns (refresh function, inputs, outputs) for login and page load."""
    json_path = gr.State("")
    with gr.Row():
        dataset = gr.Dropdown(
            services.evaluations.sets(),
            value="dev" if "dev" in services.evaluations.sets() else None,
            label="Vragenset",
            elem_id="hw-eval-set",
        )
        limit = gr.Number(
            value=10,
            precision=0,
            minimum=1,
            label="Aantal vragen (leeg = alle)",
            elem_id="hw-eval-limit",
        )
        ablation = gr.Checkbox(label="Ablatie (ook zonder herrangschikking e.d.)", value=False)
        start = gr.Button("Start evaluatie", variant="primary", elem_id="hw-eval-start")
    progress = gr.Markdown("", elem_id="hw-eval-progress")
    report = gr.Markdown("", elem_id="hw-eval-report")
    download = gr.File(label="Resultaten (JSON)", visible=False, interactive=False)
    with gr.Row():
        compare = gr.Dropdown([], label="Vergelijk met", scale=3)
        compare_btn = gr.Button("Vergelijk", size="sm", scale=1)
    compare_out = gr.Markdown("")
    gr.Markdown("### Feedback van gebruikers")
    with gr.Row():
        fb_refresh = gr.Button("Feedback vernieuwen", size="sm")
        fb_export = gr.Button("Exporteer CSV", size="sm")
    fb_table = gr.Dataframe(
        headers=FEEDBACK_COLUMNS,
        value=[],
        interactive=False,
        wrap=True,
        column_count=len(FEEDBACK_COLUMNS),
    )
    fb_file = gr.File(label="CSV-bestand", visible=False, interactive=False)

    def run(
        acc: Account | None, name: str | None, lim: float | None, abl: bool
    ) -> Iterator[tuple[Any, ...]]:
        require(acc, "evaluations")
        if not name:
            raise gr.Error("Kies een vragenset.")
        try:
            ev = services.evaluations.start(name, int(lim) if lim else None, bool(abl))
        except NotFound as err:
            raise gr.Error(str(err)) from err
        yield "Evaluatie gestart…", "", gr.File(visible=False), "", gr.skip()
        deadline = time.monotonic() + MAX_WAIT_SECONDS
        while ev.status == Status.RUNNING and time.monotonic() < deadline:
            total = f"{ev.done} van {ev.total}" if ev.total else "voorbereiden"
            yield f"Bezig: {total} vragen beantwoord…", "", gr.skip(), "", gr.skip()
            time.sleep(POLL_SECONDS)
        if ev.status == Status.FAILED:
            yield f"Evaluatie mislukt: {ev.error}", "", gr.File(visible=False), "", gr.skip()
            return
        if ev.status != Status.DONE:
            yield (
                "Evaluatie duurt te lang; bekijk later de resultaten.",
                "",
                gr.skip(),
                "",
                gr.skip(),
            )
            return
        path = ev.paths.get("json", "")
        choices = [c for c in earlier_runs(services) if c[1] != path]
        yield (
            f"Klaar: {ev.total} vragen (run `{ev.id}`).",
            ev.report_markdown,
            gr.File(value=path or None, visible=bool(path)),
            path,
            gr.Dropdown(choices=choices),
        )

    start.click(
        run, [account, dataset, limit, ablation], [progress, report, download, json_path, compare]
    )

    def do_compare(acc: Account | None, current: str, other: str | None) -> str:
        require(acc, "evaluations")
        if not current or not other:
            return "Voer eerst een evaluatie uit en kies een eerdere run."
        return compare_markdown(current, other)

    compare_btn.click(do_compare, [account, json_path, compare], compare_out)

    def feedback_rows(acc: Account | None) -> list[Any]:
        if acc is None or not acc.can("feedback"):
            return [[], gr.Dropdown(choices=[])]
        rows = [
            [f.id, f.created_at, f.rating, f.reason, f.question, f.answer, f.document_ids]
            for f in services.feedback.all()
        ]
        return [rows, gr.Dropdown(choices=earlier_runs(services))]

    def export(acc: Account | None) -> Any:
        require(acc, "feedback")
        folder = Path(tempfile.mkdtemp(prefix="hw-feedback-"))
        path = folder / "feedback.csv"
        path.write_text(services.feedback.to_csv(), encoding="utf-8-sig")
        return gr.File(value=str(path), visible=True)

    fb_refresh.click(feedback_rows, [account], [fb_table, compare])
    fb_export.click(export, [account], fb_file)
    return feedback_rows, [account], [fb_table, compare]
