"""Chroma server mode (HOSPICEWIJZER_CHROMA_URL): a real `chroma run` on loopback."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ingest.items import corpus_items
from ui.workspace import open_workspace


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_url(tmp_path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("chroma run kwam niet op")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


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
