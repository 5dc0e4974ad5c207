import io
import json
import socket
import threading
import time

import httpx
import pytest
import uvicorn


def auth(client, role):
    return client.bearer(role)


def ask(question):
    return {"messages": [{"role": "user", "content": question}]}


def test_health_and_readiness(api):
    assert api.get("/healthz").json() == {"status": "ok"}
    assert api.get("/readyz").status_code == 200
    api.services.ready.clear()
    assert api.get("/readyz").status_code == 503
    assert api.get("/openapi.json").status_code == 200


def test_chat_returns_the_ask_json_shape(api):
    data = api.post("/api/chat", json=ask("Wie vult de USD-Z in?")).json()
    assert set(data) >= {"answer", "citations", "refused", "reason", "mode", "latency_ms"}
    assert data["citations"][0]["document_id"] == "test-epa-crisis"


def test_chat_history_and_filters(api):
    body = {
        "messages": [
            {
                "role": "user",
                "content": "Welke observatielijst gebruik je bij pijn bij een verstandelijke beperking?",
            },
            {"role": "assistant", "content": "De PAINAD."},
            {"role": "user", "content": "En wie schakel je in als het team het niet kan duiden?"},
        ],
        "filters": {"target_groups": ["verstandelijke-beperking"]},
        "audience": "zorgverlener",
    }
    data = api.post("/api/chat", json=body).json()
    assert "arts VG" in data["answer"]


def test_chat_streams_server_sent_events(api):
    with api.stream(
        "POST", "/api/chat", json=ask("Wie vult de USD-Z in?") | {"stream": True}
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    events = [block.split("\n") for block in text.strip().split("\n\n")]
    names = [e[0].removeprefix("event: ") for e in events]
    assert names[0] == "token" and names[-2:] == ["citations", "done"]
    tokens = "".join(
        json.loads(e[1].removeprefix("data: "))["text"] for e in events if e[0] == "event: token"
    )
    done = json.loads(events[-1][1].removeprefix("data: "))
    assert tokens == done["answer"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "messages"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "dokter", "content": "x"}]}, "messages.0.role"),
        ({"messages": [{"role": "assistant", "content": "x"}]}, "messages"),
        (
            {
                "messages": [{"role": "user", "content": "x"}],
                "filters": {"target_groups": ["ouderen"]},
            },
            "filters.target_groups",
        ),
        (
            {"messages": [{"role": "user", "content": "x"}], "filters": {"regions": ["limburg"]}},
            "filters.regions",
        ),
        ({"messages": [{"role": "user", "content": "x"}], "audience": "artsen"}, "audience"),
        ({"messages": [{"role": "user", "content": "x"}], "extra": 1}, "extra"),
        ({"messages": [{"role": "user"}]}, "messages.0.content"),
    ],
)
def test_chat_validation_errors_name_the_field_in_dutch(api, body, field):
    response = api.post("/api/chat", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("Ongeldig verzoek")
    assert f"veld '{field}'" in detail


def test_malformed_json_is_a_4xx_not_a_500(api):
    response = api.post(
        "/api/chat", content=b"{niet json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "geen geldige JSON" in response.json()["detail"]


PROTECTED = [
    ("post", "/api/documents", "documents"),
    ("put", "/api/documents/test-vg-pijn", "documents"),
    ("delete", "/api/documents/test-vg-pijn", "documents"),
    ("get", "/api/feedback", "feedback"),
    ("get", "/api/feedback.csv", "feedback"),
    ("post", "/api/evals/run", "evaluations"),
    ("post", "/api/corpus/inlezen", "documents"),
    ("get", "/api/evals/abc", "evaluations"),
    ("get", "/api/actualisatie", "documents"),
    ("get", "/api/actualisatie.csv", "documents"),
    ("get", "/api/gaps", "documents"),
]
ALLOWED = {
    "documents": {"coordinator"},
    "feedback": {"coordinator", "evaluator"},
    "evaluations": {"evaluator"},
}


@pytest.mark.parametrize(("method", "path", "permission"), PROTECTED)
def test_every_protected_endpoint_enforces_roles(api, method, path, permission):
    assert getattr(api, method)(path).status_code == 401
    bad = api.request(method.upper(), path, headers={"Authorization": "Bearer onzin"})
    assert bad.status_code == 401
    for role in ("lezer", "coordinator", "evaluator"):
        response = api.request(method.upper(), path, headers=auth(api, role))
        if role in ALLOWED[permission]:
            assert response.status_code not in (401, 403), (role, path)
        else:
            assert response.status_code == 403, (role, path)
            assert f"rol '{role}' mag dit niet" in response.json()["detail"]


def test_login_returns_a_working_token(api):
    assert (
        api.post("/api/login", json={"username": "coordinator", "password": "fout"}).status_code
        == 401
    )
    token = api.post(
        "/api/login", json={"username": "coordinator", "password": "geheim-wachtwoord"}
    ).json()["token"]
    assert api.get("/api/feedback", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_chat_can_require_login(api, make_config):
    api.services.ws.config = make_config(chat_requires_login=True)
    assert api.post("/api/chat", json=ask("Wie vult de USD-Z in?")).status_code == 401
    assert (
        api.post(
            "/api/chat", json=ask("Wie vult de USD-Z in?"), headers=auth(api, "lezer")
        ).status_code
        == 200
    )


def _upload(api, files, data=None, role="coordinator"):
    return api.post("/api/documents", files=files, data=data or {}, headers=auth(api, role))


def finish(api, response):
    return api.finish(response)


def test_upload_ask_replace_delete_roundtrip(api, office_files):
    pdf = office_files["pdf"].read_bytes()
    response = _upload(
        api,
        [("files", ("handreiking.pdf", pdf, "application/pdf"))],
        {"title": "Geüploade handreiking", "target_groups": "dak-en-thuisloos,verslaving"},
    )
    job = finish(api, response)
    assert job["status"] == "klaar" and job["kind"] == "upload" and job["done"] == 1
    [result] = job["result"]["files"]
    assert result["status"] == "nieuw" and result["source"].startswith("corpus/uploads/")
    doc_id = result["document_id"]
    assert doc_id == "handreiking"
    detail = api.get(f"/api/documents/{doc_id}").json()
    assert detail["title"] == "Geüploade handreiking" and {
        c["page"] for c in detail["chunk_list"]
    } == {1, 2}
    answer = api.post(
        "/api/chat",
        json=ask("Wie is de vaste contactpersoon voor dakloze gasten in de nachtopvang?"),
    ).json()
    assert any(c["document_id"] == doc_id and c["page"] == 2 for c in answer["citations"])
    _original_opens_at_the_cited_page(api, doc_id, answer)
    replaced = api.put(
        f"/api/documents/{doc_id}",
        data={"review_date": "2020-05-01"},
        headers=auth(api, "coordinator"),
    )
    assert finish(api, replaced)["result"]["files"][0]["status"] == "bijgewerkt"
    listing = api.get("/api/documents").json()
    assert listing[0]["id"] == doc_id and listing[0]["review_overdue"] is True  # overdue first
    deleted = finish(api, api.delete(f"/api/documents/{doc_id}", headers=auth(api, "coordinator")))
    assert deleted["status"] == "klaar" and deleted["kind"] == "verwijdering"
    assert not list((api.services.config.corpus_dir / "uploads").glob("handreiking*"))
    assert api.get(f"/api/documents/{doc_id}").status_code == 404
    again = api.post(
        "/api/chat",
        json=ask("Wie is de vaste contactpersoon voor dakloze gasten in de nachtopvang?"),
    ).json()
    assert all(c["document_id"] != doc_id for c in again["citations"])


def test_upload_reports_each_file_and_checks_content_not_extension(api):
    files = [
        (
            "files",
            (
                "goed.md",
                b"# Nazorg\n\nPlan een nazorggesprek met de naasten na zes weken.\n",
                "text/markdown",
            ),
        ),
        ("files", ("nep.pdf", b"dit is geen pdf", "application/pdf")),
        (
            "files",
            (
                "../../etc/passwd.txt",
                b"Bezoek mag altijd, ook 's nachts, in overleg met het team.\n",
                "text/plain",
            ),
        ),
    ]
    report = finish(api, _upload(api, files))["result"]
    by_name = {f["source"].rsplit("/", 1)[-1].split("-")[0]: f for f in report["files"]}
    statuses = sorted(f["status"] for f in report["files"])
    assert statuses == ["fout", "nieuw", "nieuw"]
    error = next(f for f in report["files"] if f["status"] == "fout")
    assert error["message"].startswith("nep.pdf: heet .pdf maar is geen PDF")
    uploads = api.services.config.corpus_dir / "uploads"
    assert all(p.resolve().is_relative_to(uploads.resolve()) for p in uploads.iterdir())
    assert not any("nep" in p.name for p in uploads.iterdir())  # failed files are not kept
    assert by_name


def test_upload_limits_are_enforced(api, make_config):
    api.services.ws.config = make_config(max_file_mb=0.01, max_request_mb=0.05)
    big = b"a" * 20_000
    response = _upload(api, [("files", ("groot.txt", big, "text/plain"))])
    assert (
        response.status_code == 413
        and "groot.txt: bestand is te groot" in response.json()["detail"]
    )
    many = [("files", (f"f{i}.txt", b"b" * 9_000, "text/plain")) for i in range(8)]
    response = _upload(api, many)
    assert (
        response.status_code == 413
        and "Verzoek is te groot (maximaal 0.05 MB" in response.json()["detail"]
    )
    assert not list((api.services.config.data_dir / "incoming").iterdir())  # temp files cleaned up


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"target_groups": "ouderen"}, "'ouderen' is geen geldige doelgroep"),
        ({"review_date": "morgen"}, "review_date"),
        ({"kleur": "blauw"}, "onbekend veld kleur"),
    ],
)
def test_upload_metadata_is_validated(api, data, message):
    response = _upload(
        api, [("files", ("a.md", b"# A\n\nTekst over zorg.\n", "text/markdown"))], data
    )
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_upload_without_file_or_multipart(api):
    assert _upload(api, [], {"title": "x"}).status_code == 422
    response = api.post("/api/documents", json={"title": "x"}, headers=auth(api, "coordinator"))
    assert response.status_code == 422 and "multipart/form-data" in response.json()["detail"]


def test_unknown_documents_and_trees_are_404(api):
    assert api.get("/api/documents/bestaat-niet").status_code == 404
    assert (
        api.put(
            "/api/documents/bestaat-niet", data={"title": "x"}, headers=auth(api, "coordinator")
        ).status_code
        == 404
    )
    assert api.get("/api/trees/bestaat-niet").status_code == 404


def test_contacts_and_trees(api):
    cards = api.get(
        "/api/contacts", params={"region": "zeeland", "target_group": "psychiatrie", "urgent": True}
    ).json()
    assert cards[0]["available_24_7"] is True
    assert [t["id"] for t in api.get("/api/trees").json()] == ["test-boom-onrust"]
    tree = api.get("/api/trees/test-boom-onrust").json()
    assert tree["start"] == "start" and tree["nodes"]["gevaar"]["urgent"] is True


def test_feedback_is_stored_and_exported(api):
    assert api.post("/api/feedback", json={"rating": "misschien"}).status_code == 422
    assert (
        api.post(
            "/api/feedback",
            json={
                "rating": "fout",
                "reason": "bron klopt niet",
                "question": "q",
                "answer": "a",
                "document_ids": ["test-vg-pijn"],
            },
        ).status_code
        == 201
    )
    rows = api.get("/api/feedback", headers=auth(api, "coordinator")).json()
    assert rows[0]["rating"] == "fout" and rows[0]["document_ids"] == "test-vg-pijn"
    csv_text = api.get("/api/feedback.csv", headers=auth(api, "evaluator")).text
    assert csv_text.splitlines()[0] == "id;datum;oordeel;reden;vraag;antwoord;documenten"
    assert "bron klopt niet" in csv_text


def test_evaluation_runs_in_the_background(api):
    assert (
        api.post(
            "/api/evals/run", json={"dataset": "bestaat-niet"}, headers=auth(api, "evaluator")
        ).status_code
        == 404
    )
    assert (
        api.post("/api/evals/run", json={"limit": 0}, headers=auth(api, "evaluator")).status_code
        == 422
    )
    run = api.post(
        "/api/evals/run", json={"dataset": "dev", "limit": 4}, headers=auth(api, "evaluator")
    ).json()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = api.get(f"/api/evals/{run['run_id']}", headers=auth(api, "evaluator")).json()
        if status["status"] != "bezig":
            break
        time.sleep(0.2)
    assert status["status"] == "klaar", status
    assert status["done"] == status["total"] == 4
    assert "## Totaal" in status["report_markdown"]
    assert "decline_accuracy" in status["overall"]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(api):
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(api.app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_openai_compatible_endpoint_with_the_official_client(live_server):
    from openai import OpenAI

    client = OpenAI(base_url=f"{live_server}/v1", api_key="niet-nodig", http_client=httpx.Client())
    completion = client.chat.completions.create(
        model="hospicewijzer", messages=[{"role": "user", "content": "Wie vult de USD-Z in?"}]
    )
    content = completion.choices[0].message.content
    assert (
        "[1]" in content
        and "Bronnen:" in content
        and "Testdossier psychiatrische crisis" in content
    )
    extra = completion.model_extra or {}
    assert extra["citations"][0]["document_id"] == "test-epa-crisis"
    stream = client.chat.completions.create(
        model="hospicewijzer",
        stream=True,
        messages=[{"role": "user", "content": "Wie vult de USD-Z in?"}],
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert streamed == content


def test_openai_endpoint_rejects_bad_requests(api):
    assert api.post("/v1/chat/completions", json={"messages": []}).status_code == 422
    assert (
        api.post(
            "/v1/chat/completions", json={"messages": [{"role": "assistant", "content": "x"}]}
        ).status_code
        == 422
    )
    assert io is not None


def test_security_headers_on_every_response(api):
    for path in ("/healthz", "/docs", "/api/contacts"):
        response = api.get(path)
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_oversized_json_body_is_refused_before_parsing(api):
    big = '{"messages": [{"role": "user", "content": "' + "x" * (2 * 1024 * 1024) + '"}]}'
    response = api.post("/api/chat", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "te groot" in response.json()["detail"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_file_name_with_control_characters_is_handled(api):
    # A raw multipart body: clients percent-encode control characters, an attacker does not.
    boundary = "grens123"
    body = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="files"; filename="nazorg.md\x00\x07"\r\n'
        "Content-Type: text/markdown\r\n\r\n"
        "# Nazorg\n\nBel de naasten na zes weken.\n\r\n"
        f"--{boundary}--\r\n"
    ).encode()
    response = api.post(
        "/api/documents",
        content=body,
        headers={
            **auth(api, "coordinator"),
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        },
    )
    [result] = finish(api, response)["result"]["files"]
    assert result["status"] == "nieuw"
    assert "\x00" not in result["source"] and "\x07" not in result["source"]
    assert api.get("/healthz").status_code == 200


def test_unknown_host_header_is_refused(api):
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends its own host name.
    response = api.get("/api/contacts", headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert "Onbekende hostnaam 'evil.example'" in response.json()["detail"]
    assert api.get("/api/contacts", headers={"Host": "127.0.0.1:7860"}).status_code == 200
    assert api.get("/api/contacts", headers={"Host": "localhost"}).status_code == 200


def test_login_flood_gets_429_in_dutch(api):
    codes = [
        api.post("/api/login", json={"username": "coordinator", "password": "fout"}).status_code
        for _ in range(7)
    ]
    assert codes[:5] == [401] * 5 and codes[-1] == 429
    response = api.post("/api/login", json={"username": "coordinator", "password": "fout"})
    assert "Te veel mislukte inlogpogingen" in response.json()["detail"]


def test_every_api_response_validates_against_its_model(api):
    from pydantic import TypeAdapter

    from assistant.contacts import ContactCard
    from assistant.trees import DecisionTree
    from ui.api import models as m

    def check(model, response, status=200):
        assert response.status_code == status, response.text
        return TypeAdapter(model).validate_python(response.json())

    check(m.Health, api.get("/healthz"))
    check(m.Readiness, api.get("/readyz"))
    check(
        m.LoginResult,
        api.post("/api/login", json={"username": "lezer", "password": "geheim-wachtwoord"}),
    )
    answer = check(m.AnswerOut, api.post("/api/chat", json=ask("Hoe vaak gebruik je de PAINAD?")))
    assert answer.citations
    check(
        m.Completion,
        api.post("/v1/chat/completions", json={"model": "x", **ask("Wat is de PAINAD?")}),
    )
    docs = check(list[m.DocumentOut], api.get("/api/documents"))
    check(m.DocumentDetail, api.get(f"/api/documents/{docs[0].id}"))
    check(m.ActualisatieOut, api.get("/api/actualisatie", headers=auth(api, "coordinator")))
    check(m.GapsOut, api.get("/api/gaps", headers=auth(api, "coordinator")))
    upload = api.post(
        "/api/documents",
        files=[("files", ("a.md", b"# A\n\nBel de naasten.\n", "text/markdown"))],
        headers=auth(api, "coordinator"),
    )
    job = check(m.JobOut, upload, 202)
    api.finish(upload)
    check(m.JobOut, api.get(job.status_url, headers=auth(api, "coordinator")))
    check(list[ContactCard], api.get("/api/contacts"))
    trees = check(list[m.TreeSummary], api.get("/api/trees"))
    check(DecisionTree, api.get(f"/api/trees/{trees[0].id}"))
    check(
        m.FeedbackId,
        api.post("/api/feedback", json={"rating": "goed", "question": "v", "answer": "a"}),
        201,
    )
    check(list[m.FeedbackOut], api.get("/api/feedback", headers=auth(api, "coordinator")))
    run = check(m.EvalStarted, api.post(
        "/api/evals/run", json={"dataset": "dev", "limit": 1}, headers=auth(api, "evaluator")
    ), 202)  # fmt: skip
    check(m.EvalStatus, api.get(f"/api/evals/{run.run_id}", headers=auth(api, "evaluator")))


def test_dossier_per_target_group_in_five_parts_with_trees_and_contacts(api):
    from pydantic import TypeAdapter

    from ui.api import models as m

    listing = TypeAdapter(list[m.DossierSummary]).validate_python(api.get("/api/dossiers").json())
    by_group = {d.group: d for d in listing}
    assert by_group["verstandelijke-beperking"].label == "Verstandelijke beperking (VG/LVB)"
    assert by_group["verstandelijke-beperking"].documents >= 1
    dossier = m.DossierOut.model_validate(api.get("/api/dossiers/verstandelijke-beperking").json())
    assert list(dossier.parts) == [
        "Informatie", "Protocollen en richtlijnen", "Webinars en scholing", "Praktijkverhalen",
        "Onderzoek",
    ]  # fmt: skip
    ids = {e.id for entries in dossier.parts.values() for e in entries}
    assert "test-vg-pijn" in ids and "test-epa-crisis" not in ids
    assert api.get("/api/dossiers/ouderen").status_code == 404
    for d in listing:  # the list's counts agree with the dossiers themselves
        parts = api.get(f"/api/dossiers/{d.group}").json()["parts"]
        assert d.documents == sum(len(entries) for entries in parts.values())


def test_dossier_html_escapes_and_links(api):
    from datetime import date

    from assistant.dossiers import build_dossier
    from ui.chat_html import dossier_html

    html = dossier_html(
        build_dossier(api.services.ws.index.get(), "verstandelijke-beperking", date.today())
    )
    assert "Themadossier Verstandelijke beperking (VG/LVB)" in html
    assert "href='/documenten/test-vg-pijn'" in html and "Protocollen en richtlijnen" in html


def test_document_page_is_readable_html_with_the_cited_passage_marked(api):
    answer = api.post(
        "/api/chat", json=ask("Hoe vaak gebruik je de PAINAD-observatielijst?")
    ).json()
    cited = answer["citations"][0]
    page = api.get(f"/documenten/{cited['document_id']}", params={"passage": cited["chunk_id"]})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="nl">' in html and "Terug naar Hospicewijzer" in html
    assert f'id="passage-{cited["chunk_id"]}" class="passage cited"' in html
    assert html.count("passage cited") == 1
    assert api.get("/documenten/bestaat-niet").status_code == 404


def test_source_card_links_to_the_readable_page_at_the_passage():
    from ui.chat_html import source_cards

    html = source_cards([{"index": 1, "title": "T", "document_id": "a b", "chunk_id": "a b:3",
                          "passage": "x", "snippet": "x"}])  # fmt: skip
    assert "href='/documenten/a%20b?passage=a%20b%3A3#passage-a%20b%3A3'" in html


def _original_opens_at_the_cited_page(api, doc_id, answer):
    """The PDF behind a citation: inline for signed-in roles, at the cited page; not for anonymous."""
    cited = next(c for c in answer["citations"] if c["document_id"] == doc_id)
    url = f"/documenten/{doc_id}/origineel"
    assert api.get(url).status_code == 401
    pdf = api.get(url, headers=auth(api, "lezer"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-disposition"].startswith("inline")
    assert pdf.headers["x-frame-options"] == "SAMEORIGIN"
    download = api.get(url, params={"download": 1}, headers=auth(api, "lezer"))
    assert download.headers["content-disposition"].startswith("attachment")
    anonymous = api.get(f"/documenten/{doc_id}", params={"passage": cited["chunk_id"]}).text
    assert "te openen na inloggen" in anonymous and "<iframe" not in anonymous
    page = api.get(
        f"/documenten/{doc_id}", params={"passage": cited["chunk_id"]}, headers=auth(api, "lezer")
    ).text
    assert f'src="{url}#page={cited["page"]}"' in page and "<iframe" in page


def test_web_session_cookie_opens_originals_but_never_writes(api):
    login = api.post("/api/login", json={"username": "lezer", "password": "geheim-wachtwoord"})
    token = login.json()["token"]
    started = api.post("/api/sessie", headers={"Authorization": f"Bearer {token}"})
    assert started.status_code == 204
    cookie = started.headers["set-cookie"].lower()
    assert "hw_sessie=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert api.post("/api/sessie").status_code == 401  # no token, no session
    # The cookie (kept by the test client) opens a non-PDF original as a download only.
    original = api.get("/documenten/test-vg-pijn/origineel")
    assert original.status_code == 200 and "Gebruik de PAINAD" in original.text
    assert original.headers["content-disposition"].startswith("attachment")
    # ...and never authorises a write: a cookie-only upload is anonymous.
    coord = api.post(
        "/api/login", json={"username": "coordinator", "password": "geheim-wachtwoord"}
    )
    api.post("/api/sessie", headers={"Authorization": f"Bearer {coord.json()['token']}"})
    assert api.delete("/api/documents/test-vg-pijn").status_code == 401
    assert api.delete("/api/sessie").status_code == 204
    assert api.get("/documenten/test-vg-pijn/origineel").status_code == 401
    assert (
        api.get(
            "/documenten/test-vg-pijn/origineel",
            headers={"Authorization": f"Bearer {coord.json()['token']}"},
        ).status_code
        == 401
    )  # revoked


def test_rescan_reads_new_files_from_the_corpus_folder(api):
    corpus = api.services.config.corpus_dir
    (corpus / "nachtwacht.md").write_text(
        "---\nid: test-nachtwacht\ntitle: Nachtwacht\nfictional: true\n---\n"
        "De zilvermeeuw-regel: bel na middernacht eerst de achterwacht.\n",
        encoding="utf-8",
    )
    job = finish(api, api.post("/api/corpus/inlezen", headers=auth(api, "coordinator")))
    assert job["status"] == "klaar" and job["kind"] == "inlezen"
    assert "1 nieuw" in job["message"] and "7 ongewijzigd" in job["message"], job["message"]
    answer = api.post("/api/chat", json=ask("Wat is de zilvermeeuw-regel?")).json()
    assert {c["document_id"] for c in answer["citations"]} == {"test-nachtwacht"}


def test_actualisatie_lists_overdue_per_dossier_and_per_owner_and_exports_csv(api):
    from ui.api import models as m

    coordinator = auth(api, "coordinator")
    body = m.ActualisatieOut.model_validate(
        api.get("/api/actualisatie", params={"days": 60}, headers=coordinator).json()
    )
    assert body.days == 60 and body.overdue >= 2
    per_dossier = {g.key: g for g in body.per_dossier}
    assert per_dossier["algemeen"].label == "Algemeen"
    old = next(i for i in per_dossier["algemeen"].items if i.id == "test-oud-protocol")
    assert (old.status, old.review_due, old.basis) == ("te laat", "2020-01-01", "herzieningsdatum")
    assert old.owner == "Testcoördinator mondzorg (fictief)" and old.days < 0
    psych = per_dossier["psychiatrie"]  # dossiers.yaml: last reviewed 2020-02-01
    assert psych.label == "Psychiatrie (EPA/GGZ)"
    assert any(i.kind == "dossier" and i.status == "te laat" for i in psych.items)
    assert "verstandelijke-beperking" not in per_dossier  # its dossier and document are on time
    per_owner = {g.key: [i.id for i in g.items] for g in body.per_owner}
    assert per_owner["Testcoördinator mondzorg (fictief)"] == ["test-oud-protocol"]
    assert "psychiatrie" in per_owner["Testcoördinator psychiatrie (fictief)"]
    assert all(i.id != "test-vg-pijn" for g in body.per_dossier for i in g.items)

    export = api.get("/api/actualisatie.csv", headers=coordinator)
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    assert export.content.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    lines = export.content.decode("utf-8-sig").splitlines()
    assert (
        lines[0] == "soort;id;titel;dossiers;verantwoordelijke;herzien vóór;status;dagen;grondslag"
    )
    row = next(line for line in lines if ";test-oud-protocol;" in line)
    assert ";Algemeen;Testcoördinator mondzorg (fictief);2020-01-01;te laat;" in row
    assert api.get("/api/actualisatie", params={"days": -1}, headers=coordinator).status_code == 422


def test_broken_dossiers_file_is_a_dutch_error_naming_file_and_field(api):
    (api.services.config.corpus_dir / "dossiers.yaml").write_text(
        "dossiers:\n  nah:\n    verantwoordelijke: X\n    laatst_herzien: ooit\n", encoding="utf-8"
    )
    response = api.get("/api/actualisatie", headers=auth(api, "coordinator"))
    assert response.status_code == 503
    assert "dossiers.yaml: dossier 'nah' – veld 'laatst_herzien'" in response.json()["detail"]


def test_new_version_keeps_history_and_restarts_the_review_year(api):
    from datetime import date

    from assistant.review import add_years

    coordinator = auth(api, "coordinator")
    first = b"# Nachtzorg\n\nDe nachtdienst belt bij twijfel de dienstdoende arts.\n"
    job = finish(
        api,
        _upload(
            api,
            [("files", ("nachtzorg.md", first, "text/markdown"))],
            {"title": "Nachtzorg", "verantwoordelijke": "Anna (fictief)"},
        ),
    )
    doc_id = job["result"]["files"][0]["document_id"]
    # Pretend the first version is from early 2024: without review_date or published, the review
    # falls a year after it was ingested, so it is overdue now.
    registry = api.services.ws.registry
    with registry._lock:
        registry._conn.execute(
            "UPDATE document_history SET at='2024-01-10T09:00:00+00:00' WHERE doc_id=?", (doc_id,)
        )
    detail = api.get(f"/api/documents/{doc_id}").json()
    assert detail["verantwoordelijke"] == "Anna (fictief)"
    assert (detail["review_due"], detail["review_basis"]) == ("2025-01-10", "ingelezen + 1 jaar")
    due = api.get("/api/actualisatie", headers=coordinator).json()
    assert any(i["id"] == doc_id for g in due["per_owner"] for i in g["items"])

    second = first + b"\nBij onrust in de nacht overlegt zij ook met de huisartsenpost.\n"
    replaced = api.put(
        f"/api/documents/{doc_id}",
        files=[("files", ("nachtzorg.md", second, "text/markdown"))],
        headers=coordinator,
    )
    assert finish(api, replaced)["status"] == "klaar"
    detail = api.get(f"/api/documents/{doc_id}").json()
    history = detail["history"]
    assert [(h["kind"], h["by"], h["revision"]) for h in history] == [
        ("nieuwe versie", "coordinator", 2),
        ("nieuw", "coordinator", 1),
    ]
    assert history[0]["summary"].startswith("bestand gewijzigd")
    assert detail["review_basis"] == "nieuwe versie + 1 jaar"
    assert detail["review_due"] == add_years(date.today()).isoformat()
    due = api.get("/api/actualisatie", headers=coordinator).json()
    assert all(i["id"] != doc_id for g in due["per_owner"] for i in g["items"])
    page = api.get(f"/documenten/{doc_id}").text
    assert "Geschiedenis" in page and "nieuwe versie: bestand gewijzigd" in page
    assert "Verantwoordelijke: Anna (fictief)" in page


def test_corpus_reingest_records_history_by_ingest(fake_ingested):
    from ingest.items import corpus_items

    corpus = fake_ingested.config.corpus_dir
    doc = corpus / "migratie-tolk.md"
    doc.write_text(
        doc.read_text(encoding="utf-8") + "\nVraag ook naar de wensen rond rituelen.\n",
        encoding="utf-8",
    )
    report = fake_ingested.indexer.ingest(
        corpus_items(corpus, prefix="corpus/"), prune_prefix="corpus/"
    )
    assert not report.errors, report.summary()
    [latest, *_] = fake_ingested.registry.history("test-migratie-tolk")
    assert (latest.kind, latest.by) == ("nieuwe versie", "ingest")


def test_search_finds_documents_by_title_and_passage_with_filters(api):
    by_text = api.get("/api/zoeken", params={"q": "kleinkinderen tolken"}).json()
    assert by_text[0]["id"] == "test-migratie-tolk" and "kleinkinderen" in by_text[0]["passage"]
    assert by_text[0]["url"].startswith("/documenten/test-migratie-tolk?passage=")
    by_title = api.get("/api/zoeken", params={"q": "tolk familie"}).json()
    assert by_title[0]["id"] == "test-migratie-tolk"
    filtered = api.get("/api/zoeken", params={"q": "tolk familie", "doc_type": "richtlijn"}).json()
    assert all(r["doc_type"] == "richtlijn" for r in filtered)
    assert "test-migratie-tolk" not in {r["id"] for r in filtered}
    assert api.get("/api/zoeken", params={"q": "   "}).json() == []
    assert api.get("/api/zoeken", params={"q": "x" * 501}).status_code == 422


def test_document_page_renders_markdown_and_escapes_html(api):
    corpus = api.services.config.corpus_dir
    (corpus / "opmaak.md").write_text(
        "---\nid: test-opmaak\ntitle: Opmaak\nfictional: true\n---\n# Opmaak\n\n"
        "Een **vette** regel.\n\n- eerste punt\n- tweede punt\n\n<script>alert(1)</script>\n",
        encoding="utf-8",
    )
    finish(api, api.post("/api/corpus/inlezen", headers=auth(api, "coordinator")))
    html = api.get("/documenten/test-opmaak").text
    # Passages keep lists (emphasis is already plain text after loading); rendered, not raw.
    assert "<li>eerste punt</li>" in html and "- eerste punt" not in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_websocket_from_an_unknown_host_is_closed_before_it_opens():
    from fastapi import FastAPI, WebSocket
    from fastapi.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    from ui.headers import add_security

    app = FastAPI()

    @app.websocket("/ws")
    async def echo(socket: WebSocket) -> None:
        await socket.accept()
        await socket.send_text("open")
        await socket.close()

    add_security(app, max_json_bytes=1024, allowed_hosts=frozenset({"127.0.0.1"}))
    client = TestClient(app)
    with client.websocket_connect("/ws", headers={"Host": "127.0.0.1"}) as socket:
        assert socket.receive_text() == "open"
    with (
        pytest.raises(WebSocketDisconnect) as closed,
        client.websocket_connect("/ws", headers={"Host": "evil.example"}),
    ):
        pass
    assert closed.value.code == 1008
