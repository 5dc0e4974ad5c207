"""Hostile and unlucky input: bombs, floods, crashes and a damaged data dir; the server stays up.

Together with test_browser.py (nothing sensitive in localStorage) and test_api.py (limits on
uploads, JSON and file names) this reproduces each case of the hardening issue.
"""

import os
import resource
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.errors import ConfigError, CorpusError, StoreError
from assistant.health import data_dir_problems
from ingest.documents import iter_corpus_files
from ui.accounts import AccountStore
from ui.feedback import FeedbackStore
from ui.workspace import open_workspace


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


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_docx_with_a_million_paragraphs_is_refused_quickly(tmp_path):
    from ingest.loaders.dispatch import load_file

    head = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    path = _docx_with_body(tmp_path, head + b"<w:p/>" * 1_000_000 + b"</w:body></w:document>")
    assert path.stat().st_size < 200_000  # small on disk
    before = _max_rss_mb()
    with pytest.raises(CorpusError, match="bom.docx: .*alinea"):
        load_file(path, path.read_bytes())
    assert _max_rss_mb() - before < 200


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path):
    from ingest.loaders.docx import check_docx_limits

    head = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p/>'
    path = _docx_with_body(tmp_path, head + b" " * (30 * 1024 * 1024) + b"</w:body></w:document>")
    before = _max_rss_mb()
    with pytest.raises(CorpusError, match="bom.docx: Word-document pakt uit tot 30 MB"):
        check_docx_limits(path.read_bytes(), "bom.docx", max_uncompressed=20 * 1024 * 1024)
    assert _max_rss_mb() - before < 200
    # Under the size limit but packed over 200 times: the message names the ratio, not the size.
    with pytest.raises(CorpusError, match=r"bom.docx: Word-document is \d+ keer samengeperst"):
        check_docx_limits(path.read_bytes(), "bom.docx", max_uncompressed=200 * 1024 * 1024)


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


def test_guessing_across_many_names_is_rate_limited_per_client(tmp_path):
    from ui.accounts import LoginThrottled

    accounts = AccountStore(tmp_path / "accounts.sqlite3")
    accounts.add("anna", "coordinator", "een-lang-wachtwoord")
    for i in range(20):
        assert accounts.login(f"naam{i}", "fout", client="10.0.0.9") is None
    with pytest.raises(LoginThrottled):
        accounts.login("anna", "een-lang-wachtwoord", client="10.0.0.9")
    assert accounts.login("anna", "een-lang-wachtwoord", client="10.0.0.7") is not None
    accounts.close()


def test_tokens_are_several_per_user_expire_and_can_be_revoked(tmp_path):
    accounts = AccountStore(tmp_path / "accounts.sqlite3", login_hours=-1)  # logins expire at once
    api_token = accounts.add("anna", "coordinator", "een-lang-wachtwoord")
    result = accounts.login("anna", "een-lang-wachtwoord")
    assert result is not None
    assert accounts.by_token(result[1]) is None  # expired
    assert accounts.by_token(api_token) is not None  # a login does not invalidate the API token
    accounts.close()
    accounts = AccountStore(tmp_path / "accounts.sqlite3")
    first = accounts.login("anna", "een-lang-wachtwoord")
    second = accounts.login("anna", "een-lang-wachtwoord")
    assert first and second and accounts.by_token(first[1]) and accounts.by_token(second[1])
    accounts.revoke(first[1])
    assert accounts.by_token(first[1]) is None and accounts.by_token(second[1]) is not None
    accounts.add("anna", "lezer", "een-nieuw-wachtwoord")  # a new password revokes every token
    assert accounts.by_token(second[1]) is None and accounts.by_token(api_token) is None
    accounts.close()


def test_accounts_from_before_token_expiry_keep_working(tmp_path):
    import hashlib

    path = tmp_path / "accounts.sqlite3"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE accounts (name TEXT PRIMARY KEY, role TEXT NOT NULL, password TEXT NOT NULL, "
        "token TEXT NOT NULL UNIQUE)"
    )
    old.execute(
        "INSERT INTO accounts VALUES ('anna', 'lezer', 'x', ?)",
        (hashlib.sha256(b"oud-token").hexdigest(),),
    )
    old.commit()
    old.close()
    accounts = AccountStore(path)
    account = accounts.by_token("oud-token")
    assert account is not None and account.name == "anna"
    accounts.close()


def test_html_tag_flood_is_refused_in_the_worker(tmp_path):
    from ingest.loaders.worker import ParseWorker

    path = tmp_path / "vloed.html"
    path.write_text("<html><body>" + "<span>x</span>" * 250_000 + "</body></html>")
    with ParseWorker(timeout_s=120) as parser, pytest.raises(CorpusError, match="vloed.html: HTML"):
        parser(path, path.read_bytes())


def test_parse_worker_survives_a_parser_that_runs_out_of_memory(tmp_path):
    from ingest.loaders.worker import ParseWorker

    big = tmp_path / "groot.txt"
    big.write_text("Zorg voor rust in de kamer. " * 1_500_000)  # 42 MB: ~200 MB to parse
    ok = tmp_path / "klein.md"
    ok.write_text("# Nazorg\n\nBel de naasten na zes weken.\n")
    # A cap below what the parse needs: the worker dies or raises, the caller gets a clear error
    # naming the file, and the next file parses in a fresh worker.
    with ParseWorker(timeout_s=120, max_memory=150 * 2**20) as parser:
        with pytest.raises(CorpusError, match="groot.txt: "):
            parser(big, big.read_bytes())
        assert "naasten" in parser(ok, ok.read_bytes()).sections[0].text


def test_health_stays_fast_while_a_large_upload_is_indexed(api):
    files = [
        ("files", (f"nazorg-{i}.md", f"# Nazorg {i}\n\nBel de naasten na {i} weken.\n".encode(), "text/markdown"))
        for i in range(150)
    ]
    response = api.post("/api/documents", files=files, headers=api.bearer("coordinator"))
    assert response.status_code == 202
    url = response.json()["status_url"]
    answered_during_ingest = 0
    while True:
        assert api.get("/healthz").status_code == 200
        job = api.get(url, headers=api.bearer("coordinator")).json()
        if job["status"] != "bezig":
            if job["status"] in ("klaar", "fout"):
                break
            continue
        answered_during_ingest += 1
        chat = api.post("/api/chat", json={"messages": [{"role": "user", "content": "Wat is de PAINAD?"}]})
        assert chat.status_code == 200
    # The event loop was never blocked by the ingest: health and chat answered while it ran.
    assert answered_during_ingest >= 1
    assert job["status"] == "klaar" and job["done"] == 150
    assert sum(f["status"] == "nieuw" for f in job["result"]["files"]) == 150


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


CLI = [sys.executable, "-m", "ui.cli"]


def _env(data: Path, corpus: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSPICEWIJZER_")}
    env.update(HOSPICEWIJZER_DATA_DIR=str(data), HOSPICEWIJZER_CORPUS_DIR=str(corpus))
    return env


def _start_server(data: Path, corpus: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [*CLI, "serve", "--port", str(port)], env=_env(data, corpus),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, "server stopped during start-up"
        time.sleep(0.3)
    proc.kill()
    raise AssertionError("server not ready within 240 s")


@pytest.mark.model  # the server it starts loads the real model
def test_kill_during_upload_leaves_no_unindexed_file_in_the_corpus(tmp_path, corpus_dir):
    data = tmp_path / "data"
    env = _env(data, corpus_dir)
    subprocess.run([*CLI, "ingest"], env=env, check=True, capture_output=True, timeout=300)
    env["HW_TEST_PASSWORD"] = "geheim-wachtwoord"
    token = subprocess.run(
        [*CLI, "users", "add", "co", "--role", "coordinator", "--password-env", "HW_TEST_PASSWORD"],
        env=env, check=True, capture_output=True, text=True, timeout=120,
    ).stdout.strip().split()[-1]  # fmt: skip
    port = _free_port()
    proc = _start_server(data, corpus_dir, port)
    try:
        files = [
            ("files", (f"waken-{i}.md", f"# Waken {i}\n\nWaak in ploegen van {i} uur.\n".encode(), "text/markdown"))
            for i in range(200)
        ]
        base = f"http://127.0.0.1:{port}"
        headers = {"Authorization": f"Bearer {token}"}
        response = httpx.post(f"{base}/api/documents", files=files, headers=headers, timeout=60)
        assert response.status_code == 202, response.text
        url = base + response.json()["status_url"]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            job = httpx.get(url, headers=headers, timeout=10).json()
            if job["status"] == "bezig" and job["done"] >= 1:
                break
            time.sleep(0.02)
        assert job["status"] == "bezig", job
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    staged = list((data / "staging").rglob("waken-*.md"))
    assert staged, "the upload should have been waiting in staging when killed"
    uploads = corpus_dir / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())  # nothing reached the corpus yet

    proc = _start_server(data, corpus_dir, port)  # start-up recovers the interrupted change
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=60)
    assert not any((data / "staging").iterdir())
    registry = sqlite3.connect(data / "registry.sqlite3")
    sources = {row[0] for row in registry.execute("SELECT source FROM documents")}
    registry.close()
    in_corpus = {f"corpus/uploads/{p.name}" for p in uploads.glob("*.md")} if uploads.exists() else set()
    assert in_corpus <= sources  # every file in the corpus is indexed


def _damage_and_check(make_config, embedder, data: Path, damage) -> list[str]:
    damage(data)
    try:
        ws = open_workspace(make_config(data_dir=data), embedder=embedder)
    except StoreError as err:
        return [str(err)]
    try:
        corpus = ws.config.corpus_dir
        return data_dir_problems(ws.registry, ws.store, corpus if any(iter_corpus_files(corpus)) else None)
    finally:
        ws.close()


def _empty_registry(data: Path) -> None:
    conn = sqlite3.connect(data / "registry.sqlite3")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("DELETE FROM documents")
    conn.commit()
    conn.close()


def _garble_registry(data: Path) -> None:
    path = data / "registry.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[4096:8192] = os.urandom(4096)  # a page of garbage after the header
    path.write_bytes(bytes(raw))


def _truncate_registry(data: Path) -> None:
    path = data / "registry.sqlite3"
    path.write_bytes(path.read_bytes()[:100])


def _wipe_vectors(data: Path) -> None:
    import shutil

    shutil.rmtree(data / "chroma")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_empty_registry, "passages van documenten die het documentregister niet kent"),
        (_garble_registry, "documentregister"),
        (_truncate_registry, "documentregister"),
        (_wipe_vectors, "niet in de vectoropslag"),
    ],
    ids=["geleegd-register", "rommel-in-register", "afgekapt-register", "chroma-gewist"],
)
def test_damaged_data_dir_is_loud_and_repair_restores_it(
    make_config, embedder, corpus_dir, tmp_path, damage, message
):
    data = tmp_path / "data"
    config = make_config(data_dir=data, corpus_dir=corpus_dir)
    ws = open_workspace(config, write=True, embedder=embedder)
    from ingest.items import corpus_items

    ws.indexer.ingest(corpus_items(corpus_dir, prefix="corpus/"), prune_prefix="corpus/")
    before = {r.meta.id for r in ws.registry.documents()}
    ws.close()
    assert before

    problems = _damage_and_check(lambda **kw: config.model_copy(update=kw), embedder, data, damage)
    assert any(message in p for p in problems), problems
    assert "hospicewijzer repair" in " ".join(problems)

    result = subprocess.run(
        [*CLI, "repair", "--no-progress"], env=_env(data, corpus_dir),
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ws = open_workspace(config, embedder=embedder)
    try:
        assert data_dir_problems(ws.registry, ws.store, corpus_dir) == []
        assert {r.meta.id for r in ws.registry.documents()} == before
        answer = ws.assistant.ask("Hoe vaak gebruik je de PAINAD-observatielijst?")
        assert answer.citations and answer.citations[0].document_id == "test-vg-pijn"
    finally:
        ws.close()


def test_damaged_account_and_feedback_files_give_a_clear_error(tmp_path):
    for name, store in (("accounts.sqlite3", AccountStore), ("feedback.sqlite3", FeedbackStore)):
        path = tmp_path / name
        path.write_bytes(b"dit is geen database" * 100)
        with pytest.raises(StoreError, match=f"{name}.*beschadigd"):
            store(path)


def test_damaged_knowledge_base_makes_readyz_say_why_and_chat_503(api):
    registry = api.services.ws.registry
    registry._conn.execute("PRAGMA foreign_keys=ON")
    registry._conn.execute("DELETE FROM documents")
    api.services.ready.clear()
    api.services.warm_up()
    ready = api.get("/readyz")
    assert ready.status_code == 503
    assert any("documentregister niet kent" in p for p in ready.json()["problemen"])
    chat = api.post("/api/chat", json={"messages": [{"role": "user", "content": "Wat is de PAINAD?"}]})
    assert chat.status_code == 503 and "hospicewijzer repair" in chat.json()["detail"]
    assert api.get("/healthz").status_code == 200


def test_gradio_upload_endpoint_refuses_other_origins_and_large_bodies(ingested, tmp_path):
    from fastapi.testclient import TestClient

    from ui.server import create_app
    from ui.services import Services

    services = Services(
        ingested, AccountStore(tmp_path / "a.sqlite3"), FeedbackStore(tmp_path / "f.sqlite3")
    )
    client = TestClient(create_app(services))
    small = {"files": ("notitie.txt", b"Bel de naasten na zes weken.", "text/plain")}
    evil = client.post("/gradio_api/upload", files=small, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403 and "vanuit Hospicewijzer" in evil.json()["detail"]
    cross = client.post("/gradio_api/upload", files=small, headers={"Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    limit = int(services.config.max_request_mb * 2**20)
    big = client.post(
        "/gradio_api/upload",
        content=b"x" * 10,
        headers={"Content-Length": str(limit + 1), "Content-Type": "multipart/form-data; boundary=x"},
    )
    assert big.status_code == 413
    same = client.post("/gradio_api/upload", files=small, headers={"Origin": "http://testserver"})
    assert same.status_code == 200, same.text
    services.close()


def test_truncated_multipart_upload_is_refused_and_nothing_is_staged(api):
    boundary = "grens"
    body = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="files"; filename="nazorg.md"\r\n'
        "Content-Type: text/markdown\r\n\r\n# Nazorg\n\nBel de naasten na zes we"
    ).encode()
    response = api.post(
        "/api/documents",
        content=body,
        headers={**api.bearer("coordinator"), "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 422 and "afgebroken" in response.json()["detail"]
    staging = api.services.config.data_dir / "staging"
    assert not staging.exists() or not any(staging.iterdir())
    assert not list((api.services.config.data_dir / "incoming").iterdir())


def test_document_text_follows_the_chat_login_rule(api, make_config):
    assert api.get("/api/documents/test-vg-pijn").status_code == 200
    api.services.ws.config = make_config(chat_requires_login=True)
    assert api.get("/api/documents/test-vg-pijn").status_code == 401
    assert api.get("/api/documents").status_code == 401
    assert api.get("/api/documents/test-vg-pijn", headers=api.bearer("lezer")).status_code == 200


def test_contact_and_advice_cards_escape_document_text():
    from ui.chat_html import advice_html, contact_cards

    html = contact_cards(
        [{"organisation": "<img src=x onerror=alert(1)>", "phone": "010-000 1 (FICTIEF)",
          "notes": "<script>x</script>", "regions": ["<b>zeeland</b>"]}],
        urgent=True,
    )  # fmt: skip
    assert "<img" not in html and "<script>" not in html and "<b>zeeland" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "hw-acute" in html
    assert "&lt;script&gt;" in advice_html("<script>x</script>", urgent=False)


def test_workers_share_the_login_limit_so_the_machine_keeps_five_per_minute(tmp_path):
    """Two workers with in-memory counters: each allows 3 failures, together no more than 6."""
    from ui.accounts import LoginThrottled

    workers = [
        AccountStore(tmp_path / "accounts.sqlite3", limit_processes=2) for _ in range(2)
    ]
    workers[0].add("anna", "coordinator", "een-lang-wachtwoord")
    failures = 0
    for attempt in range(10):  # the kernel may send each attempt to either worker
        try:
            workers[attempt % 2].login("anna", "fout")
            failures += 1
        except LoginThrottled:
            pass
    assert failures == 6  # ceil(5 / 2) per worker; one process alone allowed 5
    for store in workers:
        store.close()


def test_rate_limit_storage_is_checked_with_a_dutch_message():
    from limits import parse

    from ui.ratelimit import make_limiter, per_process

    with pytest.raises(ConfigError, match="HOSPICEWIJZER_RATE_LIMIT_STORAGE='onzin://x'"):
        make_limiter("onzin://x")
    assert per_process("5/minute", "memory://", 2) == parse("3/minute")
    assert per_process("5/minute", "redis://cache:6379", 4) == parse("5/minute")  # shared store
    assert per_process("30/minute", "memory://", 1) == parse("30/minute")


def test_big_bodies_are_refused_whatever_their_content_type_says(api):
    """The 1 MB limit held only for 'application/json'; FastAPI parsed other types as JSON too."""
    big = b'{"messages": [{"role": "user", "content": "' + b"x" * (2 * 2**20) + b'"}]}'
    for content_type in ("Application/JSON", "text/plain", "application/x+json"):
        response = api.post("/api/chat", content=big, headers={"Content-Type": content_type})
        assert response.status_code == 413, content_type
        assert "te groot" in response.json()["detail"]
    assert api.post("/api/corpus/inlezen", headers=api.bearer("coordinator")).status_code != 411


def test_unknown_routes_wrong_methods_and_bad_json_answer_in_dutch(api):
    assert api.get("/api/bestaat-niet").json()["detail"].startswith("Niet gevonden")
    assert "niet toegestaan" in api.get("/api/chat").json()["detail"]
    bad = api.post("/api/chat", content=b"{niet: json", headers={"Content-Type": "application/json"})
    assert bad.status_code in (400, 422)
    assert "JSON" in bad.json()["detail"] and "veld '" not in bad.json()["detail"]


def test_an_upload_with_too_many_files_is_refused_without_staging_them(api):
    from ui.uploads import MAX_PARTS

    files = [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(MAX_PARTS + 1)]
    response = api.post("/api/documents", files=files, headers=api.bearer("coordinator"))
    assert response.status_code == 413
    assert "te veel bestanden" in response.json()["detail"]
    assert api.get("/healthz").status_code == 200
