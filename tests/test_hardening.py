"""Hardening: private data files and spreadsheet-safe exports."""

import stat

from ui.accounts import AccountStore
from ui.feedback import FeedbackStore


def test_account_and_feedback_files_are_private(tmp_path):
    accounts = AccountStore(tmp_path / "data" / "accounts.sqlite3")
    accounts.add("anna", "coordinator", "een-lang-wachtwoord")
    feedback = FeedbackStore(tmp_path / "data" / "feedback.sqlite3")
    feedback.add("fout", "klopt niet", "vraag", "antwoord", [])
    for name in ("accounts.sqlite3", "feedback.sqlite3"):
        mode = stat.S_IMODE((tmp_path / "data" / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    accounts.close()
    feedback.close()


def test_feedback_csv_cells_cannot_run_as_formulas(tmp_path):
    feedback = FeedbackStore(tmp_path / "feedback.sqlite3")
    feedback.add("fout", '=HYPERLINK("http://x.example","klik")', "@SUM(1)", "+1", ["-2"])
    text = feedback.to_csv()
    row = text.splitlines()[1]
    assert "'=HYPERLINK" in row and "'@SUM(1)" in row and "'+1" in row and "'-2" in row
    assert ";=HYPERLINK" not in row
    feedback.close()


def _docx_with_body(tmp_path, body: bytes):
    """A real python-docx document whose word/document.xml is replaced by ``body``."""
    import io
    import zipfile

    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    source = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = body if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item.filename, data)
    path = tmp_path / "bom.docx"
    path.write_bytes(out.getvalue())
    return path


def test_docx_with_a_million_paragraphs_is_refused_quickly(tmp_path):
    import time

    import pytest

    from assistant.errors import CorpusError
    from ingest.loaders import load_file

    head = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    path = _docx_with_body(tmp_path, head + b"<w:p/>" * 1_000_000 + b"</w:body></w:document>")
    assert path.stat().st_size < 200_000  # small on disk
    started = time.perf_counter()
    with pytest.raises(CorpusError, match="bom.docx: .*alinea"):
        load_file(path, path.read_bytes())
    assert time.perf_counter() - started < 10


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path):
    import pytest

    from assistant.errors import CorpusError
    from ingest.loaders.docx import check_docx_limits

    head = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p/>'
    path = _docx_with_body(tmp_path, head + b" " * (30 * 1024 * 1024) + b"</w:body></w:document>")
    with pytest.raises(CorpusError, match="bom.docx: Word-document pakt uit tot 30 MB"):
        check_docx_limits(path.read_bytes(), "bom.docx", max_uncompressed=20 * 1024 * 1024)


def test_unknown_user_is_rejected_as_slowly_as_a_wrong_password(tmp_path):
    import time

    accounts = AccountStore(tmp_path / "accounts.sqlite3")
    accounts.add("anna", "coordinator", "een-lang-wachtwoord")

    def timed(name: str) -> float:
        started = time.perf_counter()
        assert accounts.login(name, "fout-wachtwoord") is None
        return time.perf_counter() - started

    known = min(timed("anna") for _ in range(3))
    unknown = min(timed("niemand") for _ in range(3))
    # Both run one argon2 verification; without it an unknown name answered ~100x faster.
    assert unknown > 0.5 * known, (unknown, known)
    assert accounts.login("anna", "een-lang-wachtwoord") is not None
    accounts.close()


def test_source_card_marks_every_quoted_part_and_escapes_html():
    from ui.chat_html import highlight

    passage = "Eerste zin. Tweede <b>zin</b> over pijn. Derde zin over onrust."
    html = highlight(passage, "Eerste zin. … Derde zin over onrust.")
    assert html.count("<mark>") == 2
    assert "<mark>Eerste zin.</mark>" in html and "<mark>Derde zin over onrust.</mark>" in html
    assert "&lt;b&gt;zin&lt;/b&gt;" in html and "<b>" not in html


def test_gradio_chat_history_is_bounded_like_the_api():
    from ui.chat_ask import to_turns
    from ui.schemas import MAX_MESSAGE_CHARS

    turns = to_turns([{"role": "user", "content": "x" * (5 * MAX_MESSAGE_CHARS)}])
    assert len(turns[0].content) == MAX_MESSAGE_CHARS


def test_login_flood_is_rate_limited_per_user(tmp_path):
    import pytest

    from ui.accounts import LoginThrottled

    accounts = AccountStore(tmp_path / "accounts.sqlite3")
    accounts.add("anna", "coordinator", "een-lang-wachtwoord")
    for _ in range(5):
        assert accounts.login("anna", "fout") is None
    with pytest.raises(LoginThrottled, match="Te veel mislukte inlogpogingen"):
        accounts.login("anna", "een-lang-wachtwoord")
    # Another user is not affected by anna's flood.
    accounts.add("bram", "lezer", "nog-een-lang-wachtwoord")
    assert accounts.login("bram", "nog-een-lang-wachtwoord") is not None
    accounts.close()
