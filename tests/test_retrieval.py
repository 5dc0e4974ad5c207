import numpy as np

from assistant.analysis import DutchAnalyzer
from assistant.fusion import order, score_fusion, weighted_rrf
from assistant.retrieval import HybridRetriever, RetrievalSettings
from assistant.types import Filters


def _docs(ws, question, filters=Filters(), **settings):
    index = ws.index.get()
    plan = ws.assistant.analyzer.plan(question, [], index.lexical.analyzer)
    retriever = HybridRetriever(ws.embedder, RetrievalSettings(**settings))
    return list(dict.fromkeys(h.chunk.doc_id for h in retriever.retrieve(index, plan, filters)))


def test_weighted_rrf_is_pure_and_deterministic():
    fused = weighted_rrf([([1, 2, 3], 1.0), ([3, 2], 0.5)], k=60)
    assert fused[2] == 1 / 62 + 0.5 / 62
    assert order({5: 1.0, 3: 1.0, 9: 2.0}) == [9, 3, 5]
    assert weighted_rrf([([1], 0.0)]) == {}


def test_score_fusion_keeps_clear_lexical_winner():
    fused = score_fusion({1: 10.0, 2: 2.0}, {2: 0.9, 1: 0.1}, dense_weight=0.3)
    assert order(fused) == [1, 2]
    rescued = score_fusion({}, {7: 0.5}, dense_weight=0.3)
    assert rescued == {7: 0.15}


def test_hybrid_finds_the_right_document(ingested):
    assert _docs(ingested, "Welke observatielijst gebruik je voor pijn?")[0] == "test-vg-pijn"


def test_filters_are_honoured_by_bm25_and_dense(ingested):
    for mode in ("bm25", "dense", "hybrid"):
        docs = _docs(
            ingested,
            "pijn observatielijst dienst",
            Filters(target_groups=("psychiatrie",)),
            mode=mode,
        )
        assert docs and set(docs) <= {"test-epa-crisis", "test-contacten-zeeland"}, (mode, docs)
        region = _docs(ingested, "tolk familie", Filters(regions=("zeeland",)), mode=mode)
        assert "test-migratie-tolk" not in region, mode  # rotterdam only
        assert (
            "test-oud-protocol"
            in _docs(ingested, "mondspons", Filters(regions=("zeeland",)), mode=mode)
            or mode == "dense"
        )
        vol = _docs(ingested, "tolk familie", Filters(audience="zorgverlener"), mode=mode)
        assert "test-migratie-tolk" not in vol, mode
        types = _docs(ingested, "arts", Filters(doc_types=("verslag",)), mode=mode)
        assert set(types) <= {"test-werkgroep"}, mode


def test_glossary_expands_abbreviations(ingested):
    # "VG" itself occurs only as "arts VG"; the expansion adds "verstandelijke beperking".
    index = ingested.index.get()
    plan = ingested.assistant.analyzer.plan("pijn bij vb", [], index.lexical.analyzer)
    assert "verstandelijke beperking" in plan.expansions
    assert plan.groups == ("verstandelijke-beperking",)
    assert _docs(ingested, "hoe herken ik pijn bij vb", mode="bm25")[0] == "test-vg-pijn"


def test_target_group_detection_boosts_without_hiding(ingested):
    docs = _docs(ingested, "wat doe ik bij een psychose in de nacht bij iemand met EPA")
    assert docs[0] == "test-epa-crisis"
    assert len(docs) > 1  # other documents stay visible


def test_decompounding_matches_compound_parts():
    analyzer = DutchAnalyzer(
        {"consultatie", "team", "verslaving", "problematiek", "pijn", "observatie", "lijst"}
    )
    assert analyzer.split_compound("consultatieteam") == ("consultatie", "team")
    assert analyzer.split_compound("verslavingsproblematiek") == ("verslaving", "problematiek")
    assert analyzer.split_compound("pijnobservatielijst") == ("pijn", "observatie", "lijst")
    no_split = DutchAnalyzer({"consultatie", "team"}, decompound=False)
    assert no_split.split_compound("consultatieteam") == ()


def test_decompounding_lets_a_compound_query_find_the_separate_words(ingested):
    # The fixture says "levenseindebegeleiding"; the query asks about "begeleiding".
    assert "test-werkgroep" in _docs(ingested, "begeleiding levenseinde werkgroep", mode="bm25")


def test_bm25_scores_are_zero_for_unknown_terms(ingested):
    index = ingested.index.get()
    scores = index.lexical.scores({"xyzonbekend": 1.0})
    assert np.all(scores == 0)


def test_dense_scores_of_a_selective_filter_match_the_full_product(sample_workspace):
    """The filtered rows are scored alone (cheaper); their scores equal the full product's."""
    index = sample_workspace.index.get()
    query = sample_workspace.embedder.embed_query("pijn herkennen bij dementie")
    full = index.vectors @ query
    for filters in (Filters(target_groups=("dementie",)), Filters(doc_types=("beslisboom",))):
        positions = index.chunk_positions(filters)
        assert 0 < len(positions) <= len(index) // 3  # selective: the subset path is taken
        scores = index.dense_scores(query, filters)
        np.testing.assert_allclose(scores[positions], full[positions], rtol=0, atol=1e-6)
        outside = np.setdiff1d(np.arange(len(index)), positions)
        assert np.all(scores[outside] == -1.0)
    unfiltered = index.dense_scores(query, Filters())
    np.testing.assert_array_equal(unfiltered, full)
