"""Evaluation reports: result JSON, Markdown and HTML with per-tag tables, worst failures, comparison."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.metadata import DOC_TYPE_LABELS, GROUP_LABELS, REGION_LABELS
from evals.runner import ItemResult

COLUMNS = (
    "hit@5",
    "cite@3",
    "recall@5",
    "mrr",
    "fact_coverage",
    "citation_validity",
    "citation_support",
    "supported_share",
    "fallback_rate",
    "decline_accuracy",
    "decline_recall",
    "false_decline",
    "dose_safe",
    "answer_chars",
    "latency_p50_ms",
    "latency_p95_ms",
    "items",
)
# What a reader sees for each measure (the JSON keeps the keys above).
LABELS = {
    "hit@5": "bron in top 5",
    "cite@3": "bron bij eerste 3 citaten",
    "recall@5": "bronnen in top 5",
    "mrr": "MRR",
    "fact_coverage": "kernfeiten gedekt",
    "citation_validity": "citaten geldig",
    "citation_support": "citaten onderbouwd",
    "supported_share": "zinnen onderbouwd",
    "fallback_rate": "terugval op letterlijk",
    "decline_accuracy": "terecht wel/niet geweigerd",
    "decline_recall": "terecht geweigerd",
    "false_decline": "ten onrechte geweigerd",
    "dose_safe": "geen doseringsadvies",
    "answer_chars": "lengte (tekens)",
    "latency_p50_ms": "tijd p50 (ms)",
    "latency_p95_ms": "tijd p95 (ms)",
    "items": "vragen",
}
_PLAIN = ("answer_chars", "items", "mrr")


def build_result(
    *,
    run_id: str,
    dataset: str,
    config: dict[str, Any],
    results: Sequence[ItemResult],
    overall: dict[str, float],
    tags: dict[str, Any],
    comparison: list[dict[str, Any]] | None = None,
    ablation: dict[str, dict[str, float]] | None = None,
    baseline: dict[str, float] | None = None,
) -> dict[str, Any]:
    """The machine-readable result of a run."""
    return {
        "run_id": run_id,
        "dataset": dataset,
        "config": config,
        "overall": overall,
        "by_tag": tags,
        "comparison": comparison or [],
        "ablation": ablation or {},
        "baseline": baseline or {},
        "items": [asdict(r) for r in results],
    }


def _fmt(value: float | None, key: str) -> str:
    """Shares as Dutch percentages ("73%"), counts and times as whole numbers, MRR as "0,73"."""
    if value is None:
        return "–"
    if key.endswith("_ms") or key in ("answer_chars", "items"):
        return f"{value:.0f}"
    if key == "mrr":
        return f"{value:.2f}".replace(".", ",")
    return f"{value * 100:.0f}%"


def _delta(value: float, key: str) -> str:
    """A difference: percentage points for shares."""
    if key.endswith("_ms") or key in _PLAIN:
        return f"{value:+.2f}".replace(".", ",") if key == "mrr" else f"{value:+.0f}"
    return f"{value * 100:+.1f} pp".replace(".", ",")


def _table(rows: dict[str, dict[str, float]], first: str) -> list[str]:
    """One row per group (tag value), one column per measure with its Dutch label."""
    cols = [c for c in COLUMNS if any(c in r for r in rows.values())]
    out = [f"| {first} | " + " | ".join(LABELS[c] for c in cols) + " |"]
    out.append("|---" + "|---:" * len(cols) + "|")
    for name, row in rows.items():
        label = GROUP_LABELS.get(name) or REGION_LABELS.get(name) or DOC_TYPE_LABELS.get(name, name)
        out.append(f"| {label} | " + " | ".join(_fmt(row.get(c), c) for c in cols) + " |")
    return out


def _columns_table(columns: dict[str, dict[str, float]]) -> list[str]:
    """One row per measure, one column per system (engine, baseline): narrow enough not to wrap."""
    keys = [c for c in COLUMNS if any(c in r for r in columns.values())]
    out = ["| maat | " + " | ".join(columns) + " |", "|---" + "|---:" * len(columns) + "|"]
    for key in keys:
        cells = " | ".join(_fmt(row.get(key), key) for row in columns.values())
        out.append(f"| {LABELS[key]} | {cells} |")
    return out


def worst(results: Sequence[ItemResult], n: int = 10) -> list[ItemResult]:
    """The n items that went worst (ties: by id)."""
    bad = [r for r in results if r.badness > 0]
    return sorted(bad, key=lambda r: (-r.badness, r.id))[:n]


def markdown(result: dict[str, Any], results: Sequence[ItemResult]) -> str:
    """The human-readable report."""
    config = result.get("config") or {}
    lines = [
        f"# Evaluatie {result['run_id']}",
        "",
        f"Vragenset: `{result['dataset']}`",
        "",
        f"Antwoordmodus: {config.get('mode', 'extractief')}"
        + (f"; promptversies: {prompts}" if (prompts := config.get("prompts")) else ""),
        "",
        "## Totaal",
        "",
    ]
    totals = {"Hospicewijzer": result["overall"]}
    if result.get("baseline"):
        totals["naïeve basislijn (BM25 → 4 zinnen)"] = result["baseline"]
    lines += _columns_table(totals)
    if result["comparison"]:
        lines += [
            "",
            "## Vergelijking met vorige run",
            "",
            "| maat | oud | nieuw | verschil | oordeel |",
            "|---|---:|---:|---:|---|",
        ]
        for c in result["comparison"]:
            key = c["metric"]
            lines.append(
                f"| {LABELS.get(key, key)} | {_fmt(c['old'], key)} | {_fmt(c['new'], key)} | "
                f"{_delta(c['delta'], key)} | {c['verdict']} |"
            )
    if result["ablation"]:
        lines += ["", "## Ablatie (zoekmethode)", ""]
        lines += _table(result["ablation"], "methode")
    for tag, rows in result["by_tag"].items():
        lines += ["", f"## Per {tag}", ""]
        lines += _table(rows, tag)
    lines += ["", "## Slechtste resultaten", ""]
    for r in worst(results):
        problems = []
        if r.scores.get("decline_accuracy", 1) < 1:
            problems.append("ten onrechte geweigerd" if r.refused else "had moeten weigeren")
        if r.scores.get("hit@5", 1) < 1:
            problems.append(
                f"verwachte bron niet in top 5 (verwacht {', '.join(r.expected_docs)}; "
                f"gevonden {', '.join(r.retrieved_docs)})"
            )
        if r.missing_facts:
            problems.append("ontbrekende feiten: " + ", ".join(r.missing_facts))
        lines += [
            f"### {r.id} ({', '.join(r.tags.values())})",
            "",
            f"**Vraag:** {r.question}",
            "",
            "**Antwoord:** " + r.answer[:500].replace("\n", " "),
            "",
            "**Probleem:** " + "; ".join(problems),
            "",
        ]
    return "\n".join(lines) + "\n"


def to_html(markdown_text: str) -> str:
    """A minimal, safe HTML rendering (everything escaped; tables kept as preformatted text)."""
    body = html.escape(markdown_text)
    return (
        "<!doctype html><html lang='nl'><meta charset='utf-8'><title>Evaluatie Hospicewijzer</title>"
        "<style>body{font-family:sans-serif;max-width:70rem;margin:2rem auto}pre{white-space:pre-wrap}</style>"
        f"<pre>{body}</pre></html>"
    )


def write_report(
    result: dict[str, Any], results: Sequence[ItemResult], out_dir: Path
) -> dict[str, Path]:
    """Write result.json, report.md and report.html; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": out_dir / "result.json",
        "markdown": out_dir / "report.md",
        "html": out_dir / "report.html",
    }
    paths["json"].write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    md = markdown(result, results)
    paths["markdown"].write_text(md, encoding="utf-8")
    paths["html"].write_text(to_html(md), encoding="utf-8")
    return paths
