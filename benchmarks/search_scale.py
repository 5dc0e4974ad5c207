"""Simulated search step at scale: exact numpy top-k (with and without a filter mask) vs Chroma HNSW.

Usage (from the repository root)::

    python benchmarks/search_scale.py                      # 100k and 1M, Chroma at 100k
    python benchmarks/search_scale.py --sizes 100000 --no-chroma

Random 384-dim float32 unit vectors stand in for the chunk vectors (the dense step of the
in-memory SearchIndex only sees vectors and a boolean mask, so their content does not matter for
time and memory). Per size it reports the matrix's memory and the p50/p95 latency of:

- ``exact``: ``vectors @ q`` and ``argpartition`` for the top 40 (what ``SearchIndex`` does);
- ``exact+mask``: the same with a filter mask that keeps 10 % of the chunks, applied by setting
  the other scores to -inf (one boolean mask shared with BM25);
- ``gather+mask``: only the masked rows are multiplied (``vectors[idx] @ q``);
- ``chroma-hnsw`` (100k only): the Chroma collection's HNSW query with a ``where`` filter on the
  same 10 % (via ``assistant.store.ChromaStore``, embedded, in a temporary folder).

Writes ``benchmarks/search-scale-results.json`` and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DIM = 384
TOP_K = 40
KEEP = 0.10  # share of chunks a filter keeps (one target group of ten)


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    out = np.empty((n, DIM), dtype=np.float32)
    for start in range(0, n, 100_000):  # in blocks: no float64 temporaries of the whole matrix
        block = rng.standard_normal((min(100_000, n - start), DIM), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start : start + len(block)] = block
    return out


def _time(fn: Callable[[np.ndarray], object], queries: np.ndarray) -> dict[str, float]:
    fn(queries[0])  # warm-up
    times = []
    for q in queries[1:]:
        t = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - t) * 1000)
    ordered = sorted(times)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
    }


def _exact(vectors: np.ndarray) -> Callable[[np.ndarray], object]:
    def run(q: np.ndarray) -> object:
        scores = vectors @ q
        top = np.argpartition(-scores, TOP_K)[:TOP_K]
        return top[np.argsort(-scores[top])]

    return run


def _exact_mask(vectors: np.ndarray, mask: np.ndarray) -> Callable[[np.ndarray], object]:
    def run(q: np.ndarray) -> object:
        scores = vectors @ q
        scores[~mask] = -np.inf
        top = np.argpartition(-scores, TOP_K)[:TOP_K]
        return top[np.argsort(-scores[top])]

    return run


def _gather_mask(vectors: np.ndarray, mask: np.ndarray) -> Callable[[np.ndarray], object]:
    idx = np.flatnonzero(mask)

    def run(q: np.ndarray) -> object:
        scores = vectors[idx] @ q
        top = np.argpartition(-scores, TOP_K)[:TOP_K]
        return idx[top[np.argsort(-scores[top])]]

    return run


def _chroma(vectors: np.ndarray, mask: np.ndarray, queries: np.ndarray) -> dict[str, Any]:
    from assistant.store import ChromaStore
    from assistant.types import Chunk

    folder = Path(tempfile.mkdtemp(prefix="hw-scale-chroma-"))
    store = ChromaStore(folder, "scale")
    try:
        started = time.perf_counter()
        for start in range(0, len(vectors), 5000):
            ids = range(start, min(start + 5000, len(vectors)))
            chunks = [Chunk(f"c{i}", f"d{i // 20}", i % 20, "", "", None, 0) for i in ids]
            metas = [{"group": "g" if mask[i] else "x"} for i in ids]
            store.upsert(chunks, vectors[start : start + len(chunks)], metas)
        build_s = time.perf_counter() - started
        plain = _time(lambda q: store.query(q, TOP_K), queries)
        filtered = _time(lambda q: store.query(q, TOP_K, where={"group": "g"}), queries)
        # Recall of HNSW against exact search, filtered (what an index swap would cost in quality).
        exact = _exact_mask(vectors, mask)
        recalls = []
        for q in queries[1:21]:
            truth = {f"c{i}" for i in np.asarray(exact(q)).tolist()}
            got = {cid for cid, _ in store.query(q, TOP_K, where={"group": "g"})}
            recalls.append(len(truth & got) / TOP_K)
        return {
            "build_s": round(build_s, 1),
            "hnsw": plain,
            "hnsw_where": filtered,
            "recall_at_40_where": round(statistics.fmean(recalls), 3),
        }
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


def measure(n: int, queries: int, chroma: bool, seed: int) -> dict[str, Any]:
    """All measurements for ``n`` vectors."""
    rng = np.random.default_rng(seed)
    vectors = _unit(rng, n)
    mask = rng.random(n) < KEEP
    qs = _unit(rng, queries + 1)
    result: dict[str, Any] = {
        "chunks": n,
        "matrix_mb": round(vectors.nbytes / 2**20, 1),
        "exact": _time(_exact(vectors), qs),
        "exact_mask": _time(_exact_mask(vectors, mask), qs),
        "gather_mask": _time(_gather_mask(vectors, mask), qs),
    }
    if chroma:
        result["chroma"] = _chroma(vectors, mask, qs)
    return result


def main() -> None:
    """Run the simulation and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--chroma-max", type=int, default=100_000, help="Chroma alleen tot hier")
    parser.add_argument("--no-chroma", action="store_true")
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument(
        "--out", type=Path, default=REPO / "benchmarks" / "search-scale-results.json"
    )
    args = parser.parse_args()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    results = {
        "load_average_start": list(os.getloadavg()),
        "cpus": os.cpu_count(),
        "sizes": [
            measure(n, args.queries, not args.no_chroma and n <= args.chroma_max, args.seed)
            for n in args.sizes
        ],
        "load_average_end": list(os.getloadavg()),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("| passages | matrix | exact p50/p95 | exact+masker | alleen gemaskerde rijen | HNSW | HNSW+where |")
    print("|---|---|---|---|---|---|---|")
    for r in results["sizes"]:
        c = r.get("chroma")
        cells = [
            f"{r['chunks']:,}",
            f"{r['matrix_mb']} MB",
            *(f"{r[k]['p50_ms']} / {r[k]['p95_ms']} ms" for k in ("exact", "exact_mask", "gather_mask")),
            f"{c['hnsw']['p50_ms']} / {c['hnsw']['p95_ms']} ms" if c else "–",
            f"{c['hnsw_where']['p50_ms']} / {c['hnsw_where']['p95_ms']} ms "
            f"(recall@40 {c['recall_at_40_where']})" if c else "–",
        ]
        print("| " + " | ".join(cells) + " |")
    print(f"load average begin {results['load_average_start']}, eind {results['load_average_end']}")


if __name__ == "__main__":
    main()
