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
import hashlib
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
from assistant.metadata import AUDIENCES, REGIONS, TARGET_GROUPS  # noqa: E402
from assistant.metadata import DOC_TYPES as ALL_DOC_TYPES  # noqa: E402
from assistant.types import Filters  # noqa: E402
from ingest.chunking import Chunker  # noqa: E402
from ingest.items import IngestItem, corpus_items  # noqa: E402
from ui.workspace import Workspace, open_workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DEV_SET = REPO / "evals" / "datasets" / "dev.jsonl"
OUT_DIR = Path(__file__).resolve().parent

# The synthetic corpus draws from the product's own vocabularies ("beslisboom" needs a YAML tree).
DOC_TYPES = tuple(t for t in ALL_DOC_TYPES if t != "beslisboom")
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
    """1/5/15-minute load average (includes this benchmark's own threads)."""
    return [round(x, 2) for x in os.getloadavg()]


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine spent busy since boot (from /proc/stat)."""
    try:
        first = Path("/proc/stat").read_text(encoding="utf-8").split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    v = [int(x) for x in first] + [0] * 8
    busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7]  # user nice system irq softirq steal
    return busy / os.sysconf("SC_CLK_TCK")


class Contention:
    """How many cores other processes kept busy while a measurement ran.

    Other work on the 2-core machine (e.g. a test run) slows every wall-clock number here, so each
    phase records it: machine-wide busy CPU time minus this process's own (and its children's).
    """

    def __init__(self) -> None:
        self.start = self._snapshot()

    @staticmethod
    def _snapshot() -> tuple[float, float, float]:
        own = cpu_seconds() + sum(
            getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f)
            for f in ("ru_utime", "ru_stime")
        )
        return time.perf_counter(), busy_cpu_seconds(), own

    def other_cores(self) -> float:
        """Average number of cores used by other processes since construction."""
        wall, busy, own = (b - a for a, b in zip(self.start, self._snapshot(), strict=True))
        return round(max(0.0, (busy - own) / wall), 2) if wall > 0 else 0.0


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
    settle()
    items, prune = folder_items(root, prefix)
    started_cpu = cpu_seconds()
    contention = Contention()
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
        "other_cores": contention.other_cores(),
    }


def encode_seconds(ws: Workspace, texts: list[str]) -> tuple[float, float]:
    """Raw sentence-transformers encode of ``texts`` with the workspace's own model object.

    Returns:
        Wall seconds and CPU seconds of this process (all threads).
    """
    model = ws.embedder.model
    started_cpu = cpu_seconds()
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    return time.perf_counter() - started, cpu_seconds() - started_cpu


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
) -> dict[str, Any]:
    """``ask`` for ``n`` questions (cycling): wall-time percentiles, plus CPU-time percentiles."""
    settle()
    walls, cpus = [], []
    contention = Contention()
    for i in range(n):
        question = questions[i % len(questions)]
        started_cpu = time.process_time()
        started = time.perf_counter()
        ws.assistant.ask(question, filters=filters)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - started_cpu) * 1000)
    stats = {**percentiles(walls), "cpu": percentiles(cpus)}
    return {**stats, "other_cores": contention.other_cores()}


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
    plain = ask_latencies(ws, questions, n, None)
    log(f"ask zonder filter: p50 {plain['p50_ms']} ms, p95 {plain['p95_ms']} ms")
    dementia = Filters(target_groups=("dementie",))
    filtered = ask_latencies(ws, questions, n, dementia)
    log(f"ask met filter dementie: p50 {filtered['p50_ms']} ms, p95 {filtered['p95_ms']} ms")
    return {
        "chunks": len(index),
        "index_load_s": round(load_s, 3),
        "warmup_s": round(warmup_s, 3),
        "no_filter": plain,
        "filter_dementie": filtered,
    }


# --------------------------------------------------------------------------- sample corpus


def is_noop(summary: str) -> bool:
    """Whether a CLI ingest summary says nothing was added, replaced, removed or written."""
    pattern = r"(\d+) (nieuw|bijgewerkt|verwijderd|passages geschreven)"
    counts = [int(n) for n, _ in re.findall(pattern, summary)]
    return len(counts) == 4 and not any(counts)


def cli_run(cmd: list[str]) -> dict[str, Any]:
    """One timed CLI process: wall time around ``subprocess.run`` and its summary line."""
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(
            f"re-ingest mislukt ({done.returncode}): {done.stdout[-1500:]} {done.stderr[-1500:]}"
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("Klaar")]
    summary = lines[0] if lines else done.stdout.strip()
    return {"wall_s": round(wall, 3), "summary": summary, "noop": is_noop(summary)}


def run_cli_reingest(data_dir: Path, noop_runs: int = 3, max_runs: int = 6) -> dict[str, Any]:
    """Re-ingest the unchanged sample corpus in fresh CLI processes (wall time per process).

    The headline is the first run that really had nothing to do. If the product code changed
    after the in-process ingest (fingerprints or chunking differ), the first CLI run re-embeds;
    that run is reported, not hidden.
    """
    exe = Path(sys.executable).parent / "hospicewijzer"
    cli = str(exe) if exe.exists() else (shutil.which("hospicewijzer") or "hospicewijzer")
    cmd = [cli, "--data-dir", str(data_dir), "ingest", str(CORPUS)]
    settle()
    contention = Contention()
    attempts: list[dict[str, Any]] = []
    while sum(a["noop"] for a in attempts) < noop_runs and len(attempts) < max_runs:
        attempts.append(cli_run(cmd))
    if not attempts[0]["noop"]:
        log(f"LET OP: de eerste CLI-run deed echt werk: {attempts[0]['summary']}")
    walls = [a["wall_s"] for a in attempts if a["noop"]]
    # One more run with wait4 for the peak RSS of exactly that child process.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "command": " ".join(cmd),
        "wall_s": walls[0] if walls else None,
        "wall_s_median": round(float(np.median(walls)), 3) if walls else None,
        "first_run_was_noop": attempts[0]["noop"],
        "attempts": attempts,
        "cli_summary": attempts[-1]["summary"],
        "other_cores": contention.other_cores(),
        "child_peak_rss_mb_wait4": round(usage.ru_maxrss / 1024, 1),
        "children_peak_rss_mb_rusage": round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
    }


def source_fingerprint() -> dict[str, str]:
    """Hash of the product code (assistant/, ingest/); the code must not change mid-run."""
    digest = hashlib.sha256()
    newest = 0.0
    for folder in ("assistant", "ingest"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(REPO).as_posix().encode())
                digest.update(path.read_bytes())
                newest = max(newest, path.stat().st_mtime)
    changed = datetime.fromtimestamp(newest, UTC).isoformat(timespec="seconds")
    return {"sha256": digest.hexdigest()[:16], "newest_change": changed}


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
        enc_text, _ = encode_seconds(ws, texts)
        enc_input, _ = encode_seconds(ws, inputs)
        log(f"ruwe encode voorbeeldcorpus: {len(texts) / enc_input:.1f} passages/s (embed-invoer)")
    finally:
        ws.close()
    log("herinlezen via nieuw CLI-proces ...")
    reingest = run_cli_reingest(data_dir)
    log(f"herinlezen: {reingest['wall_s']} s (alle runs "
        f"{[a['wall_s'] for a in reingest['attempts']]}) "
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


def chunks_per_file(paths: list[Path], config: Config) -> float:
    """Mean chunk count of some generated files (tokenizer only; the model is not loaded)."""
    from assistant.embedding import SentenceTransformerEmbedder
    from ingest.documents import load_document

    embedder = SentenceTransformerEmbedder(config.embedding_model)
    chunker = Chunker(
        embedder.token_ids,
        max_tokens=embedder.max_tokens,
        chunk_tokens=config.chunk_tokens,
        overlap=config.chunk_overlap,
    )
    total = sum(len(chunker(load_document(p, display_name=p.name))) for p in paths)
    return total / len(paths)


def generate_corpus(root: Path, target_chunks: int, sections: int, seed: int) -> int:
    """Write enough files for at least ``target_chunks`` chunks (a small margin above it).

    The chunks per file are calibrated on the first 40 files with the real chunker, so the corpus
    lands just above the target instead of far above it.
    """
    words, counts = corpus_vocabulary(CORPUS)
    generator = TextGenerator(words, counts, seed)

    def write(number: int) -> Path:
        path = root / f"map-{number // 100:03d}" / f"synth-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generator.document(number, sections), encoding="utf-8")
        return path

    calibration = [write(n) for n in range(min(40, math.ceil(target_chunks / sections)))]
    per_file = chunks_per_file(calibration, load_config(data_dir=root.parent / "unused"))
    n_files = max(len(calibration), math.ceil(target_chunks * 1.02 / per_file))
    for number in range(len(calibration), n_files):
        write(number)
    log(
        f"synthetisch corpus: {n_files} bestanden (≈{per_file:.1f} passages per bestand), "
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


def overhead_row(
    name: str, ingest: dict[str, Any], encode: tuple[float, float], chunks: int
) -> dict[str, Any]:
    """Ingest time relative to one raw-encode variant (wall clock; CPU time as a cross-check)."""
    wall, cpu = encode
    return {
        "variant": name,
        "encode_s": round(wall, 2),
        "encode_cpu_s": round(cpu, 2),
        "encode_chunks_per_s": round(chunks / wall, 2),
        "overhead_pct": round((ingest["seconds"] / wall - 1) * 100, 1),
        "overhead_pct_cpu": round((ingest["cpu_s"] / cpu - 1) * 100, 1),
    }


def add_timings(timings: list[tuple[float, float]]) -> tuple[float, float]:
    """Sum (wall, cpu) pairs."""
    return sum(t[0] for t in timings), sum(t[1] for t in timings)


def encode_variants(
    ws: Workspace, config: Config, ingest: dict[str, Any], pipeline_groups: bool
) -> tuple[list[dict[str, Any]], float]:
    """Raw encode throughput on the ingested chunks, several ways, and a vector sanity check."""
    ids, texts, inputs = embed_inputs(ws, config)
    n = len(ids)
    cosine = vector_check(ws, ids, inputs)
    log(f"vectorcontrole: laagste cosinus opgeslagen vs. opnieuw ge-encodeerd = {cosine:.5f}")
    rows = []
    runs: list[tuple[str, Callable[[], tuple[float, float]]]] = [
        ("chunk_text (registry.chunks().text, alles in één encode-aanroep)",
         lambda: encode_seconds(ws, texts)),
        ("embed_input (titel – sectie + tekst, precies wat de pijplijn embedt, één aanroep)",
         lambda: encode_seconds(ws, inputs)),
    ]  # fmt: skip
    if pipeline_groups:
        groups = flush_groups(ids, 128)
        runs.append((
            f"embed_input in {len(groups)} flush-groepen van ≥128 passages (zoals de pijplijn)",
            lambda: add_timings([encode_seconds(ws, inputs[a:b]) for a, b in groups]),
        ))  # fmt: skip
    for name, run in runs:
        settle()
        log(f"ruwe encode: {name} ...")
        contention = Contention()
        row = overhead_row(name, ingest, run(), n)
        row["other_cores"] = contention.other_cores()
        log(
            f"  {row['encode_s']} s, {row['encode_chunks_per_s']} passages/s, "
            f"overhead {row['overhead_pct']} % (CPU-tijd: {row['overhead_pct_cpu']} %)"
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
        encodes, cosine = encode_variants(ws, config, ingest, args.pipeline_groups)
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
        "target_chunks": args.chunks,
        "target_chunks_met": ingest["chunks"] >= args.chunks,
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


def ask_rows(ask: dict[str, Any], judged: bool) -> list[tuple[str, str, str, str]]:
    """p50/p95 rows for one corpus; only the large corpus is judged against the targets."""
    rows = []
    for label, key in (("zonder filter", "no_filter"), ("filter dementie", "filter_dementie")):
        stats = ask[key]
        for pct, target in (("p50", "≤ 40 ms"), ("p95", "≤ 100 ms")):
            value = stats[f"{pct}_ms"]
            rows.append((
                f"ask {pct} {label} ({ask['chunks']} passages)",
                f"{value} ms (CPU-tijd {stats['cpu'][f'{pct}_ms']} ms)",
                target if judged else "–",
                verdict(f"ask_{pct}_ms", value) if judged else "–",
            ))  # fmt: skip
    return rows


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(metric, measured, target, met) rows for the Markdown table."""
    sample = results["sample"]
    reingest = sample["reingest_cli"]
    rows = [
        ("Inlezen voorbeeldcorpus",
         f"{sample['ingest']['seconds']} s, {sample['ingest']['chunks']} passages, "
         f"{sample['ingest']['chunks_per_s']} passages/s", "–", "–"),
        ("Herinlezen ongewijzigd corpus (nieuw CLI-proces)",
         f"{reingest['wall_s']} s (mediaan van 3: {reingest['wall_s_median']} s)"
         + ("" if reingest["first_run_was_noop"] else
            f"; LET OP: de eerste CLI-run deed echt werk ({reingest['attempts'][0]['wall_s']} s)"),
         "≤ 2 s", verdict("reingest_s", reingest["wall_s"])),
    ]  # fmt: skip
    synth = results.get("synthetic")
    if synth:
        ingest = synth["ingest"]
        rows.append(("Inlezen synthetisch corpus",
                     f"{ingest['seconds']} s, {ingest['chunks']} passages, "
                     f"{ingest['chunks_per_s']} passages/s", "–", "–"))  # fmt: skip
        for enc in synth["raw_encode"]:
            rows.append((f"Pijplijn-overhead t.o.v. {enc['variant']}",
                         f"{enc['overhead_pct']} % (encode {enc['encode_chunks_per_s']} "
                         f"passages/s; in CPU-tijd {enc['overhead_pct_cpu']} %)",
                         "≤ 10 %", verdict("overhead_pct", enc["overhead_pct"])))  # fmt: skip
        rows.append(
            ("Index laden (eerste ws.index.get())", f"{synth['ask']['index_load_s']} s", "–", "–")
        )
        rows += ask_rows(synth["ask"], judged=True)
    rows += ask_rows(sample["ask"], judged=False)
    mem = results["memory"]
    rows.append(
        ("Piekgeheugen benchmarkproces (RUSAGE_SELF)", f"{mem['self_peak_rss_mb']} MB", "–", "–")
    )
    rows.append((
        "Piekgeheugen herinlees-CLI-proces (os.wait4; RUSAGE_CHILDREN "
        f"{mem['children_peak_rss_mb']} MB)",
        f"{mem['reingest_child_peak_rss_mb']} MB", "–", "–",
    ))  # fmt: skip
    return rows


def max_other_cores(results: dict[str, Any]) -> float:
    """Most cores other processes used during any measured phase."""
    found: list[float] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "other_cores" and isinstance(value, float | int):
                    found.append(float(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(results)
    return max(found, default=0.0)


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
        f"- productcode {results['code_start']['sha256']} (laatst gewijzigd "
        f"{results['code_start']['newest_change']})",
        f"- load average (1/5/15 min) bij start {results['loadavg_start']}, "
        f"aan het eind {results['loadavg_end']}; door andere processen bezette cores "
        f"(maximum over de fasen): {max_other_cores(results)}",
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
    load = max_other_cores(results)
    if load >= 0.2:
        out.insert(0, (
            f"**LET OP:** tijdens de meting draaiden er andere processen (tot gemiddeld {load} "
            f"van de {results['machine']['nproc']} cores bezet in een fase, zie `other_cores` in "
            "results.json). Wandkloktijden zijn daardoor te "
            "hoog; de CPU-tijden van het eigen proces zijn minder gevoelig voor die concurrentie, "
            "maar meten niet hetzelfde (encode gebruikt 2 threads, de rest van de pijplijn 1)."
        ))  # fmt: skip
    if results["code_start"] != results["code_end"]:
        out.insert(0, (
            "**LET OP:** de productcode (assistant/, ingest/) is tijdens de meting gewijzigd "
            f"({results['code_start']['sha256']} → {results['code_end']['sha256']}). Het "
            "benchmarkproces gebruikte de versie van de start; CLI-subprocessen de versie op dat "
            "moment."
        ))  # fmt: skip
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


IDLE_WAIT_S = 0.0  # set from --wait-idle: the longest wait for a quiet machine before each phase


def settle() -> None:
    """Before a measured phase: wait for other processes to leave the CPUs alone (if asked)."""
    if IDLE_WAIT_S > 0:
        wait_for_idle(IDLE_WAIT_S)


def wait_for_idle(limit_s: float) -> list[float]:
    """Wait (at most ``limit_s``) until other processes leave the CPUs alone for 15 s.

    Returns:
        The load average when the benchmark starts.
    """
    deadline = time.monotonic() + limit_s
    others = 0.0
    while True:
        contention = Contention()
        time.sleep(15 if limit_s > 0 else 1)
        others = contention.other_cores()
        if others < 0.15 or time.monotonic() >= deadline:
            break
        log(f"wachten op een stille machine (andere processen: {others} cores bezet) ...")
    if others >= 0.15:
        log(f"LET OP: machine niet stil ({others} cores bezet); wandkloktijden vallen te hoog uit")
    return load_average()


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
                        help="wacht vóór elke fase max. S seconden tot andere processen de CPU vrijlaten")  # fmt: skip
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
    results["code_start"] = source_fingerprint()
    log(f"machine: {results['machine']}")
    questions = dev_questions()
    global IDLE_WAIT_S  # a script-wide setting, read by settle()
    IDLE_WAIT_S = args.wait_idle
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
    results["code_end"] = source_fingerprint()
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
