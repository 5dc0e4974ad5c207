import json
import os
import subprocess
import sys

import pytest

from ui.cli import main

CLI = [sys.executable, "-m", "ui.cli"]


@pytest.fixture(scope="module")
def cli_data(tmp_path_factory):
    """A data dir with the fixture corpus, ingested through the real CLI."""
    from tests.conftest import FIXTURES

    data = tmp_path_factory.mktemp("cli") / "data"
    result = subprocess.run(
        [*CLI, "--data-dir", str(data), "ingest", str(FIXTURES / "corpus")],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    assert "7 nieuw" in result.stdout
    return data


def test_ask_json_prints_one_answer_object(cli_data, capsys):
    assert main(["--data-dir", str(cli_data), "ask", "Wie vult de USD-Z in?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"answer", "citations", "refused", "reason", "mode", "latency_ms"}
    assert data["citations"][0]["document_id"] == "test-epa-crisis"
    assert "[1]" in data["answer"]


def test_ask_with_history_file_and_filters(cli_data, tmp_path, capsys):
    history = tmp_path / "h.json"
    history.write_text(
        json.dumps(
            [
                {
                    "role": "user",
                    "content": "Welke observatielijst gebruik je bij pijn bij een verstandelijke beperking?",
                },
                {"role": "assistant", "content": "De PAINAD."},
            ]
        ),
        encoding="utf-8",
    )
    assert (
        main(
            [
                "--data-dir",
                str(cli_data),
                "ask",
                "En wie schakel je in als het team het niet kan duiden?",
                "--json",
                "--history",
                str(history),
                "--target-group",
                "verstandelijke-beperking",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert "arts VG" in data["answer"]
    assert {c["document_id"] for c in data["citations"]} == {"test-vg-pijn"}


def test_bad_history_file_is_a_clear_error(cli_data, tmp_path, capsys):
    history = tmp_path / "h.json"
    history.write_text(json.dumps([{"role": "dokter", "content": "x"}]), encoding="utf-8")
    assert main(["--data-dir", str(cli_data), "ask", "vraag", "--history", str(history)]) == 2
    assert "beurt 1 heeft geen geldige 'role'" in capsys.readouterr().err


def test_json_lines_batch_loads_models_once_and_survives_bad_lines(cli_data):
    lines = "\n".join(
        [
            json.dumps({"question": "Wie vult de USD-Z in?"}),
            "dit is geen json",
            json.dumps({"question": ""}),
            json.dumps(
                {
                    "question": "En wie schakel je in als het team het niet kan duiden?",
                    "history": [
                        {"role": "user", "content": "pijn bij een verstandelijke beperking"}
                    ],
                }
            ),
            json.dumps({"question": "Wat is de hoofdstad van Frankrijk?"}),
        ]
    )
    result = subprocess.run(
        [*CLI, "--data-dir", str(cli_data), "ask", "--json"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
    )
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["citations"][0]["document_id"] == "test-epa-crisis"
    assert "regel 2: geen geldige JSON" in out[1]["error"]
    assert "regel 3: veld 'question'" in out[2]["error"]
    assert "arts VG" in out[3]["answer"]
    assert out[4]["refused"] is True
    assert result.returncode == 1  # some lines failed


def test_docs_list_marks_overdue_and_remove(cli_data, tmp_path, capsys):
    assert main(["--data-dir", str(cli_data), "docs", "list"]) == 0
    listing = capsys.readouterr().out
    line = next(line for line in listing.splitlines() if "test-oud-protocol" in line)
    assert "2020-01-01  ⚠ VERLOPEN" in line and line.startswith("Verouderd testprotocol mondzorg")
    assert "7 documenten." in listing


def test_docs_due_lists_overdue_per_dossier_and_per_owner(cli_data, capsys, monkeypatch):
    from tests.conftest import FIXTURES

    monkeypatch.setenv("HOSPICEWIJZER_CORPUS_DIR", str(FIXTURES / "corpus"))  # its dossiers.yaml
    assert main(["--data-dir", str(cli_data), "docs", "due", "--days", "0"]) == 0
    out = capsys.readouterr().out
    per_dossier, per_owner = out.split("PER VERANTWOORDELIJKE")
    assert "verlopen of binnen 0 dagen" in out and "PER DOSSIER" in per_dossier
    algemeen = per_dossier.split("  Algemeen\n")[1]
    line = next(line for line in algemeen.splitlines() if "[test-oud-protocol]" in line)
    assert line.strip().startswith("2020-01-01  te laat (")
    assert line.endswith("– Testcoördinator mondzorg (fictief)")
    assert "Themadossier Psychiatrie (EPA/GGZ)" in per_dossier  # overdue dossier, by its label
    mondzorg = per_owner.split("  Testcoördinator mondzorg (fictief)\n")[1]
    assert "[test-oud-protocol]" in mondzorg.splitlines()[0]
    assert "test-vg-pijn" not in out
    assert main(["--data-dir", str(cli_data), "docs", "due", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    old = next(i for i in items if i["id"] == "test-oud-protocol")
    assert old["status"] == "te laat" and old["owner"] == "Testcoördinator mondzorg (fictief)"


NEW_DOC = """---
id: test-nachtwacht
title: Testnotitie nachtwacht
doc_type: overig
fictional: true
---
# Nachtwacht

Voorbeelddocument – fictieve inhoud. De zilvermeeuw-regel: de nachtwacht belt na middernacht
eerst de achterwacht van het hospice.
"""


def _cli(*args, env, timeout=300):
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_commands_go_through_the_running_server(cli_data, tmp_path):
    """While `serve` holds the data dir, ask, ingest, docs remove and eval use its API."""
    import shutil
    import socket
    import time

    import httpx

    from tests.conftest import FIXTURES

    data, corpus = tmp_path / "data", tmp_path / "corpus"
    shutil.copytree(cli_data, data)
    shutil.copytree(FIXTURES / "corpus", corpus)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(
        os.environ,
        HOSPICEWIJZER_PORT=str(port),
        HOSPICEWIJZER_CORPUS_DIR=str(corpus),
        PW="geheim-wachtwoord",
    )
    tokens = {}
    for name, role in (("coord", "coordinator"), ("eva", "evaluator")):
        added = _cli("--data-dir", str(data), "users", "add", name, "--role", role,
                     "--password-env", "PW", env=env)  # fmt: skip
        assert added.returncode == 0, added.stderr
        tokens[role] = added.stdout.strip().splitlines()[-1]
    server = subprocess.Popen(
        [*CLI, "--data-dir", str(data), "serve"], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        asked = _cli("--data-dir", str(data), "ask", "Wie vult de USD-Z in?", "--json", env=env)
        assert asked.returncode == 0, asked.stderr
        answer = json.loads(asked.stdout)
        assert answer["citations"] and not answer["refused"]

        # A new file in the corpus folder: `ingest` has the server re-read the folder.
        (corpus / "nachtwacht.md").write_text(NEW_DOC, encoding="utf-8")
        refused = _cli("--data-dir", str(data), "ingest", env=env)
        assert refused.returncode != 0 and "HOSPICEWIJZER_TOKEN" in refused.stderr
        coord = dict(env, HOSPICEWIJZER_TOKEN=tokens["coordinator"])
        ingested = _cli("--data-dir", str(data), "ingest", env=coord)
        assert ingested.returncode == 0, ingested.stderr
        assert "1 nieuw" in ingested.stdout and "7 ongewijzigd" in ingested.stdout
        asked = _cli(
            "--data-dir", str(data), "ask", "Wat is de zilvermeeuw-regel?", "--json", env=env
        )
        assert {c["document_id"] for c in json.loads(asked.stdout)["citations"]} == {
            "test-nachtwacht"
        }

        removed = _cli("--data-dir", str(data), "docs", "remove", "test-nachtwacht", env=coord)
        assert removed.returncode == 0, removed.stderr
        assert "Verwijderd: test-nachtwacht" in removed.stdout
        listed = _cli("--data-dir", str(data), "docs", "list", "--json", env=env)
        assert "test-nachtwacht" not in {d["id"] for d in json.loads(listed.stdout)}

        evaluator = dict(env, HOSPICEWIJZER_TOKEN=tokens["evaluator"])
        evaluated = _cli(
            "--data-dir", str(data), "eval", "--split", "dev", "--limit", "2", env=evaluator
        )
        assert evaluated.returncode == 0, evaluated.stderr
        assert "items=2.0" in evaluated.stdout and "Rapport op de server" in evaluated.stdout
    finally:
        server.terminate()
        server.wait(60)


def test_tree_and_contacts_commands(cli_data, capsys):
    assert main(["--data-dir", str(cli_data), "tree", "show", "test-boom-onrust"]) == 0
    out = capsys.readouterr().out
    assert "▶ start: Is er direct gevaar?" in out and "ADVIES [ACUUT]" in out
    assert main(["--data-dir", str(cli_data), "tree", "show", "bestaat-niet"]) == 2
    assert "Beslisboom 'bestaat-niet' bestaat niet" in capsys.readouterr().err
    assert (
        main(
            [
                "--data-dir",
                str(cli_data),
                "contacts",
                "--region",
                "zeeland",
                "--target-group",
                "psychiatrie",
                "--urgent",
                "--json",
            ]
        )
        == 0
    )
    cards = json.loads(capsys.readouterr().out)
    assert cards[0]["available_24_7"] is True
    assert {c["id"] for c in cards} == {"t-consult", "t-ggz", "t-crisis", "t-hap"}
    # The crisis service is only reachable through the GP post: it comes after it.
    ids = [c["id"] for c in cards]
    assert ids.index("t-hap") < ids.index("t-crisis")


def test_ingest_exit_code_is_nonzero_when_a_file_fails(tmp_path, corpus_dir, capsys, embedder):
    (corpus_dir / "leeg.txt").write_bytes(b"")
    assert (
        main(["--data-dir", str(tmp_path / "d"), "ingest", "--no-progress", str(corpus_dir)]) == 1
    )
    out = capsys.readouterr().out
    assert (
        "FOUT corpus/leeg.txt: het bestand is leeg" in out
        or "FOUT leeg.txt" in out
        or "leeg.txt: het bestand is leeg" in out
    )
    assert "7 nieuw" in out


def test_unknown_setting_fails_loudly(monkeypatch, capsys):
    monkeypatch.setenv("HOSPICEWIJZER_TOP_KK", "3")
    assert main(["docs", "list"]) == 2
    assert "Onbekende instelling HOSPICEWIJZER_TOP_KK" in capsys.readouterr().err
