"""Evaluation reports: result JSON, Markdown and HTML with per-tag tables, worst failures, comparison."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

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
    if value is None:
        return "–"
    if key.endswith("_ms") or key in ("answer_chars", "items"):
        return f"{value:.0f}"
    return f"{value:.2f}"


def _table(rows: dict[str, dict[str, float]], first: str) -> list[str]:
    cols = [c for c in COLUMNS if any(c in r for r in rows.values())]
    out = [f"| {first} | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, row in rows.items():
        out.append(f"| {name} | " + " | ".join(_fmt(row.get(c), c) for c in cols) + " |")
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
    lines += _table(totals, "")
    if result["comparison"]:
        lines += [
            "",
            "## Vergelijking met vorige run",
            "",
            "| metriek | oud | nieuw | verschil | oordeel |",
            "|---|---|---|---|---|",
        ]
        for c in result["comparison"]:
            lines.append(
                f"| {c['metric']} | {_fmt(c['old'], c['metric'])} | {_fmt(c['new'], c['metric'])} | "
                f"{c['delta']:+.3f} | {c['verdict']} |"
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
