"""OnnxEncoder: the embedding model's transformer on ONNX Runtime, exported once from local weights.

Why: the same all-MiniLM-L6-v2 weights encode a question in about half the time on ONNX Runtime
(9.6 ms instead of 19.8 ms with one thread, cosine 1.0000; issue 12). The export runs offline with
``torch.onnx.export`` from the weights already on disk and is cached per weights file; it is used
only after its vectors matched torch's on a fixed set of sentences (``check.json`` beside it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# Bump when the export or the pooling changes, so cached exports are made again.
EXPORT_VERSION = 1
MIN_COSINE = 0.9999
_MIB = 2**20
# Checked against torch after every export: short and long, with and without diacritics.
CHECK_TEXTS = (
    "Hoe herken ik pijn bij iemand met een verstandelijke beperking die niet praat?",
    "Wie bel ik 's nachts bij een crisis?",
    "pijn",
    "Palliatieve zorg voor dak- en thuislozen: wat is belangrijk bij de opname in het hospice, "
    "het contact met de straatdokter en het regelen van een uitvaart zonder naasten?",
    "Délier bij dementie; DOS-score ≥ 3 → arts bellen. Consultatieteam (24/7) 088-1234567.",
    "Een korte, praktische scholing over het herkennen van een delier bij mensen met dementie "
    "of het syndroom van Korsakov. " * 12,
)


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/hospicewijzer/onnx`` (``~/.cache`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hospicewijzer" / "onnx"


def export_key(model_dir: Path) -> str:
    """Identifies an export by what it is made of, not where: a fresh clone reuses it.

    The small files (config, tokenizer) are hashed whole; the weights by size and their first and
    last MiB (hashing 90 MB at every start-up would cost ~0.2 s). Versions of the export code and
    of torch are part of it.
    """
    import torch

    digest = hashlib.sha256(f"v{EXPORT_VERSION} torch {torch.__version__}".encode())
    for name in ("config.json", "tokenizer.json", "model.safetensors", "pytorch_model.bin"):
        path = model_dir / name
        if not path.exists():
            continue
        size = path.stat().st_size
        digest.update(f"{name}:{size}".encode())
        with path.open("rb") as handle:
            if size <= 4 * _MIB:
                digest.update(handle.read())
            else:
                digest.update(handle.read(_MIB))
                handle.seek(-_MIB, os.SEEK_END)
                digest.update(handle.read(_MIB))
    return digest.hexdigest()[:16]


def prune_exports(cache_dir: Path, keep: Path, *, unused_days: float = 30) -> list[Path]:
    """Remove exports not used for ``unused_days`` (and stale half-made ones); never ``keep``.

    Every use touches the export's ``check.json``, so its modification time is the last use.
    Returns the removed folders.
    """
    limit = time.time() - unused_days * 86400
    removed = []
    for folder in cache_dir.iterdir() if cache_dir.is_dir() else ():
        if not folder.is_dir() or folder == keep:
            continue
        marker = folder / "check.json"
        try:
            last_used = (marker if marker.exists() else folder).stat().st_mtime
        except OSError:
            continue
        stale_tmp = folder.name.startswith(".tmp-") and last_used < time.time() - 86400
        if last_used < limit or stale_tmp:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


class OnnxEncoder:
    """Mean-pooled, L2-normalised sentence vectors from an exported BERT-style encoder.

    Args:
        model_file: The exported ``model.onnx``.
        tokenizer_file: The model's ``tokenizer.json``.
        max_tokens: Sequence limit in word pieces, special tokens included (as sentence-transformers).
        threads: ONNX Runtime intra-op threads; 0 lets the runtime choose (all cores).
    """

    def __init__(
        self, model_file: Path, tokenizer_file: Path, *, max_tokens: int, threads: int = 0
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(model_file), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.no_padding()
        self._inputs = {i.name for i in self._session.get_inputs()}

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit vectors for ``texts`` as an (n, dim) float32 array, in input order.

        Texts are encoded in batches of similar length (as sentence-transformers does), so short
        texts are not padded to the longest one.
        """
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        out: np.ndarray | None = None
        for start in range(0, len(order), batch_size):
            part = order[start : start + batch_size]
            vectors = self._run([encodings[i].ids for i in part])
            if out is None:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[part] = vectors
        return out if out is not None else np.zeros((0, 0), dtype=np.float32)

    def _run(self, rows: list[list[int]]) -> np.ndarray:
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden: np.ndarray = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


def min_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """The lowest row-wise cosine between two arrays of unit vectors."""
    return float(np.min(np.sum(a * b, axis=1)))


def prepare_export(
    transformer: Callable[[], Any],
    reference: Callable[[Sequence[str]], np.ndarray],
    model_dir: Path,
    cache_dir: Path,
    *,
    max_tokens: int,
) -> Path:
    """The checked export for ``model_dir``: reused from the cache, or exported and checked now.

    Args:
        transformer: Returns the loaded Hugging Face transformer (only called to export).
        reference: Encodes texts with torch (the vectors the export must match).
        model_dir: The sentence-transformers model directory (weights, tokenizer).
        cache_dir: Where exports are kept, one folder per export key.
        max_tokens: Sequence limit in word pieces.

    Returns:
        The folder holding ``model.onnx`` and ``check.json``.

    Raises:
        ValueError: The exported model's vectors do not match torch's.
    """
    folder = cache_dir / export_key(model_dir)
    check = folder / "check.json"
    if check.exists() and json.loads(check.read_text(encoding="utf-8")).get("ok"):
        _used(check)
        return folder
    tmp = cache_dir / f".tmp-{folder.name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        _export(transformer(), tmp / "model.onnx")
        encoder = OnnxEncoder(tmp / "model.onnx", model_dir / "tokenizer.json", max_tokens=max_tokens)
        cosine = min_cosine(encoder.encode(CHECK_TEXTS), reference(CHECK_TEXTS))
        ok = cosine >= MIN_COSINE
        (tmp / "check.json").write_text(
            json.dumps({"ok": ok, "min_cosine": cosine, "texts": len(CHECK_TEXTS)}), encoding="utf-8"
        )
        if not ok:
            raise ValueError(f"ONNX vectors differ from torch (min cosine {cosine:.6f})")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("ONNX export of %s checked (min cosine %.6f) in %s", model_dir, cosine, folder)
    for old in prune_exports(cache_dir, folder):
        log.info("Oude ONNX-export verwijderd: %s", old)
    return folder


def _used(marker: Path) -> None:
    """Mark an export as used now (read-only caches are fine: then it is simply not marked)."""
    with contextlib.suppress(OSError):
        os.utime(marker)


def _export(model: Any, target: Path) -> None:
    """``torch.onnx.export`` of a BERT-style model with dynamic batch and sequence axes."""
    import torch

    class _LastHidden(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, ids: Any, mask: Any, types: Any) -> Any:
            return self.inner(input_ids=ids, attention_mask=mask, token_type_ids=types)[0]

    sample = torch.ones((1, 8), dtype=torch.int64)
    axes = {0: "batch", 1: "tokens"}
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with torch.no_grad():
        torch.onnx.export(
            _LastHidden(model.eval()), (sample, sample, torch.zeros_like(sample)), str(target),
            input_names=names, output_names=["last_hidden_state"],
            dynamic_axes=dict.fromkeys([*names, "last_hidden_state"], axes),
            opset_version=17, dynamo=False,
        )  # fmt: skip
