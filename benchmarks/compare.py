"""The project's ask against a floor pipeline and llama-index's hybrid pipeline, interleaved.

Usage (from the repository root; the data dir needs >= 20k chunks, e.g. one kept by
``run.py --keep``)::

    python benchmarks/compare.py --data-dir DIR [--questions 200] [--out benchmarks/compare-results.json]

Variants, each with and without a target-group filter (dementie), one intra-op thread for all,
measured in one process in a random order per question (so load on the machine hits all alike):

- ``project``: ``ws.assistant.ask(question, filters=...)`` (understanding, retrieval, answer).
- ``floor``: query encode, bm25s top-40, numpy exact top-40, weighted sum (filter: numpy mask).
  Measured with the project's query encoder (ONNX Runtime when available) and with torch, and
  as ``floor_dense``: the same floor encoding the project's dense query text (the question plus
  its glossary variants, kept for quality: issue 12 item 2), so the ratio against it is the
  engine's own overhead apart from that choice.
- ``llamaindex``: ``QueryFusionRetriever`` (relative score) over llama-index's ``BM25Retriever``
  and a ``VectorStoreIndex`` on the project's Chroma collection; the filter is a Chroma ``where``
  on the vector side, and a BM25 retriever built over the filtered nodes (built before timing,
  which favours llama-index). Needs ``llama-index-retrievers-bm25`` and
  ``llama-index-vector-stores-chroma`` (``pip install --no-deps``; they are not dependencies).

Writes the JSON and prints the ratios; the load average is recorded at start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

for _key, _value in {
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "1",
}.items():  # fmt: skip
    os.environ.setdefault(_key, _value)

import numpy as np  # noqa: E402

from assistant.config import load_config  # noqa: E402
from assistant.types import Filters  # noqa: E402
from ui.workspace import Workspace, open_workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO / "evals" / "datasets" / "dev.jsonl"
GROUP = "dementie"
TOP_K = 40


def percentiles(values: list[float]) -> dict[str, float]:
    """p50/p95/mean in ms."""
    arr = np.asarray(values)
    return {
        "n": len(values),
        "p50_ms": round(float(np.percentile(arr, 50)), 2),
        "p95_ms": round(float(np.percentile(arr, 95)), 2),
        "mean_ms": round(float(arr.mean()), 2),
    }


class Floor:
    """The least a hybrid search must do: encode, BM25 top-k, exact dense top-k, weighted sum."""

    def __init__(self, ws: Workspace, encode: Callable[[list[str]], np.ndarray]) -> None:
        import bm25s
        import Stemmer

        index = ws.index.get()
        self.vectors = index.vectors
        self.encode = encode
        self.stemmer = Stemmer.Stemmer("dutch")
        titles = {d.meta.id: d.meta.title for d in index.documents}
        texts = [f"{titles[c.doc_id]}\n{c.section}\n{c.text}" for c in index.chunks]
        self.bm25 = bm25s.BM25()
        self.bm25.index(
            bm25s.tokenize(texts, stopwords="nl", stemmer=self.stemmer, show_progress=False),
            show_progress=False,
        )
        self.masks = {None: None, GROUP: index.group_mask((GROUP,))}

    def __call__(self, question: str, group: str | None, dense_text: str | None = None) -> list[int]:
        vector = self.encode([dense_text or question])[0]
        tokens = self.bm25s_tokens(question)
        lexical = self.bm25.get_scores(tokens) if tokens else np.zeros(len(self.vectors))
        dense = self.vectors @ vector
        mask = self.masks[group]
        if mask is not None:
            lexical = np.where(mask, lexical, 0.0)
            dense = np.where(mask, dense, -1.0)
        lex_top = np.argpartition(-lexical, TOP_K)[:TOP_K]
        dense_top = np.argpartition(-dense, TOP_K)[:TOP_K]
        best = float(lexical[lex_top].max()) or 1.0
        fused: dict[int, float] = {}
        for p in lex_top:
            fused[int(p)] = float(lexical[p]) / best
        for p in dense_top:
            fused[int(p)] = fused.get(int(p), 0.0) + 0.3 * max(0.0, float(dense[p]))
        return sorted(fused, key=lambda p: -fused[p])[:TOP_K]

    def bm25s_tokens(self, question: str) -> list[str]:
        import bm25s

        ids = bm25s.tokenize([question], stopwords="nl", stemmer=self.stemmer,
                             show_progress=False, return_ids=False)[0]  # fmt: skip
        return [t for t in ids if t in self.bm25.vocab_dict]


def llamaindex_pipeline(
    ws: Workspace, encode: Callable[[list[str]], np.ndarray]
) -> Callable[[str, str | None], list[str]]:
    """llama-index's hybrid retrieval over the same chunks, vectors and Chroma collection."""
    import Stemmer
    from llama_index.core import VectorStoreIndex
    from llama_index.core.embeddings import BaseEmbedding
    from llama_index.core.llms import MockLLM
    from llama_index.core.retrievers import QueryFusionRetriever
    from llama_index.core.retrievers.fusion_retriever import FUSION_MODES
    from llama_index.core.schema import BaseNode, TextNode
    from llama_index.retrievers.bm25 import BM25Retriever
    from llama_index.vector_stores.chroma import ChromaVectorStore

    class _Embedding(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return [float(x) for x in encode([query])[0]]

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._get_query_embedding(text)

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

    index = ws.index.get()
    titles = {d.meta.id: d.meta for d in index.documents}
    nodes: list[BaseNode] = [
        TextNode(
            id_=c.id, text=f"{titles[c.doc_id].title}\n{c.section}\n{c.text}",
            metadata={"group": GROUP in titles[c.doc_id].target_groups},
        )
        for c in index.chunks
    ]  # fmt: skip
    stemmer = Stemmer.Stemmer("dutch")
    bm25_all = BM25Retriever.from_defaults(
        nodes=nodes, similarity_top_k=TOP_K, stemmer=stemmer, language="dutch"
    )
    bm25_group = BM25Retriever.from_defaults(
        nodes=[n for n in nodes if n.metadata["group"]], similarity_top_k=TOP_K,
        stemmer=stemmer, language="dutch",
    )  # fmt: skip
    store = ChromaVectorStore(chroma_collection=ws.store._collection)
    vector_index = VectorStoreIndex.from_vector_store(store, embed_model=_Embedding())
    where = {"target_groups": {"$contains": f",{GROUP},"}}
    retrievers = {}
    for group, bm25, kwargs in ((None, bm25_all, {}), (GROUP, bm25_group, {"where": where})):
        dense = vector_index.as_retriever(similarity_top_k=TOP_K, vector_store_kwargs=kwargs)
        retrievers[group] = QueryFusionRetriever(
            [bm25, dense], llm=MockLLM(), mode=FUSION_MODES.RELATIVE_SCORE,
            similarity_top_k=TOP_K, num_queries=1, use_async=False, retriever_weights=[1.0, 0.3],
        )  # fmt: skip

    def run(question: str, group: str | None) -> list[str]:
        return [n.node.node_id for n in retrievers[group].retrieve(question)]

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "compare-results.json")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    load_start = [round(x, 2) for x in os.getloadavg()]
    config = load_config(data_dir=args.data_dir, embedding_threads=1)
    ws = open_workspace(config)
    questions = [json.loads(x)["question"] for x in DEV_SET.read_text(encoding="utf-8").splitlines()]
    chunks = len(ws.index.get())
    ws.assistant.ask("opwarmen: pijn bij dementie")
    embedder = ws.embedder
    query_encoder = embedder.query_encoder
    torch_encoder = embedder._torch_encode
    index = ws.index.get()
    dense_texts = {
        q: ws.assistant.analyzer.plan(q, (), index.lexical.analyzer).dense_text for q in questions
    }
    floor = Floor(ws, query_encoder)
    variants: dict[str, Callable[[str, str | None], Any]] = {
        "project": lambda q, g: ws.assistant.ask(q, filters=Filters(target_groups=(g,)) if g else None),
        "floor": floor,
        "floor_dense": lambda q, g: floor(q, g, dense_texts[q]),
        "floor_torch": Floor(ws, torch_encoder),
    }  # fmt: skip
    try:
        variants["llamaindex"] = llamaindex_pipeline(ws, query_encoder)
    except ImportError as err:
        print(f"llama-index-vergelijking overgeslagen: {err}")
    encode_times: dict[str, list[float]] = {"onnx" if embedder.active_backend == "onnx" else "query": [], "torch": []}
    rng = random.Random(args.seed)
    times: dict[str, list[float]] = {f"{v}/{g or 'geen'}": [] for v in variants for g in (None, GROUP)}
    for name in variants:  # warm every variant once
        variants[name](questions[0], None)
        variants[name](questions[0], GROUP)
    for i in range(args.questions):
        question = questions[i % len(questions)]
        jobs = [(v, g) for v in variants for g in (None, GROUP)]
        rng.shuffle(jobs)
        for name, group in jobs:
            started = time.perf_counter()
            variants[name](question, group)
            times[f"{name}/{group or 'geen'}"].append((time.perf_counter() - started) * 1000)
        for key, enc in zip(encode_times, (query_encoder, torch_encoder), strict=True):
            started = time.perf_counter()
            enc([question])
            encode_times[key].append((time.perf_counter() - started) * 1000)
    result: dict[str, Any] = {
        "chunks": chunks, "questions": args.questions, "query_backend": embedder.active_backend,
        "loadavg_start": load_start, "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        "latency": {k: percentiles(v) for k, v in times.items()},
        "encode": {k: percentiles(v) for k, v in encode_times.items()},
    }  # fmt: skip
    ratios = {}
    for group in ("geen", GROUP):
        project = result["latency"][f"project/{group}"]
        for other in ("floor", "floor_dense", "floor_torch", "llamaindex"):
            key = f"{other}/{group}"
            if key in result["latency"]:
                ratios[f"project/{key}"] = {
                    p: round(project[p] / result["latency"][key][p], 3) for p in ("p50_ms", "p95_ms")
                }
    result["ratios"] = ratios
    ws.close()
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{chunks} passages, {args.questions} vragen, query-encoder {embedder.active_backend}, "
          f"load average {load_start} -> {result['loadavg_end']}")  # fmt: skip
    print("| variant | filter | p50 ms | p95 ms |\n|---|---|---|---|")
    for key, stats in result["latency"].items():
        name, group = key.split("/")
        print(f"| {name} | {group} | {stats['p50_ms']} | {stats['p95_ms']} |")
    for key, stats in result["encode"].items():
        print(f"| encode {key} | – | {stats['p50_ms']} | {stats['p95_ms']} |")
    for key, r in ratios.items():
        print(f"ratio {key}: p50 {r['p50_ms']}x, p95 {r['p95_ms']}x")


if __name__ == "__main__":
    main()
