import re
from datetime import date

from assistant.types import Filters, Turn


def test_answer_is_short_grounded_and_cited(ingested):
    answer = ingested.assistant.ask("Hoe vaak gebruik je de PAINAD-observatielijst?")
    assert not answer.refused
    assert "eenmaal per dienst" in answer.text
    assert len(answer.text) < 1500
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.index for c in answer.citations}
    first = answer.citations[0]
    assert first.document_id == "test-vg-pijn"
    assert first.section == "Pijn herkennen"
    assert first.source == "vg-pijn.md"
    assert "eenmaal per dienst" in first.snippet
    assert first.chunk_id in answer.retrieved


def test_out_of_corpus_question_is_declined(ingested):
    answer = ingested.assistant.ask("Wat is de hoofdstad van Frankrijk?")
    assert answer.refused and answer.reason == "buiten-corpus"
    assert answer.text.startswith("Hierover vind ik niets in de kennisbank")
    assert answer.citations == ()


def test_dose_question_is_never_answered_with_a_dose(ingested):
    answer = ingested.assistant.ask(
        "Hoeveel mg morfine mag ik meneer met een verstandelijke beperking geven voor de pijn?"
    )
    assert answer.refused and answer.reason == "dosering"
    assert (
        "behandelend arts" in answer.text
        and "apotheker" in answer.text
        and "consultatieteam" in answer.text
    )
    assert not re.search(r"\d+\s*mg", answer.text.split("\n")[0])


def test_follow_up_is_resolved_against_the_previous_turn(ingested):
    first = ingested.assistant.ask(
        "Welke observatielijst gebruik je bij pijn bij een verstandelijke beperking?"
    )
    history = [
        Turn("user", "Welke observatielijst gebruik je bij pijn bij een verstandelijke beperking?"),
        Turn("assistant", first.text),
    ]
    follow = ingested.assistant.ask(
        "En wie schakel je in als het team het niet kan duiden?", history
    )
    assert not follow.refused
    assert "arts VG" in follow.text
    index = ingested.index.get()
    analyzer = ingested.assistant.analyzer
    with_history = analyzer.plan("En bij onrust?", history, index.lexical.analyzer)
    without = analyzer.plan("En bij onrust?", [], index.lexical.analyzer)
    assert with_history.followup and not without.followup
    assert with_history.groups == ("verstandelijke-beperking",) and without.groups == ()
    assert (
        "observatielijst" in with_history.lexical_terms
        and "observatielijst" not in without.lexical_terms
    )


def test_overdue_source_carries_a_visible_warning(ingested):
    answer = ingested.assistant.ask(
        "Hoe vaak bevochtig je de mond van een stervende gast met een mondspons?"
    )
    assert not answer.refused
    cited = {c.document_id: c for c in answer.citations}
    assert cited["test-oud-protocol"].review_overdue is True
    assert "over de herzieningsdatum (2020-01-01)" in answer.text


def test_who_to_call_uses_contact_cards_and_acute_puts_24_7_first(ingested):
    answer = ingested.assistant.ask("Wie bel ik 's nachts bij een acute psychose in Zeeland?")
    assert answer.urgent
    assert answer.text.startswith("Wie kunt u bellen:")
    assert answer.contacts and all(c["available_24_7"] for c in answer.contacts[:2])
    assert "0118-000 997 (FICTIEF)" in answer.text or "0118-000 999 (FICTIEF)" in answer.text
    assert "0118-000 998" not in answer.text  # the office-hours card is not offered at night
    assert answer.citations[0].document_id == "test-contacten-zeeland"


def test_filters_flow_through_ask(ingested):
    answer = ingested.assistant.ask(
        "tolk familie woordvoerder", filters=Filters(regions=("zeeland",))
    )
    assert all(c.document_id != "test-migratie-tolk" for c in answer.citations)


def test_answer_json_shape(ingested):
    data = ingested.assistant.ask("Wie vult de USD-Z in?").to_json()
    assert set(data) >= {"answer", "citations", "refused", "reason", "mode", "latency_ms"}
    assert set(data["citations"][0]) >= {
        "index",
        "document_id",
        "title",
        "source",
        "page",
        "section",
        "snippet",
        "score",
        "review_overdue",
    }
    assert data["mode"] == "extractief"


def test_today_is_injectable_for_review_status(ingested):
    ingested.assistant.today = lambda: date(2031, 1, 1)
    answer = ingested.assistant.ask("Hoe vaak gebruik je de PAINAD-observatielijst?")
    assert answer.citations[0].review_overdue is True


def test_a_question_about_a_target_group_quotes_documents_about_it(sample_workspace):
    """"onrustig bij dementie" matched an addiction leaflet's "heel onrustig" word for word."""
    from dataclasses import replace

    assistant = replace(sample_workspace.assistant, generator=None)
    question = "mijn bewoner met dementie is s avonds heel onrustig wat kan ik doen"
    answer = assistant.ask(question)
    index = sample_workspace.index.get()
    assert answer.citations and not answer.refused
    for citation in answer.citations:
        groups = index.record(citation.document_id).meta.target_groups
        assert "dementie" in groups or "algemeen" in groups, citation.document_id
    plain = replace(
        assistant, answer_settings=replace(assistant.answer_settings, off_group_factor=1.0)
    )
    others = {c.document_id for c in plain.ask(question).citations}
    assert "vrijwilliger-psychiatrie-verslaving" in others  # what it quoted without the factor
