"""Ingest overhead over the raw encode of exactly the same inputs, on a synthetic corpus.

Usage (from the repository root)::

    python benchmarks/ingest_overhead.py [--chunks 3000] [--threads 0]
    PYTHONPATH=/tmp/before-b854 python benchmarks/ingest_overhead.py   # another checkout's code

Generates the synthetic corpus of ``run.py`` (same generator and seed), ingests it into a fresh
data dir (load, chunk, embed, Chroma, registry, BM25), then encodes the exact embedded inputs
with the same model object in the pipeline's flush groups. Overhead = ingest / encode - 1, in
wall-clock and in CPU time of this process; the load average is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--chunks", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: default)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    sys.argv = sys.argv[:1]
    import run as bench  # benchmarks/run.py: generator, timed ingest, raw encode

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    tmp = Path(tempfile.mkdtemp(prefix="hw-overhead-"))
    load_start = [round(x, 2) for x in os.getloadavg()]
    try:
        root = tmp / "synthetic-corpus"
        bench.generate_corpus(root, args.chunks, 10, 20250601)
        config, ws = bench.open_ws(tmp / "data", write=True)
        try:
            ws.embedder.embed_documents(["opwarmen"])  # load the model outside the timing
            ingest = bench.timed_ingest(ws, root, f"{root.name}/")
            ids, _, inputs = bench.embed_inputs(ws, config)
            groups = bench.flush_groups(ids, 128)
            encode = bench.add_timings([bench.encode_seconds(ws, inputs[a:b]) for a, b in groups])
        finally:
            ws.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    row = bench.overhead_row("embed_input in flush-groepen", ingest, encode, ingest["chunks"])
    result = {
        "code": str(Path(bench.__file__).resolve().parent.parent)
        if "PYTHONPATH" not in os.environ else os.environ["PYTHONPATH"],
        "ingest": ingest, **row,
        "loadavg_start": load_start, "loadavg_end": [round(x, 2) for x in os.getloadavg()],
    }  # fmt: skip
    print(json.dumps(result, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
