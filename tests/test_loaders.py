import io
from pathlib import Path

import pypdf
import pytest

from assistant.errors import CorpusError
from ingest.documents import load_document
from ingest.loaders.worker import ParseWorker


def _load(path: Path, **kw):
    return load_document(path, display_name=path.name, **kw)


def test_markdown_front_matter_and_heading_path(corpus_dir):
    doc = _load(corpus_dir / "vg-pijn.md")
    assert doc.meta.id == "test-vg-pijn"
    assert doc.meta.target_groups == ("verstandelijke-beperking",)
    assert doc.meta.fictional is True
    sections = {s.section: s.text for s in doc.sections}
    assert "Pijn herkennen" in sections
    assert "PAINAD-observatielijst minimaal eenmaal per dienst" in sections["Pijn herkennen"]
    assert (
        sections["Wie betrekken"].split("\n")[0]
        == "- Schakel de arts VG in als het team het gedrag niet kan duiden."
    )
    assert all("Voorbeelddocument" not in s.text for s in doc.sections)


def test_text_with_sidecar_metadata(corpus_dir):
    doc = _load(corpus_dir / "werkgroep.txt")
    assert doc.meta.id == "test-werkgroep"
    assert doc.meta.doc_type == "verslag"
    assert "elk kwartaal een nazorggesprek" in doc.sections[0].text


def test_html_sections_and_no_script(tmp_path):
    page = tmp_path / "pagina.html"
    page.write_text(
        "<html><head><title>Dossier NAH</title><script>alert('x')</script></head><body>"
        "<h1>Dossier NAH</h1><p>Spreek in korte zinnen.</p><h2>Prikkels</h2><ul><li>Prikkelarme kamer</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = _load(page)
    assert doc.meta.title == "Dossier NAH"
    assert {s.section for s in doc.sections} == {"Dossier NAH", "Dossier NAH > Prikkels"}
    assert all("alert" not in s.text for s in doc.sections)
    assert "- Prikkelarme kamer" in doc.sections[-1].text


def test_real_libreoffice_pdf_keeps_pages_and_rejoins_lines(office_files):
    with ParseWorker(timeout_s=60) as parser:
        doc = _load(office_files["pdf"], parser=parser)
    assert [s.page for s in doc.sections] == [1, 2]
    first = doc.sections[0].text
    # The long paragraph was hard-wrapped by the word processor; it must come back as one line.
    assert "omdat zij hun klachten anders uiten dan verwacht; daarom observeert het team" in first
    assert (
        "verslavingsproblematiek" in first and "consultatieteam" in first and "palliatieve" in first
    )
    assert "- Gebruik de PAINAD-lijst in elke dienst." in first.split("\n")
    assert "straatdokter" in doc.sections[1].text
    assert doc.meta.fictional is True


def test_real_docx_headings_and_items(office_files):
    doc = _load(office_files["docx"])
    assert doc.meta.title == "Werkafspraken vrijwilligers"
    eten = next(s for s in doc.sections if s.section.endswith("Eten en drinken"))
    assert "geeft geen eten of drinken" in eten.text
    assert "Vraag het eerst aan de verpleegkundige." in eten.text


def _pdf_bytes(encrypt: str | None = None, text: bool = True) -> bytes:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt(user_password=encrypt, owner_password=encrypt, algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("leeg.md", b"", "leeg"),
        ("kapot.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage \x00\x01", "beschadigd"),
        ("geen.pdf", b"dit is helemaal geen pdf", "geen PDF"),
        ("plaatje.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binair"),
        ("tabel.xlsx", b"some,text,data\n", "niet ondersteund"),
        ("latin1.txt", "Patiënt met afasie".encode("latin-1"), "UTF-8"),
        ("slecht.yaml", b"nodes: [unclosed", "YAML"),
    ],
)
def test_bad_files_give_one_clear_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError) as err:
        _load(path)
    assert name in str(err.value)
    assert reason in str(err.value)


def test_encrypted_pdf_is_refused_with_reason(tmp_path):
    path = tmp_path / "geheim.pdf"
    path.write_bytes(_pdf_bytes(encrypt="wachtwoord"))
    with pytest.raises(CorpusError, match="geheim.pdf: de PDF is beveiligd met een wachtwoord"):
        _load(path)


def test_image_only_pdf_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf_bytes())
    with pytest.raises(CorpusError, match="geen leesbare tekst"):
        _load(path)


def test_truncated_pdf_is_refused(office_files, tmp_path):
    data = office_files["pdf"].read_bytes()
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(data[: len(data) // 3])
    with ParseWorker(timeout_s=60) as parser, pytest.raises(CorpusError, match="afgebroken.pdf"):
        _load(path, parser=parser)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "groot.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(CorpusError, match=r"groot.txt: bestand is te groot"):
        _load(path, max_bytes=1024)


def test_parse_worker_enforces_time_limit(office_files):
    path = office_files["pdf"]
    with ParseWorker(timeout_s=0.001) as parser, pytest.raises(CorpusError, match="duurde te lang"):
        parser(path, path.read_bytes())
