"""Document history in the registry: new, metadata change, new version, re-processing, migration."""

import sqlite3

from assistant.history import METADATA, NEW, NEW_VERSION
from assistant.metadata import DocumentMeta
from assistant.registry import Registry
from assistant.types import Chunk


def meta(**values):
    return DocumentMeta.model_validate({"id": "doc-a", "title": "Document A"} | values)


def chunks(*texts):
    return [Chunk(f"doc-a:{i}:{hash(t) & 0xFFFF:x}", "doc-a", i, t, "", None, 5) for i, t in enumerate(texts)]


def commit(registry, m, texts, file_hash, by="ingest"):
    return registry.commit_document(
        m, source="corpus/a.md", content_hash=file_hash + m.title, chunks=chunks(*texts),
        file_hash=file_hash, by=by,
    )


def test_history_records_who_when_and_what_changed(tmp_path):
    registry = Registry(tmp_path / "registry.sqlite3")
    commit(registry, meta(), ["Eerste tekst."], "f1")
    commit(registry, meta(), ["Eerste tekst."], "f1")  # re-processed, nothing changed: no row
    commit(registry, meta(title="Document A (herzien)", verantwoordelijke="Anna"), ["Eerste tekst."], "f1", by="anna")
    commit(registry, meta(title="Document A (herzien)", verantwoordelijke="Anna"), ["Nieuw.", "Meer."], "f2", by="bram")
    rows = registry.history("doc-a")
    assert [(r.kind, r.by) for r in rows] == [(NEW_VERSION, "bram"), (METADATA, "anna"), (NEW, "ingest")]
    assert [r.revision for r in rows] == [4, 3, 1]
    assert rows[0].summary == "bestand gewijzigd; passages 1 → 2"
    assert "title Document A → Document A (herzien)" in rows[1].summary
    assert "verantwoordelijke – → Anna" in rows[1].summary
    assert rows[2].summary == "eerste versie ingelezen (1 passages)"
    first, newest = registry.version_dates()["doc-a"]
    assert first == rows[2].at and newest == rows[0].at
    registry.remove_document("doc-a")
    assert registry.history("doc-a") == []
    registry.close()


def test_existing_data_dir_gets_the_history_table_without_losing_documents(tmp_path):
    path = tmp_path / "registry.sqlite3"
    old = Registry(path)
    commit(old, meta(), ["Oude tekst."], "")  # as committed before file hashes existed
    old.close()
    conn = sqlite3.connect(path)  # the data dir as it was before this table existed
    conn.execute("DROP TABLE document_history")
    conn.commit()
    conn.close()

    registry = Registry(path)
    assert registry.get("doc-a").meta.title == "Document A"
    assert [c.text for c in registry.chunks("doc-a")] == ["Oude tekst."]
    assert registry.history("doc-a") == []
    # Without a stored file hash the passage texts decide: metadata only, then a new version.
    commit(registry, meta(title="B"), ["Oude tekst."], "f9", by="anna")
    commit(registry, meta(title="B"), ["Andere tekst."], "f10", by="anna")
    assert [r.kind for r in registry.history("doc-a")] == [NEW_VERSION, METADATA]
    registry.close()
