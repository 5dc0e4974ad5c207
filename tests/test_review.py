"""Yearly review: effective review dates, dossier owners from dossiers.yaml, grouping."""

from datetime import date

import pytest

from assistant.errors import MetadataError
from assistant.metadata import DocumentMeta
from assistant.ownership import DossierOwner, load_dossier_owners
from assistant.review import (
    DUE_SOON,
    NO_OWNER,
    ON_TIME,
    OVERDUE,
    VersionDates,
    add_years,
    by_dossier,
    by_owner,
    due_items,
    effective_review,
    review_items,
)

TODAY = date(2026, 11, 30)


def meta(**values):
    return DocumentMeta.model_validate({"id": "doc-a", "title": "Document A"} | values)


def test_explicit_review_date_wins_over_published_and_new_versions():
    m = meta(review_date="2027-01-01", published="2020-01-01")
    assert effective_review(m, VersionDates(date(2020, 1, 1), date(2026, 6, 1))) == (
        date(2027, 1, 1), "herzieningsdatum",
    )


def test_published_plus_one_year_else_first_ingest_plus_one_year():
    assert effective_review(meta(published="2025-03-01"), VersionDates(date(2026, 1, 1))) == (
        date(2026, 3, 1), "publicatie + 1 jaar",
    )
    assert effective_review(meta(), VersionDates(date(2026, 1, 5))) == (
        date(2027, 1, 5), "ingelezen + 1 jaar",
    )


def test_a_new_version_restarts_the_year_without_explicit_review_date():
    m = meta(published="2024-05-01")
    assert effective_review(m, VersionDates(date(2024, 6, 1), date(2026, 10, 1))) == (
        date(2027, 10, 1), "nieuwe versie + 1 jaar",
    )


def test_leap_day_plus_a_year_is_28_february():
    assert add_years(date(2024, 2, 29)) == date(2025, 2, 28)


def test_status_overdue_due_soon_on_time_and_grouping():
    owners = {
        "psychiatrie": DossierOwner(verantwoordelijke="Coördinator P", laatst_herzien=date(2025, 1, 1)),
        "dementie": DossierOwner(verantwoordelijke="Coördinator D", laatst_herzien=date(2026, 10, 1)),
    }
    docs = [
        (meta(id="te-laat", title="Te laat", target_groups="psychiatrie,dementie",
              review_date="2026-11-01", verantwoordelijke="Anna (fictief)"), VersionDates(TODAY)),
        (meta(id="bijna", title="Bijna", target_groups="dementie", review_date="2027-01-15"),
         VersionDates(TODAY)),
        (meta(id="later", title="Later", target_groups="dementie,nah", review_date="2028-01-01"),
         VersionDates(TODAY)),
    ]
    items = review_items(docs, owners, TODAY, horizon_days=60)
    status = {i.id: i.status for i in items}
    assert status["te-laat"] == OVERDUE and status["bijna"] == DUE_SOON and status["later"] == ON_TIME
    assert status["psychiatrie"] == OVERDUE  # dossier reviewed 2025-01-01: due 2026-01-01
    assert status["dementie"] == ON_TIME
    assert status["nah"] == OVERDUE  # holds a document but has no owner entry: never reviewed
    assert "verslaving" not in status  # neither configured nor holding documents
    due = due_items(items)
    assert "later" not in {i.id for i in due}
    bijna = next(i for i in due if i.id == "bijna")
    assert bijna.owner == "Coördinator D" and bijna.owner_via_dossier  # falls back to the dossier
    per_dossier = dict(by_dossier(due))
    assert {i.id for i in per_dossier["psychiatrie"]} == {"psychiatrie", "te-laat"}
    assert {i.id for i in per_dossier["dementie"]} == {"te-laat", "bijna"}
    per_owner = by_owner(due)
    assert [o for o, _ in per_owner][-1] == NO_OWNER  # unassigned last
    assert {i.id for i in dict(per_owner)["Anna (fictief)"]} == {"te-laat"}


def test_dossier_owners_file_is_validated_in_dutch(tmp_path):
    path = tmp_path / "dossiers.yaml"
    assert load_dossier_owners(path) == {}
    path.write_text("dossiers:\n  dementie:\n    verantwoordelijke: Bram\n    laatst_herzien: 2026-01-02\n")
    assert load_dossier_owners(path)["dementie"].laatst_herzien == date(2026, 1, 2)
    cases = {
        "dossiers:\n  ouderen:\n    verantwoordelijke: X\n": "dossiers.yaml: dossier 'ouderen' bestaat niet",
        "dossiers:\n  nah:\n    laatst_herzien: 2026-01-01\n": "dossier 'nah' – veld 'verantwoordelijke': ontbreekt",
        "dossiers:\n  nah:\n    verantwoordelijke: X\n    laatst_herzien: gisteren\n":
            "veld 'laatst_herzien': 'gisteren' is geen datum",
        "dossiers:\n  nah:\n    verantwoordelijke: X\n    kleur: blauw\n": "veld 'kleur': onbekend veld",
        "dossiers: [\n": "dossiers.yaml: geen geldige YAML",
    }
    for text, message in cases.items():
        path.write_text(text)
        with pytest.raises(MetadataError) as err:
            load_dossier_owners(path)
        assert message in str(err.value), str(err.value)


def test_sample_corpus_dossiers_file_is_valid_and_fictional():
    from tests.conftest import REPO

    owners = load_dossier_owners(REPO / "corpus" / "dossiers.yaml")
    assert set(owners) >= {"psychiatrie", "verstandelijke-beperking", "dementie"}
    assert all("(fictief)" in o.verantwoordelijke for o in owners.values())


def test_owner_is_validated_on_document_metadata():
    assert meta(verantwoordelijke="  Anna   de Vries ").verantwoordelijke == "Anna de Vries"
    assert meta(verantwoordelijke="").verantwoordelijke is None
    with pytest.raises(ValueError, match="te lang"):
        meta(verantwoordelijke="x" * 201)
