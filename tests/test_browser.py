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
TOKENS: dict[str, str] = {}  # API token per user, printed by 'users add'
# Strings of Gradio's own interface that must never reach a Dutch user, and raw translation keys.
ENGLISH = (
    "Drop File Here", "Click to Upload", "Built with Gradio", "Use via API", "Settings",
    "Error", "Loading", "Submit", "Copy conversation", "Toggle Sidebar", "More tabs", "Clear",
)  # fmt: skip
RAW_KEY = re.compile(r"\b(?:common|chatbot|upload_text|dataframe|errors|file|blocks)\.[a-z_]+\b")


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
        TOKENS[name] = (
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
            .strip()
            .splitlines()[-1]
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
    # An English browser: the UI must be Dutch all the same.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")  # type: ignore[attr-defined]
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


_ANSWERED = """(n) => {
  const bots = document.querySelectorAll('#hw-chatbot [data-testid=bot]');
  const stop = document.querySelector('#hw-stop');
  return bots.length >= n && bots[bots.length - 1].innerText.trim() !== '…'
    && (!stop || stop.offsetParent === null);
}"""


def _answers(pg: object) -> object:
    return pg.locator("#hw-chatbot [data-testid=bot]")


def _wait_answer(pg: object, count: int) -> tuple[str, str]:
    """Wait until answer number ``count`` is complete; (chat text, that answer's sources text).

    Complete: the stop button is gone and the text has not changed for a second (it streams).
    """
    previous, stable_since = None, time.monotonic()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:
        pg.wait_for_function(_ANSWERED, arg=count)
        text = _answers(pg).nth(count - 1).inner_text()
        if text != previous:
            previous, stable_since = text, time.monotonic()
        elif time.monotonic() - stable_since >= 1.0:
            break
        assert time.monotonic() < deadline, "antwoord niet compleet"
        pg.wait_for_timeout(200)
    last = _answers(pg).nth(count - 1)
    sources = last.locator(".hw-sources")
    return pg.locator("#hw-chatbot").inner_text(), sources.inner_text() if sources.count() else ""


def _ask(pg: object, question: str) -> tuple[str, str]:
    """Ask in the chat; returns (chat text, this answer's sources) once the answer is complete."""
    before = _answers(pg).count()
    _field(pg, "hw-question").fill(question)
    pg.locator("#hw-send").click()
    return _wait_answer(pg, before + 1)


def _api(server: str, method: str, path: str, user: str) -> object:
    import httpx

    response = httpx.request(
        method, server + path, headers={"Authorization": f"Bearer {TOKENS[user]}"}, timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def _english_left(pg: object) -> list[str]:
    """Known Gradio English strings and raw translation keys in the visible page text."""
    text = pg.locator("body").inner_text()
    found = [s for s in ENGLISH if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]
    return found + RAW_KEY.findall(text)


def _field(pg: object, elem_id: str) -> object:
    return pg.locator(f"#{elem_id} textarea, #{elem_id} input").first


def _login(pg: object, name: str) -> None:
    pg.locator("#hw-login-open").click()  # the login form sits in a side panel
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


def test_chat_answers_with_source_card(page: object, server: str) -> None:
    first = "Hoe vaak gebruik je de PAINAD-observatielijst?"
    chat, sources = _ask(page, first)
    assert "eenmaal per dienst" in chat
    # The sources sit under their own answer, with the cited passage marked.
    assert "Testdossier pijn bij een verstandelijke beperking" in sources
    assert _answers(page).nth(0).locator(".hw-sources mark").count() >= 1
    assert "fictief voorbeelddocument" in sources
    second = "Hoe ga ik om met een tolk bij een slechtnieuwsgesprek?"
    _, sources2 = _ask(page, second)
    assert "Testdossier" in sources2 or sources2 == ""
    # Feedback per answer: rate the FIRST answer, with an explanation.
    _answers(page).nth(0).hover()
    page.locator("#hw-chatbot button[aria-label='Fout antwoord']").first.click()
    page.get_by_text("Bedankt voor uw beoordeling!").wait_for()
    _field(page, "hw-reason").fill("mist de pijnschaal")
    page.get_by_role("button", name="Toelichting versturen").click()
    page.get_by_text("uw toelichting is bewaard").wait_for()
    [stored] = _api(server, "GET", "/api/feedback", "coord")
    assert stored["rating"] == "fout" and stored["question"] == first
    assert stored["reason"] == "mist de pijnschaal" and "eenmaal per dienst" in stored["answer"]
    assert page.locator("#hw-chatbot").get_by_text(first).first.is_visible()
    _shot(page, "chat")
    # [n] in the answer leads to the readable document with the cited passage marked.
    with page.context.expect_page() as opened:
        _answers(page).nth(0).locator("a.hw-ref").first.click()
    doc = opened.value
    doc.wait_for_load_state()
    assert "/documenten/test-vg-pijn" in doc.url
    assert "eenmaal per dienst" in doc.locator(".passage.cited").inner_text()
    assert "te openen na inloggen" in doc.locator("body").inner_text()  # anonymous: no original
    _shot(doc, "document")
    doc.close()
    # A reload keeps the conversation (this tab only); a new tab starts empty.
    page.reload()
    page.get_by_text(first).first.wait_for()
    assert (
        _answers(page).count() == 2 and "eenmaal per dienst" in _answers(page).nth(0).inner_text()
    )
    other = page.context.new_page()
    _open(other, server)
    other.wait_for_timeout(1500)
    assert other.locator("#hw-chatbot [data-testid=bot]").count() == 0
    other.close()
    page.locator("#hw-clear").click()
    page.reload()
    page.get_by_text("Stel hieronder uw vraag").wait_for()
    assert _answers(page).count() == 0


def test_latest_question_stays_in_view(page: object) -> None:
    # A tall first answer (contact cards), then a second question: that question must be in view.
    _ask(page, "Wie bel ik 's nachts bij een psychiatrische crisis in Zeeland?")
    _ask(page, "Hoe ga ik om met een tolk bij een slechtnieuwsgesprek?")
    place = page.evaluate("""() => {
      const wrap = document.querySelector('#hw-chatbot .bubble-wrap');
      const box = wrap.getBoundingClientRect();
      const rows = document.querySelectorAll('#hw-chatbot .user-row');
      const q = rows[rows.length - 1].getBoundingClientRect();
      return {overflows: wrap.scrollHeight > wrap.clientHeight + 2,
              inView: q.top >= box.top - 1 && q.bottom <= box.bottom + 1};
    }""")
    assert place["overflows"]  # otherwise this test proves nothing
    assert place["inView"], place


def test_example_question_sends_at_once(page: object) -> None:
    page.locator(".hw-example").first.click()
    chat, sources = _wait_answer(page, 1)
    assert "Welke pijnobservatielijst" in chat and "PAINAD" in sources


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


def test_contacts_tab_opens_national_and_asks_for_a_region(page: object) -> None:
    page.get_by_role("tab", name="Contacten").click()
    page.get_by_text("Kies hierboven uw regio").wait_for()
    assert "FICTIEF" not in page.locator("#hw-contact-list").inner_text()  # only Zeeland's here
    _pick(page, "#hw-contact-region", "Zeeland")
    page.locator("#hw-contact-list .hw-contact").first.wait_for()
    assert "FICTIEF" in page.locator("#hw-contact-list").inner_text()
    _shot(page, "contacten")


def test_dossier_tab_shows_a_target_group_in_five_parts(page: object) -> None:
    page.get_by_role("tab", name="Themadossiers").click()
    page.locator("#hw-dossier .hw-dossier").wait_for()
    text = page.locator("#hw-dossier").inner_text()
    assert "Themadossier Psychiatrie (EPA/GGZ)" in text and "Protocollen en richtlijnen" in text
    assert "Testdossier" in text  # the fixture's psychiatry document is listed
    # Browse: the dossier of another target group, by its label, to a document to read.
    _pick(page, "#hw-dossier-group", "Migratieachtergrond")
    page.locator("#hw-dossier").get_by_text("Testdossier tolk en familie").wait_for()
    _shot(page, "themadossier")
    with page.context.expect_page() as opened:
        page.locator("#hw-dossier a", has_text="Testdossier tolk en familie").first.click()
    doc = opened.value
    doc.wait_for_load_state()
    assert "kleinkinderen nooit tolken" in doc.locator("body").inner_text()
    assert doc.locator("h1").inner_text() == "Testdossier tolk en familie"
    doc.close()
    # Search finds documents by words from their text, not only chat answers.
    _field(page, "hw-search-q").fill("kleinkinderen tolken")
    page.locator("#hw-search-btn").click()
    result = page.locator("#hw-search-results .hw-search-result").first
    result.wait_for()
    assert "Testdossier tolk en familie" in result.inner_text()
    assert "Migratieachtergrond" in result.inner_text()  # a label, not the slug


def test_anonymous_user_sees_no_admin_tabs(page: object) -> None:
    tabs = [t.inner_text().strip() for t in page.get_by_role("tab").all()]
    assert "Chat" in tabs
    assert "Documenten" not in tabs
    assert "Evaluatie" not in tabs
    assert "Actualisatie" not in tabs
    _shot(page, "anoniem")


def test_coordinator_uploads_asks_and_deletes(
    page: object, server: str, office_files: dict[str, Path], browser: object
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
    page.wait_for_timeout(1000)  # a finished upload used to leave "common.complete" behind
    assert not _english_left(page), _english_left(page)
    _shot(page, "documenten")

    # After a reload the login session lives on in its HttpOnly cookie for document pages.
    _open(page, server)
    chat, sources = _ask(page, question)
    assert "straatdokter" in chat
    assert title in sources
    answer = _answers(page).last
    card = answer.locator(".hw-source", has_text="straatdokter").first  # the page-2 passage
    assert title in card.inner_text()
    href = card.locator("a.hw-open").get_attribute("href")
    with page.context.expect_page() as opened:
        answer.locator(f"a.hw-ref[href='{href}']").first.click()  # the answer's [n]
    doc = opened.value
    doc.wait_for_load_state()
    assert "straatdokter" in doc.locator(".passage.cited").inner_text()
    frame = doc.locator("iframe.pdf")
    src = frame.get_attribute("src")
    assert src.endswith("/origineel#page=2"), src  # the PDF opens at the cited page
    pdf = doc.request.get(server + src.split("#")[0])
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"
    _shot(doc, "document-pdf")
    doc.close()
    anonymous = browser.new_context()  # type: ignore[attr-defined]
    assert anonymous.request.get(server + src.split("#")[0]).status == 401
    anonymous.close()

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


def test_browser_storage_keeps_no_password_or_question(page: object, server: str) -> None:
    question = "Hoe vaak gebruik je de PAINAD-observatielijst bij meneer Jansen?"
    _login(page, "coord")
    _ask(page, question)
    local = page.evaluate("() => JSON.stringify(Object.entries(localStorage))")
    session = page.evaluate("() => JSON.stringify(Object.entries(sessionStorage))")
    assert PASSWORD not in local + session
    assert "PAINAD" not in local and "Jansen" not in local  # nothing outlives the tab
    assert "Jansen" in session  # the conversation, for a reload of this tab only
    cookies = page.context.cookies()
    assert all(c["httpOnly"] for c in cookies if c["name"] == "hw_sessie")
    assert not any(PASSWORD in c["value"] for c in cookies)
    fresh = page.context.new_page()  # another tab: its own, empty session storage
    _open(fresh, server)
    assert "Jansen" not in fresh.evaluate("() => JSON.stringify(Object.entries(sessionStorage))")
    fresh.close()
    footer = page.locator("footer").all_inner_texts()
    assert not any("Built with Gradio" in t or "Use via API" in t for t in footer)


def test_no_english_or_raw_keys_in_the_main_views(page: object, server: str) -> None:
    """On an English browser, every main view reads Dutch: page language, Gradio's own strings."""
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    seen: dict[str, list[str]] = {}
    _ask(page, "Hoe vaak gebruik je de PAINAD-observatielijst?")
    seen["Chat"] = _english_left(page)
    page.get_by_role("tab", name="Beslisbomen").click()
    _pick(page, "#hw-tree", "Testbeslisboom onrust")
    page.get_by_role("button", name="Ja", exact=True).click()
    page.get_by_text("Zorg voor veiligheid").wait_for()
    page.wait_for_timeout(1000)  # a status toast would show its raw key here
    seen["Beslisbomen"] = _english_left(page)
    for tab in ("Themadossiers", "Contacten"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(500)
        seen[tab] = _english_left(page)
    _login(page, "coord")
    for tab in ("Documenten", "Actualisatie"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(800)
        seen[tab] = _english_left(page)
        if tab == "Documenten":  # Gradio's upload widget, in its Dutch translation
            assert "Sleep" in page.locator("#hw-upload-files").inner_text()
    _open(page, server)
    _login(page, "eva")
    page.get_by_role("tab", name="Evaluatie").click()
    page.wait_for_timeout(500)
    seen["Evaluatie"] = _english_left(page)
    assert not any(seen.values()), seen
