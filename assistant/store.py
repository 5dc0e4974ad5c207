"""ChromaStore: chunk vectors in ChromaDB (embedded PersistentClient or a Chroma server); the only chromadb import."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.errors import StoreError
from assistant.types import Chunk

log = logging.getLogger(__name__)

# Chroma rejects larger adds (its max batch size was 5,461 on these machines).
_MAX_BATCH = 5000


class ChromaStore:
    """Vectors and chunk metadata in one Chroma collection (cosine space).

    Embeddings are always passed in explicitly, so Chroma never loads its own default model.

    Args:
        path: Directory of the embedded database (ignored when ``url`` is given).
        collection: Collection name.
        url: ``http://host:port`` of a Chroma server; None for embedded mode.
    """

    def __init__(self, path: Path | None, collection: str, url: str | None = None) -> None:
        self.path = path
        self.collection_name = collection
        self.url = url

    @cached_property
    def _client(self) -> Any:
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.url:
                parsed = urlparse(self.url)
                return chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=settings,
                )
            assert self.path is not None
            self.path.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(self.path), settings=settings)
        except Exception as err:
            where = self.url or str(self.path)
            raise StoreError(f"Vectoropslag (Chroma) op {where} is niet bereikbaar: {err}") from err

    @cached_property
    def _collection(self) -> Any:
        try:
            return self._client.get_or_create_collection(
                self.collection_name, metadata={"hnsw:space": "cosine"}, embedding_function=None
            )
        except Exception as err:
            raise StoreError(
                f"Chroma-collectie '{self.collection_name}' niet te openen: {err}"
            ) from err

    def upsert(
        self, chunks: Sequence[Chunk], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]
    ) -> None:
        """Write chunks with their vectors, in batches Chroma accepts."""
        for start in range(0, len(chunks), _MAX_BATCH):
            part = chunks[start : start + _MAX_BATCH]
            try:
                self._collection.upsert(
                    ids=[c.id for c in part],
                    embeddings=vectors[start : start + _MAX_BATCH].tolist(),
                    metadatas=list(metadatas[start : start + _MAX_BATCH]),
                    documents=[c.text for c in part],
                )
            except Exception as err:
                raise StoreError(f"Schrijven naar Chroma mislukt: {err}") from err

    def embeddings(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Vectors of the given chunk ids (missing ids are absent from the result)."""
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), _MAX_BATCH):
            try:
                got = self._collection.get(
                    ids=list(ids[start : start + _MAX_BATCH]), include=["embeddings"]
                )
            except Exception as err:
                raise StoreError(f"Lezen uit Chroma mislukt: {err}") from err
            for cid, vec in zip(got["ids"], got["embeddings"], strict=True):
                out[cid] = np.asarray(vec, dtype=np.float32)
        return out

    def ids(self) -> set[str]:
        """All chunk ids in the collection."""
        try:
            return set(self._collection.get(include=[])["ids"])
        except Exception as err:
            raise StoreError(f"Lezen uit Chroma mislukt: {err}") from err

    def delete(self, ids: Iterable[str]) -> None:
        """Delete chunks by id (unknown ids are ignored)."""
        id_list = list(ids)
        for start in range(0, len(id_list), _MAX_BATCH):
            try:
                self._collection.delete(ids=id_list[start : start + _MAX_BATCH])
            except Exception as err:
                raise StoreError(f"Verwijderen uit Chroma mislukt: {err}") from err

    def drop(self) -> None:
        """Delete the whole collection (repair rebuilds it)."""
        try:
            self._client.delete_collection(self.collection_name)
        except Exception as err:
            if "does not exist" not in str(err).lower():
                raise StoreError(f"Chroma-collectie wissen mislukt: {err}") from err
        self.__dict__.pop("_collection", None)

    def count(self) -> int:
        """Number of stored chunks."""
        return int(self._collection.count())

    def query(
        self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """Nearest chunks by cosine similarity (used with a Chroma server and for checks)."""
        try:
            res = self._collection.query(
                query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"]
            )
        except Exception as err:
            raise StoreError(f"Zoeken in Chroma mislukt: {err}") from err
        return [
            (cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0], strict=True)
        ]

    def close(self) -> None:
        """Release the embedded client's cached system (Chroma keeps one per path in-process)."""
        if "_client" in self.__dict__:
            try:
                self._client.clear_system_cache()
            except Exception as err:
                log.debug("Chroma sluiten: %s", err)
            self.__dict__.pop("_collection", None)
            self.__dict__.pop("_client", None)
