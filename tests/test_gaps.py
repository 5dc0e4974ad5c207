"""Corpus gaps: only topic terms of declined questions, per ISO week, opt-in, pruned."""

from datetime import date, timedelta

from assistant.gaps import topic_terms
from ui.gaps import GapLog, iso_week

QUESTION = "Mag meneer Jansen op kamer 12 naar de voetbalwedstrijd van Feyenoord kijken? Bel 06-12345678."


def test_topic_terms_drop_names_numbers_contacts_and_short_words():
    terms = topic_terms(
        "Jansen wil zondag voetbal kijken met Ahmed en zijn hond. Mail piet@example.nl of bel "
        "010-1234567 (kamer 12b). Welke regels gelden voor huisdieren?",
        vocabulary={"huisdieren", "regels"},
    )
    assert "voetbal" in terms and "huisdieren" in terms and "hond" in terms
    for banned in ("jansen", "ahmed", "piet", "example", "12b", "kamer12", "010", "met", "en"):
        assert banned not in terms
    assert "welke" not in terms  # a question word, even at the start of a sentence
    assert all(len(t) >= 4 and t.isalpha() and t == t.lower() for t in terms)


def test_a_capitalised_first_word_counts_only_when_the_corpus_knows_it():
    assert topic_terms("Pijn bij slikken", vocabulary={"pijn"}) == ["pijn", "slikken"]
    assert "bakker" not in topic_terms("Bakker heeft pijn", vocabulary={"pijn"})


def test_retention_prunes_old_weeks_on_write(tmp_path):
    log = GapLog(tmp_path / "gaps.sqlite3", retention_weeks=4)
    today = date(2026, 11, 30)
    log.record(["voetbal"], today - timedelta(weeks=10))
    log.record(["voetbal", "huisdieren"], today - timedelta(weeks=3))
    log.record(["voetbal"], today)
    log.record(["voetbal"], today)
    rows = {(r.week, r.term): r.count for r in log.weeks()}
    assert (iso_week(today), "voetbal") in rows and rows[(iso_week(today), "voetbal")] == 2
    assert (iso_week(today - timedelta(weeks=3)), "huisdieren") in rows
    assert not any(week == iso_week(today - timedelta(weeks=10)) for week, _ in rows)
    log.close()


def _declined(api):
    answer = api.post("/api/chat", json={"messages": [{"role": "user", "content": QUESTION}]}).json()
    assert answer["refused"] is True and answer["reason"] == "buiten-corpus", answer
    return answer


def test_declined_question_stores_only_topic_terms(api, make_config):
    api.services.ws.config = make_config(gap_log=True)
    _declined(api)
    path = api.services.config.data_dir / "gaps.sqlite3"
    stored = b"".join(p.read_bytes() for p in path.parent.glob("gaps.sqlite3*"))
    assert b"voetbalwedstrijd" in stored  # the topic is kept ...
    for secret in (QUESTION, "Jansen", "jansen", "Feyenoord", "feyenoord", "12345678", "kamer 12"):
        assert secret.encode() not in stored, secret  # ... the question, name and numbers are not
    body = api.get("/api/gaps", headers=api.bearer("coordinator")).json()
    assert body["enabled"] is True and body["retention_weeks"] == 26
    assert {"week": iso_week(date.today()), "term": "voetbalwedstrijd", "count": 1} in body["rows"]
    assert api.get("/api/gaps", headers=api.bearer("lezer")).status_code == 403


def test_gap_log_is_off_by_default_and_stores_nothing(api):
    assert api.services.config.gap_log is False
    _declined(api)
    assert not list(api.services.config.data_dir.glob("gaps.sqlite3*"))
    body = api.get("/api/gaps", headers=api.bearer("coordinator")).json()
    assert body == {"enabled": False, "retention_weeks": 26, "rows": []}
