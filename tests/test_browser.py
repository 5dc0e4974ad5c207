"""The real web app (API + Gradio UI) in a subprocess, driven by headless Chromium through Playwright."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from tests.conftest import FIXTURES, REPO

pytestmark = pytest.mark.browser


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-gpu",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
SCREENSHOTS = REPO / "artifacts" / "screenshots"
PASSWORD = "browser-test-wachtwoord"
XSS_DOC = """---
id: test-xss
title: "Testnotitie <script>alert('titel')</script> veiligheid"
doc_type: overig
fictional: true
---
# Veiligheidsnotitie

De zombiekat-protocolregel luidt: <script>alert('xss')</script> en <img src=x onerror=alert(2)> mogen
nooit uitgevoerd worden.
"""
# No review_date: overdue because it was published more than a year ago (the effective date).
OLD_DOC = """---
id: test-rolstoel
title: "Werkinstructie rolstoelvervoer"
doc_type: overig
published: 2023-05-01
verantwoordelijke: "Coördinator netwerk Zeeland (fictief)"
fictional: true
---
# Rolstoelvervoer

Zet de rem van de rolstoel vast voordat de gast instapt.
"""
TIMEOUT_MS = 90_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(data: Path, corpus: Path, *args: str, extra_env: dict[str, str] | None = None) -> str:
    env = dict(os.environ, HOSPICEWIJZER_CORPUS_DIR=str(corpus), **(extra_env or {}))
    result = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=300, env=env, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture corpus (plus an HTML-injection note) ingested, two users, the server running."""
    root = tmp_path_factory.mktemp("browser")
    corpus, data = root / "corpus", root / "data"
    shutil.copytree(FIXTURES / "corpus", corpus)
    (corpus / "xss.md").write_text(XSS_DOC, encoding="utf-8")
    (corpus / "rolstoel.md").write_text(OLD_DOC, encoding="utf-8")
    _cli(data, corpus, "ingest", str(corpus))
    for name, role in (("coord", "coordinator"), ("eva", "evaluator")):
        _cli(
            data,
            corpus,
            "users",
            "add",
            name,
            "--role",
            role,
            "--password-env",
            "PW",
            extra_env={"PW": PASSWORD},
        )
    port = _free_port()
    log = (root / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "--data-dir", str(data), "serve", "--port", str(port)],
        env=dict(os.environ, HOSPICEWIJZER_CORPUS_DIR=str(corpus)), cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, (root / "server.log").read_text()[-3000:]
            try:
                with urllib.request.urlopen(f"{url}/readyz", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            assert time.monotonic() < deadline, "server did not become ready"
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    # No skip: a missing browser is a failed setup ("make system-deps"), not a passed test.
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} ontbreekt: voer 'make system-deps' uit"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    """A fresh page on the app; any JavaScript dialog (alert) is recorded and fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    _open(pg, server)
    yield pg
    assert pg.dialogs == [], f"onverwachte dialoog: {pg.dialogs}"
    context.close()


def _open(pg: object, url: str) -> None:
    pg.goto(url + "/")
    pg.get_by_text("Voer geen patiëntgegevens in.").wait_for()


def _shot(pg: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _ask(pg: object, question: str) -> tuple[str, str]:
    """Ask on a freshly loaded page; returns (chat text, sources text) once the answer is complete."""
    _field(pg, "hw-question").fill(question)
    pg.locator("#hw-send").click()
    pg.locator("#hw-good").wait_for(state="visible")
    return pg.locator("#hw-chatbot").inner_text(), pg.locator("#hw-answer-sources").inner_text()


def _field(pg: object, elem_id: str) -> object:
    return pg.locator(f"#{elem_id} textarea, #{elem_id} input").first


def _login(pg: object, name: str) -> None:
    _field(pg, "hw-username").fill(name)
    _field(pg, "hw-password").fill(PASSWORD)
    pg.locator("#hw-login").click()
    pg.get_by_text(f"Ingelogd als {name}").wait_for()


def _choose_file(pg: object, path: object) -> None:
    """Select a file in the upload component; retried because under heavy load the change event
    can fire before the component has hydrated and is then lost."""
    for attempt in range(4):
        pg.locator("#hw-upload-files input[type=file]").set_input_files(str(path))
        try:
            pg.locator("#hw-upload-files").get_by_text(Path(str(path)).name).first.wait_for(
                timeout=30_000
            )
            return
        except PlaywrightTimeout:
            if attempt == 3:
                raise


def _pick(pg: object, selector: str, text: str) -> None:
    """Choose a Gradio dropdown option whose label contains ``text``."""
    box = pg.locator(f"{selector} input")
    box.click()
    box.fill(text)
    pg.get_by_role("option", name=re.compile(re.escape(text))).first.click()


def test_chat_answers_with_source_card(page: object) -> None:
    chat, sources = _ask(page, "Hoe vaak gebruik je de PAINAD-observatielijst?")
    assert "eenmaal per dienst" in chat
    assert "Testdossier pijn bij een verstandelijke beperking" in sources
    assert page.locator("#hw-answer-sources mark").count() >= 1
    assert "fictief voorbeelddocument" in sources
    _field(page, "hw-reason").fill("duidelijk")
    page.locator("#hw-good").click()
    page.get_by_text("Bedankt").wait_for()
    _shot(page, "chat")
    # "Document openen" leads to a readable page with the cited passage marked, not to JSON.
    with page.context.expect_page() as opened:
        page.locator("#hw-answer-sources a.hw-open").first.click()
    doc = opened.value
    doc.wait_for_load_state()
    assert "/documenten/test-vg-pijn" in doc.url
    assert "eenmaal per dienst" in doc.locator(".passage.cited").inner_text()
    _shot(doc, "document")
    doc.close()


def test_decision_tree_walks_to_advice(page: object) -> None:
    page.get_by_role("tab", name="Beslisbomen").click()
    _pick(page, "#hw-tree", "Testbeslisboom onrust")
    page.get_by_text("Is er direct gevaar?").wait_for()
    page.get_by_role("button", name="Ja", exact=True).click()
    page.get_by_text("Zorg voor veiligheid en bel de dienstdoende arts.").wait_for()
    assert page.locator("#hw-tree-node .hw-acute").count() == 1
    _shot(page, "beslisboom")
    page.get_by_role("button", name="Terug").click()
    page.get_by_text("Is er direct gevaar?").wait_for()


def test_contacts_tab_lists_cards(page: object) -> None:
    page.get_by_role("tab", name="Contacten").click()
    page.locator("#hw-contact-list .hw-contact").first.wait_for()
    assert "FICTIEF" in page.locator("#hw-contact-list").inner_text()
    _shot(page, "contacten")


def test_dossier_tab_shows_a_target_group_in_five_parts(page: object) -> None:
    page.get_by_role("tab", name="Themadossiers").click()
    page.locator("#hw-dossier .hw-dossier").wait_for()
    text = page.locator("#hw-dossier").inner_text()
    assert "Themadossier Psychiatrie (EPA/GGZ)" in text and "Protocollen en richtlijnen" in text
    assert "Testdossier" in text  # the fixture's psychiatry document is listed
    _shot(page, "themadossier")


def test_anonymous_user_sees_no_admin_tabs(page: object) -> None:
    tabs = [t.inner_text().strip() for t in page.get_by_role("tab").all()]
    assert "Chat" in tabs
    assert "Documenten" not in tabs
    assert "Evaluatie" not in tabs
    assert "Actualisatie" not in tabs
    _shot(page, "anoniem")


def test_coordinator_uploads_asks_and_deletes(
    page: object, server: str, office_files: dict[str, Path]
) -> None:
    question = "Wie is de vaste contactpersoon voor dakloze gasten in de nachtopvang?"
    title = "Nachtopvang testdocument"
    _login(page, "coord")
    page.get_by_role("tab", name="Documenten").click()
    page.locator("#hw-doc-table").get_by_text("test-vg-pijn").wait_for()
    _choose_file(page, office_files["pdf"])
    _field(page, "hw-upload-title").fill(title)
    page.locator("#hw-upload-btn").click()
    page.locator("#hw-upload-result").get_by_text("nieuw").wait_for(timeout=180_000)
    _shot(page, "documenten")

    _open(page, server)
    chat, sources = _ask(page, question)
    assert "straatdokter" in chat
    assert title in sources

    _open(page, server)
    _login(page, "coord")
    page.get_by_role("tab", name="Documenten").click()
    _pick(page, "#hw-delete-id", title)
    page.locator("#hw-delete-btn").click()
    page.get_by_text("Vink eerst").first.wait_for()  # no confirmation, nothing deleted
    page.locator("#hw-delete-sure input").check()
    page.locator("#hw-delete-btn").click()
    page.locator("#hw-delete-result").get_by_text("is verwijderd").wait_for()

    _open(page, server)
    _, sources = _ask(page, question)
    assert title not in sources


def test_coordinator_sees_overdue_documents_in_actualisatie(page: object) -> None:
    _login(page, "coord")
    page.get_by_role("tab", name="Actualisatie").click()
    per_dossier = page.locator("#hw-review-dossier")
    per_dossier.get_by_text("Verouderd testprotocol mondzorg").first.wait_for()
    text = per_dossier.inner_text()
    assert "te laat" in text and "Algemeen" in text  # labels, not slugs
    assert "Werkinstructie rolstoelvervoer" in text  # published 2023, no review_date: overdue
    assert "Testdossier pijn bij een verstandelijke beperking" not in text  # due in 2030
    owners = page.locator("#hw-review-owner").inner_text()
    assert "Testcoördinator mondzorg (fictief)" in owners
    assert "Coördinator netwerk Zeeland (fictief)" in owners
    assert "te laat" in page.locator("#hw-review-summary").inner_text()
    assert page.locator("#hw-review-csv").is_visible()
    assert "staat uit" in page.locator("#hw-gaps-note").inner_text()
    _shot(page, "actualisatie")


def test_evaluator_runs_small_evaluation(page: object) -> None:
    _login(page, "eva")
    tabs = [t.inner_text().strip() for t in page.get_by_role("tab").all()]
    assert "Evaluatie" in tabs and "Documenten" not in tabs and "Actualisatie" not in tabs
    page.get_by_role("tab", name="Evaluatie").click()
    _pick(page, "#hw-eval-set", "dev")
    page.locator("#hw-eval-limit input").fill("3")
    page.locator("#hw-eval-start").click()
    page.locator("#hw-eval-progress").get_by_text("Klaar").wait_for(timeout=180_000)
    assert "Totaal" in page.locator("#hw-eval-report").inner_text()
    _shot(page, "evaluatie")


def test_document_html_is_shown_escaped(page: object) -> None:
    chat, sources = _ask(page, "Wat luidt de zombiekat-protocolregel?")
    assert "<script>alert('xss')</script>" in sources
    assert "<img src=x onerror=alert(2)>" in sources
    assert "<script>alert('titel')</script>" in sources
    assert "zombiekat" in chat
    assert page.locator("#hw-answer-sources script, #hw-answer-sources img").count() == 0
    assert page.locator("#hw-chatbot img[src=x]").count() == 0
    page.wait_for_timeout(500)
    _shot(page, "xss-escaped")


def test_browser_storage_keeps_no_password_or_question(page: object) -> None:
    question = "Hoe vaak gebruik je de PAINAD-observatielijst bij meneer Jansen?"
    _login(page, "coord")
    _ask(page, question)
    stored = page.evaluate(
        "() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"
    )
    assert PASSWORD not in stored
    assert "PAINAD" not in stored and "Jansen" not in stored
    footer = page.locator("footer").all_inner_texts()
    assert not any("Built with Gradio" in t or "Use via API" in t for t in footer)
