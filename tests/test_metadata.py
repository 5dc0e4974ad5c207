import pytest

from assistant.errors import MetadataError
from assistant.metadata import build_meta
from ingest.documents import load_document


def test_unknown_target_group_names_file_and_allowed_values(tmp_path):
    path = tmp_path / "dossier.md"
    path.write_text(
        "---\nid: x-doc\ntitle: X\ntarget_groups: [ouderen]\n---\nTekst over iets.\n",
        encoding="utf-8",
    )
    with pytest.raises(MetadataError) as err:
        load_document(path, display_name="map/dossier.md")
    message = str(err.value)
    assert message.startswith("map/dossier.md:")
    assert "'ouderen' is geen geldige doelgroep" in message
    assert "verstandelijke-beperking" in message and "dak-en-thuisloos" in message


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"id": "Geen Slug!", "title": "t"}, "id"),
        ({"id": "ok-id", "title": "t", "doc_type": "folder"}, "doc_type"),
        ({"id": "ok-id", "title": "t", "audience": "artsen"}, "audience"),
        ({"id": "ok-id", "title": "t", "regions": ["limburg"]}, "regions"),
        ({"id": "ok-id", "title": "t", "review_date": "morgen"}, "review_date"),
        ({"id": "ok-id", "title": "t", "colour": "blauw"}, "colour"),
    ],
)
def test_invalid_fields_are_named(values, field):
    with pytest.raises(MetadataError, match=field):
        build_meta(values, source="f.md")


def test_defaults_from_file_name_and_first_heading(tmp_path):
    path = tmp_path / "Mijn Notitie.md"
    path.write_text("# Zorg bij nacht\n\nBel de huisartsenpost.\n", encoding="utf-8")
    doc = load_document(path, display_name=path.name)
    assert doc.meta.id == "mijn-notitie"
    assert doc.meta.title == "Zorg bij nacht"
    assert doc.meta.target_groups == ("algemeen",)
    assert doc.meta.fictional is False


def test_overrides_win_over_sidecar_and_front_matter(corpus_dir):
    doc = load_document(
        corpus_dir / "werkgroep.txt",
        display_name="werkgroep.txt",
        overrides={"doc_type": "scholing", "target_groups": ["dementie"]},
    )
    assert doc.meta.doc_type == "scholing"
    assert doc.meta.target_groups == ("dementie",)
    assert doc.meta.id == "test-werkgroep"


def test_bad_sidecar_yaml_is_reported(corpus_dir):
    (corpus_dir / "werkgroep.txt.meta.yaml").write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(MetadataError, match="werkgroep.txt.meta.yaml: geen geldige YAML"):
        load_document(corpus_dir / "werkgroep.txt", display_name="werkgroep.txt")
