"""Test doubles of our own protocols (never of our own components' behaviour under test).

HashingEmbedder implements the Embedder protocol deterministically without a model: words and
character trigrams hashed into a fixed number of dimensions. It makes the fast test tier possible
for tests about HTTP, jobs, storage and errors; tests about retrieval quality use the real model.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _bucket(feature: str, dim: int) -> int:
    return int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=4).digest(), "big") % dim


class HashingEmbedder:
    """Deterministic bag-of-features vectors (unit length) and word-level token ids."""

    def __init__(self, dim: int = 384, max_tokens: int = 256) -> None:
        self.dim = dim
        self._max_tokens = max_tokens

    @property
    def name(self) -> str:
        return f"hashing-{self.dim}"

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def token_ids(self, text: str) -> list[int]:
        return [_bucket(t, 30_000) for t in _TOKEN.findall(text.lower())]

    def count_tokens(self, text: str) -> int:
        return len(self.token_ids(text))

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, _bucket(word, self.dim)] += 1.0
                padded = f"#{word}#"
                for i in range(len(padded) - 2):
                    out[row, _bucket(padded[i : i + 3], self.dim)] += 0.3
            norm = float(np.linalg.norm(out[row])) or 1.0
            out[row] /= norm
        return out

    def embed_query(self, text: str) -> np.ndarray:
        vector: np.ndarray = self.embed_documents([text])[0]
        return vector
