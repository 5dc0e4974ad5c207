"""Query encoding: ONNX Runtime against torch, the torch fallback, and QueryBatcher."""

import os
import shutil
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import assistant.embedding as embedding_module
from assistant.batching import QueryBatcher
from assistant.embedding import SentenceTransformerEmbedder

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


def _fake_encode(texts: Sequence[str]) -> np.ndarray:
    """One row per text that only that text gets: its length and a hash of it."""
    return np.array([[len(t), hash(t) % 1000] for t in texts], dtype=np.float32)


def _run_concurrently(func, texts: list[str]) -> dict[str, np.ndarray]:
    results: dict[str, np.ndarray] = {}
    barrier = threading.Barrier(len(texts))

    def call(text: str) -> None:
        barrier.wait()
        results[text] = func(text)

    threads = [threading.Thread(target=call, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_batcher_gives_each_caller_its_own_row() -> None:
    calls: list[int] = []

    def encode(texts: Sequence[str]) -> np.ndarray:
        calls.append(len(texts))
        return _fake_encode(texts)

    batcher = QueryBatcher(encode, max_batch=8, window_s=0.02)
    texts = [f"vraag {i} " + "x" * i for i in range(24)]
    results = _run_concurrently(batcher.encode, texts)
    batcher.close()
    assert set(results) == set(texts)
    for text in texts:
        assert np.array_equal(results[text], _fake_encode([text])[0])
    assert sum(calls) == len(texts)
    assert max(calls) <= 8


def test_batcher_passes_errors_to_every_waiting_caller_and_keeps_working() -> None:
    def encode(texts: Sequence[str]) -> np.ndarray:
        if any("fout" in t for t in texts):
            raise ValueError("kapot")
        return _fake_encode(texts)

    batcher = QueryBatcher(encode, max_batch=4)
    with pytest.raises(ValueError, match="kapot"):
        batcher.encode("fout")
    assert np.array_equal(batcher.encode("goed"), _fake_encode(["goed"])[0])
    batcher.close()


def test_batcher_close_returns_and_later_calls_fail() -> None:
    batcher = QueryBatcher(_fake_encode)
    batcher.encode("een")
    done = threading.Event()
    threading.Thread(target=lambda: (batcher.close(), done.set()), daemon=True).start()
    assert done.wait(10), "close() hung"
    with pytest.raises(RuntimeError):
        batcher.encode("twee")
    QueryBatcher(_fake_encode).close()  # closing a batcher that never ran


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".md", ".txt"):
            body = path.read_text(encoding="utf-8")
            texts += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 20]
    return texts


def test_onnx_query_vectors_match_torch_on_the_corpus(
    embedder: SentenceTransformerEmbedder,
) -> None:
    texts = _corpus_texts()
    assert len(texts) >= 10
    onnx = embedder.embed_queries(texts)
    assert embedder.active_backend == "onnx"
    torch = embedder.embed_documents(texts)  # torch
    cosines = np.sum(onnx * torch, axis=1)
    assert cosines.min() >= 0.9999
    single = embedder.embed_query(texts[0])
    assert float(single @ torch[0]) >= 0.9999


def test_failing_onnx_export_falls_back_to_torch(
    embedder: SentenceTransformerEmbedder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> Path:
        raise RuntimeError("export kapot")

    monkeypatch.setattr(embedding_module, "prepare_export", broken)
    fresh = SentenceTransformerEmbedder("bundled", onnx_cache_dir=tmp_path)
    fresh.__dict__["model"] = embedder.model  # share the loaded weights
    vector = fresh.embed_query("Wie bel ik bij pijn in de nacht?")
    assert fresh.active_backend == "torch"
    expected = embedder.embed_documents(["Wie bel ik bij pijn in de nacht?"])[0]
    assert float(vector @ expected) >= 0.9999


def test_torch_backend_never_exports(
    embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    fresh = SentenceTransformerEmbedder("bundled", backend="torch", onnx_cache_dir=tmp_path)
    fresh.__dict__["model"] = embedder.model
    fresh.embed_query("pijn")
    assert fresh.active_backend == "torch"
    assert not any(tmp_path.iterdir())


def test_batched_queries_equal_single_encodes_for_concurrent_callers(
    embedder: SentenceTransformerEmbedder,
) -> None:
    batched = SentenceTransformerEmbedder("bundled", query_batch=8, query_window_ms=20)
    batched.__dict__["model"] = embedder.model
    questions = [
        "Hoe herken ik pijn bij iemand met een verstandelijke beperking?",
        "Wie bel ik 's nachts?",
        "Wat kan ik doen bij angst in de stervensfase?",
        "methadon",
        "Hoe praat ik over het levenseinde met iemand met een migratieachtergrond en zijn familie?",
        "Wat is belangrijk bij palliatieve zorg voor dak- en thuislozen?",
    ] * 2
    results = _run_concurrently(batched.embed_query, questions)
    batcher = batched._batcher
    batched.close()
    assert batcher is not None and batcher.largest > 1  # really batched
    singles = embedder.embed_queries(sorted(set(questions)))
    for text, single in zip(sorted(set(questions)), singles, strict=True):
        assert float(results[text] @ single) >= 0.9999
    others = [t for t in set(questions) if t != questions[0]]
    assert all(float(results[questions[0]] @ results[o]) < 0.99 for o in others)


def test_export_key_depends_on_the_model_not_on_where_it_is_installed(tmp_path: Path) -> None:
    from assistant.embedding import resolve_model
    from assistant.onnx_encoder import export_key

    source = Path(resolve_model("bundled"))
    copies = []
    for name in ("a", "b"):
        target = tmp_path / name
        target.mkdir()
        for file in ("config.json", "tokenizer.json", "model.safetensors"):
            shutil.copyfile(source / file, target / file)
        copies.append(target)
    assert export_key(copies[0]) == export_key(copies[1]) == export_key(source)
    with (copies[1] / "model.safetensors").open("r+b") as handle:  # other weights, same size
        handle.seek(-10, os.SEEK_END)
        handle.write(b"\x00" * 10)
    assert export_key(copies[1]) != export_key(copies[0])


def test_exports_unused_for_a_month_are_pruned_but_not_the_current_one(tmp_path: Path) -> None:
    from assistant.onnx_encoder import prune_exports

    month_ago = time.time() - 31 * 86400
    folders = {}
    for name in ("current", "old", "recent", ".tmp-half-123"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "check.json").write_text("{}", encoding="utf-8")
        folders[name] = folder
    for name in ("current", "old"):
        os.utime(folders[name] / "check.json", (month_ago, month_ago))
    (folders[".tmp-half-123"] / "check.json").unlink()  # half made: no marker yet
    os.utime(folders[".tmp-half-123"], (time.time() - 2 * 86400,) * 2)
    removed = prune_exports(tmp_path, folders["current"])
    assert sorted(p.name for p in removed) == [".tmp-half-123", "old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current", "recent"]
