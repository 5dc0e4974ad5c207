"""Offline, real components: real Chroma in tmp dirs, the bundled real embedding model, a tiny corpus."""

import os

os.environ.update(
    HF_HUB_OFFLINE="1",
    TRANSFORMERS_OFFLINE="1",
    ANONYMIZED_TELEMETRY="False",
    GRADIO_ANALYTICS_ENABLED="False",
    TOKENIZERS_PARALLELISM="false",
)
for _key in [k for k in os.environ if k.startswith("HOSPICEWIJZER_")]:
    del os.environ[_key]

import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from fakes import HashingEmbedder  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from assistant.config import Config  # noqa: E402
from assistant.embedding import SentenceTransformerEmbedder  # noqa: E402
from ingest.items import corpus_items  # noqa: E402
from ui.accounts import AccountStore  # noqa: E402
from ui.feedback import FeedbackStore  # noqa: E402
from ui.server import create_app  # noqa: E402
from ui.services import Services  # noqa: E402
from ui.workspace import Workspace, open_workspace  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to a non-loopback address fails the test (nothing may leave the machine)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])  # type: ignore[index]
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise RuntimeError(f"network access blocked in tests: {address}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    """The real bundled all-MiniLM-L6-v2, loaded once per test session."""
    return SentenceTransformerEmbedder("bundled")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private copy of the tiny fixture corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    """Build a Config on a tmp data dir (no environment, no .env)."""

    def make(**overrides: object) -> Config:
        values: dict[str, object] = {
            "data_dir": tmp_path / "data",
            "corpus_dir": tmp_path / "corpus",
            # TestClient sends "Host: testserver".
            "allowed_hosts": "localhost,127.0.0.1,::1,testserver",
        }
        values.update(overrides)
        return Config.model_validate(values)

    return make


@pytest.fixture
def workspace(
    make_config: Callable[..., Config], embedder: SentenceTransformerEmbedder
) -> Iterator[Workspace]:
    """A writable workspace on a tmp data dir with the session's embedder."""
    ws = open_workspace(make_config(), write=True, embedder=embedder)
    yield ws
    ws.close()


@pytest.fixture
def ingested(workspace: Workspace, corpus_dir: Path) -> Workspace:
    """The workspace with the fixture corpus ingested."""
    report = workspace.indexer.ingest(corpus_items(corpus_dir), prune_prefix="")
    assert not report.errors, report.summary()
    return workspace


@pytest.fixture(scope="session")
def sample_workspace(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Iterator[Workspace]:
    """The real sample corpus (corpus/) ingested once per session into a tmp data dir."""
    data = tmp_path_factory.mktemp("sample") / "data"
    config = Config.model_validate({"data_dir": data, "corpus_dir": REPO / "corpus"})
    ws = open_workspace(config, write=True, embedder=embedder)
    report = ws.indexer.ingest(
        corpus_items(REPO / "corpus", prefix="corpus/"), prune_prefix="corpus/"
    )
    assert not report.errors, report.summary()
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def realistic_workspace(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Iterator[Workspace]:
    """The realistic split's documents (evals/realistic/docs) ingested once per session."""
    from evals.splits import SPLITS

    split = SPLITS["realistic"]
    assert split.corpus is not None
    data = tmp_path_factory.mktemp("realistic") / "data"
    config = Config.model_validate({"data_dir": data, "corpus_dir": split.corpus})
    ws = open_workspace(config, write=True, embedder=embedder)
    report = ws.indexer.ingest(
        corpus_items(split.corpus, prefix="realistic/"), prune_prefix="realistic/"
    )
    assert not report.errors, report.summary()
    yield ws
    ws.close()


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise RuntimeError("LibreOffice ontbreekt: voer 'make system-deps' uit")
    return found


@pytest.fixture(scope="session")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Real PDFs and a DOCX made by LibreOffice from HTML (hard-wrapped lines, soft hyphens)."""
    src = tmp_path_factory.mktemp("office-src")
    out = tmp_path_factory.mktemp("office-out")
    long_para = (
        "Bij mensen met een verstandelijke beperking is pijn vaak moeilijk te herkennen, omdat zij "
        "hun klachten anders uiten dan verwacht; daarom observeert het team met een vaste lijst en "
        "bespreekt het de uitkomst met de arts VG en de persoonlijk begeleider van de cliënt. "
    )
    pages = {
        "wrapped": (
            "<h1>Handreiking pijnobservatie</h1>"
            "<p>Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg.</p>"
            f"<p>{long_para * 3}</p>"
            "<p>Het consultatie&shy;team palliatieve zorg adviseert bij verslavings&shy;problematiek "
            "altijd vroeg contact met de verslavingszorg en de apotheker op te nemen, zodat de pallia&shy;tieve "
            "zorg goed aansluit bij de onderhoudsbehandeling van de cliënt in het hospice.</p>"
            "<ul><li>Gebruik de PAINAD-lijst in elke dienst.</li><li>Leg het gewone pijngedrag vast in het zorgplan.</li></ul>"
            "<p style='page-break-before: always'>Op de tweede pagina staat dat de straatdokter "
            "de vaste contactpersoon is voor dakloze gasten in de nachtopvang.</p>"
        ),
    }
    for name, body in pages.items():
        (src / f"{name}.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    (src / "werkafspraken.html").write_text(
        "<html><body><h1>Werkafspraken vrijwilligers</h1><p>Voorbeelddocument – fictieve inhoud.</p>"
        "<h2>Eten en drinken</h2><p>Een vrijwilliger geeft geen eten of drinken als de gast slecht slikt.</p>"
        "<ul><li>Vraag het eerst aan de verpleegkundige.</li></ul></body></html>",
        encoding="utf-8",
    )
    profile = tmp_path_factory.mktemp("lo-profile")
    common = [_soffice(), f"-env:UserInstallation=file://{profile}", "--headless"]
    subprocess.run(
        [
            *common,
            "--convert-to",
            "pdf:writer_web_pdf_Export",
            "--outdir",
            str(out),
            str(src / "wrapped.html"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    subprocess.run(
        [
            *common,
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(src / "werkafspraken.html"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {"pdf": out / "wrapped.pdf", "docx": out / "werkafspraken.docx"}


def free_port(consecutive: int = 1) -> int:
    """A loopback port such that it and the next ``consecutive - 1`` ports are free."""
    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port + consecutive > 65535:
            continue
        try:
            for extra in range(1, consecutive):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port + extra))
        except OSError:
            continue
        return port
    raise RuntimeError("geen vrije poorten gevonden")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on loopback for the session; tests use their own collections."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    folder = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)],
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


@pytest.fixture(scope="session")
def fake_embedder() -> HashingEmbedder:
    """A model-free embedder for tests about HTTP, jobs, storage and errors (the fast tier)."""
    return HashingEmbedder()


@pytest.fixture(scope="session")
def _fake_template(
    tmp_path_factory: pytest.TempPathFactory, fake_embedder: HashingEmbedder
) -> Path:
    """The fixture corpus ingested once per session with the fake embedder (copied per test)."""
    root = tmp_path_factory.mktemp("fake-template")
    shutil.copytree(FIXTURES / "corpus", root / "corpus")
    config = Config.model_validate({"data_dir": root / "data", "corpus_dir": root / "corpus"})
    ws = open_workspace(config, write=True, embedder=fake_embedder)  # type: ignore[arg-type]
    report = ws.indexer.ingest(
        corpus_items(root / "corpus", prefix="corpus/"), prune_prefix="corpus/"
    )
    assert not report.errors, report.summary()
    ws.close()
    return root


@pytest.fixture
def fake_ingested(
    _fake_template: Path,
    tmp_path: Path,
    make_config: Callable[..., Config],
    fake_embedder: HashingEmbedder,
) -> Iterator[Workspace]:
    """A private copy of the fake-embedded fixture corpus and its data dir, opened for writing."""
    shutil.copytree(_fake_template / "data", tmp_path / "data")
    shutil.copytree(_fake_template / "corpus", tmp_path / "corpus", dirs_exist_ok=True)
    ws = open_workspace(make_config(), write=True, embedder=fake_embedder)  # type: ignore[arg-type]
    yield ws
    ws.close()


@pytest.fixture
def api(fake_ingested: Workspace, tmp_path: Path) -> Iterator[TestClient]:
    """The web app on the ingested fixture corpus, with one account per role.

    ``api.bearer(role)`` gives the bearer header; ``api.finish(response)`` follows a document job
    (202 + status URL) until it is finished and returns its final status.
    """
    accounts = AccountStore(tmp_path / "accounts.sqlite3")
    tokens = {
        role: accounts.add(role, role, "geheim-wachtwoord")
        for role in ("lezer", "coordinator", "evaluator")
    }
    services = Services(fake_ingested, accounts, FeedbackStore(tmp_path / "feedback.sqlite3"))
    services.warm_up()
    client = TestClient(create_app(services, mount_ui=False))

    def bearer(role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens[role]}"}

    def finish(response: Any, timeout: float = 180.0) -> dict[str, Any]:
        assert response.status_code == 202, response.text
        url = response.json()["status_url"]
        assert response.headers["location"] == url
        deadline = time.monotonic() + timeout
        job: dict[str, Any] = {}
        while time.monotonic() < deadline:
            job = client.get(url, headers=bearer("coordinator")).json()
            if job["status"] in ("klaar", "fout"):
                return job
            time.sleep(0.05)
        raise AssertionError(f"taak niet klaar binnen {timeout} s: {job}")

    client.tokens = tokens  # type: ignore[attr-defined]
    client.services = services  # type: ignore[attr-defined]
    client.bearer = bearer  # type: ignore[attr-defined]
    client.finish = finish  # type: ignore[attr-defined]
    yield client
    services.close()  # a job a test left running finishes before the workspace closes


# Tiers: a test is marked by what it needs, from its fixtures, so `make test-fast` can leave out
# the real embedding model, LibreOffice and Chromium. `make test` runs everything.
_NEEDS = {"embedder": "model", "cli_data": "model", "office_files": "office", "server": "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        for fixture, marker in _NEEDS.items():
            if fixture in names:
                item.add_marker(getattr(pytest.mark, marker))
