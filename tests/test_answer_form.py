"""Every answer of every split: never a heading, title, question or reference first; no glyph debris."""

import re

import pytest

from evals.dataset import load_items
from evals.runner import run_items
from evals.splits import SPLITS

_DEBRIS = re.compile("[\ufffd\ue000-\uf8ff]")


def _headings(workspace) -> set[str]:
    """Titles and every heading in a section path, normalised for comparison."""
    index = workspace.index.get()
    names = {d.meta.title for d in index.documents}
    names |= {part for c in index.chunks for part in c.section.split(" > ") if part}
    return {_norm(n) for n in names if n}


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _first_unit(answer: str) -> str:
    """The first quoted unit: up to its citation marker."""
    first = re.sub(r"^- ", "", answer.split("\n", 1)[0])
    return re.split(r"\s\[\d+\]", first, maxsplit=1)[0].strip()


def _check(workspace, split: str) -> None:
    items = load_items(SPLITS[split].dataset)
    headings = _headings(workspace)
    results = run_items(workspace.assistant, items)
    assert len(results) == len(items) > 0
    bad = []
    for r in results:
        if _DEBRIS.search(r.answer):
            bad.append((r.id, "glyph", r.answer[:80]))
        if r.refused:
            continue
        first = _first_unit(r.answer)
        if _norm(first.rstrip(".")) in headings:
            bad.append((r.id, "heading/title first", first))
        if first.rstrip().endswith("?"):
            bad.append((r.id, "question first", first))
        if re.match(r"^(https?://|www\.|\(link\))", first.strip()):
            bad.append((r.id, "reference first", first))
    assert not bad, bad


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_sample_corpus_answers_have_a_clean_form(sample_workspace, split):
    _check(sample_workspace, split)


def test_realistic_answers_have_a_clean_form(realistic_workspace):
    _check(realistic_workspace, "realistic")
