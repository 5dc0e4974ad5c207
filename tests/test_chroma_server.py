"""Chroma server mode (HOSPICEWIJZER_CHROMA_URL): a real `chroma run` on loopback."""

import pytest

from ingest.items import corpus_items
from ui.workspace import open_workspace


@pytest.fixture
def chroma_url(chroma_server):
    return chroma_server


def test_ingest_and_ask_through_a_chroma_server(chroma_url, make_config, corpus_dir, embedder):
    config = make_config(chroma_url=chroma_url)
    ws = open_workspace(config, write=True, embedder=embedder)
    try:
        report = ws.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
        assert not report.errors
        assert ws.store.count() == len(ws.registry.chunk_ids())
        assert not (config.data_dir / "chroma").exists()  # nothing embedded was created
        answer = ws.assistant.ask("Hoe vaak gebruik je de PAINAD-observatielijst?")
        assert answer.citations[0].document_id == "test-vg-pijn"
    finally:
        ws.close()
    # A reader needs no data-dir lock in server mode: two can open at once.
    first = open_workspace(config, embedder=embedder)
    second = open_workspace(config, embedder=embedder)
    try:
        assert first.index.get().generation == second.index.get().generation
    finally:
        first.close()
        second.close()
