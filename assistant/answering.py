"""Extractive answers: evidence check, sentence selection, citation numbering, safety wording."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from assistant.analysis import DutchAnalyzer
from assistant.evidence import evidence
from assistant.index import SearchIndex
from assistant.outline import OutlineEntry, outline
from assistant.selection import Candidate, candidates, select
from assistant.types import Answer, Citation, Hit
from assistant.understanding import QueryPlan
from assistant.units import UnitKind, strip_markers
from assistant.vocabulary import Intents

NOTHING_FOUND = (
    "Hierover vind ik niets in de kennisbank. Overleg met de behandelend arts of bel het "
    "consultatieteam palliatieve zorg in uw regio; zij kunnen met u meedenken."
)
DOSE_REFUSAL = (
    "Ik geef geen dosering voor een individuele patiënt. Overleg over medicatie en doses altijd "
    "met de behandelend arts, de apotheker of het consultatieteam palliatieve zorg."
)


@dataclass(frozen=True, slots=True)
class AnswerSettings:
    """Limits and thresholds of the extractive answerer."""

    min_evidence: float = 0.30
    # Stricter bar when the question has rare topic words the corpus never uses (see README).
    min_evidence_unknown: float = 0.47
    max_chars: int = 1200
    top_n: int = 6
    max_units: int = 4
    max_list_units: int = 8
    # Unit scoring: the unit's own coverage against its context's (see selection.candidates).
    own_weight: float = 0.3
    context_weight: float = 0.6
    ask_bonus: float = 0.25  # for a unit holding the kind of fact asked (a date for "wanneer")
    relative_floor: float = 0.5  # units below this share of the best unit's score are left out
    # When the question names a target group: units of documents about other groups only (not
    # general ones) count this much. Neutral on every split's metrics; it keeps "onrustig bij
    # dementie" from opening with a sentence of an addiction leaflet.
    off_group_factor: float = 0.8


def compose(
    plan: QueryPlan,
    hits: Sequence[Hit],
    index: SearchIndex,
    analyzer: DutchAnalyzer,
    settings: AnswerSettings,
    today: date,
    first_number: int = 1,
    *,
    intents: Intents,
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
                first_number=first_number,
                intents=intents,
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
    # A place the corpus never mentions: its documents are about other regions.
    if strength < threshold or plan.foreign_places:
        return Answer(text=NOTHING_FOUND, refused=True, reason="buiten-corpus")
    body = _body(
        plan, top, index, analyzer, settings, today,
        first_number=first_number, intents=intents,
    )  # fmt: skip
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
    first_number: int = 1,
    intents: Intents,
) -> tuple[str, tuple[Citation, ...], tuple[str, ...]] | None:
    family = outline(plan, hits, index, analyzer)
    if family:
        return _outline_body(family, hits, index, today, first_number)
    pool = candidates(
        plan, hits, index, analyzer, intents,
        own_weight=settings.own_weight, context_weight=settings.context_weight,
        ask_bonus=settings.ask_bonus, off_group_factor=settings.off_group_factor,
    )  # fmt: skip
    chosen = select(
        pool,
        plan.wants_list,
        max_units=settings.max_units,
        max_list_units=settings.max_list_units,
        max_chars=settings.max_chars,
        relative_floor=settings.relative_floor,
    )
    if not chosen or all(c.unit.kind == UnitKind.LABEL for c in chosen):
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
        lines.append(_render(unit, n, first=not lines))
    text = _join_lines(lines)
    citations = tuple(
        citation_for(n, cited.get(rank, hits[rank]), " … ".join(snippets[rank]), today, index)
        for rank, n in numbers.items()
    )
    warnings = _warnings(citations, index)
    if warnings:
        text += "\n\n" + "\n".join(warnings)
    return text, citations, warnings


def _outline_body(
    family: list[OutlineEntry], hits: list[Hit], index: SearchIndex, today: date, first: int
) -> tuple[str, tuple[Citation, ...], tuple[str, ...]]:
    """A list of a document's phases, parts or questions, each cited to the passage holding it."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    lines = [f"{hits[0].meta.title} noemt:"]
    for entry in family:
        n = numbers.get(entry.chunk.id)
        if n is None:
            n = numbers[entry.chunk.id] = first + len(numbers)
            citations.append(
                citation_for(n, replace(hits[0], chunk=entry.chunk), entry.text, today, index)
            )
        lines.append(f"- {strip_markers(entry.text).strip()} [{n}]")
    warnings = _warnings(citations, index)
    text = "\n".join(lines) + ("\n\n" + "\n".join(warnings) if warnings else "")
    return text, tuple(citations), warnings


def _render(unit: Candidate, n: int, *, first: bool) -> str:
    """One answer line; quoted text loses literal citation markers from the document."""
    text = strip_markers(unit.text).strip()
    if unit.unit.kind == UnitKind.LABEL:
        label = text.rstrip(":").strip()
        # A short label ("Noord:") is a list header, not a sentence: say where the list is from.
        return f"{label}:" if len(label.split()) >= 5 or not first else f"Bij ‘{label}’ staat:"
    sentence = text if text.endswith((".", "!", "?", ":")) else text + "."
    return f"- {sentence} [{n}]" if unit.is_item else f"{sentence} [{n}]"


def _join_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if out and not line.startswith("- ") and not out[-1].startswith("- "):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def citation_for(n: int, hit: Hit, snippet: str, today: date, index: SearchIndex) -> Citation:
    """The citation [n] of a hit, with the quoted snippet."""
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
    replaced_by = index.replaced_by
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
