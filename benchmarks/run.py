"""Performance benchmark for Hospicewijzer: ingest, re-ingest, embedding overhead, latency, memory.

Usage (from the repository root)::

    python benchmarks/run.py                  # full run: sample corpus + 20,000 synthetic chunks
    python benchmarks/run.py --chunks 2000    # quicker synthetic corpus
    python benchmarks/run.py --skip-synthetic # sample corpus only

Writes ``benchmarks/results.json`` and a human summary ``benchmarks/RESULTS.md``. Every data dir is
a fresh temporary directory; the repository's own ``data/`` is never touched.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

# Offline and quiet before anything imports huggingface, chromadb or tokenizers.
for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_key, _value)

import numpy as np  # noqa: E402

from assistant.config import Config, load_config  # noqa: E402
from assistant.types import Filters  # noqa: E402
from assistant.workspace import Workspace, open_workspace  # noqa: E402
from ingest.chunking import Chunker  # noqa: E402
from ingest.pipeline import IngestItem, corpus_items  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DEV_SET = REPO / "evals" / "datasets" / "dev.jsonl"
OUT_DIR = Path(__file__).resolve().parent

TARGET_GROUPS = (
    "psychiatrie", "verstandelijke-beperking", "migratieachtergrond", "verslaving", "nah",
    "dementie", "jongvolwassenen", "dak-en-thuisloos", "algemeen",
)  # fmt: skip
REGIONS = (
    "landelijk", "zeeland", "roosendaal-bergen-op-zoom-tholen", "midden-brabant", "rotterdam",
    "zuid-hollandse-eilanden", "dordrecht-gorinchem", "west-brabant",
)  # fmt: skip
DOC_TYPES = (
    "richtlijn", "themadossier", "consultatie", "praktijkverhaal", "scholing", "verslag", "overig",
)  # fmt: skip
AUDIENCES = ("zorgverlener", "vrijwilliger", "iedereen")
BANNER = "> Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg."

TARGETS = {
    "reingest_s": ("≤", 2.0),
    "overhead_pct": ("≤", 10.0),
    "ask_p50_ms": ("≤", 40.0),
    "ask_p95_ms": ("≤", 100.0),
}

_T0 = time.perf_counter()


def log(message: str) -> None:
    """A timestamped progress line."""
    print(f"[{time.perf_counter() - _T0:7.1f} s] {message}", flush=True)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load_average() -> list[float]:
    """1/5/15-minute load average (other work on the machine skews every number here)."""
    return [round(x, 2) for x in os.getloadavg()]


# --------------------------------------------------------------------------- machine


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "onbekend"


def _ram_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return float("nan")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "niet geïnstalleerd"


def machine_info() -> dict[str, Any]:
    """What the numbers were measured on."""
    nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    return {
        "nproc": int(nproc) if nproc.isdigit() else os.cpu_count(),
        "ram_gb": round(_ram_gb(), 1),
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "torch": _version("torch"),
        "sentence_transformers": _version("sentence-transformers"),
        "chromadb": _version("chromadb"),
        "bm25s": _version("bm25s"),
        "platform": platform.platform(),
        "date": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
    }


# --------------------------------------------------------------------------- helpers


def percentiles(values_ms: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/mean/max of latencies in ms."""
    arr = np.asarray(values_ms, dtype=np.float64)
    return {
        "n": len(arr),
        "p50_ms": round(float(np.percentile(arr, 50)), 2),
        "p95_ms": round(float(np.percentile(arr, 95)), 2),
        "p99_ms": round(float(np.percentile(arr, 99)), 2),
        "mean_ms": round(float(arr.mean()), 2),
        "max_ms": round(float(arr.max()), 2),
    }


def dev_questions() -> list[str]:
    """The "question" fields of the dev split, in file order."""
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def open_ws(data_dir: Path, *, write: bool) -> tuple[Config, Workspace]:
    """A workspace on ``data_dir`` with the sample corpus as corpus dir."""
    config = load_config(data_dir=data_dir, corpus_dir=CORPUS)
    return config, open_workspace(config, write=write)


def folder_items(root: Path, prefix: str) -> tuple[list[IngestItem], str]:
    """Items for a folder, with source keys as the CLI makes them, and the matching prune prefix.

    Newer versions of ``corpus_items`` namespace source keys (the CLI uses ``corpus/`` for the
    corpus folder); without the same keys the CLI re-ingest would see every file as a clash.
    """
    if "prefix" in inspect.signature(corpus_items).parameters:
        return corpus_items(root, prefix=prefix), prefix
    return corpus_items(root), ""


def timed_ingest(ws: Workspace, root: Path, prefix: str) -> dict[str, Any]:
    """Ingest a folder and report time, chunk count and throughput."""
    items, prune = folder_items(root, prefix)
    started_cpu = cpu_seconds()
    started = time.perf_counter()
    report = ws.indexer.ingest(items, prune_prefix=prune)
    seconds = time.perf_counter() - started
    chunks = len(ws.registry.chunk_ids())
    if report.errors:
        log(
            f"LET OP: {len(report.errors)} bestanden met fouten, eerste: {report.errors[0].message}"
        )
    return {
        "files": len(items),
        "documents": report.count("nieuw"),
        "errors": len(report.errors),
        "chunks": chunks,
        "seconds": round(seconds, 2),
        "chunks_per_s": round(chunks / seconds, 2),
        "cpu_s": round(cpu_seconds() - started_cpu, 2),
        "source_prefix": prune,
        "loadavg_after": load_average(),
    }


def encode_seconds(ws: Workspace, texts: list[str]) -> float:
    """Raw sentence-transformers encode of ``texts`` with the workspace's own model object."""
    model = ws.embedder.model
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    return time.perf_counter() - started


def embed_inputs(ws: Workspace, config: Config) -> tuple[list[str], list[str], list[str]]:
    """Chunk ids, chunk texts and the exact strings the pipeline embeds (title – section prefix)."""
    chunker = Chunker(
        ws.embedder.token_ids,
        max_tokens=ws.embedder.max_tokens,
        chunk_tokens=config.chunk_tokens,
        overlap=config.chunk_overlap,
    )
    titles = {r.meta.id: r.meta.title for r in ws.registry.documents()}
    chunks = ws.registry.chunks()
    inputs = [chunker.embed_input(titles[c.doc_id], c.section, c.text) for c in chunks]
    return [c.id for c in chunks], [c.text for c in chunks], inputs


def ask_latencies(
    ws: Workspace, questions: list[str], n: int, filters: Filters | None
) -> list[float]:
    """End-to-end ``ask`` wall times (ms) for ``n`` questions, cycling through ``questions``."""
    times = []
    for i in range(n):
        question = questions[i % len(questions)]
        started = time.perf_counter()
        ws.assistant.ask(question, filters=filters)
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure_ask(ws: Workspace, questions: list[str], n: int) -> dict[str, Any]:
    """Index load time, one warm-up call, then ``n`` questions without and with a group filter."""
    started = time.perf_counter()
    index = ws.index.get()
    load_s = time.perf_counter() - started
    log(f"index geladen in {load_s:.2f} s ({len(index)} passages)")
    started = time.perf_counter()
    ws.assistant.ask(questions[0])
    warmup_s = time.perf_counter() - started
    log(f"opwarmvraag: {warmup_s:.2f} s (laadt o.a. het model)")
    plain = percentiles(ask_latencies(ws, questions, n, None))
    log(f"ask zonder filter: p50 {plain['p50_ms']} ms, p95 {plain['p95_ms']} ms")
    dementia = Filters(target_groups=("dementie",))
    filtered = percentiles(ask_latencies(ws, questions, n, dementia))
    log(f"ask met filter dementie: p50 {filtered['p50_ms']} ms, p95 {filtered['p95_ms']} ms")
    return {
        "chunks": len(index),
        "index_load_s": round(load_s, 3),
        "warmup_s": round(warmup_s, 3),
        "no_filter": plain,
        "filter_dementie": filtered,
    }


# --------------------------------------------------------------------------- sample corpus


def run_cli_reingest(data_dir: Path, runs: int) -> dict[str, Any]:
    """Re-ingest the unchanged sample corpus in fresh CLI processes (wall time per process)."""
    exe = Path(sys.executable).parent / "hospicewijzer"
    cli = str(exe) if exe.exists() else (shutil.which("hospicewijzer") or "hospicewijzer")
    cmd = [cli, "--data-dir", str(data_dir), "ingest", str(CORPUS)]
    walls: list[float] = []
    summary = ""
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False)
        walls.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"re-ingest mislukt ({done.returncode}): {done.stderr[-2000:]}")
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    # One more run with wait4 for the peak RSS of exactly that child process.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "command": " ".join(cmd),
        "wall_s_first": round(walls[0], 3),
        "wall_s_all": [round(w, 3) for w in walls],
        "wall_s_median": round(float(np.median(walls)), 3),
        "cli_summary": summary,
        "child_peak_rss_mb_wait4": round(usage.ru_maxrss / 1024, 1),
        "children_peak_rss_mb_rusage": round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
    }


def sample_phase(tmp: Path, questions: list[str], n_questions: int) -> dict[str, Any]:
    """Ingest the sample corpus, re-ingest it from the CLI, time raw encoding and ask."""
    data_dir = tmp / "data-sample"
    config, ws = open_ws(data_dir, write=True)
    try:
        log(f"voorbeeldcorpus inlezen naar {data_dir} ...")
        ingest = timed_ingest(ws, CORPUS, "corpus/")
        log(f"voorbeeldcorpus: {ingest['chunks']} passages in {ingest['seconds']} s "
            f"({ingest['chunks_per_s']} passages/s, inclusief laden torch en model)")  # fmt: skip
        _, texts, inputs = embed_inputs(ws, config)
        enc_text = encode_seconds(ws, texts)
        enc_input = encode_seconds(ws, inputs)
        log(f"ruwe encode voorbeeldcorpus: {len(texts) / enc_input:.1f} passages/s (embed-invoer)")
    finally:
        ws.close()
    log("herinlezen via nieuw CLI-proces ...")
    reingest = run_cli_reingest(data_dir, runs=3)
    log(f"herinlezen: {reingest['wall_s_first']} s (alle runs {reingest['wall_s_all']}) "
        f"— {reingest['cli_summary']}")  # fmt: skip
    _, ws = open_ws(data_dir, write=False)
    try:
        ask = measure_ask(ws, questions, n_questions)
    finally:
        ws.close()
    return {
        "ingest": ingest,
        "raw_encode": {
            "chunk_text_s": round(enc_text, 2),
            "embed_input_s": round(enc_input, 2),
            "embed_input_chunks_per_s": round(len(inputs) / enc_input, 2),
        },
        "reingest_cli": reingest,
        "ask": ask,
        "peak_rss_mb_after": round(peak_rss_mb(), 1),
    }


# --------------------------------------------------------------------------- synthetic corpus


def corpus_vocabulary(root: Path) -> tuple[list[str], list[int]]:
    """Words (and their counts) from the real Markdown corpus bodies, front matter excluded."""
    counts: Counter[str] = Counter()
    for path in sorted(root.rglob("*.md")):
        if path.name in ("README.md", "SCHEMA.md"):
            continue
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("\n---", 1)[-1]
        counts.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", text))
    words = sorted(counts)
    return words, [counts[w] for w in words]


class TextGenerator:
    """Dutch-looking sentences drawn from the real corpus vocabulary with a fixed seed."""

    def __init__(self, words: list[str], counts: list[int], seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = words
        # Square-root weights: still frequency-shaped, but rarer words appear too.
        self.cum = list(np.cumsum([math.sqrt(c) for c in counts]))

    def phrase(self, lo: int, hi: int) -> str:
        """``lo``..``hi`` words, no punctuation."""
        n = self.rng.randint(lo, hi)
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum, k=n))

    def sentence(self) -> str:
        """One sentence of 6 to 18 words with a capital and a full stop."""
        text = self.phrase(6, 18)
        if self.rng.random() < 0.2:
            half = text.split(" ")
            cut = len(half) // 2
            text = " ".join(half[:cut]) + ", " + " ".join(half[cut:])
        return text[0].upper() + text[1:] + "."

    def section_body(self) -> str:
        """A paragraph, sometimes followed by a bullet list."""
        paragraph = " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))
        if self.rng.random() < 0.35:
            bullets = "\n".join(f"- {self.sentence()}" for _ in range(self.rng.randint(2, 4)))
            return f"{paragraph}\n\n{bullets}"
        return paragraph

    def front_matter(self, number: int, title: str) -> str:
        """YAML front matter following corpus/SCHEMA.md, with varied target groups."""
        rng = self.rng
        groups = rng.sample(TARGET_GROUPS[:-1], rng.choice((1, 1, 1, 2, 2, 3)))
        if rng.random() < 0.15:
            groups = ["algemeen"]
        published = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2900))
        review = published + timedelta(days=rng.choice((730, 1095, 1460)))
        return "\n".join([
            "---",
            f"id: synth-{number:05d}",
            f'title: "{title}"',
            f"doc_type: {rng.choice(DOC_TYPES)}",
            f"target_groups: [{', '.join(groups)}]",
            f"regions: [{', '.join(rng.sample(REGIONS, rng.choice((1, 1, 2))))}]",
            f"audience: {rng.choice(AUDIENCES)}",
            f"source_url: https://kennisbank.example/synthetisch/{number:05d}",
            f"published: {published.isoformat()}",
            f"review_date: {review.isoformat()}",
            "fictional: true",
            "---",
        ])  # fmt: skip

    def document(self, number: int, sections: int) -> str:
        """One Markdown document: banner, H1, ``sections`` H2 (sometimes H3) sections."""
        title = self.phrase(3, 7).capitalize()
        parts = [self.front_matter(number, title), BANNER, "", f"# {title}", ""]
        for _ in range(sections):
            level = "###" if self.rng.random() < 0.25 else "##"
            parts += [f"{level} {self.phrase(1, 4).capitalize()}", "", self.section_body(), ""]
        return "\n".join(parts)


def generate_corpus(root: Path, target_chunks: int, sections: int, seed: int) -> int:
    """Write enough files for at least ``target_chunks`` chunks (each section is ≥ 1 chunk)."""
    words, counts = corpus_vocabulary(CORPUS)
    generator = TextGenerator(words, counts, seed)
    n_files = math.ceil(target_chunks / sections)
    for number in range(n_files):
        folder = root / f"map-{number // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"synth-{number:05d}.md").write_text(
            generator.document(number, sections), encoding="utf-8"
        )
    log(
        f"synthetisch corpus: {n_files} bestanden, "
        f"woordenschat {len(words)} woorden uit het echte corpus"
    )
    return n_files


def flush_groups(ids: list[str], size: int) -> list[tuple[int, int]]:
    """Approximate the pipeline's flush groups: whole documents until ≥ ``size`` chunks."""
    groups: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(ids) + 1):
        boundary = i == len(ids) or ids[i].split(":", 1)[0] != ids[i - 1].split(":", 1)[0]
        if boundary and i - start >= size:
            groups.append((start, i))
            start = i
    if start < len(ids):
        groups.append((start, len(ids)))
    return groups


def vector_check(ws: Workspace, ids: list[str], inputs: list[str]) -> float:
    """Lowest cosine between stored vectors and a fresh encode of the reconstructed inputs."""
    sample = list(range(0, len(ids), max(1, len(ids) // 64)))[:64]
    stored = ws.store.embeddings([ids[i] for i in sample])
    fresh = ws.embedder.model.encode(
        [inputs[i] for i in sample],
        batch_size=32,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return float(min(np.dot(stored[ids[i]], fresh[j]) for j, i in enumerate(sample)))


def overhead_row(name: str, ingest_s: float, encode_s: float, chunks: int) -> dict[str, Any]:
    """Ingest time relative to one raw-encode variant."""
    return {
        "variant": name,
        "encode_s": round(encode_s, 2),
        "encode_chunks_per_s": round(chunks / encode_s, 2),
        "overhead_pct": round((ingest_s / encode_s - 1) * 100, 1),
    }


def encode_variants(
    ws: Workspace, config: Config, ingest_s: float, pipeline_groups: bool
) -> tuple[list[dict[str, Any]], float]:
    """Raw encode throughput on the ingested chunks, several ways, and a vector sanity check."""
    ids, texts, inputs = embed_inputs(ws, config)
    n = len(ids)
    cosine = vector_check(ws, ids, inputs)
    log(f"vectorcontrole: laagste cosinus opgeslagen vs. opnieuw ge-encodeerd = {cosine:.5f}")
    rows = []
    runs: list[tuple[str, Callable[[], float]]] = [
        ("chunk_text (registry.chunks().text, alles in één encode-aanroep)",
         lambda: encode_seconds(ws, texts)),
        ("embed_input (titel – sectie + tekst, precies wat de pijplijn embedt, één aanroep)",
         lambda: encode_seconds(ws, inputs)),
    ]  # fmt: skip
    if pipeline_groups:
        groups = flush_groups(ids, 128)
        runs.append((
            f"embed_input in {len(groups)} flush-groepen van ≥128 passages (zoals de pijplijn)",
            lambda: sum(encode_seconds(ws, inputs[a:b]) for a, b in groups),
        ))  # fmt: skip
    for name, run in runs:
        log(f"ruwe encode: {name} ...")
        row = overhead_row(name, ingest_s, run(), n)
        row["loadavg_after"] = load_average()
        log(
            f"  {row['encode_s']} s, {row['encode_chunks_per_s']} passages/s, "
            f"overhead {row['overhead_pct']} %"
        )
        rows.append(row)
    return rows, cosine


def synthetic_phase(tmp: Path, args: argparse.Namespace, questions: list[str]) -> dict[str, Any]:
    """Generate, ingest and encode the synthetic corpus, then measure warm ask latency."""
    root = tmp / "synthetic-corpus"
    data_dir = tmp / "data-synthetic"
    n_files = generate_corpus(root, args.chunks, args.sections, args.seed)
    config, ws = open_ws(data_dir, write=True)
    try:
        log(f"synthetisch corpus inlezen ({n_files} bestanden) ...")
        ingest = timed_ingest(ws, root, f"{root.name}/")
        log(
            f"synthetisch: {ingest['chunks']} passages in {ingest['seconds']} s "
            f"({ingest['chunks_per_s']} passages/s)"
        )
        rss_after_ingest = peak_rss_mb()
        encodes, cosine = encode_variants(ws, config, ingest["seconds"], args.pipeline_groups)
    finally:
        ws.close()
    _, ws = open_ws(data_dir, write=False)
    try:
        ask = measure_ask(ws, questions, args.questions)
    finally:
        ws.close()
    disk_mb = sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file()) / 2**20
    return {
        "files": n_files,
        "sections_per_file": args.sections,
        "seed": args.seed,
        "ingest": ingest,
        "raw_encode": encodes,
        "min_cosine_stored_vs_fresh": round(cosine, 5),
        "ask": ask,
        "data_dir_mb": round(disk_mb, 1),
        "peak_rss_mb_after_ingest": round(rss_after_ingest, 1),
        "peak_rss_mb_after": round(peak_rss_mb(), 1),
    }


# --------------------------------------------------------------------------- report


def verdict(key: str, value: float | None) -> str:
    """ "ja"/"NEE" against the target for ``key``."""
    if value is None:
        return "–"
    op, limit = TARGETS[key]
    ok = value <= limit if op == "≤" else value >= limit
    return "ja" if ok else "NEE"


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(metric, measured, target, met) rows for the Markdown table."""
    sample = results["sample"]
    rows = [
        ("Inlezen voorbeeldcorpus",
         f"{sample['ingest']['seconds']} s, {sample['ingest']['chunks']} passages, "
         f"{sample['ingest']['chunks_per_s']} passages/s", "–", "–"),
        ("Herinlezen ongewijzigd corpus (nieuw CLI-proces)",
         f"{sample['reingest_cli']['wall_s_first']} s "
         f"(mediaan {sample['reingest_cli']['wall_s_median']} s)",
         "≤ 2 s", verdict("reingest_s", sample["reingest_cli"]["wall_s_first"])),
    ]  # fmt: skip
    synth = results.get("synthetic")
    if synth:
        ask = synth["ask"]
        rows.append(("Inlezen synthetisch corpus",
                     f"{synth['ingest']['seconds']} s, {synth['ingest']['chunks']} passages, "
                     f"{synth['ingest']['chunks_per_s']} passages/s", "–", "–"))  # fmt: skip
        for enc in synth["raw_encode"]:
            rows.append((f"Pijplijn-overhead t.o.v. {enc['variant']}",
                         f"{enc['overhead_pct']} % "
                         f"(encode {enc['encode_chunks_per_s']} passages/s)",
                         "≤ 10 %", verdict("overhead_pct", enc["overhead_pct"])))  # fmt: skip
        rows.append(("Index laden (eerste ws.index.get())", f"{ask['index_load_s']} s", "–", "–"))
        for label, key in (("zonder filter", "no_filter"), ("filter dementie", "filter_dementie")):
            stats = ask[key]
            rows.append((f"ask p50 {label} ({ask['chunks']} passages)", f"{stats['p50_ms']} ms",
                         "≤ 40 ms", verdict("ask_p50_ms", stats["p50_ms"])))  # fmt: skip
            rows.append((f"ask p95 {label}", f"{stats['p95_ms']} ms",
                         "≤ 100 ms", verdict("ask_p95_ms", stats["p95_ms"])))  # fmt: skip
    mem = results["memory"]
    rows.append(
        ("Piekgeheugen benchmarkproces (RUSAGE_SELF)", f"{mem['self_peak_rss_mb']} MB", "–", "–")
    )
    rows.append(
        (
            "Piekgeheugen herinlees-CLI-proces (wait4)",
            f"{mem['reingest_child_peak_rss_mb']} MB",
            "–",
            "–",
        )
    )
    return rows


def render_markdown(results: dict[str, Any]) -> str:
    """The human summary."""
    m = results["machine"]
    lines = [
        "# Hospicewijzer – prestatiebenchmark",
        "",
        f"Gemeten op {m['date']} met `python benchmarks/run.py {' '.join(results['argv'])}`.",
        "",
        "## Machine",
        "",
        f"- nproc: {m['nproc']}, RAM: {m['ram_gb']} GB, CPU: {m['cpu_model']}",
        f"- Python {m['python']}, torch {m['torch']}, "
        f"sentence-transformers {m['sentence_transformers']}, "
        f"chromadb {m['chromadb']}, bm25s {m['bm25s']}",
        f"- {m['platform']}; geen GPU, geen netwerk",
        f"- load average (1/5/15 min) bij start {results['loadavg_start']}, "
        f"aan het eind {results['loadavg_end']}",
        "",
        "## Resultaten",
        "",
        "| Meting | Gemeten | Doel | Gehaald |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in summary_rows(results)]
    lines += ["", "## Toelichting", ""]
    lines += [f"- {note}" for note in results["notes"]]
    lines += ["", "Alle ruwe getallen staan in `benchmarks/results.json`.", ""]
    return "\n".join(lines)


def notes(results: dict[str, Any]) -> list[str]:
    """Method notes for the summary."""
    out = [
        "Inlezen = `ws.indexer.ingest(corpus_items(map, prefix=P), prune_prefix=P)` in een "
        "verse tijdelijke datamap, met P = `corpus/` zoals de CLI (zonder dezelfde bronsleutels "
        "ziet de CLI elk bestand als id-conflict): laden, knippen, embedden, Chroma, register "
        "en BM25. Bij het "
        "voorbeeldcorpus valt ook het importeren van torch/sentence-transformers, het laden van "
        "het model en het starten van de PDF-werker (spawn) in de meting.",
        "Herinlezen = wandkloktijd van `hospicewijzer --data-dir TMP ingest corpus` als nieuw "
        "proces (opstarten van Python en imports inbegrepen), gemeten rond `subprocess.run`; "
        "de eerste van drie runs telt.",
        "Overhead = inleestijd / ruwe encodetijd − 1, met hetzelfde modelobject en "
        "batch_size=32. `chunk_text` is de letterlijke passagetekst uit `ws.registry.chunks()`; "
        "`embed_input` zet er titel – sectie voor, precies zoals de pijplijn embedt. De pijplijn "
        "roept encode aan per flush van ≥128 passages, dus sorteert sentence-transformers alleen "
        "binnen zo'n groep op lengte; de derde variant bootst dat na.",
        "ask-latentie = wandkloktijd rond `ws.assistant.ask(vraag)` na één opwarmvraag, vragen "
        "uit evals/datasets/dev.jsonl (cyclisch), in een verse alleen-lezen workspace op "
        "dezelfde datamap.",
        "Piekgeheugen = ru_maxrss; het herinlees-proces is los gemeten met os.wait4 "
        "(RUSAGE_CHILDREN geeft het maximum over alle kindprocessen, inclusief de PDF-werker).",
    ]
    synth = results.get("synthetic")
    if synth:
        out.append(
            f"Synthetisch corpus: {synth['files']} Markdown-bestanden × "
            f"{synth['sections_per_file']} secties, zinnen uit de woordenschat van het echte "
            f"corpus (seed {synth['seed']}), doelgroepen gevarieerd; datamap na inlezen "
            f"{synth['data_dir_mb']} MB. Controle: laagste cosinus tussen opgeslagen en opnieuw "
            f"berekende vectoren = {synth['min_cosine_stored_vs_fresh']}."
        )
    return out


def wait_for_idle(limit_s: float) -> list[float]:
    """Wait (at most ``limit_s``) for a quiet machine; returns the load average at the start."""
    deadline = time.monotonic() + limit_s
    while load_average()[0] >= 0.5 and time.monotonic() < deadline:
        time.sleep(10)
    load = load_average()
    if load[0] >= 0.5:
        log(f"LET OP: machine niet stil (load {load}); de metingen kunnen te traag uitvallen")
    return load


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description="Prestatiebenchmark Hospicewijzer")
    parser.add_argument(
        "--chunks", type=int, default=20000, help="minimaal aantal synthetische passages"
    )
    parser.add_argument("--skip-synthetic", action="store_true", help="alleen het voorbeeldcorpus")
    parser.add_argument("--sections", type=int, default=10, help="secties per synthetisch bestand")
    parser.add_argument("--questions", type=int, default=200, help="vragen per latentiemeting")
    parser.add_argument("--seed", type=int, default=20250601)
    parser.add_argument("--no-pipeline-groups", dest="pipeline_groups", action="store_false",
                        help="sla de encode in flush-groepen over (één encode minder)")  # fmt: skip
    parser.add_argument("--wait-idle", type=float, default=0.0, metavar="S",
                        help="wacht max. S seconden tot de 1-min-load < 0,5 is")  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="tijdelijke mappen niet opruimen")
    parser.add_argument(
        "--out", type=Path, default=OUT_DIR, help="map voor results.json en RESULTS.md"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and write the results."""
    args = parse_args(argv)
    results: dict[str, Any] = {"argv": sys.argv[1:] if argv is None else list(argv)}
    results["machine"] = machine_info()
    log(f"machine: {results['machine']}")
    questions = dev_questions()
    results["loadavg_start"] = wait_for_idle(args.wait_idle)
    tmp = Path(tempfile.mkdtemp(prefix="hw-bench-"))
    try:
        results["sample"] = sample_phase(tmp, questions, args.questions)
        if not args.skip_synthetic:
            results["synthetic"] = synthetic_phase(tmp, args, questions)
    finally:
        if args.keep:
            log(f"tijdelijke mappen bewaard in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    results["memory"] = {
        "self_peak_rss_mb": round(peak_rss_mb(), 1),
        "reingest_child_peak_rss_mb": results["sample"]["reingest_cli"]["child_peak_rss_mb_wait4"],
        "children_peak_rss_mb": round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
    }
    results["loadavg_end"] = load_average()
    results["targets"] = {k: f"{op} {v}" for k, (op, v) in TARGETS.items()}
    results["notes"] = notes(results)
    args.out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    (args.out / "results.json").write_text(text + "\n", encoding="utf-8")
    (args.out / "RESULTS.md").write_text(render_markdown(results), encoding="utf-8")
    log(f"klaar; geschreven naar {args.out / 'results.json'} en {args.out / 'RESULTS.md'}")
    for row in summary_rows(results):
        print(" | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
