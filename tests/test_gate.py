from dataclasses import replace

from assistant.answering import AnswerSettings
from assistant.retrieval import HybridRetriever, RetrievalSettings
from evals.dataset import DATASETS, load_items
from evals.gate import check_gate, gate_subset
from evals.runner import run_items, summarize


def test_quality_gate_holds_on_the_sample_corpus(sample_workspace):
    items = gate_subset(load_items(DATASETS / "dev.jsonl"))
    summary = summarize(run_items(sample_workspace.assistant, items))
    result = check_gate(summary)
    assert result.passed, result.failures
    assert summary["citation_validity"] == 1.0
    assert summary.get("dose_safe", 1.0) == 1.0


def test_quality_gate_fails_when_retrieval_is_weakened(sample_workspace):
    items = gate_subset(load_items(DATASETS / "dev.jsonl"))
    base = sample_workspace.assistant
    weak = replace(
        base,
        retriever=HybridRetriever(
            base.retriever.embedder, RetrievalSettings(mode="dense", top_k=2)
        ),
    )
    result = check_gate(summarize(run_items(weak, items)))
    assert not result.passed
    assert any(f.startswith("hit@5") for f in result.failures)


def test_quality_gate_fails_when_declines_are_miscalibrated(sample_workspace):
    items = gate_subset(load_items(DATASETS / "dev.jsonl"))
    base = sample_workspace.assistant
    weak = replace(base, answer_settings=AnswerSettings(min_evidence=0.9))
    result = check_gate(summarize(run_items(weak, items)))
    assert [f.split(" ")[0] for f in result.failures] == ["decline_accuracy"]


def test_sample_corpus_ingests_cleanly_with_every_format(sample_workspace):
    docs = sample_workspace.registry.documents()
    sources = {r.source.rsplit(".", 1)[-1] for r in docs}
    assert {"md", "pdf", "docx", "yaml"} <= sources
    assert len(docs) >= 30
    pdf = next(r for r in docs if r.source.endswith("handreiking-dakloos.pdf"))
    pages = {c.page for c in sample_workspace.registry.chunks(pdf.meta.id)}
    assert pages >= {1, 2, 3}
    assert all(r.meta.fictional for r in docs), [r.meta.id for r in docs if not r.meta.fictional]


def test_quality_gate_holds_on_the_realistic_split(realistic_workspace):
    from evals.baseline import NaiveBaseline
    from evals.gate import BASELINE_MARGIN, REALISTIC_CEILINGS, REALISTIC_THRESHOLDS
    from evals.runner import run_baseline
    from evals.splits import SPLITS

    items = load_items(SPLITS["realistic"].dataset)
    assert len(items) >= 80
    engine = summarize(run_items(realistic_workspace.assistant, items))
    naive = summarize(run_baseline(NaiveBaseline(realistic_workspace.index.get()), items))
    result = check_gate(engine, REALISTIC_THRESHOLDS, REALISTIC_CEILINGS)
    assert result.passed, result.failures
    assert engine["fact_coverage"] >= naive["fact_coverage"] + BASELINE_MARGIN, (engine, naive)
    assert engine["citation_validity"] == 1.0


def test_gate_ceiling_fails_on_too_many_false_declines():
    result = check_gate({"hit@5": 1.0, "false_decline": 0.3}, {"hit@5": 0.9}, {"false_decline": 0.1})
    assert not result.passed
    assert result.failures == ("false_decline = 0.300 > plafond 0.10",)
