import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import DataDirLocked
from assistant.lock import DataDirLock
from ui.workspace import open_workspace

CLI = [sys.executable, "-m", "ui.cli"]


def _env():
    env = dict(os.environ)
    env.pop("HOSPICEWIJZER_DATA_DIR", None)
    env.pop("HOSPICEWIJZER_TOKEN", None)
    # A port where no server listens: a locked data dir must not send these commands to a
    # Hospicewijzer the developer happens to run on the default port.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        env["HOSPICEWIJZER_PORT"] = str(sock.getsockname()[1])
    return env


def test_second_writer_in_process_is_refused(make_config, embedder):
    first = open_workspace(make_config(), write=True, embedder=embedder)
    try:
        with pytest.raises(DataDirLocked, match="in gebruik door een ander proces"):
            open_workspace(make_config(), write=True, embedder=embedder)
        with pytest.raises(DataDirLocked):
            open_workspace(
                make_config(), write=False, embedder=embedder
            )  # a reader would see stale data
    finally:
        first.close()
    open_workspace(make_config(), write=True, embedder=embedder).close()  # released


def test_second_writer_process_gets_a_clear_message(tmp_path, corpus_dir):
    data = tmp_path / "data"
    with DataDirLock(data):
        result = subprocess.run(
            [*CLI, "--data-dir", str(data), "ingest", str(corpus_dir)],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=120,
        )
    assert result.returncode == 2
    assert "in gebruik door een ander proces" in result.stderr
    assert (
        not (data / "registry.sqlite3").exists()
        or sqlite3.connect(data / "registry.sqlite3")
        .execute("SELECT COUNT(*) FROM documents")
        .fetchone()[0]
        == 0
    )


def _big_corpus(root: Path, n: int) -> None:
    root.mkdir()
    for i in range(n):
        body = "\n\n".join(
            f"## Onderdeel {j}\n\nIn casus {i} bespreekt het team onderdeel {j} met de naasten en de arts. "
            f"De verpleegkundige noteert de afspraken over comfort, rust en bezoek in het zorgplan. "
            * 3
            for j in range(3)
        )
        (root / f"casus-{i:03}.md").write_text(
            f"---\nid: casus-{i:03}\ntitle: Casus {i}\n---\n{body}\n", encoding="utf-8"
        )


def test_kill_during_ingest_leaves_previous_state_queryable(
    tmp_path, corpus_dir, make_config, embedder
):
    data = tmp_path / "data"
    subprocess.run(
        [*CLI, "--data-dir", str(data), "ingest", str(corpus_dir)],
        check=True,
        capture_output=True,
        env=_env(),
        timeout=300,
    )
    big = tmp_path / "big"
    _big_corpus(big, 120)
    proc = subprocess.Popen(
        [*CLI, "--data-dir", str(data), "ingest", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    registry = data / "registry.sqlite3"
    deadline = time.monotonic() + 240
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        committed = (
            sqlite3.connect(registry)
            .execute("SELECT COUNT(*) FROM documents WHERE source LIKE 'big/%'")
            .fetchone()[0]
        )
        if committed:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < committed < 120

    ws = open_workspace(make_config(data_dir=data), embedder=embedder)
    try:
        registry_ids = ws.registry.chunk_ids()
        assert registry_ids <= ws.store.ids()  # every committed chunk has its vector
        index = ws.index.get()
        assert {c.id for c in index.chunks} == registry_ids
        answer = ws.assistant.ask("Hoe vaak gebruik je de PAINAD-observatielijst?")
        assert answer.citations[0].document_id == "test-vg-pijn"
        partial = [r for r in ws.registry.documents() if r.source.startswith("big/")]
        assert all(r.chunk_count == len(ws.registry.chunks(r.meta.id)) for r in partial)
    finally:
        ws.close()

    result = subprocess.run(
        [*CLI, "--data-dir", str(data), "ingest", str(big)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    ws = open_workspace(make_config(data_dir=data), embedder=embedder)
    try:
        assert ws.store.ids() == ws.registry.chunk_ids()  # leftovers of the killed run are gone
        assert sum(1 for r in ws.registry.documents() if r.source.startswith("big/")) == 120
        assert ws.registry.get("test-vg-pijn") is not None  # another folder's ingest prunes nothing
    finally:
        ws.close()
