"""Extractive answers: evidence check, sentence selection, citation numbering, safety wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from assistant.analysis import DutchAnalyzer
from assistant.index import SearchIndex
from assistant.sentences import split_units
from assistant.types import Answer, Chunk, Citation, Hit
from assistant.understanding import Concept, QueryPlan

NOTHING_FOUND = (
    "Hierover vind ik niets in de kennisbank. Overleg met de behandelend arts of bel het "
    "consultatieteam palliatieve zorg in uw regio; zij kunnen met u meedenken."
)
DOSE_REFUSAL = (
    "Ik geef geen dosering voor een individuele patiënt. Overleg over medicatie en doses altijd "
    "met de behandelend arts, de apotheker of het consultatieteam palliatieve zorg."
)
_DOSE_TEXT = re.compile(
    r"\d+([.,]\d+)?\s*(mg|mcg|µg|microgram|ml|milligram|milliliter|eenheden|druppels)\b", re.I
)


@dataclass(frozen=True, slots=True)
class AnswerSettings:
    """Limits and thresholds of the extractive answerer."""

    min_evidence: float = 0.26
    # Stricter bar when the question has topic words the corpus never uses (see README).
    min_evidence_unknown: float = 0.47
    max_chars: int = 1200
    top_n: int = 6
    max_units: int = 4
    max_list_units: int = 8


# Unknown words get the highest IDF; capping it keeps one unseen verb ("reageren") from
# outweighing every matched care term, while a missing topic word still counts heavily.
IDF_CAP = 4.5


def _weights(concepts: Sequence[Concept], index: SearchIndex) -> list[float]:
    return [c.weight * min(index.lexical.idf(c.stem), IDF_CAP) for c in concepts]


def coverage(concepts: Sequence[Concept], weights: Sequence[float], terms: set[str]) -> float:
    """IDF-weighted share of the question's concepts that a text's terms cover (0..1)."""
    total = sum(weights)
    if total <= 0:
        return 0.0
    got = sum(
        w for c, w in zip(concepts, weights, strict=True) if any(a <= terms for a in c.alternatives)
    )
    return got / total


def evidence(
    plan: QueryPlan, hits: Sequence[Hit], index: SearchIndex, analyzer: DutchAnalyzer
) -> float:
    """How well the best passages cover the question (0..1).

    The maximum over the top 3 hits of 0.85 x concept coverage + 0.15 x dense similarity, so
    paraphrases are not lost; calibrated on the dev split (see README).
    """
    concepts = list(plan.concepts)
    if not concepts or not hits:
        return 0.0
    weights = _weights(concepts, index)
    best = 0.0
    for hit in hits[:3]:
        terms = set(
            analyzer.index_terms(f"{hit.meta.title}\n{hit.chunk.section}\n{hit.chunk.text}")
        )
        best = max(best, 0.85 * coverage(concepts, weights, terms) + 0.15 * max(0.0, hit.dense))
    return best


@dataclass(frozen=True, slots=True)
class _Unit:
    hit_rank: int
    position: int
    text: str
    is_item: bool
    score: float
    chunk: Chunk | None = None  # the chunk to cite when it is not the hit's own (tree advice)


def _units(
    plan: QueryPlan,
    hits: Sequence[Hit],
    index: SearchIndex,
    analyzer: DutchAnalyzer,
    *,
    drop_doses: bool,
) -> list[_Unit]:
    concepts = list(plan.concepts)
    weights = _weights(concepts, index)
    units = []
    for rank, hit in enumerate(hits):
        context = set(analyzer.index_terms(f"{hit.meta.title} {hit.chunk.section}"))
        route = _route_advice(hit, index)
        if route is not None:
            # A decision-tree route: its steps describe the situation, its advice is the answer.
            advice, holder = route
            terms = set(analyzer.index_terms(hit.chunk.text)) | context
            fit = coverage(concepts, weights, terms)
            for pos, text in enumerate(advice):
                if not (drop_doses and _DOSE_TEXT.search(text)):
                    units.append(
                        _Unit(rank, pos, text, False, 0.9 * fit + 0.1 / (1 + rank), holder)
                    )
            continue
        for pos, (text, is_item) in enumerate(split_units(hit.chunk.text)):
            if len(text) < 20 or (drop_doses and _DOSE_TEXT.search(text)):
                continue
            terms = set(analyzer.index_terms(text))
            own = coverage(concepts, weights, terms)
            ctx = coverage(concepts, weights, terms | context)
            score = 0.7 * own + 0.2 * ctx + 0.1 / (1 + rank)
            units.append(_Unit(rank, pos, text, is_item, score))
    return units


def _route_advice(hit: Hit, index: SearchIndex) -> tuple[list[str], Chunk] | None:
    """The advice of the decision-tree route a hit belongs to, and the chunk that holds it.

    A long route may be split over chunks; the steps (what retrieval matched) and the advice can
    then sit in different chunks of the same section. None for chunks that are not routes.
    """
    if hit.meta.doc_type != "beslisboom" or not hit.chunk.section.startswith("Route "):
        return None
    siblings = index.section_chunks(hit.chunk.doc_id, hit.chunk.section)
    holder = next(
        (c for c in sorted(siblings, key=lambda c: c.ordinal) if "Advies: " in c.text), None
    )
    if holder is None:
        return None
    advice = holder.text.split("Advies: ", 1)[1]
    sentences = [s for line in advice.split("\n") for s, _ in split_units(line)]
    return ([" ".join(sentences)] if sum(len(s) for s in sentences) <= 600 else sentences), holder


def _select(units: list[_Unit], plan: QueryPlan, settings: AnswerSettings) -> list[_Unit]:
    if not units:
        return []
    best = max(u.score for u in units)
    limit = settings.max_list_units if plan.wants_list else settings.max_units
    chosen: list[_Unit] = []
    size = 0
    for unit in sorted(units, key=lambda u: (-u.score, u.hit_rank, u.position)):
        if unit.score < max(0.6 * best, 0.2) or len(chosen) >= limit:
            break
        if any(unit.text == c.text for c in chosen) or size + len(unit.text) > settings.max_chars:
            continue
        chosen.append(unit)
        size += len(unit.text) + 6
    # A chosen sentence that introduces a list ("... zoals:") brings its items along.
    for unit in list(chosen):
        if unit.text.rstrip().endswith(":"):
            for nxt in units:
                if (
                    nxt.hit_rank == unit.hit_rank
                    and nxt.is_item
                    and 0 < nxt.position - unit.position <= 6
                    and nxt not in chosen
                    and size + len(nxt.text) <= settings.max_chars
                ):
                    chosen.append(nxt)
                    size += len(nxt.text) + 6
    return sorted(chosen, key=lambda u: (u.hit_rank, u.position))


def compose(
    plan: QueryPlan,
    hits: Sequence[Hit],
    index: SearchIndex,
    analyzer: DutchAnalyzer,
    settings: AnswerSettings,
    today: date,
    first_number: int = 1,
) -> Answer:
    """Build the extractive answer for a plan from retrieved hits.

    Declines ("Hierover vind ik niets...") when the evidence is below ``min_evidence``. Dose
    questions get a referral first and only general guidance without amounts.
    """
    top = list(hits[: settings.top_n])
    strength = evidence(plan, top, index, analyzer)
    if plan.dose:
        body = (
            _body(
                plan,
                top,
                index,
                analyzer,
                settings,
                today,
                drop_doses=True,
                first_number=first_number,
            )
            if strength >= settings.min_evidence
            else None
        )
        text = (
            DOSE_REFUSAL
            if body is None
            else f"{DOSE_REFUSAL}\n\nAlgemene informatie uit de kennisbank:\n{body[0]}"
        )
        return Answer(text=text, citations=body[1] if body else (), refused=True, reason="dosering",
                      warnings=body[2] if body else ())  # fmt: skip
    threshold = settings.min_evidence_unknown if plan.unknown_terms else settings.min_evidence
    if strength < threshold:
        return Answer(text=NOTHING_FOUND, refused=True, reason="buiten-corpus")
    body = _body(
        plan, top, index, analyzer, settings, today, drop_doses=False, first_number=first_number
    )
    if body is None:
        return Answer(text=NOTHING_FOUND, refused=True, reason="buiten-corpus")
    text, citations, warnings = body
    return Answer(text=text, citations=citations, warnings=warnings)


def _body(
    plan: QueryPlan,
    hits: list[Hit],
    index: SearchIndex,
    analyzer: DutchAnalyzer,
    settings: AnswerSettings,
    today: date,
    *,
    drop_doses: bool,
    first_number: int = 1,
) -> tuple[str, tuple[Citation, ...], tuple[str, ...]] | None:
    chosen = _select(_units(plan, hits, index, analyzer, drop_doses=drop_doses), plan, settings)
    if not chosen:
        return None
    cited: dict[int, Hit] = {}
    numbers: dict[int, int] = {}
    offset = first_number - 1
    snippets: dict[int, list[str]] = {}
    lines: list[str] = []
    for unit in chosen:
        n = numbers.setdefault(unit.hit_rank, offset + len(numbers) + 1)
        snippets.setdefault(unit.hit_rank, []).append(unit.text)
        if unit.chunk is not None:
            cited[unit.hit_rank] = replace(hits[unit.hit_rank], chunk=unit.chunk)
        sentence = unit.text if unit.text.endswith((".", "!", "?", ":")) else unit.text + "."
        lines.append(f"- {sentence} [{n}]" if unit.is_item else f"{sentence} [{n}]")
    text = _join_lines(lines)
    citations = tuple(
        _citation(n, cited.get(rank, hits[rank]), " … ".join(snippets[rank]), today, index)
        for rank, n in numbers.items()
    )
    warnings = _warnings(citations, index)
    if warnings:
        text += "\n\n" + "\n".join(warnings)
    return text, citations, warnings


def _join_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if out and not line.startswith("- ") and not out[-1].startswith("- "):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _citation(n: int, hit: Hit, snippet: str, today: date, index: SearchIndex) -> Citation:
    meta = hit.meta
    record = index.record(meta.id)
    return Citation(
        index=n,
        document_id=meta.id,
        title=meta.title,
        source=record.source if record else "",
        url=meta.source_url,
        page=hit.chunk.page,
        section=hit.chunk.section,
        snippet=snippet,
        score=hit.score,
        review_overdue=meta.is_overdue(today),
        review_date=meta.review_date.isoformat() if meta.review_date else None,
        doc_type=meta.doc_type,
        fictional=meta.fictional,
        chunk_id=hit.chunk.id,
        passage=hit.chunk.text,
    )


def _warnings(citations: Sequence[Citation], index: SearchIndex) -> tuple[str, ...]:
    out = []
    replaced_by = {d.meta.supersedes: d.meta for d in index.documents if d.meta.supersedes}
    for c in citations:
        if c.review_overdue:
            out.append(
                f"⚠ Let op: bron [{c.index}] ({c.title}) is over de herzieningsdatum "
                f"({c.review_date}); controleer of de informatie nog actueel is."
            )
        newer = replaced_by.get(c.document_id)
        if newer is not None:
            out.append(f"⚠ Let op: bron [{c.index}] is vervangen door '{newer.title}'.")
    return tuple(out)
