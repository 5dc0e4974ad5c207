from pathlib import Path

from assistant.index import SearchIndex
from ingest.items import IngestItem, corpus_items


def _consistent(ws) -> None:
    """Registry, Chroma and BM25 describe exactly the same chunks."""
    registry_ids = ws.registry.chunk_ids()
    assert ws.store.ids() == registry_ids
    index = SearchIndex.load(ws.registry, ws.store, ws.config.lexical_dir)
    assert {c.id for c in index.chunks} == registry_ids
    assert len(index.lexical) == len(registry_ids)


def test_ingest_fixture_corpus_all_formats(ingested):
    ids = {r.meta.id for r in ingested.registry.documents()}
    assert ids == {
        "test-vg-pijn",
        "test-epa-crisis",
        "test-migratie-tolk",
        "test-oud-protocol",
        "test-werkgroep",
        "test-boom-onrust",
        "test-contacten-zeeland",
    }
    _consistent(ingested)


def test_chunks_fit_the_model_sequence_limit(ingested):
    limit = ingested.embedder.max_tokens
    for chunk in ingested.registry.chunks():
        record = ingested.registry.get(chunk.doc_id)
        from ingest.chunking import Chunker

        chunker = Chunker(
            ingested.embedder.token_ids, max_tokens=limit, chunk_tokens=180, overlap=24
        )
        text = chunker.embed_input(record.meta.title, chunk.section, chunk.text)
        assert ingested.embedder.count_tokens(text) + 2 <= limit
        assert chunk.tokens == ingested.embedder.count_tokens(chunk.text)


def test_reingest_unchanged_changes_nothing_and_loads_no_model(make_config, corpus_dir, embedder):
    from assistant.embedding import SentenceTransformerEmbedder
    from ui.workspace import open_workspace

    ws = open_workspace(make_config(), write=True, embedder=embedder)
    ws.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    generation = ws.registry.generation()
    ws.close()
    fresh = SentenceTransformerEmbedder("bundled")
    ws = open_workspace(make_config(), write=True, embedder=fresh)
    report = ws.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    assert ws.registry.generation() == generation
    ws.close()
    assert report.count("ongewijzigd") == 7 and not report.changed
    assert "model" not in fresh.__dict__, "an unchanged re-ingest must not load the embedding model"


def test_changed_file_replaces_all_old_chunks(ingested, corpus_dir):
    old = {c.id for c in ingested.registry.chunks("test-epa-crisis")}
    path = corpus_dir / "epa-crisis.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("112", "de politie via 112"), encoding="utf-8"
    )
    report = ingested.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    assert report.count("bijgewerkt") == 1
    new = {c.id for c in ingested.registry.chunks("test-epa-crisis")}
    assert new and not (old & new)
    assert not (old & ingested.store.ids())
    assert ingested.registry.get("test-epa-crisis").revision == 2
    _consistent(ingested)


def test_remove_document_from_every_index(ingested):
    assert ingested.indexer.remove(["test-oud-protocol"]) == ["test-oud-protocol"]
    assert ingested.registry.get("test-oud-protocol") is None
    assert not any(i.startswith("test-oud-protocol:") for i in ingested.store.ids())
    index = SearchIndex.load(ingested.registry, ingested.store, ingested.config.lexical_dir)
    assert all(c.doc_id != "test-oud-protocol" for c in index.chunks)
    assert ingested.indexer.remove(["bestaat-niet"]) == []


def test_deleted_file_is_pruned(ingested, corpus_dir):
    (corpus_dir / "oud-protocol.md").unlink()
    report = ingested.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    assert report.count("verwijderd") == 1
    assert ingested.registry.get("test-oud-protocol") is None
    _consistent(ingested)


def test_bad_files_do_not_stop_the_batch(workspace, corpus_dir, tmp_path):
    (corpus_dir / "leeg.md").write_bytes(b"")
    (corpus_dir / "kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    (corpus_dir / "fout-meta.md").write_text(
        "---\nid: fout\ntitle: F\ntarget_groups: [ouderen]\n---\nTekst.\n", encoding="utf-8"
    )
    (corpus_dir / "tabel.xlsx").write_bytes(b"PK\x03\x04rest")
    (corpus_dir / "zz-dubbel.md").write_text(
        "---\nid: test-vg-pijn\ntitle: Dubbel\n---\nAndere tekst.\n", encoding="utf-8"
    )
    report = workspace.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    failed = {r.source: r.message for r in report.errors}
    assert set(failed) == {"leeg.md", "kapot.pdf", "fout-meta.md", "tabel.xlsx", "zz-dubbel.md"}
    for source, message in failed.items():
        assert message.startswith(source), message
    assert report.count("nieuw") == 7
    _consistent(workspace)
    assert "FOUT leeg.md" in report.summary()


def test_duplicate_id_is_an_error_naming_the_owner(ingested, corpus_dir):
    (corpus_dir / "zz-dubbel.md").write_text(
        "---\nid: test-vg-pijn\ntitle: Dubbel\n---\nAndere tekst.\n", encoding="utf-8"
    )
    report = ingested.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    [error] = report.errors
    assert "zz-dubbel.md: id 'test-vg-pijn' wordt al gebruikt door vg-pijn.md" in error.message
    assert ingested.registry.get("test-vg-pijn").source == "vg-pijn.md"


def test_same_name_other_extension_gets_its_own_id(fake_ingested, tmp_path):
    """protocol.md beside protocol.txt: two documents, not an id clash."""
    folder = tmp_path / "twee"
    folder.mkdir()
    (folder / "protocol.md").write_text("# Protocol\n\nDe eerste versie in Markdown.\n", "utf-8")
    (folder / "protocol.txt").write_text("Protocol\n\nDezelfde inhoud als tekstbestand.\n", "utf-8")
    report = fake_ingested.indexer.ingest(corpus_items(folder, prefix="twee/"))
    assert not report.errors, report.summary()
    ids = {r.meta.id: r.source for r in fake_ingested.registry.documents()}
    assert ids["protocol"] == "twee/protocol.md" and ids["protocol-txt"] == "twee/protocol.txt"
    # An explicit id still clashes loudly instead of being renamed.
    (folder / "zz.md").write_text("---\nid: protocol\n---\nIets anders.\n", "utf-8")
    [error] = fake_ingested.indexer.ingest(corpus_items(folder, prefix="twee/")).errors
    assert "id 'protocol' wordt al gebruikt door twee/protocol.md" in error.message


def test_single_file_with_overrides(workspace, corpus_dir):
    item = IngestItem(
        corpus_dir / "werkgroep.txt", "losse/werkgroep.txt", {"title": "Nieuwe titel"}
    )
    report = workspace.indexer.ingest([item])
    assert report.count("nieuw") == 1
    assert workspace.registry.get("test-werkgroep").meta.title == "Nieuwe titel"


def test_lexical_cache_is_rebuilt_when_stale(ingested):
    lexical_dir: Path = ingested.config.lexical_dir
    (lexical_dir / "CURRENT").write_text("999", encoding="utf-8")
    index = SearchIndex.load(ingested.registry, ingested.store, lexical_dir)
    assert len(index.lexical) == len(ingested.registry.chunk_ids())
    assert (lexical_dir / "CURRENT").read_text(encoding="utf-8") == str(
        ingested.registry.generation()
    )
